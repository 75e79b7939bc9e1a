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

/** Characters compared at once: a comparison of two slices runs at memory speed. */
const STRIDE = 2048;

/** Length of the longest common start of `a` and `b`. */
function commonStart(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + STRIDE <= n && a.slice(i, i + STRIDE) === b.slice(i, i + STRIDE)) i += STRIDE;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common end of `a` and `b`, at most `max`. */
function commonEnd(a: string, b: string, max: number): number {
  let i = 0;
  while (
    i + STRIDE <= max &&
    a.slice(a.length - i - STRIDE, a.length - i) === b.slice(b.length - i - STRIDE, b.length - i)
  )
    i += STRIDE;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * How `text` stands to `last`, whose paragraphs (as `splitParagraphs` gives them) are `kept`.
 * The head, middle and tail together are exactly `splitParagraphs(text)`.
 */
export function diffParagraphs(
  last: string,
  kept: readonly KeptParagraph[],
  text: string,
): ParagraphDiff {
  const by = text.length - last.length;
  if (kept.length === 0) return { head: 0, tail: 0, by, middle: splitParagraphs(text) };
  if (last === text) return { head: kept.length, tail: 0, by, middle: [] };
  const same = commonStart(last, text);
  const sameEnd = commonEnd(last, text, Math.min(last.length, text.length) - same);
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
