import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate } from '../../../lib/page/dates';
import { publishedDay, readPageFacts } from '../../../lib/page/page-facts';
import { isWellFormedText } from '../../../lib/claims/text';
import { page } from './dom-helpers';

const URL_ = 'https://www.daily.example/world/story-1?utm_source=x#comments';
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const meta = (key: string, content: string, attr = 'property') =>
  `<meta ${attr}="${key}" content="${content}">`;

describe('canonical url', () => {
  it('prefers link[rel=canonical], resolving it against the page url', () => {
    const doc = page(
      '',
      '<link rel="canonical" href="/world/story-1">' + meta('og:url', 'https://og.example/x'),
    );
    expect(readPageFacts(doc, URL_).url).toBe('https://www.daily.example/world/story-1');
  });

  it('falls back to og:url, then the page url without its fragment', () => {
    expect(readPageFacts(page('', meta('og:url', 'https://og.example/x')), URL_).url).toBe(
      'https://og.example/x',
    );
    expect(readPageFacts(page(''), URL_).url).toBe(
      'https://www.daily.example/world/story-1?utm_source=x',
    );
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://files.example/a', '   '])(
    'ignores a canonical of %s',
    (href) => {
      const doc = page('', `<link rel="canonical" href="${href}">` + meta('og:url', href));
      expect(readPageFacts(doc, URL_).url).toBe(
        'https://www.daily.example/world/story-1?utm_source=x',
      );
    },
  );

  it('gives null when neither the page nor the url says anything usable', () => {
    expect(readPageFacts(page(''), 'not a url').url).toBeNull();
  });
});

describe('outlet', () => {
  it('takes og:site_name first', () => {
    const doc = page('', meta('og:site_name', 'Daily') + ld('{"publisher":{"name":"LD"}}'));
    expect(readPageFacts(doc, URL_).outlet).toBe('Daily');
  });

  it('reads JSON-LD publisher.name from arrays, @graph and @id references', () => {
    const arr = ld(
      '[{"@type":"NewsArticle","publisher":[{"@type":"Organization","name":"Arr News"}]}]',
    );
    expect(readPageFacts(page('', arr), URL_).outlet).toBe('Arr News');
    const graph = ld(
      '{"@graph":[{"@type":"NewsArticle","publisher":{"@id":"#o"}},{"@id":"#o","name":"Graph News"}]}',
    );
    expect(readPageFacts(page('', graph), URL_).outlet).toBe('Graph News');
  });

  it('survives malformed JSON-LD and falls back to the host without www', () => {
    const doc = page('', ld('{"publisher": {"name": "Broken"') + ld('null') + ld('[1, "x", [[]]]'));
    expect(readPageFacts(doc, URL_).outlet).toBe('daily.example');
  });
});

describe('title', () => {
  it('goes og:title, JSON-LD headline, h1, <title>', () => {
    const all = meta('og:title', 'OG') + ld('{"@type":"NewsArticle","headline":"LD"}');
    expect(readPageFacts(page('<h1>H1</h1>', all + '<title>T</title>'), URL_).title).toBe('OG');
    expect(
      readPageFacts(page('<h1>H1</h1>', ld('{"@type":"NewsArticle","headline":"LD"}')), URL_).title,
    ).toBe('LD');
    expect(readPageFacts(page('<h1> The\n H1 </h1>', '<title>T</title>'), URL_).title).toBe(
      'The H1',
    );
    expect(readPageFacts(page('<p>x</p>', '<title>T</title>'), URL_).title).toBe('T');
  });

  it('is cut between characters: an emoji at the limit is left out whole, never halved', () => {
    const long = `${'a'.repeat(999)}😀 and the rest of a very long headline`;
    for (const head of [meta('og:title', long), `<title>${long}</title>`]) {
      const { title } = readPageFacts(page('<p>x</p>', head), URL_);
      expect(title).toBe('a'.repeat(999));
      expect(isWellFormedText(title ?? '')).toBe(true);
    }
    const outlet = `${'a'.repeat(199)}😀 News`;
    const name = readPageFacts(page('<p>x</p>', meta('og:site_name', outlet)), URL_).outlet;
    expect(name).toBe('a'.repeat(199));
  });
});

describe('publication time', () => {
  it('goes article:published_time, JSON-LD, <time>, meta names, then the url', () => {
    const t = '<article><time datetime="2025-07-03T10:00:00Z">3 July</time><p>x</p></article>';
    const lds = ld('{"@type":"NewsArticle","datePublished":"2025-07-02T09:00:00+02:00"}');
    const apt = meta('article:published_time', '2025-07-01T08:00:00+03:00');
    const named = meta('parsely-pub-date', '2025-07-04', 'name');
    const url = 'https://x.example/2025/07/05/story';
    expect(readPageFacts(page(t, apt + lds + named), url).publishedAt).toBe(
      '2025-07-01T08:00:00+03:00',
    );
    expect(readPageFacts(page(t, lds + named), url).publishedAt).toBe('2025-07-02T09:00:00+02:00');
    expect(readPageFacts(page(t, named), url).publishedAt).toBe('2025-07-03T10:00:00Z');
    expect(readPageFacts(page('<p>x</p>', named), url).publishedAt).toBe('2025-07-04');
    expect(readPageFacts(page('<p>x</p>'), url).publishedAt).toBe('2025-07-05');
    expect(readPageFacts(page('<p>x</p>'), 'https://x.example/a').publishedAt).toBeNull();
  });

  it('does not take a date from the comments', () => {
    const doc = page(
      '<article><p>story</p></article><div class="comments"><time datetime="2025-08-01">c</time></div>',
    );
    expect(readPageFacts(doc, 'https://x.example/2025-07-20-story').publishedAt).toBe('2025-07-20');
  });
});

describe('publishedDay', () => {
  it.each([
    ['2025-07-20T01:30:00+03:00', '2025-07-20'],
    ['2025-07-19T23:30:00-05:00', '2025-07-19'],
    ['2025-07-20T21:12:00-04:00', '2025-07-20'],
    ['2025-07-20', '2025-07-20'],
    [null, null],
    ['yesterday', null],
  ])('%s → %s', (publishedAt, day) => {
    expect(publishedDay({ publishedAt })).toBe(day);
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2025-07-20T01:30:00+0300', '2025-07-20T01:30:00+03:00'],
    ['2025-07-20 01:30', '2025-07-20T01:30:00'],
    ['2025-07-20T01:30:00.5Z', '2025-07-20T01:30:00.500Z'],
    ['2025/07/20', '2025-07-20'],
    ['20 July 2025', '2025-07-20'],
    ['July 20th, 2025 4:20 PM', '2025-07-20'],
    ['Sun, 20 Jul 2025 10:00:00 GMT', '2025-07-20'],
    ['2025-02-30', null],
    ['1066-10-14', null],
    ['', null],
  ])('%s → %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it('reads dates in url paths', () => {
    expect(dateFromUrl('https://x.example/news/2025/07/20/story')).toBe('2025-07-20');
    expect(dateFromUrl('https://x.example/story-2025-07-20.html')).toBe('2025-07-20');
    expect(dateFromUrl('https://x.example/id/20250720123')).toBeNull();
    expect(dateFromUrl('nope')).toBeNull();
  });
});
