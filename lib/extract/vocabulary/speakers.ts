import { MONTHS, WEEKDAYS } from './dates';
import type { SpeakerName, SpeakerSide } from './speaker-names';

/** Regions whose governors report strikes, as news spells them, with the side that governs them. */
export const REGIONS: readonly (readonly [string, SpeakerSide])[] = [
  ...[
    'Belgorod',
    'Bryansk',
    'Kursk',
    'Voronezh',
    'Rostov',
    'Lipetsk',
    'Tula',
    'Kaluga',
    'Oryol',
    'Orel',
    'Smolensk',
    'Tambov',
    'Ryazan',
    'Saratov',
    'Krasnodar',
    'Leningrad',
    'Novgorod',
    'Pskov',
    'Tver',
    'Yaroslavl',
    'Nizhny Novgorod',
    'Penza',
    'Samara',
    'Volgograd',
    'Astrakhan',
    'Kaliningrad',
    'Sevastopol',
  ].map((r): [string, SpeakerSide] => [r, 'RU']),
  ...[
    'Kharkiv',
    'Sumy',
    'Chernihiv',
    'Poltava',
    'Dnipropetrovsk',
    'Zaporizhzhia',
    'Kherson',
    'Mykolaiv',
    'Odesa',
    'Odessa',
    'Donetsk',
    'Luhansk',
    'Kyiv',
    'Lviv',
    'Zhytomyr',
    'Vinnytsia',
    'Khmelnytskyi',
    'Cherkasy',
    'Kirovohrad',
    'Rivne',
    'Volyn',
    'Ternopil',
    'Ivano-Frankivsk',
    'Chernivtsi',
    'Zakarpattia',
  ].map((r): [string, SpeakerSide] => [r, 'UA']),
];

/**
 * Cities with a code of their own whose governor answers for the region around them: Kyiv's
 * governor heads the oblast; the city has its mayor and its own military administration.
 */
export const OBLAST_OF_GOVERNED_CITY: ReadonlyMap<string, string> = new Map([['UA-30', 'UA-32']]);

/**
 * How news names a region's governor; `{R}` is the region, `{A}` each of `REGION_ADJECTIVES`
 * (place-words.ts). Most become "{R} Governor"; "the
 * regional governor of Voronezh" keeps the text's own words, as CLAIMS.md spells it.
 */
export const GOVERNOR_TEMPLATES: readonly (readonly [string, string])[] = [
  ['{R} governor', '{R} Governor'],
  ["{R}'s governor", '{R} Governor'],
  ['{R} region governor', '{R} Governor'],
  ['{R} regional governor', '{R} Governor'],
  ['{R} oblast governor', '{R} Governor'],
  ['governor of {R}', '{R} Governor'],
  ['governor of the {R} region', '{R} Governor'],
  ['governor of the {R} oblast', '{R} Governor'],
  ['governor of the {A} {R} region', '{R} Governor'],
  ['governor of the {A} region of {R}', '{R} Governor'],
  ['regional governor of {R}', 'the regional governor of {R}'],
  ['head of the {R} region', '{R} Governor'],
  ['{R} regional military administration', '{R} Governor'],
  ['{R} regional administration', '{R} Governor'],
  ['{R} military administration', '{R} Governor'],
];

/** Governors named without their title ("Gladkov said"). */
export const GOVERNOR_NAMES: Readonly<Record<string, string>> = {
  gladkov: 'Belgorod',
  gusev: 'Voronezh',
  bogomaz: 'Bryansk',
  khinshtein: 'Kursk',
  syniehubov: 'Kharkiv',
  synegubov: 'Kharkiv',
  synehubov: 'Kharkiv',
  sinegubov: 'Kharkiv',
  lysak: 'Dnipropetrovsk',
  'ivan fedorov': 'Zaporizhzhia',
  prokudin: 'Kherson',
  kiper: 'Odesa',
  'vitaliy kim': 'Mykolaiv',
  hryhorov: 'Sumy',
  chaus: 'Chernihiv',
  drozdenko: 'Leningrad',
  razvozhayev: 'Sevastopol',
  filashkin: 'Donetsk',
  kozytskyi: 'Lviv',
};

/** Governors of places that are not in `REGIONS` under their own name. */
export const OTHER_GOVERNORS: readonly (readonly [string, SpeakerName])[] = [
  ...['moscow region governor', 'governor of the moscow region', 'vorobyov'].map(
    (p): [string, SpeakerName] => [p, { name: 'Moscow Region Governor', side: 'RU' }],
  ),
  ...['st. petersburg governor', 'st petersburg governor', 'beglov'].map(
    (p): [string, SpeakerName] => [p, { name: 'St Petersburg Governor', side: 'RU' }],
  ),
];

