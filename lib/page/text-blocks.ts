import { findHeadline } from './article-root';
import { BlockWriter } from './block-writer';
import { isElement, isText, queryAll, tagOf } from './dom';
import type { ArticleReadCache } from './read-cache';
import { RootPlan, type ChildSpan } from './root-plan';
import { classifyElement, isInsideClutter } from './skip-rules';
import { runChunksOf, type ArticleText } from './text-map';

export { blockOf, linesOf, locateSpan, rangeFor, rangeOfSpan, resolveOffset } from './text-map';
export type { ArticleText, TextBlock, TextPoint } from './text-map';

/** Elements that start a new block of text (a paragraph boundary for sentence splitting). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore

/**
 * Next node in document order after `node`'s subtree, within `top`'s subtree, leaving finished
 * elements on the way (`top` too, when its subtree is done).
 */
function advance(node: Node, top: Node, w: BlockWriter): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) {
    w.leave(n);
    if (n === top || n.nextSibling) return n === top ? null : n.nextSibling;
  }
  return null;
}

/**
 * Walks `top` and its subtree as the walk of its parent meets it, without recursion (pages
 * nest thousands deep), skipping clutter subtrees. `headers` says whether a story `<header>`
 * may contribute its `h1`.
 */
function walkNode(
  top: Node,
  w: BlockWriter,
  headers: boolean,
  cache: ArticleReadCache | null,
): void {
  let node: Node | null = top;
  while (node && !w.full) {
    let descend = false;
    if (isText(node)) {
      w.text(node);
    } else if (isElement(node)) {
      const recording = cache?.recording(node);
      if (recording && w.replay(recording)) {
        node = advance(node, top, w);
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
    node = descend ? node.firstChild : advance(node, top, w);
  }
}

/**
 * Walks `scope`'s children in order (see {@link walkNode}); `onChild` is told after each one,
 * with where the text stood before it.
 */
function walk(
  scope: Element,
  w: BlockWriter,
  headers: boolean,
  cache: ArticleReadCache | null = null,
  onChild?: (child: Node, before: number) => void,
): void {
  w.open(scope);
  for (let child = scope.firstChild; child && !w.full; child = child.nextSibling) {
    const before = w.position;
    walkNode(child, w, headers, cache);
    onChild?.(child, before);
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
 * A stretch of a read's text laid in from the read before: `[start, end)` was `[start - by,
 * end - by)` there, and nothing in the page under it changed since that read.
 */
export interface UnchangedStretch {
  start: number;
  end: number;
  by: number;
}

const unchanged = new WeakMap<ArticleText, readonly UnchangedStretch[]>();

/**
 * The stretches of `article` that the read laid in from the read before with the same cache,
 * in text order (none after a full read): what was worked out there of the DOM under them
 * (which figure a mark is) still holds.
 */
export function unchangedStretches(article: ArticleText): readonly UnchangedStretch[] {
  return unchanged.get(article) ?? [];
}

/** The page's headline when it lies outside `root` (then it is read first), else null. */
function outsideHeadline(root: Element, cache: ArticleReadCache | null): Element | null {
  const doc = root.ownerDocument;
  const headline = doc ? findHeadline(doc, root, cache) : null;
  return headline && !contains(root, headline) ? headline : null;
}

/** Writes down where a child of the root stands in the text after it was walked from `before`. */
function setSpan(span: ChildSpan, before: number, w: BlockWriter, cache: ArticleReadCache): void {
  const node = span.node;
  const wrote = w.position > before;
  // A block after another begins after the "\n\n" between them.
  span.start = wrote && before > 0 ? before + 2 : before;
  span.end = w.position;
  span.volatile = isElement(node) && tagOf(node) !== 'br' && !cache.recording(node);
  span.dirty = false;
}

/**
 * A read of `root` laid out from the last one (see {@link RootPlan}): the children that did
 * not change are laid in from it, stretch by stretch; the others are walked. Null when the
 * read cannot be done so (then the plan may be half updated, and a full read replaces it).
 */
function splicedRead(root: Element, plan: RootPlan, cache: ArticleReadCache): ArticleText | null {
  if (outsideHeadline(root, cache) !== plan.headline) return null;
  const w = new BlockWriter(cache);
  if (plan.headline) walk(plan.headline, w, false);
  w.closeChunk();
  w.open(root);
  const old = plan.article;
  const chunks = runChunksOf(old);
  // The stretch of the last read's text being gathered to lay in ([from, to), its children
  // `gathered`), and how far it moves.
  let from = -1;
  let to = -1;
  let by = 0;
  let gathered: ChildSpan[] = [];
  const stretches: UnchangedStretch[] = [];
  // Where text laid in now starts: after the "\n\n" that follows any text before it.
  const next = (): number => (w.position === 0 ? 0 : w.position + 2);
  const layIn = (start: number, end: number): boolean => {
    const at = next();
    if (!w.layIn(old, chunks, start, end)) return false;
    stretches.push({ start: at, end: at + end - start, by: at - start });
    return true;
  };
  /** Reads a child as the walk meets it; false when the read cannot go on from it. */
  const walkChild = (span: ChildSpan): boolean => {
    if (span.node.parentNode !== root) return false;
    const before = w.position;
    walkNode(span.node, w, true, cache);
    if (!w.full && !(w.clean || w.position === before)) return false;
    setSpan(span, before, w, cache);
    // Cut short by the limit: walked again next time, as far as the limit then lets it in.
    if (w.full) span.dirty = true;
    return true;
  };
  const flush = (): boolean => {
    if (from < 0) return true;
    const spans = gathered;
    from = -1;
    gathered = [];
    if (layIn(spans[0]!.start, spans[spans.length - 1]!.end)) {
      for (const span of spans) {
        span.start += by;
        span.end += by;
      }
      return true;
    }
    // The limit falls in this stretch: child by child, as far as it lets them in, the child it
    // cuts walked (so it ends where a fresh read's walk ends), the rest left to later reads.
    for (const span of spans) {
      if (w.full) {
        span.dirty = true;
      } else if (layIn(span.start, span.end)) {
        const at = stretches[stretches.length - 1]!;
        span.start = at.start;
        span.end = at.end;
      } else if (!walkChild(span)) {
        return false;
      }
    }
    return true;
  };
  for (const span of plan.spans) {
    // Past the limit: nothing of it is read, so it is walked when the limit lets it in.
    if (w.full) {
      span.dirty = true;
      continue;
    }
    if (!span.dirty && !span.volatile) {
      if (span.end === span.start) continue;
      if (from < 0 || span.start !== to + 2) {
        if (!flush()) return null;
        from = span.start;
        by = next() - from;
      }
      to = span.end;
      gathered.push(span);
      continue;
    }
    if (!flush()) return null;
    if (w.full) {
      span.dirty = true;
      continue;
    }
    // a child the records placed wrongly would be read where it is not: read it all instead
    if (!walkChild(span)) return null;
  }
  if (!flush()) return null;
  w.leave(root);
  const article = w.finish();
  plan.article = article;
  unchanged.set(article, stretches);
  return article;
}

/**
 * Reads the readable text of `root` as blocks, skipping navigation, ads, related stories,
 * comments and hidden elements, and keeping a map from every character back to its text node.
 * When the page's main `<h1>` lies outside `root`, it comes first as a block of its own.
 *
 * @param cache - the page's read cache: block elements unchanged since the last read with it
 *   are not walked again, their text and map are reused, and when the root's children were
 *   each read on their own (see {@link RootPlan}) only those that changed are visited at all
 *   (the result is the same as a fresh read).
 */
export function readArticleText(root: Element, cache: ArticleReadCache | null = null): ArticleText {
  const usable = cache?.enabled ? cache : null;
  if (usable) {
    try {
      usable.sync();
      const plan = usable.planFor(root);
      const spliced = plan && splicedRead(root, plan, usable);
      if (spliced) return spliced;
    } catch {
      // a DOM that breaks mid-read gets a full read, which copes
    }
    usable.keepPlan(null);
  }
  const w = new BlockWriter(usable);
  const spans: ChildSpan[] = [];
  let splicable = usable !== null;
  let headline: Element | null = null;
  try {
    headline = outsideHeadline(root, usable);
    if (headline) walk(headline, w, false);
    w.closeChunk();
    walk(root, w, true, usable, (node, before) => {
      if (!usable) return;
      const span: ChildSpan = { node, start: 0, end: 0, volatile: false, dirty: false };
      setSpan(span, before, w, usable);
      spans.push(span);
      // Cut short by the limit: walked again by the next read, as far as the limit lets it in.
      if (w.full) span.dirty = true;
      // a child whose words run on into the next child's block cannot be read on its own
      else if (!(w.clean || w.position === before)) splicable = false;
    });
    // The children past the limit wrote nothing: each is walked once the limit lets it in (a
    // page over the limit is read again only where it changed, like any other).
    if (usable && w.full) {
      const last = spans[spans.length - 1]?.node;
      for (let child = last ? last.nextSibling : root.firstChild; child; child = child.nextSibling)
        spans.push({ node: child, start: 0, end: 0, volatile: false, dirty: true });
    }
  } catch {
    // a DOM that breaks mid-walk still yields the blocks read so far
    splicable = false;
  }
  const article = w.finish();
  if (usable && splicable) {
    usable.keepPlan(new RootPlan(root, headline, article, spans));
  }
  return article;
}
