/**
 * Shapes of the gazetteer tables. The tables are data only; `gazetteer.ts` turns them into the
 * lookup index. Names are written as news capitalises them: matching is case-sensitive on names
 * (so "orel" or "mir" in running text never match) and case-insensitive on the generic words of
 * `GENERIC_WORDS` ("region", "Oblast", "sea", "capital" ...).
 */

/** A first-level subdivision: an oblast, krai, republic, okrug, or a city with its own code. */
export interface SubdivisionEntry {
  /** ISO 3166-2 code. */
  code: string;
  /** Canonical English name; also matched on its own. */
  name: string;
  /** `city` only for Moscow, St Petersburg, Kyiv and Sevastopol, which have their own codes. */
  level: 'region' | 'city';
  /** Other names that mean this subdivision on their own ("Bashkiria", "Crimean"). */
  names?: readonly string[];
  /**
   * Names that mean this region only next to a region word ("Belgorod region", "region of
   * Belgorod", "Belgorod and Kursk regions"); bare, the same word is usually the city.
   */
  stems?: readonly string[];
}

/** A city, town or base that carries the code of the subdivision it lies in. */
export interface CityEntry {
  /** Canonical English name. */
  name: string;
  /** ISO 3166-2 code of the subdivision the city lies in. */
  code: string;
  /** Other spellings news uses ("Kharkov", "Odessa"). */
  aliases?: readonly string[];
  /**
   * The bare name is too often something else ("Vladimir Putin"): match it only with a cue,
   * as in "the city of Vladimir" or "Vladimir city".
   */
  needsCue?: boolean;
}

/** A country or sea: a place with no subdivision code of its own. */
export interface AreaEntry {
  name: string;
  code: 'RU' | 'UA' | null;
  level: 'country' | 'sea';
  names?: readonly string[];
}

/** A fixed phrase that names a place by description ("the Russian capital"). */
export interface PhraseEntry {
  phrase: string;
  /** Code of the subdivision or country meant, or `null` when the caller must decide. */
  code: string | null;
  kind: PlaceKind;
  /** Only counts right after "the" ("the capital", not "capital punishment"). */
  afterThe?: boolean;
}

/**
 * What a place phrase names. `capital`: "the capital": the caller resolves it from context.
 * `city`: "the city", a city named before it, else as `capital`. `region`: "the region", a region
 * named before it. `country`: "the country", "nationwide": the attacked side's.
 */
export type PlaceKind = 'name' | 'capital' | 'city' | 'region' | 'country';
