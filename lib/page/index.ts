import type { Source } from '../claims/mention';
import { findArticleRoot } from './article-root';
import { bodyOf } from './dom';
import { readPageFacts } from './page-facts';
import type { ArticleReadCache } from './read-cache';
import { readArticleText, type ArticleText } from './text-blocks';

export { findArticleRoot, findHeadline } from './article-root';
export { normalizeDate, dateFromUrl } from './dates';
export { readPageFacts, publishedDay } from './page-facts';
export { ArticleReadCache } from './read-cache';
export { classifyElement, nameMarksClutter, type SkipVerdict } from './skip-rules';
export {
  blockOf,
  locateSpan,
  rangeFor,
  readArticleText,
  resolveOffset,
  type ArticleText,
  type TextBlock,
  type TextPoint,
} from './text-blocks';

/** A page read the way the content script reads it. */
export interface ReadArticle {
  facts: Source;
  article: ArticleText;
}

/**
 * Reads a page: its source facts and its article text with a map back to the DOM.
 * Never throws; a page with no readable story yields empty text.
 *
 * @param cache - the page's read cache, when it is read again and again (the content script):
 *   only what changed since the last read is walked.
 */
export function readArticle(
  doc: Document,
  pageUrl: string,
  cache: ArticleReadCache | null = null,
): ReadArticle {
  let root: Element;
  try {
    root = findArticleRoot(doc, cache);
  } catch {
    root = bodyOf(doc);
  }
  return {
    facts: readPageFacts(doc, pageUrl, root, cache),
    article: readArticleText(root, cache),
  };
}
