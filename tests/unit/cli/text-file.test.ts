import { describe, expect, it } from 'vitest';
import { hostOf, readTextFile, splitHeader } from '../../../lib/cli/text-file';

const NO_OVERRIDES = { published: null, url: null };
const HEADED = [
  'URL: https://www.kyivpost.example/post/123',
  'Date: 2025-07-20 09:14',
  'Outlet: Kyiv Post',
  'Author: Jane Doe',
  '---',
  'Ukraine said 30 drones were shot down.',
  '',
  'More text.',
].join('\n');

describe('splitHeader', () => {
  it('reads `Key: value` lines up to `---` and keeps the rest as the article', () => {
    const { headers, body } = splitHeader(HEADED);
    expect(Object.fromEntries(headers)).toEqual({
      url: 'https://www.kyivpost.example/post/123',
      date: '2025-07-20 09:14',
      outlet: 'Kyiv Post',
      author: 'Jane Doe',
    });
    expect(body).toBe('Ukraine said 30 drones were shot down.\n\nMore text.');
  });

  it('accepts any short key, such as "Original source/wire", so the URL and date still count', () => {
    const { headers, body } = splitHeader(
      'URL: https://news.example/a\nDate: 2025-03-11\nOriginal source/wire: AP (Associated Press)\nNote: scraped.\n---\nText.',
    );
    expect(headers.get('url')).toBe('https://news.example/a');
    expect(headers.get('date')).toBe('2025-03-11');
    expect(headers.get('original source/wire')).toBe('AP (Associated Press)');
    expect(body).toBe('Text.');
  });

  it('takes a file without `---` as all article', () => {
    const content = 'URL: https://a.example/x\nDrones were shot down over Kursk.';
    const { headers, body } = splitHeader(content);
    expect(headers.size).toBe(0);
    expect(body).toBe(content);
  });

  it('finds no header when a line before `---` is not `Key: value`', () => {
    const content = 'URL: https://a.example/x\nThis is prose, not a header.\n---\nRest.';
    const { headers, body } = splitHeader(content);
    expect(headers.size).toBe(0);
    expect(body).toBe(content);
  });

  it('splits at the first `---` only and accepts CRLF line ends', () => {
    const { headers, body } = splitHeader('Outlet: X\r\n---\r\nOne.\r\n---\r\nTwo.');
    expect(headers.get('outlet')).toBe('X');
    expect(body).toBe('One.\n---\nTwo.');
  });
});

describe('readTextFile', () => {
  it('takes source facts and the publication day from the header', () => {
    const doc = readTextFile(HEADED, NO_OVERRIDES);
    expect(doc.source).toEqual({
      url: 'https://www.kyivpost.example/post/123',
      outlet: 'Kyiv Post',
      title: null,
      publishedAt: '2025-07-20 09:14',
    });
    expect(doc.published).toBe('2025-07-20');
    expect(doc.text.startsWith('Ukraine said 30 drones')).toBe(true);
  });

  it('lets --url and --published stand in for (and win over) the header', () => {
    const doc = readTextFile(HEADED, {
      published: '2025-07-21',
      url: 'https://other.example/a',
    });
    expect(doc.source.url).toBe('https://other.example/a');
    expect(doc.source.publishedAt).toBe('2025-07-21');
    expect(doc.published).toBe('2025-07-21');
    expect(doc.source.outlet).toBe('Kyiv Post');
  });

  it('falls back to the URL host for the outlet and ignores a non-http URL header', () => {
    expect(
      readTextFile('URL: https://www.x.example/a\n---\nText', NO_OVERRIDES).source.outlet,
    ).toBe('x.example');
    const doc = readTextFile('URL: javascript:alert(1)\nTitle: T\n---\nText', NO_OVERRIDES);
    expect(doc.source).toEqual({ url: null, outlet: null, title: 'T', publishedAt: null });
  });

  it('has null facts for a plain article', () => {
    const doc = readTextFile('Just text.', NO_OVERRIDES);
    expect(doc.source).toEqual({ url: null, outlet: null, title: null, publishedAt: null });
    expect(doc.published).toBeNull();
    expect(doc.text).toBe('Just text.');
  });

  it('hostOf strips www. and rejects garbage', () => {
    expect(hostOf('https://www.bbc.example/news')).toBe('bbc.example');
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf(null)).toBeNull();
  });
});
