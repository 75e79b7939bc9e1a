import { describe, expect, it } from 'vitest';
import { readArticle, readPageFacts } from '../../../lib/page/index';
import { dom, page } from './dom-helpers';

const URL_ = 'https://news.example/a';

describe('hostile and broken pages never throw', () => {
  it.each([
    ['an empty string', ''],
    ['a bare <html>', '<html></html>'],
    ['only a comment', '<!-- nothing -->'],
    ['text with no elements', 'just text'],
    ['an unclosed soup', '<div><p>one<article><p>two<span>three'],
    ['a frameset', '<html><frameset><frame src="x"></frameset></html>'],
  ])('reads %s', (_, html) => {
    expect(() => readArticle(dom(html), URL_)).not.toThrow();
  });

  it('gives empty text and null facts for an empty document', () => {
    const { facts, article } = readArticle(dom(''), '');
    expect(article.text).toBe('');
    expect(facts).toEqual({ url: null, outlet: null, title: null, publishedAt: null });
  });

  it('reads text under 10,000 nested spans', () => {
    const depth = 10_000;
    const html = `<article><p>${'<span>'.repeat(depth)}at least 26 drones${'</span>'.repeat(depth)}</p></article>`;
    const { article } = readArticle(page(html), URL_);
    expect(article.text).toBe('at least 26 drones');
  });

  it('reads 10,000 sibling paragraphs', () => {
    const html = `<article>${'<p>7 drones.</p>'.repeat(10_000)}</article>`;
    const { article } = readArticle(page(html), URL_);
    expect(article.blocks).toHaveLength(10_000);
  });

  it('caps the text at 2 MB', () => {
    const word = 'drones ';
    const html = `<article><p>${word.repeat(500_000)}</p><p>${word.repeat(10)}</p></article>`;
    const { article } = readArticle(page(html), URL_);
    expect(article.text.length).toBeGreaterThan(1_000_000);
    expect(article.text.length).toBeLessThanOrEqual(2_000_000);
  });

  it('takes no facts from malformed JSON-LD, javascript: urls or junk meta', () => {
    const head = [
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":</script>',
      '<script type="application/ld+json">{"@graph": {"not": "an array"}, "publisher": 7}</script>',
      '<script type="application/ld+json">[[[[[[[[[[]]]]]]]]]]</script>',
      '<script type="application/ld+json">{"__proto__": {"polluted": true}, "headline": ["A", 1]}</script>',
      '<link rel="canonical" href="javascript:alert(document.cookie)">',
      '<meta property="og:url" content="  vbscript:msgbox  ">',
      '<meta property="article:published_time" content="not a date">',
      '<meta property="og:site_name" content="   ">',
    ].join('');
    const facts = readPageFacts(page('<p>Body</p>', head), URL_);
    expect(facts).toEqual({ url: URL_, outlet: 'news.example', title: 'A', publishedAt: null });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('does not run or read scripts, styles or templates as text', () => {
    const html =
      '<article><p>Real 5 drones.</p><script>document.write("9 drones")</script>' +
      '<template><p>8 drones</p></template><noscript>6 drones</noscript></article>';
    expect(readArticle(page(html), URL_).article.text).toBe('Real 5 drones.');
  });

  it('survives attribute floods on one element', () => {
    const attrs = Array.from({ length: 5000 }, (_, i) => `data-x${i}="related"`).join(' ');
    const html = `<article><p>Kept 3 drones.</p><div class="${'a '.repeat(5000)}" ${attrs}>text</div></article>`;
    expect(() => readArticle(page(html), URL_)).not.toThrow();
  });
});
