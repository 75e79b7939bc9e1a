/**
 * Vocabulary of date expressions in war news. `dates.ts` holds the grammar; a new phrase is a new
 * row here.
 */

/** What a date expression names (see `DateHit.kind` in `dates.ts`). */
export type DateKind = 'overnight' | 'weekday' | 'calendar' | 'relative' | 'vague';

/** Day of the week, Sunday = 0 as in `Date.getUTCDay`. Possessives ("Thursday's") are folded. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** Month names and the abbreviations wire copy uses ("Sept. 3", "Aug 12"); capitalised only. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Abbreviated month names, which may carry a dot ("Sept. 3"); "July." ends a sentence. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Month words that are also ordinary words ("May" the verb, "March" the noun, "Jan" the name):
 * alone, without a day or year, they count as a month only after a cue such as "in" or "early".
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan']);

/** "17th", "1st": the suffix the tokenizer splits off a day number. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Parts of a day after a weekday or date. `true` marks the night that *begins* on the named day,
 * so it ends on the next one ("Saturday night" is over on Sunday).
 */
export const PARTS_OF_DAY: Readonly<Record<string, boolean>> = {
  morning: false,
  afternoon: false,
  evening: false,
  midday: false,
  noon: false,
  overnight: false,
  night: true,
};

/** How a word before a weekday or date changes it. */
export interface DatePrefix {
  /** Marks the next word as a time word, so "in May" is a month where bare "May" is not. */
  cue?: boolean;
  /** "last Thursday" is strictly before publication, "next Thursday" strictly after. */
  shift?: 'prev' | 'next';
  /** A year may follow ("in 2022", "since 2022"); a bare year is never a date. */
  year?: boolean;
}

/** Words absorbed into the expression that follows them. */
export const DATE_PREFIXES: Readonly<Record<string, DatePrefix>> = {
  on: {},
  the: {},
  early: { cue: true },
  late: { cue: true },
  mid: { cue: true },
  this: { cue: true },
  of: { cue: true },
  last: { cue: true, shift: 'prev' },
  past: { cue: true, shift: 'prev' },
  next: { cue: true, shift: 'next' },
  coming: { cue: true, shift: 'next' },
  in: { cue: true, year: true },
  during: { cue: true, year: true },
  by: { cue: true, year: true },
  until: { cue: true, year: true },
  through: { cue: true, year: true },
  from: { cue: true, year: true },
};

/** Words between "overnight"/"the night of" and the day it names: "overnight and into Sunday". */
export const ANCHOR_CONNECTORS: ReadonlySet<string> = new Set([
  'on',
  'from',
  'into',
  'to',
  'and',
  'of',
  'the',
  'through',
  'until',
]);

/** Words joining two days of one period; the period ended on the second ("Saturday into Sunday"). */
export const CONTINUATIONS: ReadonlySet<string> = new Set([
  'into',
  'to',
  'through',
  'until',
  'and',
  '-',
  '\u2013',
]);

/** Words joining the two days of a range written with one month: "July 19-20", "19 to 20 July". */
export const DATE_RANGE_JOINERS: ReadonlySet<string> = new Set(['-', '\u2013', 'to', 'and']);

/** A fixed date phrase. */
export interface DatePhrase {
  kind: DateKind;
  /** Days from publication (`-1` for "yesterday"); absent when the phrase names no day. */
  days?: number;
  /**
   * The phrase may be followed by the day it is about: "overnight into Sunday" ends on that day;
   * "the night of Saturday" began on it, so it ends on the next day.
   */
  anchor?: 'ends-on' | 'begins-on';
  /** Only a phrase when the day follows ("the night of" alone says nothing). */
  needsDay?: boolean;
  /** A holiday's month and day ("Christmas Day" is 12-25), in the year that puts it last. */
  monthDay?: readonly [number, number];
}

const VAGUE: DatePhrase = { kind: 'vague' };
const TODAY: DatePhrase = { kind: 'relative', days: 0 };
const TONIGHT: DatePhrase = { kind: 'overnight', days: 0 };

