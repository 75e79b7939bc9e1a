import { findHeadline } from './article-root';
import { BlockWriter } from './block-writer';
import { isElement, isText, queryAll, tagOf } from './dom';
import type { ArticleReadCache } from './read-cache';
import { classifyElement, isInsideClutter } from './skip-rules';
import type { ArticleText } from './text-map';

export { blockOf, locateSpan, rangeFor, rangeOfSpan, resolveOffset } from './text-map';
export type { ArticleText, TextBlock, TextPoint } from './text-map';

/** Elements that start a new block of text (a paragraph boundary for sentence splitting). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore

/** Next node in document order after `node`'s subtree, leaving finished elements on the way. */
function advance(node: Node, scope: Element, w: BlockWriter): Node | null {
  for (let n: Node | null = node; n && n !== scope; n = n.parentNode) {
    w.leave(n);
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/**
 * Walks `scope` without recursion (pages nest thousands deep), skipping clutter subtrees.
 * `headers` says whether a story `<header>` may contribute its `h1`.
 */
function walk(
  scope: Element,
  w: BlockWriter,
  headers: boolean,
  cache: ArticleReadCache | null = null,
): void {
  w.open(scope);
  let node: Node | null = scope.firstChild;
  while (node && !w.full) {
    let descend = false;
    if (isText(node)) {
      w.text(node);
    } else if (isElement(node)) {
      const recording = cache?.recording(node);
      if (recording && w.replay(recording)) {
        node = advance(node, scope, w);
        continue;
      }
      const tag = tagOf(node);
      const verdict = tag === 'br' ? 'break' : classifyElement(node);
      if (verdict === 'break') {
        w.lineBreak();
      } else if (verdict === 'keep') {
        if (BLOCK_TAGS.has(tag)) w.open(node, cache !== null);
        descend = node.firstChild !== null;
      } else if (verdict === 'headline-only' && headers) {
        for (const h1 of queryAll(node, 'h1')) if (!isInsideClutter(h1)) walk(h1, w, false);
      }
    }
    node = descend ? node.firstChild : advance(node, scope, w);
  }
  w.leave(scope);
}

function contains(outer: Element, inner: Node): boolean {
  try {
    return outer.contains(inner);
  } catch {
    return false;
  }
}

/**
 * Reads the readable text of `root` as blocks, skipping navigation, ads, related stories,
 * comments and hidden elements, and keeping a map from every character back to its text node.
 * When the page's main `<h1>` lies outside `root`, it comes first as a block of its own.
 *
 * @param cache - the page's read cache: block elements unchanged since the last read with it
 *   are not walked again, their text and map are reused (the result is the same as a fresh read).
 */
export function readArticleText(root: Element, cache: ArticleReadCache | null = null): ArticleText {
  const usable = cache?.enabled ? cache : null;
  const w = new BlockWriter(usable);
  try {
    usable?.sync();
    const doc = root.ownerDocument;
    const headline = doc ? findHeadline(doc, root, usable) : null;
    if (headline && !contains(root, headline)) walk(headline, w, false);
    walk(root, w, true, usable);
  } catch {
    // a DOM that breaks mid-walk still yields the blocks read so far
  }
  return w.finish();
}
