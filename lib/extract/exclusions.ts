import { inAge } from './ages';
import type { Token } from './tokens';
import type { NumberExpr } from './numbers';
import {
  MONTH_WORDS,
  RANKED_EVENTS,
  SUPERLATIVES,
  UNIT_WORDS,
  YEAR_PREPOSITIONS,
} from './vocabulary/function-words';
import { DESIGNATED_NAMES } from './vocabulary/weapons';
import { COUNT_SUFFIXES, CURRENCY } from './vocabulary/number-words';
import { ORDINAL_SUFFIXES } from './vocabulary/dates';
import { PEOPLE_NOUN, UNIT, TEN, SCALE, WEAPON_NOUN } from './word-lookup';
import { inClass, wordClass, type WordClass } from './phrase-trie';

// The words next to every number are tested against these: as classes, each test is a bit of
// what the token looked up once (see `wordClass`), not a lookup of its word per set.
const CURRENCY_CLASS = wordClass(CURRENCY);
const UNIT_CLASS = wordClass(UNIT_WORDS);
const ORDINAL_CLASS = wordClass(ORDINAL_SUFFIXES);
const MONTH_CLASS = wordClass(MONTH_WORDS);
const DESIGNATED_CLASS = wordClass(DESIGNATED_NAMES);

/** `c.words.has(t?.norm ?? '')`: no word list holds ''. */
function isIn(t: Token | undefined, c: WordClass): boolean {
  return t !== undefined && inClass(t, c);
}

/**
 * Numbers that are never counts of weapons or people, whatever follows: dates ("July 17"),
 * years, times ("6 p.m.", "09:00"), ages ("45-year-old"), money, percentages, ordinals, and model
 * designations ("Kh-101", "S-300", "Geran-2").
 */
export function isNonCount(tokens: readonly Token[], num: NumberExpr): boolean {
  const before = tokens[num.first - 1];
  const before2 = tokens[num.first - 2];
  const after = tokens[num.last + 1];
  const after2 = tokens[num.last + 2];
  const b = before?.norm ?? '';
  const a = after?.norm ?? '';
  if (isIn(before, CURRENCY_CLASS) || b === 'no' || b === 'no.') return true;
  if (a === '%' || isIn(after, UNIT_CLASS) || isIn(after, ORDINAL_CLASS)) return true;
  if (isIn(before, MONTH_CLASS) || isIn(after, MONTH_CLASS)) return true;
  if (a === ':' && after2?.kind === 'num') return true;
  if (b === ':' && before2?.kind === 'num') return true;
  // "45-year-old", "a 10-hour attack": a number hyphened to a unit.
  if (a === '-' && isIn(after2, UNIT_CLASS)) return true;
  // "one of the largest attacks of the war": a rank, not a count.
  if (num.value === 1 && a === 'of' && superlativeAfter(tokens, num.last + 2)) return true;
  // "a woman aged 80", "a man, 45,": an age.
  if (!num.words && inAge(tokens, num.first, num.last)) return true;
  // "Kh-101", "Su-34": a designation hyphened to a name.
  if (b === '-' && before2?.kind === 'word') return true;
  // "2024-02-16": the month and day of a written date.
  if (b === '-' && writtenDate(tokens, num.first)) return true;
  // "one-way drones", "a two-storey house": a number hyphened onto a word is part of an adjective.
  if (a === '-' && adjectiveCompound(tokens, num)) return true;
  // "Shahed 136": a model number after the weapon's name.
  if (isIn(before, DESIGNATED_CLASS) && before!.end + 1 >= tokens[num.first]!.start) return true;
  // "Shahed-136/131": a second designation, after a slash.
  if (b === '/' && before2?.kind === 'num') {
    const name = tokens[num.first - 3]?.norm ?? '';
    if (name === '-' || DESIGNATED_NAMES.has(name)) return true;
  }
  if (!num.words && tokens[num.first]!.raw.length === 4) {
    const v = num.value;
    const head = after?.norm ?? '';
    if (v >= 1900 && v <= 2100 && !WEAPON_NOUN.has(head) && !PEOPLE_NOUN.has(head)) return true;
    if (v >= 1900 && v <= 2100 && YEAR_PREPOSITIONS.has(b)) return true;
  }
  return false;
}

/** How far past "one of the" its noun may stand: "one of the most senior Russian commanders". */
const RANKED_NOUN_REACH = 5;

/**
 * A superlative at `k` or one determiner later ("the largest", "the war's deadliest") that ranks
 * an attack, not weapons or people: "one of the largest attacks", not "one of the most senior
 * commanders", who is one person, or "one of the newest missiles".
 */
function superlativeAfter(tokens: readonly Token[], k: number): boolean {
  const at = SUPERLATIVES.has(tokens[k]?.norm ?? '')
    ? k
    : SUPERLATIVES.has(tokens[k + 1]?.norm ?? '')
      ? k + 1
      : -1;
  if (at < 0) return false;
  for (let j = at + 1; j < tokens.length && j <= at + RANKED_NOUN_REACH; j++) {
    const w = tokens[j]!.norm;
    if (RANKED_EVENTS.has(w)) return true;
    if (WEAPON_NOUN.has(w) || PEOPLE_NOUN.has(w)) return false;
  }
  return false;
}

/**
 * "one-way", "two-storey", "10-storey": a number written onto a hyphen and a word that is no
 * number, no weapon and no person ("twenty-five", "a 12-drone attack" and "300-plus" still count).
 */
function adjectiveCompound(tokens: readonly Token[], num: NumberExpr): boolean {
  const last = tokens[num.last]!;
  const dash = tokens[num.last + 1]!;
  const word = tokens[num.last + 2];
  if (word?.kind !== 'word' || dash.start !== last.end || word.start !== dash.end) return false;
  const w = word.norm;
  if (UNIT.has(w) || TEN.has(w) || SCALE.has(w) || COUNT_SUFFIXES.has(w)) return false;
  return !WEAPON_NOUN.has(w) && !PEOPLE_NOUN.has(w);
}

/** Is the number at `k`, after a hyphen, the month or day of a date like "2024-02-16"? */
function writtenDate(tokens: readonly Token[], k: number): boolean {
  const year = (j: number): boolean => tokens[j]?.kind === 'num' && tokens[j]!.raw.length === 4;
  if (year(k - 2)) return true;
  return tokens[k - 2]?.kind === 'num' && tokens[k - 3]?.norm === '-' && year(k - 4);
}
