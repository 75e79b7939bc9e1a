import type { Casualty } from './actions';

/**
 * Nouns that name a running count of casualties, with the casualty they count. Two-word keys
 * ("injury toll") override the bare head ("toll" alone counts the dead).
 */
export const TOLL_HEADS: ReadonlyMap<string, Casualty> = new Map([
  ['toll', 'killed'],
  ['death toll', 'killed'],
  ['injury toll', 'injured'],
  ['casualty toll', 'killed'],
]);

/** "The number of (people) killed rose to 14": what the people counted went through. */
export const NUMBER_OF_HEADS: ReadonlyMap<string, Casualty> = new Map([
  ['killed', 'killed'],
  ['dead', 'killed'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['hurt', 'injured'],
]);

/** Words for whom "the number of … killed" counts: "the number of those killed". */
export const NUMBER_OF_WHO: ReadonlySet<string> = new Set([
  'people',
  'those',
  'civilians',
  'persons',
]);

/** Verbs that move or state a toll: "rose to", "climbs to", "stands at", "raising … to". */
export const TOLL_VERBS: ReadonlySet<string> = new Set([
  'rose',
  'risen',
  'rises',
  'rise',
  'rising',
  'climbed',
  'climbs',
  'climb',
  'climbing',
  'reached',
  'reaches',
  'reach',
  'increased',
  'increases',
  'jumped',
  'jumps',
  'grew',
  'grows',
  'stood',
  'stands',
  'stand',
  'hit',
  'hits',
  'raising',
  'raised',
  'raises',
  'bringing',
  'brought',
  'brings',
  'pushing',
  'pushed',
  'taking',
  'took',
  'is',
  'was',
]);

/**
 * What became of some of a toll's people: "one of the injured later died", "10 of the wounded are
 * in serious condition", "two of those hurt remain in hospital".
 */
export const CASUALTY_FATES: ReadonlySet<string> = new Set([
  'died',
  'dies',
  'die',
  'succumbed',
  'condition',
  'hospital',
  'hospitalized',
  'hospitalised',
]);

/** Verbs that move a toll to a new number: "rose to 14", "has climbed to 9". */
export const TOLL_MOVES: ReadonlySet<string> = new Set([
  'rose',
  'risen',
  'rises',
  'climbed',
  'climbs',
  'increased',
  'increases',
  'jumped',
  'jumps',
  'grew',
  'grown',
  'grows',
]);

/** Verbs that link a toll to its number: "the death toll rose to 14", "stood at 14". */
export const TOLL_LINKS: ReadonlySet<string> = new Set([
  'rose',
  'risen',
  'stood',
  'stands',
  'at',
  'to',
  'climbed',
  'reached',
  'increased',
  'jumped',
  'grew',
  'now',
  'is',
  'was',
  'has',
  'had',
]);

/**
 * Words that make a count an increment of a toll: "after another person died", "two more people",
 * "a further three", "an additional 12". Beside the toll they raise, they count no toll.
 */
export const INCREMENT_WORDS: ReadonlySet<string> = new Set([
  'another',
  'more',
  'further',
  'additional',
]);
