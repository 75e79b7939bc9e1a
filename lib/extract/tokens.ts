/** A token of news text: a word, a run of digits (with thousands separators), or one punctuation mark. */
export interface Token {
  kind: 'word' | 'num' | 'punct';
  /** The characters as they stand in the text. */
  raw: string;
  /** Lower-cased, with typographic apostrophes folded to `'`; for numbers, the digits alone. */
  norm: string;
  start: number;
  end: number;
  /** True when the first character is an upper-case letter. */
  capital: boolean;
  /**
   * For `num`: true when a decimal part followed ("1.5"), which no count of things has. `false`
   * on every other token: all tokens share one shape, so the readers' property loads on them
   * stay monomorphic.
   */
  decimal: boolean;
  /**
   * Which phrase tries have a phrase starting with this word, as bits (see `phrasesAt`); -1 until
   * one is looked up. Set by `tokenize` on every token, so that all tokens share a shape.
   */
  phraseStarts?: number;
  /**
   * What the place tokenizer would look up for this word, read in the lookup `cuesOf` makes
   * anyway (see `TokenRoles` in `places/tokenize.ts`); -1 until then.
   */
  placeRoles: number;
}

/** Digit runs longer than this are phone numbers, IDs or garbage, never counts of drones or people. */
const MAX_DIGITS = 12;
/** ",", a space or a no-break or thin space between digit groups. */
function isGroupSeparator(c: number): boolean {
  return c === 44 || c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
function isLetter(text: string, i: number, c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  // U+2000–U+206F (dashes, typographic quotes and apostrophes, all common in news) holds no
  // letter: no regular expression for them.
  return c > 127 && (c < 0x2000 || c > 0x206f) && LETTER.test(text[i]!);
}

function isCapital(text: string, i: number, c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && UPPER.test(text[i]!));
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** The characters {@link isSpace} skips between tokens, as a regular expression's class body. */
const SPACES = ' \\t\\n\\r\\u00a0\\u202f\\u2009';
/** A run of the characters {@link isSpace} skips between tokens, and only those. */
export const SPACE_RUN = new RegExp(`[${SPACES}]+`);
/** A run of characters that are not such spaces: one chunk of a phrase, as tokens see it. */
export const CHUNK_RUN = new RegExp(`[^${SPACES}]+`);

/** True when three digits start at `i` and no fourth digit follows them before `to`. */
function threeDigitGroup(text: string, i: number, to: number): boolean {
  return (
    isDigit(text.charCodeAt(i)) &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    !(i + 3 < to && isDigit(text.charCodeAt(i + 3)))
  );
}

/**
 * Splits `text` into tokens in one left-to-right pass (linear time, no regular expression that can
 * backtrack). Thousands separators (",", " ", no-break spaces) join digit groups of exactly three.
 * `from`..`to` tokenizes a part of `text` as if it stood alone; tokens' offsets are from `base`.
 * A caller holding a part cut from a longer text does well to pass the longer one with the part's
 * bounds: a cut is a view into its text, whose characters cost more to read one by one.
 */
export function tokenize(text: string, from = 0, to = text.length, base = 0): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      let digits = text.slice(start, i);
      // Group separators only after a short leading group, as in "1,000" or "12 500".
      while (
        digits.length <= MAX_DIGITS + 1 &&
        i + 3 < to + 1 &&
        isGroupSeparator(text.charCodeAt(i)) &&
        threeDigitGroup(text, i + 1, to) &&
        i + 4 <= to
      ) {
        digits += text.slice(i + 1, i + 4);
        i += 4;
      }
      let decimal = false;
      if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1)) && i + 1 < to) {
        decimal = true;
        i++;
        while (i < to && isDigit(text.charCodeAt(i))) i++;
      }
      const tooLong = digits.length > MAX_DIGITS;
      out.push({
        kind: tooLong ? 'punct' : 'num',
        // Digits alone (most numbers) are their own raw text: one string serves both.
        raw: i - start === digits.length ? digits : text.slice(start, i),
        norm: tooLong ? '#' : digits,
        start: start - base,
        end: i - base,
        capital: false,
        decimal,
        phraseStarts: -1,
        placeRoles: -1,
      });
      continue;
    }
    if (isLetter(text, i, c)) {
      const start = i;
      // Most words are lower-case ASCII already: they need no lower-casing and no folding.
      let plain = c >= 97 && c <= 122;
      // A typographic apostrophe, which `norm` folds: only the apostrophe test lets one in.
      let curly = false;
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) i++;
        else if (isLetter(text, i, d)) {
          plain = false;
          i++;
        }
        // "Russia's", "Kyiv’s": an apostrophe between letters stays inside the word.
        else if (isApostrophe(d) && i + 1 < to && isLetter(text, i + 1, text.charCodeAt(i + 1))) {
          plain = false;
          if (d === 0x2019) curly = true;
          i++;
        }
        // "p.m.", "U.S.": a dot between single letters stays inside the word.
        else if (
          d === 46 &&
          i - start === 1 &&
          i + 1 < to &&
          isLetter(text, i + 1, text.charCodeAt(i + 1))
        ) {
          plain = false;
          i++;
        } else break;
      }
      const raw = text.slice(start, i);
      const lower = plain ? raw : raw.toLowerCase();
      out.push({
        kind: 'word',
        raw,
        norm: curly ? lower.replace(/\u2019/g, "'") : lower,
        start: start - base,
        end: i - base,
        capital: isCapital(text, start, c),
        decimal: false,
        phraseStarts: -1,
        placeRoles: -1,
      });
      continue;
    }
    const ch = text[i]!;
    out.push({
      kind: 'punct',
      raw: ch,
      norm: ch,
      start: i - base,
      end: i + 1 - base,
      capital: false,
      decimal: false,
      phraseStarts: -1,
      placeRoles: -1,
    });
    i++;
  }
  return out;
}
