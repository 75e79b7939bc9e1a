import { SPEECH_VERBS as ATTRIBUTION_SPEECH_VERBS } from './speakers';
import { MONTH_ABBREVIATIONS, MONTHS as MONTH_NUMBERS } from './dates';

/** Words between a figure and its verb that change nothing: "were reportedly shot down". */
export const VERB_FILLERS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'had',
  'has',
  'have',
  'reportedly',
  'allegedly',
  'supposedly',
  'presumably',
  'also',
  'all',
  'successfully',
  'later',
  'subsequently',
  'eventually',
  'ultimately',
  'already',
  'otherwise',
  'then',
  'each',
  'confirmed',
  'reported',
  'said',
  'believed',
  'thought',
  'feared',
  'to',
  'either',
  'both',
  'just',
  'mostly',
  'overnight',
  'apparently',
  'officially',
  'presumably',
  'likely',
  // "downed another 126", "a further 19": more of the same, not a different count.
  'another',
  'further',
]);

/** Verbs that deny what their clause says: "Russia denied that Ukrainian drones attacked Moscow". */
export const DENIALS: ReadonlySet<string> = new Set(['denied', 'denies', 'deny', 'rejected']);

/** Words that deny the verb: a figure that was "not intercepted" is no downed figure. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "weren't", "wasn't", 'no']);

/** Words that end the reach of a figure's noun phrase, verb search or place. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'because',
  'despite',
  'after',
  'before',
  'when',
  'where',
  'as',
  'since',
  'until',
  'if',
  'unless',
  ';',
  ':',
  '(',
  ')',
  '.',
  '?',
  '!',
  '"',
  '“',
  '”',
]);

/**
 * Verbs of saying: the clause before them is the speaker, not the figure's actor. The same words
 * attribution reads speakers by, plus "according" ("according to") and the bare "claim".
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...ATTRIBUTION_SPEECH_VERBS,
  'according',
  'claim',
]);

/** Words that never sit inside a figure's noun phrase: the phrase has ended. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'on',
  'at',
  'by',
  'from',
  'into',
  'onto',
  'over',
  'across',
  'near',
  'toward',
  'towards',
  'against',
  'above',
  'with',
  'during',
  'for',
  'and',
  'or',
  'the',
  'a',
  'an',
  'to',
  'per',
  'out',
  'than',
  'including',
  'among',
  'around',
  'inside',
  'within',
  // "Death toll rises to 23 due to / amid / following Russia's strike": a cause or a time, no noun.
  'due',
  'owing',
  'amid',
  'amidst',
  'following',
  'were',
  'was',
  'is',
  'are',
  'had',
  'has',
  'have',
  'been',
  'be',
  'will',
  'would',
  'could',
]);

/** Month names: a number beside one is a date ("July 17", "17 July"), never a count. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(Object.keys(MONTH_NUMBERS));

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
  'toughest',
  'harshest',
]);

/** What a superlative after "one of the" ranks when it counts no weapon or person. */
export const RANKED_EVENTS: ReadonlySet<string> = new Set([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'airstrikes',
  'assaults',
  'barrages',
  'bombardments',
  'raids',
  'operations',
  'nights',
  'waves',
  'days',
  'escalations',
]);

/** Words before a four-digit number that make it a year: "in 2022", "since 2014". */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'until',
  'by',
  'of',
  'from',
  'early',
  'late',
  'mid',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
]);

/** Words after a number that make it a unit of something that is not a figure. */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'percent',
  'per',
  'a.m',
  'p.m',
  'am',
  'pm',
  'gmt',
  'utc',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'feet',
  'hours',
  'hour',
  'minutes',
  'seconds',
  'days',
  'weeks',
  'months',
  'years',
  'year',
  'times',
  'billion',
  'trillion',
  // "a 3-month-old baby", "a five-storey building", "a 10-km stretch": ages and sizes.
  'month',
  'week',
  'day',
  'minute',
  'second',
  'storey',
  'storeys',
  'story',
  'stories',
  'floor',
  'floors',
  'kilometre',
  'kilometer',
  'mile',
  'metre',
  'meter',
]);

/** Cues before a number that make it part of the preceding figure: "including 23", "of which 12". */
export const PART_CUES: readonly (readonly string[])[] = [
  ['including'],
  ['of', 'which'],
  ['of', 'them'],
  ['of', 'those'],
  ['of', 'these'],
  ['among', 'them'],
  ['of', 'the', 'total'],
  ['of', 'that', 'total'],
  ['of', 'this', 'total'],
  ['of', 'that', 'number'],
  ['the', 'remaining'],
  ['with'],
];

/** Quotation marks, straight and typographic: a quote's speaker stands outside them. */
export const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

/** Marks that open or close a quotation of whole sentences; a straight one does either. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '«']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '»']);
export const STRAIGHT_QUOTE = '"';

/**
 * Auxiliary verbs: "that were shot down" goes on about the same things; "43 people had been
 * placed" has a verb of its own after them.
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'was',
  'were',
  'had',
  'have',
  'has',
  'been',
  'being',
  'are',
  'is',
]);

/** Words after which a full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...MONTH_ABBREVIATIONS,
  'st',
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'pres',
  'prof',
  'no',
  'vs',
  'approx',
  'est',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
]);

/** Pronouns that open a relative clause about the things counted: "four people who were injured". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
