import { isJsSpace } from '../claims/text';
import { ABBREVIATIONS } from './vocabulary/function-words';

/** A sentence (or headline line) of a text, by offsets into it. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (blank-line or line-break separated block) the sentence is in. */
  paragraph: number;
}

/**
 * News sentences are rarely longer than this; cutting longer runs keeps every later step's work per
 * sentence bounded, so extraction stays linear even on text with no full stops at all.
 */
export const MAX_SENTENCE = 2000;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** Closing quotes and brackets: `"`, `'`, `”`, `’`, `)`, `]`. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** What may open a sentence besides a capital: a digit, a quote, a bracket, a dash. */
function isOpener(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 34 ||
    c === 0x201c ||
    c === 39 ||
    c === 0x2018 ||
    c === 40 ||
    c === 91 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 45
  );
}

function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && i > dot - 8) {
    const c = text.charCodeAt(i - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46) i--;
    else break;
  }
  return text.slice(i, dot).toLowerCase();
}

/**
 * Adds `text` from `start` to `end`, less the whitespace around it, unless nothing is left. A
 * function of its own, not a closure in `splitSentences`: that was made anew for every paragraph.
 */
function pushTrimmed(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
): void {
  let s = start;
  let e = end;
  while (s < e && isJsSpace(text.charCodeAt(s))) s++;
  while (e > s && isJsSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}

/** The first `ch` in `text` at or after `from`, or the text's length when there is none. */
function nextOf(text: string, ch: string, from: number): number {
  const k = text.indexOf(ch, from);
  return k < 0 ? text.length : k;
}

/**
 * Splits text into sentences: at `.`, `!`, `?` followed by a space and a capital, digit or quote,
 * at line breaks (paragraphs and headlines), and at {@link MAX_SENTENCE} characters. Linear time:
 * the characters that can end a sentence are found with `indexOf`, each kind's next one kept
 * until passed, and only the characters of a run past the limit are looked at one by one.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;
  let paragraph = 0;
  let dot = -1;
  let bang = -1;
  let question = -1;
  let line = -1;
  let i = 0;
  for (;;) {
    if (dot < i) dot = nextOf(text, '.', i);
    if (bang < i) bang = nextOf(text, '!', i);
    if (question < i) question = nextOf(text, '?', i);
    if (line < i) line = nextOf(text, '\n', i);
    const p = Math.min(dot, bang, question, line);
    // A run longer than the limit is cut at each first space past it.
    while (p - start > MAX_SENTENCE) {
      let q = Math.max(i, start + MAX_SENTENCE);
      while (q < p && !isSpace(text.charCodeAt(q))) q++;
      if (q >= p) break;
      pushTrimmed(out, text, start, q, paragraph);
      start = q + 1;
      i = q + 1;
    }
    if (p >= n) break;
    const c = text.charCodeAt(p);
    i = p + 1;
    if (c === 10) {
      pushTrimmed(out, text, start, p, paragraph);
      start = p + 1;
      paragraph++;
      continue;
    }
    // Closing quotes and brackets belong to the sentence they end.
    let j = p + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j >= n || !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    const next = text[k] ?? '';
    if (!isOpener(text.charCodeAt(k)) && !/\p{Lu}/u.test(next)) continue;
    if (c === 46) {
      const w = wordBefore(text, p, start);
      if (ABBREVIATIONS.has(w) || /^[a-z]$/.test(w)) continue;
    }
    pushTrimmed(out, text, start, j, paragraph);
    start = j;
    i = j;
  }
  pushTrimmed(out, text, start, n, paragraph);
  return out;
}