/** Periods that cannot be pinned to one day. */
const VAGUE_PHRASES = [
  ...['week', 'month', 'year', 'weekend'].flatMap((unit) => [
    `last ${unit}`,
    `this ${unit}`,
    `next ${unit}`,
    `earlier this ${unit}`,
    `later this ${unit}`,
    `the past ${unit}`,
    `the previous ${unit}`,
    `the coming ${unit}`,
    `over the ${unit}`,
    `this past ${unit}`,
  ]),
  ...['spring', 'summer', 'autumn', 'fall', 'winter'].flatMap((season) => [
    `this ${season}`,
    `last ${season}`,
    `next ${season}`,
    `earlier this ${season}`,
    `in the ${season}`,
    `over the ${season}`,
    `during the ${season}`,
    `this past ${season}`,
  ]),
  ...['days', 'weeks', 'months'].flatMap((unit) => [
    `recent ${unit}`,
    `the past few ${unit}`,
    `the coming ${unit}`,
    `${unit} after`,
    `${unit} later`,
    `${unit} earlier`,
    `${unit} before`,
    `${unit} ago`,
  ]),
  ...['week', 'month', 'year'].flatMap((unit) => [
    `a ${unit} after`,
    `a ${unit} later`,
    `a ${unit} earlier`,
    `a ${unit} before`,
    `a ${unit} ago`,
  ]),
  'a day after',
  'a day later',
  'a day earlier',
  'a day before',
  'the day before',
  'the day after',
  'the previous day',
  'the following day',
  'the next day',
  'the previous night',
  'the same day',
  'recently',
  'in summer',
  'in winter',
  'in spring',
];

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Every fixed date phrase, as `[phrase, meaning]` rows for `buildPhraseTrie`. */
export const DATE_PHRASES: readonly (readonly [string, DatePhrase])[] = [
  // Holidays on fixed days: "a New Year's Day drone attack", "the Christmas Day strike".
  ["new year's day", { kind: 'calendar', monthDay: [1, 1] }],
  ["new year's eve", { kind: 'calendar', monthDay: [12, 31] }],
  ['christmas day', { kind: 'calendar', monthDay: [12, 25] }],
  ['christmas eve', { kind: 'calendar', monthDay: [12, 24] }],
  ['yesterday', { kind: 'relative', days: -1 }],
  // "Yesterday's strike on Kyiv killed 42": the possessive is the same day.
  ["yesterday's", { kind: 'relative', days: -1 }],
  ["today's", TODAY],
  ["last night's", TONIGHT],
  ["tonight's", TONIGHT],
  ['the day before yesterday', { kind: 'relative', days: -2 }],
  ['a day ago', { kind: 'relative', days: -1 }],
  ['one day ago', { kind: 'relative', days: -1 }],
  ...NUMBER_WORDS.map((w, i): [string, DatePhrase] => [
    `${w} days ago`,
    { kind: 'relative', days: -(i + 2) },
  ]),
  ...NUMBER_WORDS.map((_, i): [string, DatePhrase] => [
    `${i + 2} days ago`,
    { kind: 'relative', days: -(i + 2) },
  ]),
  ['today', TODAY],
  ['earlier today', TODAY],
  ['later today', TODAY],
  ['this morning', TODAY],
  ['this afternoon', TODAY],
  ['this evening', TODAY],
  ['the past 24 hours', TODAY],
  ['the last 24 hours', TODAY],
  ['past 24 hours', TODAY],
  ['last night', TONIGHT],
  ['tonight', TONIGHT],
  ['overnight', { ...TONIGHT, anchor: 'ends-on' }],
  ['overnight hours', TONIGHT],
  ['the overnight hours', TONIGHT],
  ['during the night', TONIGHT],
  ['in the night', TONIGHT],
  ['through the night', TONIGHT],
  ['in the early hours', TONIGHT],
  ['in the early morning', TONIGHT],
  ['early morning hours', TONIGHT],
  ['in the early hours of', { ...TONIGHT, anchor: 'ends-on', needsDay: true }],
  ['early hours of', { ...TONIGHT, anchor: 'ends-on', needsDay: true }],
  // War news writes the night by the day it ends on ("On the night of August 28, Russia
  // attacked …" in a Ukrainian report means the night into the 28th), as a range does ("the night
  // of 27-28 August"); "Saturday night" still begins on Saturday.
  ['the night of', { ...TONIGHT, anchor: 'ends-on', needsDay: true }],
  ['during the night of', { ...TONIGHT, anchor: 'ends-on', needsDay: true }],
  ['night of', { ...TONIGHT, anchor: 'ends-on', needsDay: true }],
  ...VAGUE_PHRASES.map((p): [string, DatePhrase] => [p, VAGUE]),
];

/** Words that may sit between a speech verb and the date of the speech: "said on Saturday". */
export const SPEECH_GAP: ReadonlySet<string> = new Set([
  'on',
  'late',
  'early',
  'in',
  'a',
  'statement',
  'post',
  'social',
  'media',
  'telegram',
  'x',
]);

/** Words that make what follows the time a count was read: "as of", "by", "until", "updated". */
export const COUNT_MARKERS: ReadonlySet<string> = new Set([
  'of',
  'by',
  'until',
  'till',
  'updated',
  'at',
]);

/** Words a count's time may hold before its day: "as of 01:27 a.m. on August 29". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ':',
  'a.m',
  'p.m',
  'am',
  'pm',
  '.',
  'on',
  'local',
  'time',
  'kyiv',
  'moscow',
  'h',
]);

/** Hours of the evening and of the morning, as a span's ends write them. */
export const EVENING_MARKS: ReadonlySet<string> = new Set(['p.m', 'pm']);
export const MORNING_MARKS: ReadonlySet<string> = new Set(['a.m', 'am']);

/** Words that open a span of hours: "between 11 p.m. … and 7 a.m.", "from 8 p.m. to 6 a.m.". */
export const SPAN_STARTS: ReadonlySet<string> = new Set(['between', 'from']);

/** Words that lead from a span's start to its end: "between 11 p.m. … and 7 a.m.". */
export const SPAN_ENDS: ReadonlySet<string> = new Set(['and', 'to', 'until', 'till', 'through']);

/** The word that opens a span of days up to now: "since Friday", "since February 24". */
export const SINCE = 'since';

/** Marks and words that end a "since …" date: what follows is no longer its date. */
export const SINCE_STOPS: ReadonlySet<string> = new Set([',', ';', '!', '?', ':', SINCE]);

/** Marks that close a dateline: "KYIV —", "MOSCOW, March 11 (Reuters) –", "Kyiv:". */
export const DATELINE_ENDS: ReadonlySet<string> = new Set(['—', '–', '-', ':']);
