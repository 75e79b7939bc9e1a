import type { Source } from '../claims/mention';
import { findArticleRoot } from './article-root';
import { bodyOf } from './dom';
import { readPageFacts } from './page-facts';
import { readArticleText, type ArticleText } from './text-blocks';

export { findArticleRoot, findHeadline } from './article-root';
export { normalizeDate, dateFromUrl } from './dates';
export { readPageFacts, publishedDay } from './page-facts';
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
 */
export function readArticle(doc: Document, pageUrl: string): ReadArticle {
  let root: Element;
  try {
    root = findArticleRoot(doc);
  } catch {
    root = bodyOf(doc);
  }
  return { facts: readPageFacts(doc, pageUrl, root), article: readArticleText(root) };
}
