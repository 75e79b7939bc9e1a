import type { LocatedMention } from '../claims/mention';

/** Context the text itself cannot give. */
export interface ExtractOptions {
  /** Publication date of the text, `YYYY-MM-DD`, used to resolve "overnight", "on Sunday". */
  published?: string | null;
}

/**
 * Finds every figure (CLAIMS.md section 1) in `text` and returns it as a Mention with the offsets
 * of its words in `text`. Pure: no DOM, no browser API. Never throws; linear in `text.length`.
 */
export function extractMentions(text: string, options: ExtractOptions = {}): LocatedMention[] {
  void text;
  void options;
  return [];
}
