/**
 * Where a figure's badge goes: after the figure's whole phrase ("57 Russian drones [✓ 2]"),
 * never between the number and its noun, never inside a word. The last word of the phrase is
 * wrapped in a `<figure-check-tail>` that does not wrap lines, and the badge is drawn at its
 * end (see {@link tailAnchor}), so a line never begins with a badge cut off from the words it
 * is about.
 *
 * @module
 */
import type { LocatedMention } from '../claims/mention';
import { listOf, unwrap, wrapText } from './dom';
import { FIGURE_ID, MARK_TAG, TAIL_TAG, styledElement } from './own-tags';
import { blockOf, locateSpan, type ArticleText, type TextPoint } from './text-blocks';

export { TAIL_TAG };

/**
 * The longest tail, in characters, when the last word has to take a whole inline element with it
 * (`<b>dro</b>nes`, or the figure's own mark): longer, and holding it on one line could push the
 * line past a narrow column, so the badge just goes at the phrase's end.
 */
const MAX_TAIL = 40;

/** SHOW_TEXT of `NodeFilter`, spelled out so the module loads where that global is missing. */
const SHOW_TEXT = 0x4;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/**
 * The span of `text` that ends a figure's phrase: `[start, end)` where `end` is where the badge
 * goes (the phrase's end, moved on to the end of its word if the phrase stopped inside one) and
 * `start` is where that last word begins (never before the figure's own words).
 */
export function tailSpan(
  text: string,
  m: Pick<LocatedMention, 'start' | 'end' | 'phraseEnd'>,
): { start: number; end: number } {
  let end = Math.max(m.end, m.phraseEnd);
  while (
    end < text.length &&
    end > 0 &&
    WORD_CHAR.test(text[end - 1]!) &&
    WORD_CHAR.test(text[end]!)
  )
    end += 1;
  let start = end;
  while (start > m.start && !SPACE.test(text[start - 1]!)) start -= 1;
  return { start, end };
}

/** A tail to make: its ends as DOM points, found before any text node is split. */
export interface PlannedTail {
  start: TextPoint;
  end: TextPoint;
}

/** Plans the tail of `mention` in `article`; null when its span cannot be found on the page. */
export function planTail(article: ArticleText, mention: LocatedMention): PlannedTail | null {
  // A phrase ends in its figure's block, whose end is a line break: its text is all it needs.
  const block = blockOf(article, mention.start, Math.max(mention.end, mention.phraseEnd));
  if (!block) return null;
  const at = block.start;
  const local = tailSpan(block.text, {
    start: mention.start - at,
    end: mention.end - at,
    phraseEnd: mention.phraseEnd - at,
  });
  return locateSpan(article, local.start + at, local.end + at);
}

/**
 * Where a point planned before text nodes were split lies now. Splitting keeps the front of a
 * node in the same Text object and puts the rest in new nodes right after it in document order
 * (marks wrap pieces where they stand), so the point is found by walking on by the lengths.
 */
function movedPoint(doc: Document, point: TextPoint, edge: 'start' | 'end'): TextPoint {
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  walker.currentNode = point.node;
  let node = point.node;
  let offset = point.offset;
  // A start at a node's very end begins the next node; an end stays where it is.
  while (offset > node.length || (edge === 'start' && offset === node.length && offset > 0)) {
    const next = walker.nextNode() as Text | null;
    if (!next) break;
    offset -= node.length;
    node = next;
  }
  return { node, offset: Math.min(offset, node.length) };
}

/** The child of `ancestor` that holds `node` (`node` itself when it is a child). */
function childHolding(ancestor: Node, node: Node): Node {
  let n: Node = node;
  while (n.parentNode && n.parentNode !== ancestor) n = n.parentNode;
  return n;
}

/** Sibling nodes, `first` to `last` in order, of one parent. */
interface NodeRun {
  first: Node;
  last: Node;
}

/** The deepest node holding both `a` and `b` (either may be it). */
function commonAncestor(a: Node, b: Node): Node | null {
  for (let up: Node | null = a; up; up = up.parentNode) if (up.contains(b)) return up;
  return null;
}

/**
 * The nodes a tail from `start` to `end` wraps, as a run of whole sibling nodes: text is split
 * at both ends first (the front of a node stays in its Text object, as {@link movedPoint} needs),
 * and an inline element the span starts or ends inside comes whole. Null when there is none.
 * Worked out without a Range: the page keeps every Range up to date through each later change
 * of its DOM until the Range is collected, which on a long page made marking, and the page's
 * own changes after it, several times slower.
 */