/** Verbs by which a speaker makes a claim ("X said", "…, said X"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'saying',
  'claimed',
  'claims',
  'reported',
  'reports',
  'wrote',
  'writes',
  'write',
  'stated',
  'states',
  'announced',
  'announces',
  'added',
  'adds',
  'confirmed',
  'confirms',
  'told',
  'tells',
  'posted',
  'noted',
  'insisted',
  'warned',
  'informed',
  'estimated',
  'declared',
  'published',
  'recorded',
  'counted',
  'claiming',
  'reporting',
  'adding',
  'noting',
  'stating',
  'writing',
  'announcing',
  'confirming',
]);

/**
 * Titles before a name that make it a speaker's ("Gov. Ihor Taburets", "Interior Minister Ihor
 * Klymenko"), when the name itself is in no table.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'gov',
  'gov.',
  'governor',
  'mayor',
  'minister',
  'head',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'prosecutor',
  'commander',
  'general',
  'gen',
  'gen.',
  'colonel',
  'col',
  'col.',
  'envoy',
  'ambassador',
  'ombudsman',
  'president',
  'secretary',
  'deputy',
  'adviser',
  'advisor',
]);

/** Words that introduce the source of what follows: "according to X", "per X", "citing X". */
export const SOURCE_INTRODUCERS: readonly string[] = [
  'according to',
  'per',
  'citing',
  'as reported by',
  'reported by',
  'as stated by',
  'data from',
  'figures from',
];

/** Nouns after which "by X" names a source ("a report by The Wall Street Journal", "posts by X"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'post',
  'posts',
  'statement',
  'statements',
  'message',
  'update',
  'data',
  'figures',
  'announcement',
  'published',
  'released',
]);

/** Words before a name that make it an object, not the speaker: "debris fell on Kyiv". */
export const OBJECT_MARKERS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'to',
  'from',
  'over',
  'of',
  'into',
  'onto',
  'near',
  'toward',
  'towards',
  'against',
  'across',
  'around',
  'outside',
  'inside',
  'with',
  'by',
  'for',
  'about',
  'between',
  'targeting',
  'targeted',
  'hit',
  'struck',
  'attacked',
  'than',
]);

/**
 * Role nouns before "of"/"for": "the head of the Center", "a spokesperson for Rosaviatsiya". The
 * person speaks for the body named after them, so that body is not an object.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'head',
  'chief',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'representative',
  'secretary',
  'commander',
  'director',
  'deputy',
  'official',
  'officials',
  'member',
  'press',
]);

/** Role nouns only after a word: "the press service of the Defense Ministry said". */
export const OFFICE_OF: ReadonlyMap<string, string> = new Map([['service', 'press']]);

/** Words skipped between a verb and its speaker, or before a name: "said the air force". */
export const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
]);

/**
 * Bodies a side may install besides its titled officials (`TITLE_WORDS`, `ROLE_NOUNS`): "the
 * Moscow-installed authorities", "the Russia-appointed administration".
 */
export const INSTALLED_BODIES: ReadonlySet<string> = new Set([
  'authorities',
  'administration',
  'leader',
  'leadership',
]);

/** Nouns that may close an inverted attribution: "…, added the WSJ report." */
export const TRAILING_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'statement',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'channel',
  'newspaper',
  'agency',
  'said',
]);

/** Auxiliaries that make a speech verb passive: "was reported killed" has no speaker. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'be',
]);

/**
 * Dashes that hand a headline to its source at its end: TASS's "Air defenses down 41 Ukrainian
 * drones over Russian regions overnight — MoD". A hyphen is left out: it joins words far more
 * often than it stands before a source.
 */
export const HEADLINE_SOURCE_DASHES: ReadonlySet<string> = new Set(['\u2014', '\u2013']);

/** Words of a source standing alone after a headline's dash, at most. */
export const HEADLINE_SOURCE_WORDS = 6;

/** Punctuation that may stand before an inverted attribution: ", said X", "” said X". */
export const INVERSION_MARKS: ReadonlySet<string> = new Set([
  ',',
  '"',
  '\u201d',
  '\u201c',
  "'",
  '\u2019',
  '\u2014',
  '\u2013',
  ')',
]);

/** Punctuation a speaker's reach never crosses. */
export const CLAUSE_STOPS: ReadonlySet<string> = new Set([';', '!', '?']);

/** Blockers that still mark a source after "according to": "a report by X", "data from X". */
export const SOURCE_BLOCKERS: ReadonlySet<string> = new Set(['by', 'to', 'from', 'of', 'for']);

/** Capitalised words that are never part of a speaker's name: sentence openers, days, months. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...['the', 'a', 'an', 'on', 'in', 'at', 'for', 'of', 'and', 'but', 'as', 'after', 'before'],
  ...['by', 'with', 'from', 'to', 'since', 'during', 'while', 'when', 'it', 'he', 'she', 'they'],
  ...['we', 'i', 'this', 'that', 'these', 'those', 'there', 'meanwhile', 'overall', 'earlier'],
  ...['later', 'also', 'according', 'ukrainian', 'russian', 'ukraine', 'russia', 'ukraine’s'],
  ...Object.keys(WEEKDAYS),
  ...Object.keys(MONTHS),
]);

/** Joins inside a proper name: "Prosecutor's Office of Sumy Oblast", "Gov. Ihor Taburets". */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', '.']);

/** Words that make a verb of saying say nothing: "did not say", "declined to say". */
export const NOT_SAYING: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  "didn't",
  "wouldn't",
  'declined',
  'refused',
]);

/** Words that open a contrasting clause after a comma, which may have a speaker of its own. */
export const CONTRASTS: ReadonlySet<string> = new Set(['while', 'whereas', 'but']);
