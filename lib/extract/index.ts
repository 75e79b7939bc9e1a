import type { LocatedMention } from '../claims/mention';
import { ReportReader, type SameAs } from './report-reader';

export { ReportReader, type ReadLimit, type SameAs } from './report-reader';
export type { SameStretch } from './paragraph-diff';

/** Context the text itself cannot give. */
export interface ExtractOptions {
  /** Publication date of the text, `YYYY-MM-DD`, used to resolve "overnight", "on Sunday". */
  published?: string | null;
  /**
   * A reader that keeps what it read of each paragraph: a text read again with the same reader
   * reads only what changed (see {@link ReportReader}).
   */
  reader?: ReportReader;
  /**
   * Stretches of `text` known to be the reader's last text's (from the page reader): not
   * compared again. Ignored unless their `from` is the text the reader read last.
   */
  same?: SameAs | null;
}

function validDay(day: string | null | undefined): string | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? null : day;
}

/**
 * Finds every figure (CLAIMS.md section 1) in `text` and returns it as a Mention with the offsets
 * of its words in `text`. Pure: no DOM, no browser API; linear in `text.length`. A throw here is
 * a bug, and reaches the caller: tests see it, and the page boundary keeps it from the page.
 */
export function extractMentions(text: string, options: ExtractOptions = {}): LocatedMention[] {
  // A reader of its own keeps nothing: nobody reads with it again.
  const reader = options.reader ?? new ReportReader(false);
  return reader.read(
    typeof text === 'string' ? text : '',
    validDay(options.published),
    options.same ?? null,
  );
}
