/**
 * Words that rank rather than count or date: superlatives and their kin.
 *
 * @module
 */

/**
 * Superlatives after "one of the": "one of the largest attacks of the war" ranks the attack, it
 * counts nothing.
 */
export const SUPERLATIVES: ReadonlySet<string> = new Set([
  'largest',
  'biggest',
  'deadliest',
  'heaviest',
  'worst',
  'most',
  'longest',
  'strongest',
  'fiercest',
  'bloodiest',
  'greatest',
  'highest',
  'latest',
  'toughest',
  'harshest',
  'main',
]);

/**
 * Words that rank a figure over a span: "the largest attack since 2022", "a record number …
 * since the invasion began", "the first time since May". Such a span dates no figure.
 */
export const RANK_WORDS: ReadonlySet<string> = new Set([...SUPERLATIVES, 'record', 'first']);
