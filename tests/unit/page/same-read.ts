import { expect } from 'vitest';
import { looksLikeArticle } from '../../../lib/page/article-kind';
import { ArticleReadCache, findArticleRoot, readArticle } from '../../../lib/page/index';
import { splitParagraphs } from '../../../lib/extract/read-text';
import { linesOf, resolveOffset, type ArticleText } from '../../../lib/page/text-blocks';

const URL_ = 'https://www.example.com/live';

/** Everything a read hands on: text, blocks, and where every character maps back to. */
function snapshot(doc: Document, cache: ArticleReadCache | null) {
  const { facts, article } = readArticle(doc, URL_, cache);
  expectBlocksMakeText(article);
  return {
    facts,
    root: findArticleRoot(doc, cache),
    story: looksLikeArticle(doc, facts, article, cache),
    text: article.text,
    blocks: article.blocks.map((b) => ({ ...b })),
    // Compared by identity below: the same text node and offset, not just the same letters.
    points: Array.from({ length: article.text.length + 1 }, (_, i) => [
      resolvePoint(article, i, 'start'),
      resolvePoint(article, i, 'end'),
    ]),
  };
}

function resolvePoint(article: ArticleText, offset: number, edge: 'start' | 'end') {
  const p = resolveOffset(article, offset, edge);
  return p && { node: p.node, offset: p.offset };
}

/**
 * Each block's text stands where its offsets say, so the text is its blocks joined, and the lines
 * the extractor is given are the lines of that text.
 */
function expectBlocksMakeText(article: ArticleText): void {
  let end = -2;
  for (const b of article.blocks) {
    expect(b.start).toBe(end + 2);
    expect(b.end - b.start).toBe(b.text.length);
    expect(b.text).not.toContain('\n');
    end = b.end;
  }
  expect(article.text.length).toBe(Math.max(0, end));
  expect(linesOf(article).map((l) => ({ start: l.start, text: l.text }))).toEqual(
    splitParagraphs(article.text),
  );
}

/** A read with `cache` gives what a fresh read gives: text, blocks, facts, and every mapped point. */
export function expectSameRead(doc: Document, cache: ArticleReadCache): void {
  const cached = snapshot(doc, cache);
  const fresh = snapshot(doc, null);
  expect(cached.facts).toEqual(fresh.facts);
  expect(cached.root).toBe(fresh.root);
  expect(cached.story).toBe(fresh.story);
  expect(cached.text).toBe(fresh.text);
  expect(cached.blocks).toEqual(fresh.blocks);
  cached.blocks.forEach((b, i) => expect(b.element).toBe(fresh.blocks[i]!.element));
  cached.points.forEach(([start, end], i) => {
    expect(start?.node, `offset ${i}`).toBe(fresh.points[i]![0]?.node);
    expect(start?.offset, `offset ${i}`).toBe(fresh.points[i]![0]?.offset);
    expect(end?.node, `offset ${i}`).toBe(fresh.points[i]![1]?.node);
    expect(end?.offset, `offset ${i}`).toBe(fresh.points[i]![1]?.offset);
  });
}
