import { describe, expect, it } from 'vitest';
import {
  locateSpan,
  rangeFor,
  readArticleText,
  resolveOffset,
  type ArticleText,
} from '../../../lib/page/text-blocks';
import { page, squash, textBetween } from './dom-helpers';

function read(body: string): { doc: Document; article: ArticleText } {
  const doc = page(body);
  return { doc, article: readArticleText(doc.getElementById('root')!) };
}

/** The DOM text a span maps to, whitespace-collapsed (what a highlight would cover). */
function mapped(doc: Document, article: ArticleText, start: number, end: number): string | null {
  const span = locateSpan(article, start, end);
  return span && squash(textBetween(doc, span.start, span.end));
}

describe('readArticleText', () => {
  it('collapses whitespace inside a block and separates blocks with a blank line', () => {
    const { article } = read(`<div id="root">
      <h2>  Sub\n head </h2>
      <p>\n   one\t two  <b> three </b>four\u00a0five
      </p>
      <ul><li>a</li><li> b </li></ul></div>`);
    expect(article.text).toBe('Sub head\n\none two three four five\n\na\n\nb');
    expect(article.blocks.map((b) => b.element.tagName.toLowerCase())).toEqual([
      'h2',
      'p',
      'li',
      'li',
    ]);
    for (const b of article.blocks)
      expect(article.text.slice(b.start, b.end)).not.toMatch(/^\s|\s$/);
  });

  it('splits a div at nested blocks and treats <br> as a space', () => {
    const { article } = read('<div id="root">Intro line<br>next<p>para</p>tail</div>');
    expect(article.text).toBe('Intro line next\n\npara\n\ntail');
  });

  it('does not join words across inline elements that touch', () => {
    const { article } = read('<p id="root">at <a href="#">least</a>26</p>');
    expect(article.text).toBe('at least26');
  });

  it('returns empty text for an empty root', () => {
    const { article } = read('<div id="root">  \n </div>');
    expect(article).toEqual({ text: '', blocks: [] });
  });
});

describe('mapping text back to the DOM', () => {
  const html = `<div id="root"><p>Russia said it shot down
      <a href="/x">at least
        26</a> Ukrainian   drones, and <b>132</b> in all.</p><p>Second <i>para</i><br>graph.</p></div>`;

  it('maps spans that cross <a> and <b> to exactly their DOM text', () => {
    const { doc, article } = read(html);
    for (const phrase of [
      'shot down at least 26 Ukrainian drones',
      'at least 26',
      '132',
      'and 132 in',
    ]) {
      const start = article.text.indexOf(phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(mapped(doc, article, start, start + phrase.length)).toBe(phrase);
    }
  });

  it('maps every span inside every block', () => {
    const { doc, article } = read(html);
    // whitespace aside: the space standing for a <br> has no character in the DOM
    const bare = (s: string | null) => s?.replace(/\s/g, '');
    for (const b of article.blocks) {
      for (let s = b.start; s < b.end; s++) {
        for (let e = s + 1; e <= b.end; e++) {
          const dom = mapped(doc, article, s, e);
          const text = article.text.slice(s, e);
          if (b === article.blocks[0]) expect(dom).toBe(squash(text));
          else expect(bare(dom)).toBe(bare(text));
        }
      }
    }
  });

  it('resolves offsets to text nodes and offsets', () => {
    const { article } = read(html);
    const at = article.text.indexOf('26');
    const point = resolveOffset(article, at, 'start')!;
    expect(point.node.data.slice(point.offset, point.offset + 2)).toBe('26');
    const end = resolveOffset(article, at + 2, 'end')!;
    expect(end.node).toBe(point.node);
    expect(end.offset).toBe(point.offset + 2);
  });

  it('maps the space that stands for a <br> to the point before the next word', () => {
    const { article } = read(html);
    const at = article.text.indexOf(' graph');
    const point = resolveOffset(article, at, 'start')!;
    expect(point.node.data).toBe('graph.');
    expect(point.offset).toBe(0);
  });

  it('refuses spans across block boundaries, empty spans and out-of-range offsets', () => {
    const { article } = read(html);
    const second = article.text.indexOf('Second');
    expect(locateSpan(article, second - 5, second + 3)).toBeNull();
    expect(locateSpan(article, 3, 3)).toBeNull();
    expect(locateSpan(article, -1, 2)).toBeNull();
    expect(locateSpan(article, 0, article.text.length + 1)).toBeNull();
    expect(locateSpan({ text: article.text, blocks: article.blocks }, 0, 3)).toBeNull();
  });

  it('refuses spans whose nodes were removed from the page', () => {
    const { doc, article } = read(html);
    doc.querySelector('b')!.remove();
    const at = article.text.indexOf('132');
    expect(locateSpan(article, at, at + 3)).toBeNull();
    expect(locateSpan(article, 0, 6)).not.toBeNull();
  });
});

describe('rangeFor', () => {
  it('builds a Range from the resolved points (linkedom lacks setStart, so a stand-in Range)', () => {
    const { doc, article } = read(html());
    const calls: unknown[][] = [];
    const fake = {
      setStart: (...args: unknown[]) => calls.push(['start', ...args]),
      setEnd: (...args: unknown[]) => calls.push(['end', ...args]),
    };
    doc.createRange = () => fake as unknown as Range;
    const start = article.text.indexOf('at least 26');
    const range = rangeFor(article, start, start + 'at least 26'.length);
    expect(range).toBe(fake);
    const span = locateSpan(article, start, start + 'at least 26'.length)!;
    expect(calls).toEqual([
      ['start', span.start.node, span.start.offset],
      ['end', span.end.node, span.end.offset],
    ]);
  });

  it('returns null where the DOM cannot make ranges, and for spans across blocks', () => {
    const { article } = read(html());
    expect(rangeFor(article, 0, 5)).toBeNull();
    expect(rangeFor(article, 0, article.text.length)).toBeNull();
  });

  function html(): string {
    return '<div id="root"><p>It shot down <a>at least 26</a> drones.</p><p>Next.</p></div>';
  }
});
