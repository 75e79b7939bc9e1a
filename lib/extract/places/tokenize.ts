import type { Token } from '../tokens';
import { CONNECTORS, GENERIC_WORDS, PREFIXES } from '../vocabulary/places/phrases';

/** A word, a connector mark ("," "&"), or a break standing for any other punctuation. */
export interface PlaceToken {
  word: boolean;
  start: number;
  end: number;
  /** Key form: typographic apostrophes and hyphens folded, generic words lower-cased. */
  norm: string;
  /** `norm` without a possessive "'s": the form a name takes at the end of an n-gram. */
  stem: string;
  /** Offset just past the stem: a hit on "Moscow's" covers "Moscow". */
  stemEnd: number;
  /** `stem` lower-cased, for region words, joiners and connectors; '' for a break. */
  lower: string;
  /** What `lower` is, as {@link Role} bits: one lookup when the token is made, not one per test. */
  roles: number;
}

/** Word lists `lower` may be in. */
export const Role = {
  /** {@link GENERIC_WORDS}: keyed lower-cased. */
  Generic: 1,
  /** {@link CONNECTORS}. */
  Connector: 2,
  /** A key of {@link PREFIXES}. */
  Prefix: 4,
  /**
   * Not of `lower` but of `norm`: a gazetteer name or a name's opening words have this key form.
   * Only the table the caller passes to {@link tokenizePlaces} knows these.
   */
  Start: 8,
} as const;

/**
 * A sentence token's `placeRoles`: its word's {@link Role} bits (of its `norm`) in the low four
 * bits, and whether its `raw` is a name's start, when that was looked up. The place tokenizer
 * takes them for a word with the token's span instead of looking the same strings up again.
 */
export const TokenRoles = {
  /** The low bits: the `Role` bits of the token's `norm`. */
  OfNorm: 15,
  /** `RawStart` says whether `raw` has `Role.Start`. */
  RawKnown: 16,
  RawStart: 32,
} as const;

/** The bits of `lower`'s roles, as against `Start`. */
const LOWER_ROLES = Role.Generic | Role.Connector | Role.Prefix;

/**
 * The roles of words as {@link Role} bits, without `Start`: the caller adds the names it looks
 * for (see {@link tokenizePlaces}).
 */
export function buildRoles(): Map<string, number> {
  const roles = new Map<string, number>();
  const add = (word: string, bit: number): void => {
    roles.set(word, (roles.get(word) ?? 0) | bit);
  };
  for (const w of GENERIC_WORDS) add(w, Role.Generic);
  for (const w of CONNECTORS) add(w, Role.Connector);
  for (const w of PREFIXES.keys()) add(w, Role.Prefix);
  return roles;
}

/** No place name is longer; longer words skip the lookups (and their cost) entirely. */
const MAX_WORD = 48;
/** Longer than any generic word or connector, so its lower-case form is never needed. */
const MAX_SHORT = 12;
const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;
const TYPOGRAPHIC = /[\u2018\u2019\u2010\u2011]/;
// A local binding: module bundlers and test runners can turn imported names into getters.
const GENERIC = GENERIC_WORDS;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  // U+2000–U+206F (dashes, typographic quotes) holds no letter, mark or digit: no expression.
  return c > 127 && (c < 0x2000 || c > 0x206f) && i < text.length && WORD_CHAR.test(text.charAt(i));
}

/** Apostrophes and hyphens that stay inside a word: "Kam'ianske", "Ivano-Frankivsk". */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018;
}

