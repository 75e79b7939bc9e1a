import type { AreaEntry, PhraseEntry } from './types';

/**
 * Words matched case-insensitively and written lower-case in lookup keys: headlines and wire copy
 * capitalise "Region" and "Oblast" at will, while names must stay case-sensitive.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'the',
  'of',
  'region',
  'regions',
  'regional',
  'oblast',
  'oblasts',
  'province',
  'provinces',
  'krai',
  'krais',
  'kray',
  'territory',
  'territories',
  'republic',
  'republics',
  'okrug',
  'okrugs',
  'autonomous',
  'sea',
  'peninsula',
  'capital',
  'city',
  'country',
  'nationwide',
  'countrywide',
  'around',
  'area',
  'border',
  'river',
]);

/** Region words after a name ("Kharkiv Oblast"); `true` marks a plural that can close a list. */
export const REGION_SUFFIXES: ReadonlyMap<string, boolean> = new Map<string, boolean>([
  ['region', false],
  // "the Kyiv regional head", "Kyiv regional military administration": the oblast, not the city.
  ['regional', false],
  ['oblast', false],
  ['province', false],
  ['krai', false],
  ['kray', false],
  ['territory', false],
  ['republic', false],
  ['okrug', false],
  ['regions', true],
  ['oblasts', true],
  ['provinces', true],
  ['krais', true],
  ['territories', true],
  ['republics', true],
  ['okrugs', true],
]);

/**
 * Words allowed between a name and its region word: "the Kursk border region", "the Donetsk and
 * Luhansk People's Republics" (a possessive is compared without its "'s").
 */
export const REGION_MODIFIERS: ReadonlySet<string> = new Set(['border', 'people']);

/** A word that, with a joiner, introduces a place: "the region of Belgorod", "the city of Sumy". */
export interface PlacePrefix {
  joiners: readonly string[];
  level: 'region' | 'city';
  /** "the regions of Belgorod, Kursk and Bryansk": every name of the list is a region. */
  plural: boolean;
}

export const PREFIXES: ReadonlyMap<string, PlacePrefix> = new Map<string, PlacePrefix>([
  ['region', { joiners: ['of', 'around'], level: 'region', plural: false }],
  ['regions', { joiners: ['of'], level: 'region', plural: true }],
  ['province', { joiners: ['of'], level: 'region', plural: false }],
  ['provinces', { joiners: ['of'], level: 'region', plural: true }],
  ['oblast', { joiners: ['of'], level: 'region', plural: false }],
  ['oblasts', { joiners: ['of'], level: 'region', plural: true }],
  ['republic', { joiners: ['of'], level: 'region', plural: false }],
  // "the area around Kyiv" is outside the city, so it is the oblast.
  ['area', { joiners: ['around'], level: 'region', plural: false }],
  ['city', { joiners: ['of'], level: 'city', plural: false }],
]);

/** Word after a city name that confirms it: "Kyiv city", "the city of" is a prefix instead. */
export const CITY_SUFFIX = 'city';

/** What may stand between the names of a list: "Belgorod, Kursk and the Bryansk regions". */
export const CONNECTORS: ReadonlySet<string> = new Set([',', 'and', 'or', '&', 'the']);

export const AREAS: readonly AreaEntry[] = [
  {
    name: 'Russia',
    code: 'RU',
    level: 'country',
    names: [
      'Russian Federation',
      'Russian territory',
      'Russian soil',
      'Russian regions',
      'Russian airspace',
      'Russian cities',
      'Russian towns',
    ],
  },
  {
    name: 'Ukraine',
    code: 'UA',
    level: 'country',
    names: [
      'Ukrainian territory',
      'Ukrainian soil',
      'Ukrainian regions',
      'Ukrainian airspace',
      'Ukrainian cities',
      'Ukrainian towns',
    ],
  },
  { name: 'Black Sea', code: null, level: 'sea' },
  { name: 'Sea of Azov', code: null, level: 'sea', names: ['Azov Sea'] },
];

/** Descriptions of a place; the bare adjective ("Russian drones") is deliberately absent. */
export const PHRASES: readonly PhraseEntry[] = [
  { phrase: 'Russian capital', code: 'RU-MOW', kind: 'name' },
  { phrase: "Russia's capital", code: 'RU-MOW', kind: 'name' },
  { phrase: 'Russian capital region', code: 'RU-MOS', kind: 'name' },
  { phrase: 'Moscow capital region', code: 'RU-MOS', kind: 'name' },
  { phrase: 'Ukrainian capital', code: 'UA-30', kind: 'name' },
  { phrase: "Ukraine's capital", code: 'UA-30', kind: 'name' },
  { phrase: 'Ukrainian capital region', code: 'UA-32', kind: 'name' },
  { phrase: 'Kyiv capital region', code: 'UA-32', kind: 'name' },
  { phrase: 'Kiev capital region', code: 'UA-32', kind: 'name' },
  // Which capital depends on the story: the caller decides from context.
  { phrase: 'capital', code: null, kind: 'capital', afterThe: true },
  { phrase: 'capital city', code: null, kind: 'capital', afterThe: true },
  { phrase: 'capital region', code: null, kind: 'capital', afterThe: true },
  { phrase: 'city', code: null, kind: 'city', afterThe: true },
  // "Two ballistic missiles struck the city centre": a part of the story's city stands for it.
  { phrase: 'city centre', code: null, kind: 'city', afterThe: true },
  { phrase: 'city center', code: null, kind: 'city', afterThe: true },
  // "wounded across the country", "nationwide": the attacked side's country, decided from context.
  { phrase: 'country', code: null, kind: 'country', afterThe: true },
  { phrase: 'nationwide', code: null, kind: 'country' },
  { phrase: 'countrywide', code: null, kind: 'country' },
  // "… the Bryansk region, which reported 14 drones downed in the region": the one named before.
  { phrase: 'region', code: null, kind: 'region', afterThe: true },
  { phrase: 'oblast', code: null, kind: 'region', afterThe: true },
  { phrase: 'province', code: null, kind: 'region', afterThe: true },
];

/**
 * The region around a city that has its own code: "around Moscow", "near Kyiv", "outside St
 * Petersburg" are the region, not the city.
 */
export const SURROUNDING_REGIONS: ReadonlyMap<string, string> = new Map([
  ['RU-MOW', 'RU-MOS'],
  ['RU-SPE', 'RU-LEN'],
  ['UA-30', 'UA-32'],
  ['UA-40', 'UA-43'],
]);

/** Phrases that contain a place name but name no place: they are consumed and yield nothing. */
export const STOP_PHRASES: readonly string[] = [
  'Dnipro river',
  'Dnieper river',
  'Dnepr river',
  'Kuban river',
  'Amur river',
  'Kyiv Independent',
  'Kyiv Post',
  'Kiev Post',
  'Moscow Times',
  'city council',
  'city administration',
  'city military administration',
  'city hall',
  'Crimean War',
];
