import { inClass, wordClass } from './phrase-trie';
import type { Token } from './tokens';
import { SINGULAR_PEOPLE } from './vocabulary/people';
import {
  GROUP_WORDS,
  INDEFINITE_ARTICLES,
  PERSON_ADJECTIVES,
  TENS,
  UNITS,
} from './vocabulary/number-words';
import { UNIT, TEN, SCALE, GROUP_WORD } from './word-lookup';

/** A number written in the text, as digits or words, by token index range [first, last]. */
export interface NumberExpr {
  value: number;
  first: number;
  last: number;
  /** True when written in words ("twenty-seven"), false for digits. */
  words: boolean;
  /** "a woman", "an elderly man": the article counts one person. */
  article?: boolean;
}

function isHyphen(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && (t.norm === '-' || t.norm === '\u2010');
}

/** Reads "twenty-seven", "one hundred and forty-two", "two thousand", "a dozen" from token i. */
function readWords(tokens: readonly Token[], i: number): NumberExpr | null {
  let total = 0;
  let current = 0;
  let seen = false;
  // The last word read was a tens word with no unit yet: "twenty" may take "five".
  let openTens = false;
  let last = i - 1;
  let j = i;
  const first = tokens[i];
  if (first && (first.norm === 'a' || first.norm === 'an')) {
    // "a dozen", "a hundred": the article stands for one; "a drone" is no number.
    const next = tokens[i + 1]?.norm ?? '';
    // "a single drone": one, said with emphasis.
    if (next === 'single') return { value: 1, first: i, last: i + 1, words: true };
    if (!(GROUP_WORD.has(next) || next === 'hundred' || next === 'thousand')) return null;
    current = 1;
    seen = true;
    last = i;
    j = i + 1;
  }
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    const w = t.norm;
    if (t.kind !== 'word') {
      // "twenty-five": a hyphen joins a unit to its tens.
      if (openTens && isHyphen(t) && UNIT.has(tokens[j + 1]?.norm ?? '')) continue;
      break;
    }
    if (UNIT.has(w)) {
      if (seen && !(openTens || current % 100 === 0)) break;
      if (openTens && UNIT.get(w)! >= 10) break;
      current += UNIT.get(w)!;
      openTens = false;
    } else if (TEN.has(w)) {
      if (seen && current % 100 !== 0) break;
      current += TEN.get(w)!;
      openTens = true;
    } else if (w === 'hundred') {
      if (!seen || current === 0 || current >= 100) break;
      current *= 100;
      openTens = false;
    } else if (SCALE.has(w)) {
      if (!seen) break;
      total += (current || 1) * SCALE.get(w)!;
      current = 0;
      openTens = false;
    } else if (GROUP_WORD.has(w)) {
      // "a dozen", "two dozen"; a bare "dozen" at the start reads as twelve too.
      if (seen && !(current > 0 && current < 10)) break;
      // A bare "score" is a game's; only "a score of", "two score" count.
      if (!seen && w !== 'dozen') break;
      current = (seen ? current : 1) * GROUP_WORD.get(w)!;
      openTens = false;
    } else if (w === 'and' && seen && current % 100 === 0 && total + current >= 100) {
      // "one hundred and forty-two": "and" continues a number only after hundreds or thousands.
      const n = tokens[j + 1]?.norm ?? '';
      if (!(UNIT.has(n) || TEN.has(n))) break;
      continue;
    } else break;
    seen = true;
    last = j;
  }
  if (!seen || last < i) return null;
  return { value: total + current, first: i, last, words: true };
}

/** Does a count start at `t`: digits, or a number word ("19", "nineteen", "forty")? */
export function isCountWord(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'num' || UNIT.has(t.norm) || TEN.has(t.norm));
}

/**
 * "a woman", "an elderly man", "a 46-year-old woman": one person, said with the article or with
 * "another". Returns the index of the person noun, or -1.
 */
export function singularPerson(tokens: readonly Token[], k: number): number {
  let j = k;
  // "a 46-year-old woman": an age before the person.
  const t = tokens[j];
  if (t?.kind === 'num' && tokens[j + 1]?.norm === '-' && tokens[j + 3]?.norm === '-') {
    if (tokens[j + 4]?.norm === 'old') j += 5;
  }
  // "a civilian man", but "a civilian" alone: the adjective may be the person.
  if (
    PERSON_ADJECTIVES.has(tokens[j]?.norm ?? '') &&
    SINGULAR_PEOPLE.has(tokens[j + 1]?.norm ?? '')
  )
    j++;
  return SINGULAR_PEOPLE.has(tokens[j]?.norm ?? '') ? j : -1;
}

/** Words a written-out number can start with; every other word is passed over at once. */
const STARTERS: ReadonlySet<string> = new Set([
  ...INDEFINITE_ARTICLES,
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(GROUP_WORDS),
]);
/** Tested on every word of a sentence with a number cue: one bit test each. */
const STARTER_CLASS = wordClass(STARTERS);

/**
 * Finds every number in a token list, left to right, without overlaps. Digits followed by a scale
 * word ("3 million") are scaled; decimals are dropped (no count of things has one).
 */
export function findNumbers(tokens: readonly Token[]): NumberExpr[] {
  const out: NumberExpr[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'num') {
      const next = tokens[i + 1];
      if (t.decimal) {
        i++;
        continue;
      }
      let value = Number(t.norm);
      let last = i;
      if (next && next.kind === 'word' && SCALE.has(next.norm) && next.norm !== 'hundred') {
        value *= SCALE.get(next.norm)!;
        last = i + 1;
      }
      if (Number.isSafeInteger(value)) out.push({ value, first: i, last, words: false });
      i = last + 1;
      continue;
    }
    // "Another person was killed": one more, said with "another" as with the article.
    const person =
      t.norm === 'a' || t.norm === 'an' || t.norm === 'another'
        ? singularPerson(tokens, i + 1)
        : -1;
    if (person > 0) {
      // The figure's words run to the person: "a 46-year-old woman".
      out.push({ value: 1, first: i, last: person - 1, words: true, article: true });
      i = person;
      continue;
    }
    if (t.kind === 'word' && inClass(t, STARTER_CLASS)) {
      const w = readWords(tokens, i);
      if (w) {
        out.push(w);
        i = w.last + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}
