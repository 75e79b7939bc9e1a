import { CORE_METRICS, type LocatedMention, type Value } from '../claims/mention';
import { AnchorIndex, type DroppedFigure } from './anchor-index';
import { listOf, precedes, tagOf, unwrap, wrapText } from './dom';
import { FIGURE_ID, MARK_TAG, styledElement } from './own-tags';
import { placeTail, planTail, removeTails, type PlannedTail } from './phrase-tail';
import { BLOCK_TAGS, locateSpan, type ArticleText } from './text-blocks';

export { MARK_TAG };

/** Elements whose text is read as their own content, not shown as words (HTML's raw text). */
const RAW_TEXT: ReadonlySet<string> = new Set([
  'iframe', 'noembed', 'noframes', 'noscript', 'script', 'style', 'textarea', 'title', 'xmp',
]); // prettier-ignore

/** SHOW_TEXT of `NodeFilter`, spelled out so the module loads where that global is missing. */
const SHOW_TEXT = 0x4;

const CORE = new Set<string>(CORE_METRICS);

/** A stretch of one text node: `[start, end)` in its data. */
interface Piece {
  node: Text;
  start: number;
  end: number;
}

/**
 * The mentions that get a mark, in text order: only CLAIMS.md figures (the extractor may name
 * other metrics, which are not the product's business), and of overlapping ones only the first,
 * since one word cannot sit in two marks.
 */
