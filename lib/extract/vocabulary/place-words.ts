import { PREFIXES } from './places/phrases';

/** Words around place names: where an attack fell, what part of a place, which clause. */

/**
 * Prepositions of place: a name after one is where something happened ("shot down over Kursk"),
 * and a gapped figure before one continues its list ("and two over the city").
 */
export const LOCATIVES: ReadonlySet<string> = new Set([
  'toward',
  'towards',
  'in',
  'over',
  'across',
  'inside',
  'into',
  'throughout',
  'at',
  'on',
  'near',
  'above',
  'within',
  'around',
]);

/** Verbs and nouns whose object is where an attack fell: "struck Kyiv", "an attack on Sumy". */
export const TARGET_WORDS: ReadonlySet<string> = new Set([
  'struck',
  'strike',
  'strikes',
  'hit',
  'hits',
  'attacked',
  'attack',
  'attacks',
  'targeted',
  'targeting',
  'targets',
  'pounded',
  'shelled',
  'against',
]);

/** Words that make a place the area around it: "around Moscow", "the region surrounding the capital". */
export const AROUND: ReadonlySet<string> = new Set([
  'around',
  'near',
  'outside',
  'surrounding',
  'outskirts',
]);

/** Compass words that make "… of X" a point of reference: "46km southeast of Moscow". */
export const DIRECTIONS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);

/**
 * Adjectives that describe a region: "the central Cherkasy region", "the governor of the border
 * region of Belgorod".
 */
export const REGION_ADJECTIVES: readonly string[] = [
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'border',
  'frontline',
  'russian',
  'ukrainian',
];

/** Words that may stand between a preposition and its place: "in the central Cherkasy region". */
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set([
  'the',
  ...REGION_ADJECTIVES,
  'north',
  'south',
  'east',
  'west',
  'occupied',
  'annexed',
  'partially',
  'nearby',
  'neighbouring',
  'neighboring',
  'capital',
]);

/** Nouns for a part of a place: "the centre of Dnipro", "the outskirts of Moscow". */
export const PART_OF_PLACE: ReadonlySet<string> = new Set([
  'centre',
  'center',
  'outskirts',
  'suburbs',
  'suburb',
  'heart',
  'part',
  'parts',
  'south',
  'north',
  'east',
  'west',
  'district',
  'districts',
  'streets',
]);

/** Clauses that tell where and how people were hurt: "killed when drones hit a bus in Sumy". */
export const CAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['when', 'after', 'as']);

/** "as they swarmed over the Moscow region": a clause that goes on about the same weapons. */
export const SAME_SUBJECT: ReadonlySet<string> = new Set(['they', 'it', 'the']);

/** Nouns a side adjective may describe as a place, not an attacker: "the central Ukrainian region". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  // "region", "oblast", "city", …: the words that introduce a place name.
  ...PREFIXES.keys(),
  'cities',
  'town',
  'towns',
  'village',
  'villages',
  'capital',
  'border',
  'territory',
  'territories',
  'airspace',
  'soil',
]);

/**
 * Objects of an attack verb that are a whole country: "800 drones strike Ukraine", "250 drones hit
 * his country". Weapons do not land on a country as on a building; they attack it.
 */
export const WHOLE_COUNTRIES: ReadonlySet<string> = new Set(['ukraine', 'russia']);

/** Words for "the country" as an attack's object, after "the" or a possessive: "hit his country". */
export const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'nation']);

/** Determiners before {@link COUNTRY_NOUNS}: "the country", "his country", "their nation". */
export const COUNTRY_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
]);

/**
 * Nouns for a settlement that a wider place may describe: "the Black Sea port of Odesa", "the
 * Donetsk region town of Pokrovsk".
 */
export const SETTLEMENT_NOUNS: readonly string[] = [
  'port city',
  'port',
  'city',
  'town',
  'village',
  'settlement',
  'resort',
];

/**
 * Verbs that take another after "to" and leave it the action: "as Russia continued to pound
 * Ukraine", where Russia acts as it would in "Russia pounded Ukraine".
 */
export const CATENATIVES: ReadonlySet<string> = new Set([
  'continued',
  'continues',
  'continue',
  'began',
  'begins',
  'tried',
  'tries',
  'sought',
  'seeks',
  'attempted',
  'attempts',
]);

/**
 * Words after a country that make it a modifier of what borders it: "the Ukraine border regions
 * of Belgorod and Kursk" are Russian regions, "near the Ukraine border" is no place in Ukraine.
 */
export const BORDER_WORDS: ReadonlySet<string> = new Set(['border', 'frontier']);
