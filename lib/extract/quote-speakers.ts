/**
 * Quotations of several sentences: '"As of 08:30, 24 people were killed. … to the end," said
 * Vyacheslav Gladkov'. The speaker named after the closing mark speaks every sentence of the
 * quotation, though the sentences before the last name nobody.
 *
 * @module
 */
import type { Token } from './tokens';
import { CLOSING_QUOTES, OPENING_QUOTES, STRAIGHT_QUOTE } from './vocabulary/function-words';

/** Any mark of {@link OPENING_QUOTES}, {@link CLOSING_QUOTES} or the straight one. */
const QUOTE_MARK = new RegExp(
  `[${[...OPENING_QUOTES, ...CLOSING_QUOTES, STRAIGHT_QUOTE].join('')}]`,
);

/**
 * For each sentence of a paragraph, the index of the later sentence that closes the quotation it
 * stands in (and may name its speaker), or -1. `null` when no sentence runs on inside a quotation,
 * as in most paragraphs.
 */
export function quoteClosers(
  sentences: readonly { text: string; tokens: readonly Token[] }[],
): Int32Array | null {
  // Most paragraphs hold no quotation mark: one native scan per sentence passes them by.
  if (!sentences.some((s) => QUOTE_MARK.test(s.text))) return null;
  let out: Int32Array | null = null;
  let open = false;
  let from = -1;
  for (let i = 0; i < sentences.length; i++) {
    const wasOpen = open;
    for (const t of sentences[i]!.tokens) {
      if (t.kind !== 'punct') continue;
      if (t.norm === STRAIGHT_QUOTE) open = !open;
      else if (OPENING_QUOTES.has(t.norm)) open = true;
      else if (CLOSING_QUOTES.has(t.norm)) open = false;
    }
    if (open && !wasOpen) from = i;
    if (wasOpen && !open && from >= 0) {
      out ??= new Int32Array(sentences.length).fill(-1);
      for (let k = from; k < i; k++) out[k] = i;
      from = -1;
    }
  }
  return out;
}