export function figuresToMark(mentions: readonly LocatedMention[]): LocatedMention[] {
  const sorted = mentions
    .filter((m) => CORE.has(m.metric) && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: LocatedMention[] = [];
  let reached = -1;
  for (const m of sorted) {
    if (m.start < reached) continue;
    out.push(m);
    reached = m.end;
  }
  return out;
}

/**
 * Wraps the words of each figure in `mentions` in `<figure-check-mark>` elements carrying
 * `data-figure-id`, `data-metric`, `data-n`, `data-min`, `data-max` (empty when unbounded),
 * `data-qualifier` and a plain-words `title`. A figure whose words cross inline elements gets
 * one mark per text-node piece, all sharing one `data-figure-id`.
 *
 * Idempotent: a figure with any of its text already inside a mark is left alone, so scanning a
 * page again marks nothing twice. Changes no text: pieces are split off their text nodes and
 * moved, never rewritten.
 *
 * @param article - the article as read by `readArticle`; `mentions` offsets index its `text`.
 * @returns how many figures were newly marked.
 */
export function markFigures(
  doc: Document,
  article: ArticleText,
  mentions: readonly LocatedMention[],
): number {
  return mark(doc, article, mentions, new Map(), new AnchorIndex()).marked;
}

/**
 * Marks like {@link markFigures} and tells which figure each mention is: the `data-figure-id`
 * of its marks, whether marked now or by an earlier scan. Badges anchor on these ids. Mentions
 * that could not be marked (no range, or words straddling the marks of figures still found) are
 * missing from the map. Figures the index holds that are not among these lose their marks (see
 * {@link unmarkFigures}).
 *
 * @param known - figures whose words the page has not touched since an earlier scan found
 *   them in the marks of this id (the session knows them from the read): taken as they are.
 * @param index - the page's anchor index, kept from scan to scan: it gives the new figures
 *   their ids and records where their badges go.
 */
export function markFigureAnchors(
  doc: Document,
  article: ArticleText,
  mentions: readonly LocatedMention[],
  known: ReadonlyMap<LocatedMention, string> = new Map(),
  index: AnchorIndex = new AnchorIndex(),
): Map<LocatedMention, string> {
  return mark(doc, article, mentions, known, index, true).ids;
}

function mark(
  doc: Document,
  article: ArticleText,
  mentions: readonly LocatedMention[],
  known: ReadonlyMap<LocatedMention, string>,
  index: AnchorIndex,
  dropOthers = false,
): { marked: number; ids: Map<LocatedMention, string> } {
  const ids = new Map<LocatedMention, string>();
  // Every piece is found before the DOM changes: splitting text nodes would shift the offsets
  // that `locateSpan` and later pieces rely on.
  const planned: { mention: LocatedMention; pieces: Piece[]; tail: PlannedTail | null }[] = [];
  /** Figures whose words lie partly in marks of other figures (or of several). */
  const blocked: LocatedMention[] = [];
  for (const mention of figuresToMark(mentions)) {
    const id = known.get(mention);
    if (id) {
      ids.set(mention, id);
      continue;
    }
    const pieces = spanPieces(doc, article, mention);
    if (pieces.length === 0) continue;
    if (pieces.some((p) => insideMark(p.node))) {
      // Marked by an earlier scan: the same figure only if every piece sits in one figure's marks.
      const seen = new Set(pieces.map((p) => markIdOf(p.node)));
      const [only] = seen;
      if (seen.size === 1 && only) ids.set(mention, only);
      else blocked.push(mention);
      continue;
    }
    planned.push({ mention, pieces, tail: planTail(article, mention) });
  }
  if (dropOthers) {
    // Figures marked before that this scan does not find lose their marks: a mark without a
    // badge would promise a check the page no longer gets. Before anything new is marked, so
    // that a figure whose words now run over such a mark ("at least 61" over the mark of "61")
    // is marked in this scan. Unwrapping moves text nodes whole, so the read's map still holds.
    unmarkFigures(doc, index.drop(new Set(ids.values())));
    let more = false;
    for (const mention of blocked) {
      const pieces = spanPieces(doc, article, mention);
      if (pieces.length === 0 || pieces.some((p) => insideMark(p.node))) continue;
      planned.push({ mention, pieces, tail: planTail(article, mention) });
      more = true;
    }
    // New ids in text order, as when nothing was in the way.
    if (more) planned.sort((a, b) => a.mention.start - b.mention.start);
  }
  const jobs: { piece: Piece; figureId: string; mention: LocatedMention }[] = [];
  const tails = new Map<string, PlannedTail | null>();
  for (const { mention, pieces, tail } of planned) {
    const figureId = index.newId(doc);
    ids.set(mention, figureId);
    for (const piece of pieces) jobs.push({ piece, figureId, mention });
    tails.set(figureId, tail);
  }
  // Back to front: splitting a node at `start` leaves the front part in the same Text object,
  // so pieces earlier in that node keep valid offsets. So a figure's first mark made is its last.
  jobs.sort((a, b) => comparePieces(b.piece, a.piece));
  const lastMarks = new Map<string, Element>();
  for (const { piece, figureId, mention } of jobs) {
    const made = wrap(doc, piece, figureId, mention);
    if (!lastMarks.has(figureId)) lastMarks.set(figureId, made);
  }
  // Then where each badge goes, after the figure's whole phrase (see phrase-tail.ts).
  for (const [figureId, tail] of tails) {
    const last = lastMarks.get(figureId);
    if (last) index.made(figureId, last, tail && placeTail(doc, tail, figureId));
  }
  return { marked: planned.length, ids };
}

/** Takes every `<figure-check-mark>` (and badge tail) out of `doc`, leaving its text in place. */
export function removeMarks(doc: Document): void {
  removeTails(doc);
  // The split text nodes stay split: merging them could swallow neighbours that the page's own
  // scripts still hold, and the text reads the same either way.
  for (const mark of listOf(doc.querySelectorAll(MARK_TAG))) {
    unwrap(mark);
  }
}

/**
 * Takes the marks and the tail of each figure in `dropped` out of `doc`, leaving their words
 * where they stood, as {@link removeMarks} does for every figure. A figure's pieces all lie in
 * one block of text, so only the block element around its last mark is searched; the whole page
 * only for a figure whose recorded mark the page took out of its place or re-labelled while it
 * may still hold copies of the others (once for all such figures).
 */
export function unmarkFigures(doc: Document, dropped: readonly DroppedFigure[]): void {
  const byScope = new Map<Element, Set<string>>();
  const within = (scope: Element, id: string): void => {
    const ids = byScope.get(scope);
    if (ids) ids.add(id);
    else byScope.set(scope, new Set([id]));
  };
  for (const { id, mark, tail } of dropped) {
    const own = (el: Element): boolean =>
      el.isConnected && el.ownerDocument === doc && el.getAttribute(FIGURE_ID) === id;
    if (tail && own(tail)) unwrap(tail);
    // Taken out or re-labelled, the recorded mark says nothing of where the others are (a page
    // that re-renders an entry from a copy of it keeps copies of them elsewhere).
    if (mark) within((own(mark) && blockAround(mark)) || doc.documentElement, id);
  }
  for (const [scope, ids] of byScope) {
    for (const piece of listOf(scope.querySelectorAll(MARK_TAG))) {
      const id = piece.getAttribute(FIGURE_ID);
      if (id !== null && ids.has(id)) unwrap(piece);
    }
  }
}

/** The nearest element around `el` that starts a block of text (see BLOCK_TAGS). */
function blockAround(el: Element): Element | null {
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (BLOCK_TAGS.has(tagOf(up))) return up;
  }
  return null;
}

/** The figure in plain words, for the mark's tooltip: what, how many, who, where, when, says who. */
export function describeFigure(m: LocatedMention): string {
  const lines = [`Figure Check: ${valueWords(m.value)} ${metricWords(m.metric, m.group)}`];
  if (m.attacker) {
    const side = m.attacker === 'RU' ? 'Russia' : 'Ukraine';
    lines.push(`${m.metric.startsWith('people.') ? 'Attack by' : 'Launched by'}: ${side}`);
  }
  if (m.place) lines.push(`Where: ${m.place.name}`);
  if (m.date) lines.push(`When: ${m.date}`);
  if (m.attributedTo) lines.push(`According to: ${m.attributedTo}`);
  return lines.join('\n');
}

