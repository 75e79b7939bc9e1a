import type { Qualifier } from '../../claims/mention';

/**
 * Words before a number that bound it. `below` marks "nearly"/"almost": about the number but not
 * above it. Longer phrases are tried first, so "no fewer than" wins over "fewer than".
 */
export interface QualifierPhrase {
  words: readonly string[];
  qualifier: Exclude<Qualifier, 'range' | 'exact'>;
  below?: boolean;
}

const PHRASES: QualifierPhrase[] = [
  { words: ['no', 'fewer', 'than'], qualifier: 'at-least' },
  { words: ['no', 'less', 'than'], qualifier: 'at-least' },
  { words: ['not', 'less', 'than'], qualifier: 'at-least' },
  { words: ['a', 'minimum', 'of'], qualifier: 'at-least' },
  { words: ['at', 'least'], qualifier: 'at-least' },
  // "Korenyako said that least 134 aircraft": a dropped "at" still means at least.
  { words: ['least'], qualifier: 'at-least' },
  { words: ['more', 'than'], qualifier: 'more-than' },
  { words: ['in', 'excess', 'of'], qualifier: 'more-than' },
  { words: ['upwards', 'of'], qualifier: 'more-than' },
  { words: ['over'], qualifier: 'more-than' },
  { words: ['above'], qualifier: 'more-than' },
  { words: ['no', 'more', 'than'], qualifier: 'at-most' },
  { words: ['as', 'many', 'as'], qualifier: 'at-most' },
  { words: ['up', 'to'], qualifier: 'at-most' },
  { words: ['at', 'most'], qualifier: 'at-most' },
  { words: ['a', 'maximum', 'of'], qualifier: 'at-most' },
  { words: ['fewer', 'than'], qualifier: 'less-than' },
  { words: ['less', 'than'], qualifier: 'less-than' },
  { words: ['under'], qualifier: 'less-than' },
  { words: ['approximately'], qualifier: 'about' },
  { words: ['an', 'estimated'], qualifier: 'about' },
  { words: ['estimated'], qualifier: 'about' },
  { words: ['around'], qualifier: 'about' },
  { words: ['about'], qualifier: 'about' },
  { words: ['roughly'], qualifier: 'about' },
  { words: ['some'], qualifier: 'about' },
  { words: ['approx'], qualifier: 'about' },
  { words: ['circa'], qualifier: 'about' },
  { words: ['close', 'to'], qualifier: 'about', below: true },
  { words: ['nearly'], qualifier: 'about', below: true },
  { words: ['almost'], qualifier: 'about', below: true },
  { words: ['just', 'under'], qualifier: 'about', below: true },
  { words: ['just', 'over'], qualifier: 'more-than' },
];

/** Longest first, so "no fewer than" is tried before "fewer than". */
export const QUALIFIER_PHRASES: readonly QualifierPhrase[] = PHRASES.sort(
  (a, b) => b.words.length - a.words.length,
);

/** Words after a number that make it a lower bound: "50 or more drones", "100-plus drones". */
export const TRAILING_AT_LEAST: readonly (readonly string[])[] = [['or', 'more'], ['plus']];

/** Words and dashes between the ends of a range of values: "15-20 drones", "15 to 20", "15 or 20". */
export const VALUE_RANGE_JOINERS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'or']);
