/** Words around figures: partitives, stand-ins, appositions, gapped lists. */

/** Words between "of" and the whole a part is taken from: "40 of the 55", "249 of these". */
export const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'those',
  'these',
  'its',
  'their',
  'all',
]);

/** Marks after which a fronted whole ("Of the 479 drones, …") opens its clause. */
export const CLAUSE_OPENING_MARKS: ReadonlySet<string> = new Set([
  ',',
  ':',
  ';',
  '—',
  '–',
  '"',
  '“',
]);

/** Words that stand for figures named before: "12 of them", "of which 9". */
export const ANTECEDENT_PRONOUNS: ReadonlySet<string> = new Set([
  'them',
  'those',
  'these',
  'which',
]);

/** Words after a number that stand for the noun of the figure before: "19 others", "3 more". */
export const STAND_INS: ReadonlySet<string> = new Set(['others', 'more', 'further', 'additional']);

/** Words right after a bare number that still leave it a figure's: "seven each over …". */
export const AFTER_BARE: ReadonlySet<string> = new Set([
  ...STAND_INS,
  'each',
  'apiece',
  'respectively',
  'in',
  'total',
]);

/** Dashes or brackets around an apposed number: "The most drones — 126 — were shot down". */
export const APPOSITION = new Map([
  ['—', '—'],
  ['–', '–'],
  ['(', ')'],
]);

/** Marks that may join the items of a gapped list: "and two over Kyiv", "…: 72 over Bryansk". */
export const GAP_JOINERS: ReadonlySet<string> = new Set(['and', ',', ':', ';', '—', '–']);

/**
 * Words between a list's bare count and its place: "9 each over the Oryol Region", "7 – over the
 * territory of Smolensk region".
 */
export const BEFORE_LIST_PLACE: ReadonlySet<string> = new Set(['each', '-', '–', '—']);

/**
 * Phrases that join a list's next item as "and" does: "13 over Volgograd, in addition to five over
 * Rostov", "…, as well as six over Kursk", "…, plus two over Oryol".
 */
export const AND_PHRASES: readonly (readonly string[])[] = [
  ['in', 'addition', 'to'],
  ['as', 'well', 'as'],
  ['plus'],
];

/** Words that add a count to a list before it: "another nine over the Moscow region". */
export const ADDITIVES: ReadonlySet<string> = new Set(['another', 'further']);

/**
 * Where a list's item may open a sentence of its own, its noun and verb left to the sentence
 * before: 'It was added that "one over the Belgorod Region, …"'.
 */
export const LIST_OPENERS: ReadonlySet<string> = new Set(['that', '"', '“', ':']);

/** Nouns for a count itself: "put the number at 45" restates a figure, it adds none. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'number',
  'figure',
  'total',
  'tally',
  'count',
  'toll',
]);

/**
 * Words after a count that leave it standing alone, with its noun to be found before it: "Nine
 * more were shot down", "Five each over …", "Three of them …".
 */
export const ALONE_AFTER_COUNT: ReadonlySet<string> = new Set(['more', 'each', 'of']);
