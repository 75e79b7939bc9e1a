/**
 * Which figures of a scan are in marks the scan before found, where the page has not changed
 * since: a live blog re-read after one entry changed keeps hundreds of figures where they were,
 * and looking each one up in the DOM again (its text nodes, its mark, the mark's id) was most
 * of the marking.
 *
 * @module
 */
import type { LocatedMention } from '../claims/mention';
import { unchangedStretches, type ArticleText } from './text-blocks';

/** Where a figure's mention came from in the reader (see `ReportReader.unshifted`). */
export type OriginOf = (m: LocatedMention) => LocatedMention;

/** The ids the last scan's marking gave, by where each figure started in its read's text. */
export class KnownMarks {
  #byStart = new Map<number, { origin: LocatedMention; id: string }>();

  /**
   * The figures of `mentions` that lie in a stretch `article` laid in from the last read (so
   * nothing under them changed since), read from the same paragraph reading as a figure the
   * last scan found at the same place there, with that figure's id: marking them again would
   * find the same marks.
   */
  known(
    article: ArticleText,
    mentions: readonly LocatedMention[],
    originOf: OriginOf,
  ): Map<LocatedMention, string> {
    const found = new Map<LocatedMention, string>();
    const stretches = unchangedStretches(article);
    if (stretches.length === 0 || this.#byStart.size === 0) return found;
    let s = 0;
    // Both in text order: one pass.
    for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
      while (s < stretches.length && stretches[s]!.end <= m.start) s++;
      const stretch = stretches[s];
      if (!stretch || m.start < stretch.start) continue;
      const before = this.#byStart.get(m.start - stretch.by);
      if (before && before.origin === originOf(m)) found.set(m, before.id);
    }
    return found;
  }

  /** Remembers what this scan's marking gave (after its read), for the next scan. */
  remember(ids: ReadonlyMap<LocatedMention, string>, originOf: OriginOf): void {
    this.#byStart = new Map();
    for (const [m, id] of ids) this.#byStart.set(m.start, { origin: originOf(m), id });
  }

  /** Forgets it all: the next scan's read is not the one after this scan's marking. */
  forget(): void {
    this.#byStart = new Map();
  }
}