const WEAPON_WORDS: Record<string, string> = {
  drones: 'drones',
  missiles: 'missiles',
  aerial: 'drones and missiles',
};
const ACTION_WORDS: Record<string, string> = {
  launched: 'launched',
  downed: 'shot down',
  suppressed: 'jammed or lost',
  neutralized: 'shot down or suppressed',
  hit: 'that hit their targets',
  killed: 'killed',
  injured: 'injured',
};
const GROUP_WORDS: Record<string, string> = {
  civilians: 'civilians',
  children: 'children',
  military: 'military personnel',
};

function metricWords(metric: string, group: string | null): string {
  const [kind = '', action = ''] = metric.split('.');
  const who = kind === 'people' ? (group && GROUP_WORDS[group]) || 'people' : WEAPON_WORDS[kind];
  const what = ACTION_WORDS[action];
  return who && what ? `${who} ${what}` : metric;
}

/**
 * One formatter for every figure: `toLocaleString` makes a new one on each call, which cost more
 * than the rest of marking a figure.
 */
const NUMBER = new Intl.NumberFormat('en');

function valueWords(v: Value): string {
  const n = NUMBER.format(v.n);
  switch (v.qualifier) {
    case 'exact':
      return n;
    case 'at-least':
      return `at least ${n}`;
    case 'more-than':
      return `more than ${n}`;
    case 'at-most':
      return `up to ${n}`;
    case 'less-than':
      return `fewer than ${n}`;
    case 'range':
      return `between ${n} and ${NUMBER.format(v.max ?? v.n)}`;
    case 'about':
      return v.min !== null && v.max !== null && v.min !== v.max
        ? `about ${n} (taken as ${NUMBER.format(v.min)} to ${NUMBER.format(v.max)})`
        : `about ${n}`;
  }
}

/**
 * The text-node pieces of a mention's words, found without a Range: the page keeps every live
 * Range up to date through each later change of its DOM until the Range is collected, and a page
 * re-read on every change would otherwise make one per figure.
 */
function spanPieces(doc: Document, article: ArticleText, m: LocatedMention): Piece[] {
  const span = locateSpan(article, m.start, m.end);
  if (!span) return [];
  const { start, end } = span;
  if (start.node === end.node) {
    return end.offset > start.offset
      ? [{ node: start.node, start: start.offset, end: end.offset }]
      : [];
  }
  // Text nodes in document order from the start's to the end's; none if they stand the other
  // way round (which would make the walk run to the end of the page).
  if (!precedes(start.node, end.node)) return [];
  const pieces: Piece[] = [];
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  walker.currentNode = start.node;
  for (let n: Node | null = start.node; n; n = walker.nextNode()) {
    const node = n as Text;
    const from = node === start.node ? start.offset : 0;
    const to = node === end.node ? end.offset : node.length;
    // The text of a style or a script between the figure's words is no words of the page (the
    // reader skipped it), and a mark inside would end the style's or the script's text.
    if (to > from && !RAW_TEXT.has(node.parentNode?.nodeName.toLowerCase() ?? '')) {
      pieces.push({ node, start: from, end: to });
    }
    if (node === end.node) break;
  }
  return pieces;
}

function insideMark(node: Node): boolean {
  return node.parentElement?.closest(MARK_TAG) != null;
}

function markIdOf(node: Node): string | null {
  return node.parentElement?.closest(MARK_TAG)?.getAttribute(FIGURE_ID) ?? null;
}

function comparePieces(a: Piece, b: Piece): number {
  if (a.node === b.node) return a.start - b.start;
  return precedes(a.node, b.node) ? -1 : 1;
}

/** Wraps `piece` in a new mark of figure `figureId`; returns the mark. */
function wrap(doc: Document, piece: Piece, figureId: string, m: LocatedMention): Element {
  const { node, start, end } = piece;
  const mark = styledElement(doc, MARK_TAG);
  mark.setAttribute(FIGURE_ID, figureId);
  mark.setAttribute('data-metric', m.metric);
  mark.setAttribute('data-n', String(m.value.n));
  mark.setAttribute('data-min', m.value.min === null ? '' : String(m.value.min));
  mark.setAttribute('data-max', m.value.max === null ? '' : String(m.value.max));
  mark.setAttribute('data-qualifier', m.value.qualifier);
  mark.setAttribute('title', describeFigure(m));
  wrapText(doc, node, start, end, mark);
  return mark;
}