function wholeNodes(start: TextPoint, end: TextPoint): NodeRun | null {
  const owner = start.node.parentElement?.closest(MARK_TAG);
  if (owner && owner === end.node.parentElement?.closest(MARK_TAG)) {
    // The phrase ends in the figure's own words ("and two over the city"): take its mark.
    return { first: owner, last: owner };
  }
  if (end.offset === 0 || (start.node === end.node && start.offset >= end.offset)) return null;
  if (end.offset < end.node.length) end.node.splitText(end.offset);
  // Splitting the end first leaves the start's node and offset as they were.
  const first = start.offset > 0 ? start.node.splitText(start.offset) : start.node;
  const last = end.node === start.node ? first : end.node;
  const firstParent = first.parentNode;
  const lastParent = last.parentNode;
  const common = firstParent && lastParent && commonAncestor(firstParent, lastParent);
  if (!common) return null;
  return { first: childHolding(common, first), last: childHolding(common, last) };
}

/**
 * The length of the text a run of nodes holds, as a Range over them would give it (its Text
 * nodes only); -1 when `last` is not `first` or a sibling after it.
 */
function runTextLength(run: NodeRun): number {
  let length = 0;
  for (let n: Node | null = run.first; n; n = n.nextSibling) {
    if (n.nodeType === 3) length += (n as Text).length;
    else if (n.nodeType === 1) length += (n.textContent ?? '').length;
    if (n === run.last) return length;
  }
  return -1;
}

/** Puts `wrapper` where `run` stands and the run's nodes in it, in order. */
function surround(run: NodeRun, wrapper: Element): void {
  run.first.parentNode!.insertBefore(wrapper, run.first);
  for (let n: Node | null = run.first; n;) {
    const next: Node | null = n === run.last ? null : n.nextSibling;
    wrapper.appendChild(n);
    n = next;
  }
}

/** Puts `node` at `point`, splitting its text node there when the point is inside it. */
function insertAt(point: TextPoint, node: Node): void {
  const { node: text, offset } = point;
  const parent = text.parentNode;
  if (!parent) return;
  if (offset <= 0) parent.insertBefore(node, text);
  else if (offset >= text.length) parent.insertBefore(node, text.nextSibling);
  else parent.insertBefore(node, text.splitText(offset));
}

/**
 * Makes the planned tail of figure `figureId`, after the figure's marks are in place: the last
 * word of its phrase in a `<figure-check-tail>`, taking along any inline element the word starts
 * or ends inside (the figure's own mark, `<b>dro</b>nes`) up to {@link MAX_TAIL} characters.
 * Otherwise an empty tail at the phrase's end still tells the badge where to go.
 *
 * @returns the tail.
 */
export function placeTail(doc: Document, plan: PlannedTail, figureId: string): Element {
  const start = movedPoint(doc, plan.start, 'start');
  const end = movedPoint(doc, plan.end, 'end');
  const tail = styledElement(doc, TAIL_TAG);
  tail.setAttribute(FIGURE_ID, figureId);
  // Mostly the last word stands in one text node of its own: wrapped as the general way below
  // would, in fewer changes of the page.
  const length = end.offset - start.offset;
  if (
    start.node === end.node &&
    length > 0 &&
    length <= MAX_TAIL &&
    !start.node.parentElement?.closest(MARK_TAG)
  ) {
    wrapText(doc, start.node, start.offset, end.offset, tail);
    if (tail.lastChild) tailEnds.set(tail, tail.lastChild);
    return tail;
  }
  const run = wholeNodes(start, end);
  const runLength = run ? runTextLength(run) : -1;
  if (run && runLength >= 0 && runLength <= MAX_TAIL) {
    surround(run, tail);
    if (tail.lastChild) tailEnds.set(tail, tail.lastChild);
    return tail;
  }
  insertAt(movedPoint(doc, plan.end, 'end'), tail);
  return tail;
}

/** The node a tail's badge goes right after: the tail's last child when the tail was made. */
const tailEnds = new WeakMap<Element, Node>();

/**
 * Where the badge of a figure with this tail goes: right after the last word of its phrase,
 * inside the tail, so the badge wraps with that word. A tail whose words the page has since
 * changed (or an empty one, made where its words could not be wrapped) takes the badge right
 * after itself: still after the phrase.
 */
export function tailAnchor(tail: Element): Node {
  const end = tailEnds.get(tail);
  return end && end.parentNode === tail ? end : tail;
}

/** Takes every tail out of `doc`, leaving its contents where they stood. */
export function removeTails(doc: Document): void {
  for (const tail of listOf(doc.querySelectorAll(TAIL_TAG))) {
    unwrap(tail);
  }
}
