import { describe, expect, it } from 'vitest';
import { registrableDomain, trustedSourceUrl } from '../../../lib/claims/page-site';

describe('the site of a page', () => {
  it.each([
    ['www.reuters.com', 'reuters.com'],
    ['reuters.com', 'reuters.com'],
    ['edition.cnn.com', 'cnn.com'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['evil.co.uk', 'evil.co.uk'],
    ['co.uk', 'co.uk'],
    ['www.pravda.com.ua', 'pravda.com.ua'],
    ['news.kiev.ua', 'news.kiev.ua'],
    ['www.kyivindependent.com', 'kyivindependent.com'],
    ['WWW.Example.ORG.', 'example.org'],
    ['someone.github.io', 'someone.github.io'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('of %s is %s', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });
});

describe('the URL a page is recorded under', () => {
  const page = 'https://www.reuters.com/world/story-123?utm_source=x#comments';

  it('is the canonical URL when that is on the same site', () => {
    expect(trustedSourceUrl('https://reuters.com/world/story', page)).toBe(
      'https://reuters.com/world/story',
    );
    expect(trustedSourceUrl('https://amp.bbc.co.uk/a', 'https://www.bbc.co.uk/a?amp')).toBe(
      'https://amp.bbc.co.uk/a',
    );
  });

  it("is the page's own address when the canonical URL names another site", () => {
    const own = 'https://www.reuters.com/world/story-123?utm_source=x';
    for (const claimed of [
      'https://apnews.com/article/their-story',
      'https://reuters.com.evil.example/world/story',
      'https://bbc.co.uk/a',
      'javascript:alert(1)',
      'not a url',
      null,
    ])
      expect(trustedSourceUrl(claimed, page), String(claimed)).toBe(own);
    expect(trustedSourceUrl('https://other.co.uk/x', 'https://evil.co.uk/y')).toBe(
      'https://evil.co.uk/y',
    );
    expect(trustedSourceUrl('https://b.github.io/x', 'https://a.github.io/y')).toBe(
      'https://a.github.io/y',
    );
  });
});
