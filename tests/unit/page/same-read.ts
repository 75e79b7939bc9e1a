import { expect } from 'vitest';
import { looksLikeArticle } from '../../../lib/page/article-kind';
import { ArticleReadCache, findArticleRoot, readArticle } from '../../../lib/page/index';
import { resolveOffset, takeSameAsBefore, type ArticleText } from '../../../lib/page/text-blocks';

const URL_ = 'https://www.example.com/live';

/** Everything a read hands on: text, blocks, and where every character maps back to. */
function snapshot(doc: Document, cache: ArticleReadCache | null) {
  const { facts, article } = readArticle(doc, URL_, cache);
  const same = takeSameAsBefore(article);
  // Handed out once: the last read's text is not held on to after.
  if (same) expect(takeSameAsBefore(article)).toBeNull();
  return {
    facts,
    root: findArticleRoot(doc, cache),
    story: looksLikeArticle(doc, facts, article, cache),
    same,
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

/** A read with `cache` gives what a fresh read gives: text, blocks, facts, and every mapped point. */
export function expectSameRead(doc: Document, cache: ArticleReadCache): void {
  const cached = snapshot(doc, cache);
  const fresh = snapshot(doc, null);
  // What the read says it laid in unchanged is the text it names, character for character.
  if (cached.same) {
    let end = 0;
    for (const s of cached.same.stretches) {
      expect(s.start).toBeGreaterThanOrEqual(end);
      expect(cached.text.slice(s.start, s.end)).toBe(
        cached.same.from.slice(s.start - s.by, s.end - s.by),
      );
      end = s.end;
    }
  }
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
