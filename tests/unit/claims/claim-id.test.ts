import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../../lib/claims/claim';
import {
  canonicalUrl,
  claimFromMention,
  claimId,
  hash128,
  SOURCE_KEYS_KEPT,
  sourceKey,
} from '../../../lib/claims/claim-id';
import { mention, NOW, value } from './helpers';

const URL_A = 'https://seed.example/a';

describe('claimId', () => {
  it('gives c_ and 32 hex digits, the same for the same input', () => {
    const id = claimId(URL_A, mention());
    expect(id).toMatch(/^c_[0-9a-f]{32}$/);
    expect(claimId(URL_A, mention())).toBe(id);
  });

  it('matches a known vector (ids are shared between installs: never change the hash)', () => {
    const m = mention({
      text: 'at least 26',
      quote: 'shot down at least 26 drones',
      value: value('at-least', 26, null),
      place: null,
      attributedTo: null,
    });
    expect(claimId(URL_A, m)).toBe('c_5f7f55f9f9b2f6b8ecad5f922a8753c7');
    expect(hash128('')).toBe('027ae52ecfc796215593990d4b41437c');
    expect(hash128('a')).toBe('5eb8e4e408dee1678f5f05b958089485');
  });

  it.each([
    ['URL', 'https://seed.example/b', mention()],
    ['quote', URL_A, mention({ quote: 'Another sentence with 132.' })],
    ['metric', URL_A, mention({ metric: 'drones.launched' })],
    ['n', URL_A, mention({ value: { ...value('exact', 132, 132), n: 133 } })],
    ['min', URL_A, mention({ value: value('exact', 131, 132, 132) })],
    ['max', URL_A, mention({ value: value('exact', 132, 133) })],
    ['qualifier', URL_A, mention({ value: value('about', 132, 132) })],
  ])('changes with the %s', (_what, url, m) => {
    expect(claimId(url, m)).not.toBe(claimId(URL_A, mention()));
  });

  it('ignores what is not part of the content key', () => {
    const base = claimId(URL_A, mention());
    expect(claimId(URL_A, mention({ text: 'a hundred and thirty-two', attributedTo: null }))).toBe(
      base,
    );
  });
});

describe('canonicalUrl', () => {
  it.each([
    ['https://News.Example.COM/a/b', 'https://news.example.com/a/b'],
    ['https://news.example/a/b/', 'https://news.example/a/b'],
    ['https://news.example/', 'https://news.example/'],
    ['https://news.example', 'https://news.example/'],
    ['https://news.example/a#comments', 'https://news.example/a'],
    [
      'https://news.example/a?utm_source=x&id=7&UTM_Medium=y&fbclid=1&gclid=2&ocid=3&cmpid=4',
      'https://news.example/a?id=7',
    ],
    ['https://news.example/a/?utm_campaign=z#top', 'https://news.example/a'],
    ['https://news.example/story?id=123&page=2', 'https://news.example/story?id=123&page=2'],
    ['http://news.example:80/a', 'http://news.example/a'],
    ['  https://news.example/a  ', 'https://news.example/a'],
  ])('%s → %s', (input, out) => {
    expect(canonicalUrl(input)).toBe(out);
  });

  it.each([
    'file:///tmp/a.txt',
    'ftp://news.example/a',
    'javascript:alert(1)',
    'news.example/a',
    '',
  ])('throws for %j', (url) => {
    expect(() => canonicalUrl(url)).toThrow();
  });

  it('is idempotent', () => {
    const once = canonicalUrl('https://News.example/a/?utm_source=x&b=1#f');
    expect(canonicalUrl(once)).toBe(once);
  });
});

describe('sourceKey', () => {
  it('canonicalizes http(s) URLs and keeps any other as given', () => {
    expect(sourceKey('https://news.example/a/?utm_source=x')).toBe('https://news.example/a');
    expect(sourceKey('file:///tmp/a.txt')).toBe('file:///tmp/a.txt');
  });

  it('gives every URL its own key when asked again, after more URLs than it remembers', () => {
    const urls = Array.from(
      { length: SOURCE_KEYS_KEPT + 10 },
      (_, i) => `https://News${i}.example/a/?utm_source=x&id=${i}`,
    );
    const first = urls.map(sourceKey);
    expect(first[0]).toBe('https://news0.example/a?id=0');
    for (const order of [urls, [...urls].reverse()])
      for (const url of order) expect(sourceKey(url)).toBe(canonicalUrl(url));
    expect(sourceKey('  not a url ')).toBe('not a url');
    expect(sourceKey('  not a url ')).toBe('not a url');
  });
});

describe('claimFromMention', () => {
  const source = {
    url: 'https://news.example/a?utm_source=feed',
    outlet: 'News',
    title: 'T',
    publishedAt: '2025-07-20',
  };

  it('gives a valid Claim keyed by the canonical URL, without extra fields', () => {
    const located = { ...mention(), start: 3, end: 6, phraseEnd: 14 };
    const c = claimFromMention(located, source, 'imported', NOW);
    expect(ClaimSchema.parse(c)).toEqual(c);
    expect(c).not.toHaveProperty('start');
    expect(c).not.toHaveProperty('phraseEnd');
    expect(c.source).toEqual(source);
    expect(c).toMatchObject({ origin: 'imported', createdAt: NOW, updatedAt: NOW });
    expect(c.id).toBe(claimId('https://news.example/a', mention()));
    const plain = claimFromMention(
      mention(),
      { ...source, url: 'https://news.example/a' },
      'browsed',
      NOW,
    );
    expect(plain.id).toBe(c.id);
  });

  it('keys a file without a URL on its file:// address, which is no claim to store or share', () => {
    // The check command compares files in memory; a stored, exported or shared claim links to
    // its source, so only http(s) will do there.
    const c = claimFromMention(mention(), { ...source, url: 'file:///tmp/a.txt' }, 'imported', NOW);
    expect(c.id).toBe(claimId('file:///tmp/a.txt', mention()));
    expect(ClaimSchema.safeParse(c).success).toBe(false);
  });
});