function isJoiner(c: number): boolean {
  return isApostrophe(c) || c === 45 || c === 0x2010 || c === 0x2011;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function fold(raw: string): string {
  return TYPOGRAPHIC.test(raw)
    ? raw.replace(/[\u2018\u2019]/g, "'").replace(/[\u2010\u2011]/g, '-')
    : raw;
}

/** Folds one word to its key form; used for the gazetteer's names and the text alike. */
export function normWord(raw: string): string {
  const folded = fold(raw);
  if (folded.length > MAX_SHORT) return folded;
  const lower = folded.toLowerCase();
  return GENERIC.has(lower) ? lower : folded;
}

/**
 * `plain`: the word is ASCII with no capital letter, so lower-casing (most of this function's
 * cost, on most words) would leave it as it is; `typographic`: it holds a typographic apostrophe
 * or hyphen, without which folding would leave it as it is too.
 */
function wordToken(
  raw: string,
  start: number,
  end: number,
  plain: boolean,
  typographic: boolean,
  roles: ReadonlyMap<string, number>,
  lowerHint: string | undefined,
  known: number,
): PlaceToken {
  const n = raw.length;
  if (n > MAX_WORD) {
    return { word: true, start, end, norm: '', stem: '', stemEnd: end, lower: '', roles: 0 };
  }
  const last = raw.charCodeAt(n - 1);
  const possessive = n > 2 && (last === 115 || last === 83) && isApostrophe(raw.charCodeAt(n - 2));
  const cut = possessive ? raw.slice(0, n - 2) : raw;
  const folded = typographic ? fold(cut) : cut;
  // One lower-casing serves both the generic-word test and `lower`.
  const lower =
    folded.length > MAX_SHORT
      ? ''
      : plain
        ? folded
        : lowerHint !== undefined && !possessive && !typographic
          ? lowerHint
          : folded.toLowerCase();
  // The sentence's token looked its word up already (its `norm`, this `lower`).
  const entry =
    lower === ''
      ? 0
      : known >= 0 && lower === lowerHint
        ? known & TokenRoles.OfNorm
        : (roles.get(lower) ?? 0);
  const stem = entry & Role.Generic ? lower : folded;
  const norm = possessive ? normWord(raw) : stem;
  // Most words are their own lower case: one lookup then serves both forms. A capitalised one
  // is its token's `raw`, whose start the token may know.
  const starts =
    (norm === lower
      ? entry
      : known >= 0 && known & TokenRoles.RawKnown && norm === raw
        ? known & TokenRoles.RawStart
          ? Role.Start
          : 0
        : (roles.get(norm) ?? 0)) & Role.Start;
  return {
    word: true,
    start,
    end,
    norm,
    stem,
    stemEnd: possessive ? end - 2 : end,
    lower,
    roles: (entry & LOWER_ROLES) | starts,
  };
}

/** A mark that stays (`,`, `&`), or with `lower` '' a break standing for other punctuation. */
function markToken(
  ch: string,
  start: number,
  lower: string,
  table: ReadonlyMap<string, number>,
): PlaceToken {
  const roles = lower === '' ? 0 : (table.get(lower) ?? 0) & LOWER_ROLES;
  return {
    word: false,
    start,
    end: start + 1,
    norm: ch,
    stem: ch,
    stemEnd: start + 1,
    lower,
    roles,
  };
}

/**
 * Splits `text` into tokens in one pass. Whitespace is dropped, so two words are adjacent exactly
 * when their tokens are. Between two words, "," and "&" stay (they can join a list of names) and
 * all other punctuation collapses into one break token, which only has to stop n-grams and lists.
 * `roles`: words' {@link Role} bits, `Start` included (see {@link buildRoles}). `tokens`, when
 * given, are the sentence's own tokens, `offset` where `text` starts in their sentence: a word
 * with the same span as one of them takes its strings, already made and hashed, instead of new
 * ones of the same text, and its `placeRoles` instead of lookups: those are of `placeRoles()`
 * (`places/roles.ts`), so `tokens` go with that table only.
 */
export function tokenizePlaces(
  text: string,
  roles: ReadonlyMap<string, number>,
  tokens?: readonly Token[],
  offset = 0,
): PlaceToken[] {
  const out: PlaceToken[] = [];
  const n = text.length;
  let broken = false;
  let i = 0;
  // The first of `tokens` not before the current word.
  let m = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
    } else if (isWordChar(text, i)) {
      const start = i++;
      let plain = c >= 97 ? c <= 122 : c >= 48 && c <= 57;
      // Typographic apostrophes and hyphens can stand in a word only as joiners.
      let typographic = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) i++;
        else if (isWordChar(text, i)) {
          plain = false;
          i++;
        } else if (isJoiner(d) && isWordChar(text, i + 1)) {
          // "'" and "-" fold to themselves; the typographic ones do not.
          const e = text.charCodeAt(i + 1);
          if (d !== 39 && d !== 45) typographic = true;
          if (typographic || !((e >= 97 && e <= 122) || (e >= 48 && e <= 57))) plain = false;
          i += 2;
        } else break;
      }
      // "St. Petersburg": the abbreviation's dot belongs to the name, not to the sentence.
      if (i - start === 2 && text.charCodeAt(i) === 46) {
        const two = text.slice(start, i);
        if (two === 'St' || two === 'ST') i++;
      }
      let raw: string | undefined;
      let lowerHint: string | undefined;
      let known = -1;
      if (tokens) {
        const from = start + offset;
        while (m < tokens.length && tokens[m]!.start < from) m++;
        const same = tokens[m];
        // Same span in the same sentence: the same text. Its `norm` is its lower case unless
        // folding changed it, which `wordToken` checks (`typographic`).
        if (same?.start === from && same.end === i + offset) {
          raw = same.raw;
          // A dateline's words were made marks, their `norm` no longer their text.
          if (same.kind === 'word') {
            lowerHint = same.norm;
            known = same.placeRoles;
          }
        }
      }
      raw ??= text.slice(start, i);
      out.push(wordToken(raw, start, i, plain, typographic, roles, lowerHint, known));
      broken = false;
    } else if (c === 44 || c === 38) {
      out.push(markToken(text.charAt(i), i, text.charAt(i), roles));
      broken = false;
      i++;
    } else {
      if (!broken) out.push(markToken(text.charAt(i), i, '', roles));
      broken = true;
      i++;
    }
  }
  return out;
}
