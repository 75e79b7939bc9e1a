import { Cue, cuesOf } from './cues';
import { roleDates, type RoledDate } from './date-roles';
import { datelineLength } from './dateline';
import { findDates } from './dates';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';

/** One sentence read once: its text, tokens and dates, shared by every later step. */
export interface ReadSentence extends Sentence {
  text: string;
  tokens: Token[];
  /** What kinds of words it holds (see `Cue`): readers that cannot find anything skip it. */
  cues: number;
  dates: RoledDate[];
  /** Offset in `text` where the sentence proper starts, after any dateline ("KYIV (AP) —"). */
  body: number;
}

/**
 * Reads one paragraph's sentences once: tokens, cues, dates with their roles, dateline. Offsets
 * are relative to the paragraph's text. `whole`, when given, is a text in which the paragraph
 * stands at `at`: the tokenizer reads the characters there (see `tokenize`).
 */
export function readSentences(
  text: string,
  published: string | null,
  whole: string = text,
  at = 0,
): ReadSentence[] {
  return splitSentences(text).map((s) => {
    const sentence = text.slice(s.start, s.end);
    // Offsets are relative to the sentence.
    const tokens = tokenize(whole, at + s.start, at + s.end, at + s.start);
    const cues = cuesOf(tokens);
    const dates =
      cues & Cue.Date ? roleDates(sentence, tokens, findDates(sentence, published, tokens)) : [];
    // A dateline's date may date the report, but its city is nobody's place or side.
    const dateline = datelineLength(tokens);
    for (let k = 0; k < dateline; k++)
      tokens[k] = { ...tokens[k]!, kind: 'punct', norm: '\u00b7', phraseStarts: -1 };
    const body = dateline > 0 ? (tokens[dateline]?.start ?? sentence.length) : 0;
    // Written out, not spread: one object shape for every sentence, built without a copy loop.
    return {
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      text: sentence,
      tokens,
      cues,
      dates,
      body,
    };
  });
}

/** One line of a text: a paragraph, a headline, a list item. */
export interface Paragraph {
  /** Offset of its first character in the whole text. */
  start: number;
  text: string;
}

/** The lines of a text, as the sentence splitter takes them: a line break ends a paragraph. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    out.push({ start, text: text.slice(start, end < 0 ? text.length : end) });
    if (end < 0) return out;
    start = end + 1;
  }
}

/** A line of page furniture is this short at most: "RELATED:", a teaser's headline. */
const FURNITURE_TOKENS = 12;

/** A short line alone in its paragraph, with no full stop: a link, a label, a teaser. */
export function furniture(s: ReadSentence, sentences: number): boolean {
  if (s.tokens.length > FURNITURE_TOKENS) return false;
  const end = s.tokens.at(-1)?.norm ?? '';
  if (end === '.' || end === '!' || end === '?') return false;
  return sentences === 1;
}
