/**
 * Vocabulary records (word → value) as the readers look token words up in them. A record read
 * with a token's word (`WEAPON_NOUNS[w]`, `w in UNITS`) first looks the new string up among the
 * engine's interned strings, on every read, since a token's word is a string of its own; a Map
 * finds it by its hash, which the string keeps once computed. Each reader's many reads per
 * sentence went through such records.
 *
 * @module
 */
import { PEOPLE_NOUNS, PEOPLE_SIDE_WORDS } from './vocabulary/people';
import { CASUALTY_HEADS } from './vocabulary/actions';
import { GROUP_WORDS, SCALES, TENS, UNITS } from './vocabulary/number-words';
import {
  LAUNCHER_COUNTRIES,
  WEAPON_COMPOUNDS,
  WEAPON_NOUNS,
  WEAPON_SIDE_WORDS,
} from './vocabulary/weapons';
import { SIDE_ADJECTIVES, SIDE_WORDS } from './sides';

/**
 * The names a record inherits from `Object.prototype`: a record read finds them ("constructor"
 * is a word a text can hold), so a lookup must answer them as the record read does.
 */
const INHERITED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));
/** The shortest of them ("valueOf"): shorter words skip that test. */
const SHORTEST_INHERITED = Math.min(...[...INHERITED].map((name) => name.length));

/** A record looked up by word, answering exactly as reading the record does. */
export class WordLookup<T> {
  private readonly map: ReadonlyMap<string, T>;

  constructor(private readonly record: Readonly<Record<string, T>>) {
    this.map = new Map(Object.entries(record));
  }

  /** `record[word]`. */
  get(word: string): T | undefined {
    const value = this.map.get(word);
    if (value !== undefined || word.length < SHORTEST_INHERITED || !INHERITED.has(word))
      return value;
    return this.record[word];
  }

  /** `word in record`. */
  has(word: string): boolean {
    return this.map.has(word) || (word.length >= SHORTEST_INHERITED && INHERITED.has(word));
  }
}

export const PEOPLE_NOUN = new WordLookup(PEOPLE_NOUNS);
export const PEOPLE_SIDE_WORD = new WordLookup(PEOPLE_SIDE_WORDS);
export const CASUALTY_HEAD = new WordLookup(CASUALTY_HEADS);
export const UNIT = new WordLookup(UNITS);
export const TEN = new WordLookup(TENS);
export const SCALE = new WordLookup(SCALES);
export const GROUP_WORD = new WordLookup(GROUP_WORDS);
export const WEAPON_NOUN = new WordLookup(WEAPON_NOUNS);
export const WEAPON_COMPOUND = new WordLookup(WEAPON_COMPOUNDS);
export const WEAPON_SIDE_WORD = new WordLookup(WEAPON_SIDE_WORDS);
export const LAUNCHER_COUNTRY = new WordLookup(LAUNCHER_COUNTRIES);
export const SIDE_WORD = new WordLookup(SIDE_WORDS);
export const SIDE_ADJECTIVE = new WordLookup(SIDE_ADJECTIVES);
