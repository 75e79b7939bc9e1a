/**
 * Ages written beside people: "a woman aged 80", "two men aged 54 and 71", "children aged between
 * 5 and 12", "a man, 45, was killed". An age's numbers count nothing, and an age between a person
 * and the verb is an aside the verb reaches across.
 *
 * @module
 */
import { yearAt } from './date-calendar';
import type { Token } from './tokens';
import { AGE_LIST_WORDS, AGE_WORDS, BIRTH_WORDS, COUNTED_AFTER_AGE } from './vocabulary/people';
import { PEOPLE_NOUN, WEAPON_NOUN } from './word-lookup';

/** Nobody is older: a larger number beside a person is a count, not an age. */
const OLDEST = 120;
/** How far back from a number its age word may stand: "aged between 5, 9, 12 and 14". */
const AGE_REACH = 9;

function isAge(t: Token | undefined): boolean {
  return t?.kind === 'num' && !t.decimal && Number(t.norm) <= OLDEST;
}

/** A people noun: what an age after a comma must follow ("a man, 45,"). */
function isPerson(t: Token | undefined): boolean {
  return t !== undefined && PEOPLE_NOUN.has(t.norm);
}

/**
 * The last token of a list of ages starting at `k` ("45", "between 20 and 60", "5, 9 and 14",
 * "54-71", "45 years old"), or -1. A number a noun follows is counted, not an age, and ends the
 * list before it: "aged 80, 12 others were hurt".
 */
function ageListEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  const w = tokens[j]?.norm;
  if (w === 'between' || w === 'from') j++;
  if (!isAge(tokens[j]) || counted(tokens, j)) return -1;
  let end = j;
  for (;;) {
    const joiner = tokens[end + 1];
    const next = tokens[end + 2];
    if (!joiner || !AGE_LIST_WORDS.has(joiner.norm) || !isAge(next) || counted(tokens, end + 2))
      break;
    end += 2;
  }
  if (tokens[end + 1]?.norm === 'years') {
    end++;
    if (tokens[end + 1]?.norm === 'old') end++;
  }
  return end;
}

/** Is the number at `k` followed by what it counts ("12 others", "14 of them", "three drones")? */
function counted(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k + 1]?.norm ?? '';
  return PEOPLE_NOUN.has(w) || WEAPON_NOUN.has(w) || COUNTED_AFTER_AGE.has(w);
}

/**
 * The last token of the age that starts at `k`, or -1: "aged 80" (from "aged"), "born 1947"
 * (from "born"), or an aside ", aged 80,", ", born in 1947," or ", 45," right after a person (from
 * its first comma; its closing comma is its last token).
 */
export function ageEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  if (AGE_WORDS.has(t.norm)) return ageListEnd(tokens, k + 1);
  if (BIRTH_WORDS.has(t.norm)) return birthYearEnd(tokens, k + 1);
  if (t.norm !== ',' || !isPerson(tokens[k - 1])) return -1;
  const w = tokens[k + 1]?.norm ?? '';
  const end = BIRTH_WORDS.has(w)
    ? birthYearEnd(tokens, k + 2)
    : ageListEnd(tokens, AGE_WORDS.has(w) ? k + 2 : k + 1);
  return end >= 0 && tokens[end + 1]?.norm === ',' ? end + 1 : -1;
}

/** The last token of a year of birth at `k` ("1947", "in 1957"), or -1. */
function birthYearEnd(tokens: readonly Token[], k: number): number {
  const j = tokens[k]?.norm === 'in' ? k + 1 : k;
  return yearAt(tokens, j) !== null ? j : -1;
}

/** Is the number over tokens `first..last` (part of) an age? */
export function inAge(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - AGE_REACH; k--) {
    const w = tokens[k]!.norm;
    if ((AGE_WORDS.has(w) || w === ',') && ageEnd(tokens, k) >= last) return true;
  }
  return false;
}
