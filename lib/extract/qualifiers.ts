import type { Qualifier, Value } from '../claims/mention';
import type { Token } from './tokens';
import type { NumberExpr } from './numbers';
import { byLastWord } from './phrase-trie';
import {
  QUALIFIER_PHRASES,
  TRAILING_AT_LEAST,
  VALUE_RANGE_JOINERS,
  type QualifierPhrase,
} from './vocabulary/qualifiers';

/** A number with its qualifier: the value and the token span of the figure's own words. */
export interface QualifiedNumber {
  value: Value;
  /** First token of the figure's words (the qualifier, or the number). */
  first: number;
  /** Last token of the figure's words (the number, or the upper end of a range). */
  last: number;
}

/**
 * The tolerance an `about` figure carries: ±5% of the number, at least ±1, so "around 122"
 * reads as 116–128 and "about 3" as 2–4.
 */
export function aboutTolerance(n: number): number {
  return Math.max(1, Math.round(n * 0.05));
}

/** The interval a qualifier puts around a written number (CLAIMS.md section 2). */
export function interval(n: number, qualifier: Qualifier, below = false, upper = n): Value {
  switch (qualifier) {
    case 'exact':
      return { n, min: n, max: n, qualifier };
    case 'at-least':
      return { n, min: n, max: null, qualifier };
    case 'more-than':
      return { n, min: n + 1, max: null, qualifier };
    case 'at-most':
      return { n, min: null, max: n, qualifier };
    case 'less-than':
      return { n, min: null, max: Math.max(0, n - 1), qualifier };
    case 'about': {
      const t = aboutTolerance(n);
      return { n, min: Math.max(0, n - t), max: below ? n : n + t, qualifier };
    }
    case 'range':
      return { n, min: n, max: upper, qualifier };
  }
}

/** {@link QUALIFIER_PHRASES} by their last word, each list in the table's order (longest first). */
const PHRASES_BY_LAST = byLastWord(QUALIFIER_PHRASES, (p) => p.words, 'A qualifier phrase');

function wordsBefore(tokens: readonly Token[], end: number, words: readonly string[]): boolean {
  const start = end - words.length;
  if (start < 0) return false;
  for (let k = 0; k < words.length; k++) if (tokens[start + k]!.norm !== words[k]) return false;
  return true;
}

const NO_PHRASES: readonly QualifierPhrase[] = [];

function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.norm !== words[k]) return false;
  return true;
}

/**
 * Reads the qualifier around number `i` of `numbers`: a phrase before it ("at least"), a range
 * ("between 20 and 30", "20-30", "20 to 30", "two or three"), or a trailing "or more".
 * Returns how many numbers it consumed (2 for a range) with the value.
 */
export function qualify(
  tokens: readonly Token[],
  numbers: readonly NumberExpr[],
  i: number,
): { q: QualifiedNumber; used: number } {
  const num = numbers[i]!;
  const next = numbers[i + 1];
  const n = num.value;
  // Ranges: the second number follows right after a joiner.
  if (next && next.value > n) {
    const gap = tokens.slice(num.last + 1, next.first);
    const joiner = gap.length === 1 && VALUE_RANGE_JOINERS.has(gap[0]!.norm);
    const between =
      gap.length === 1 && gap[0]!.norm === 'and' && wordsBefore(tokens, num.first, ['between']);
    const from = joiner && gap[0]!.norm === 'to' && wordsBefore(tokens, num.first, ['from']);
    if (joiner || between) {
      const first = between || from ? num.first - 1 : num.first;
      return {
        q: { value: interval(n, 'range', false, next.value), first, last: next.last },
        used: 2,
      };
    }
  }
  const before = tokens[num.first - 1];
  const ending = before ? PHRASES_BY_LAST.get(before.norm) : undefined;
  for (const p of ending ?? NO_PHRASES) {
    if (wordsBefore(tokens, num.first, p.words)) {
      // "more than 700" must not read "than 700" as a one-word phrase; the sort guarantees it.
      return {
        q: {
          value: interval(n, p.qualifier, p.below),
          first: num.first - p.words.length,
          last: num.last,
        },
        used: 1,
      };
    }
  }
  for (const words of TRAILING_AT_LEAST) {
    const at = tokens[num.last + 1]?.norm === '-' ? num.last + 2 : num.last + 1;
    if (wordsAt(tokens, at, words)) {
      return {
        q: { value: interval(n, 'at-least'), first: num.first, last: at + words.length - 1 },
        used: 1,
      };
    }
  }
  return { q: { value: interval(n, 'exact'), first: num.first, last: num.last }, used: 1 };
}
