import type { LocatedMention } from '../claims/mention';
import type { Paragraph } from './read-text';
import { buildCueTables } from './cues';
import { buildPlaceTables } from './places/find-places';
import { ReportReader } from './report-reader';

export { ReportReader, type ReadLimit } from './report-reader';
export type { Paragraph } from './read-text';

/** Context the text itself cannot give. */
export interface ExtractOptions {
  /** Publication date of the text, `YYYY-MM-DD`, used to resolve "overnight", "on Sunday". */
  published?: string | null;
  /**
   * A reader that keeps what it read of each paragraph: a text read again with the same reader
   * reads only what changed (see {@link ReportReader}).
   */
  reader?: ReportReader;
}

function validDay(day: string | null | undefined): string | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  return Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? null : day;
}

/**
 * Builds the extractor's tables (the lexicon, the gazetteer, the vocabulary's phrase tries) now,
 * rather than at the first read: loading the extractor builds none, since its script evaluates on
 * pages that are no story too. A page that may be one calls this before it reads the page: built
 * in the middle of the first read, with the page's text and maps about, the same tables cost the
 * content script a third more main-thread time (interleaved A/B on the seed pages).
 */
export function prepareExtractor(): void {
  buildCueTables();
  buildPlaceTables();
}

/**
 * Finds every figure (CLAIMS.md section 1) in `text` and returns it as a Mention with the offsets
 * of its words in `text`. Pure: no DOM, no browser API; linear in `text.length`. A throw here is
 * a bug, and reaches the caller: tests see it, and the page boundary keeps it from the page.
 *
 * @param text - the text, or its lines (as `splitParagraphs` cuts it), each with the offset where
 *   it starts: the same figures either way. The page reader gives its blocks as lines, so a page
 *   read again on every change never joins them into one string.
 */
export function extractMentions(
  text: string | readonly Paragraph[],
  options: ExtractOptions = {},
): LocatedMention[] {
  // A reader of its own keeps nothing: nobody reads with it again.
  const reader = options.reader ?? new ReportReader(false);
  const source = typeof text === 'string' || Array.isArray(text) ? text : '';
  return reader.read(source, validDay(options.published));
}
