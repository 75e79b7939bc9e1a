/**
 * Which paragraphs of a text read again are paragraphs of the last text read. A live blog
 * changes in one place at a time: the paragraphs before the first changed character are the
 * last read's where they stood, those after the last changed character are the last read's
 * moved by the change in length, and only the paragraphs between are looked for by their text
 * (or split anew). Working this out costs two comparisons of the texts, not a look at each
 * paragraph.
 *
 * @module
 */
import { splitParagraphs, type Paragraph } from './read-text';

/** A paragraph of the last read: where it stood and its text. */
export interface KeptParagraph {
  start: number;
  text: string;
}

/** How a new text stands to the last one, paragraph by paragraph. */
export interface ParagraphDiff {
  /** This many paragraphs at the start of the last read are the new text's first, unmoved. */
  head: number;
  /** This many at the end of the last read are the new text's last, moved by `by`. */
  tail: number;
  by: number;
  /** The new text's paragraphs between those, with their offsets in the new text. */
  middle: Paragraph[];
}

/**
 * A stretch `[start, end)` of a new text known to be the last text's `[start - by, end - by)`,
 * character for character: the page reader lays in what no mutation touched from its last read
 * and says where. Comparing the texts then skips those stretches, which on a live blog are all
 * of it but an entry.
 */
export interface SameStretch {
  start: number;
  end: number;
  by: number;
}

/** Characters compared at once: a comparison of two slices runs at memory speed. */
const STRIDE = 2048;

/** How far `a` and `b` agree from `i` on, up to `stop`. */
function agreeForward(a: string, b: string, i: number, stop: number): number {
  while (i + STRIDE <= stop && a.slice(i, i + STRIDE) === b.slice(i, i + STRIDE)) i += STRIDE;
  while (i < stop && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How far `a` and `b` agree from `i` characters before their ends on, up to `stop` before. */
function agreeBackward(a: string, b: string, i: number, stop: number): number {
  while (
    i + STRIDE <= stop &&
    a.slice(a.length - i - STRIDE, a.length - i) === b.slice(b.length - i - STRIDE, b.length - i)
  )
    i += STRIDE;
  while (i < stop && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * Length of the longest common start of `a` (the last text) and `b`, passing at once over the
 * stretches of `same` (in text order) that stand where they stood.
 */
function commonStart(a: string, b: string, same: readonly SameStretch[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (const s of same) {
    if (s.by !== 0 || s.end <= i) continue;
    if (s.start > i) {
      i = agreeForward(a, b, i, Math.min(s.start, n));
      if (i < s.start) return i;
    }
    i = Math.min(s.end, n);
  }
  return agreeForward(a, b, i, n);
}

/**
 * Length of the longest common end of `a` (the last text) and `b`, at most `max`, passing at once
 * over the stretches of `same` (in text order) that moved by the change in length.
 */
function commonEnd(a: string, b: string, max: number, same: readonly SameStretch[]): number {
  const by = b.length - a.length;
  let i = 0;
  for (let k = same.length - 1; k >= 0; k--) {
    const s = same[k]!;
    // Counted from the end of the new text, the stretch is `[b.length - end, b.length - start)`.
    const near = b.length - s.end;
    const far = Math.min(b.length - s.start, max);
    if (s.by !== by || far <= i) continue;
    if (near > i) {
      i = agreeBackward(a, b, i, Math.min(near, max));
      if (i < near) return i;
    }
    i = far;
  }
  return agreeBackward(a, b, i, max);
}

/**
 * How `text` stands to `last`, whose paragraphs (as `splitParagraphs` gives them) are `kept`.
 * The head, middle and tail together are exactly `splitParagraphs(text)`.
 *
 * @param known - stretches of `text` known to be `last`'s (see {@link SameStretch}), in text
 *   order: they are not compared again. Only true ones may be given; the answer is the same.
 */
export function diffParagraphs(
  last: string,
  kept: readonly KeptParagraph[],
  text: string,
  known: readonly SameStretch[] = [],
): ParagraphDiff {
  const by = text.length - last.length;
  if (kept.length === 0) return { head: 0, tail: 0, by, middle: splitParagraphs(text) };
  if (last === text) return { head: kept.length, tail: 0, by, middle: [] };
  const same = commonStart(last, text, known);
  const sameEnd = commonEnd(last, text, Math.min(last.length, text.length) - same, known);
  // A paragraph is unchanged when it and the line break after it (before it, at the end)
  // lie in the common start (end).
  let head = 0;
  while (head < kept.length && kept[head]!.start + kept[head]!.text.length < same) head++;
  let tail = 0;
  while (tail < kept.length - head && kept[kept.length - 1 - tail]!.start > last.length - sameEnd)
    tail++;
  const previous = kept[head - 1];
  const from = previous ? previous.start + previous.text.length + 1 : 0;
  const next = kept[kept.length - tail];
  // the line break before the first paragraph of the tail, where it stands now
  const to = next && tail > 0 ? next.start - 1 + by : text.length;
  const middle =
    to < from
      ? []
      : splitParagraphs(text.slice(from, to)).map((p) => ({ start: p.start + from, text: p.text }));
  return { head, tail, by, middle };
}

/** How far ahead a paragraph is looked for in the last read before its texts are indexed. */
const LOOKAHEAD = 4;
/**
 * Paragraphs of a read not found ahead before the old texts are indexed: an edited or a new
 * paragraph is found nowhere, and indexing a long text (hashing all of it) for it cost more
 * than the rest of the read; past this many, paragraphs were moved or removed in bulk.
 */
const MISSES_BEFORE_INDEX = 8;

/**
 * Finds each paragraph of a new text among the last read's, in order: the next one is the
 * likely match (a live blog changes in one place at a time), a few further on cover a paragraph
 * removed, and an index of every old text (built once a few paragraphs were not found ahead)
 * covers the rest. A paragraph not found is read anew, which gives the same as reusing it.
 */
export class Alignment<K extends { text: string }> {
  private next = 0;
  private misses = 0;
  private index: Map<string, number> | null = null;

  constructor(private readonly old: readonly K[]) {}

  find(text: string): K | undefined {
    const { old } = this;
    // Nothing to find in (a first read, a reader that keeps nothing): no index, whose building
    // would hash every paragraph of the text for nothing.
    if (old.length === 0) return undefined;
    for (let i = this.next; i < old.length && i < this.next + LOOKAHEAD; i++) {
      if (old[i]!.text === text) {
        this.next = i + 1;
        return old[i];
      }
    }
    if (!this.index) {
      if (++this.misses <= MISSES_BEFORE_INDEX) return undefined;
      this.index = new Map();
      // The first of equal texts wins, as a read in order would meet it.
      for (let i = old.length - 1; i >= 0; i--) this.index.set(old[i]!.text, i);
    }
    const at = this.index.get(text);
    if (at === undefined) return undefined;
    this.next = at + 1;
    return old[at];
  }
}
