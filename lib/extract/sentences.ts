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

/** What `/\s/` matches, by character code: no regular expression per character. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
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

/**
 * Splits text into sentences: at `.`, `!`, `?` followed by a space and a capital, digit or quote,
 * at line breaks (paragraphs and headlines), and at {@link MAX_SENTENCE} characters. Linear time.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      pushTrimmed(out, text, start, i, paragraph);
      start = i + 1;
      paragraph++;
      continue;
    }
    if (i - start >= MAX_SENTENCE && isSpace(c)) {
      pushTrimmed(out, text, start, i, paragraph);
      start = i + 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue;
    // Closing quotes and brackets belong to the sentence they end.
    let j = i + 1;
    while (j < text.length && isCloser(text.charCodeAt(j))) j++;
    if (j >= text.length || !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    const next = text[k] ?? '';
    if (!isOpener(text.charCodeAt(k)) && !/\p{Lu}/u.test(next)) continue;
    if (c === 46) {
      const w = wordBefore(text, i, start);
      if (ABBREVIATIONS.has(w) || /^[a-z]$/.test(w)) continue;
    }
    pushTrimmed(out, text, start, j, paragraph);
    start = j;
    i = j - 1;
  }
  pushTrimmed(out, text, start, text.length, paragraph);
  return out;
}
