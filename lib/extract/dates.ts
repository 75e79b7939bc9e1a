import {
  ANCHOR_CONNECTORS,
  CONTINUATIONS,
  DATE_PHRASES,
  DATE_PREFIXES,
  EVENING_MARKS,
  MORNING_MARKS,
  SPAN_ENDS,
  SPAN_STARTS,
  type DateKind,
  type DatePhrase,
  type DatePrefix,
  MONTHS,
  PARTS_OF_DAY,
  SINCE,
  SINCE_STOPS,
  WEEKDAYS,
} from './vocabulary/dates';
import { BIRTH_WORDS } from './vocabulary/people';
import {
  formatDay,
  isAdjacent,
  lastMonthDay,
  matchCalendar,
  parseDay,
  weekdayOfDay,
  type Ctx,
  type Day,
  type Found,
} from './date-calendar';
import { inClass, lazyPhraseTrie, phrasesAt, wordClass } from './phrase-trie';
import { tokenize, type Token } from './tokens';

export type { DateKind } from './vocabulary/dates';

/** A date expression found in a sentence. */
export interface DateHit {
  /** Offset of the expression's first character in the sentence. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /**
   * The calendar day on which the named period ended, `YYYY-MM-DD`; `null` when the expression
   * names a time that cannot be told ("last week", "earlier this month") or needs a publication
   * date that was not given.
   */
  date: string | null;
  /**
   * `overnight`: a night not tied to a named day ("overnight", "last night"), dated to the
   * publication day; a caller that knows the report's own day may prefer that. `weekday`: a named
   * weekday, with "overnight into Sunday" and "Saturday night" counted here. `calendar`: a written
   * date or range ("July 17", "the night of 19 to 20 July"). `relative`: "yesterday", "today",
   * "since 6 p.m. on Saturday". `vague`: a period with no one day ("last week", "in 2022").
   */
  kind: DateKind;
}

/** How far "since" looks for its day: "since 6 p.m. local time on Saturday" is 7 tokens. */
const SINCE_REACH = 8;
/** "since Saturday" in a Sunday story is a running tally to now; "since July 1" is a period. */
const SINCE_RECENT = 2;
/** Prefix words absorbed before an expression: "late on Saturday", "in early July". */
const MAX_PREFIXES = 3;
/** Words between an anchor and its day: "overnight and into Sunday". */
const MAX_CONNECTORS = 3;

// Maps, not object lookups: a word such as "constructor" must not find Object.prototype.
const WEEKDAY = new Map(Object.entries(WEEKDAYS));
const PART_OF_DAY = new Map(Object.entries(PARTS_OF_DAY));
const PREFIX = new Map<string, DatePrefix>(Object.entries(DATE_PREFIXES));
/** Is any prefix a number? None is; `matchAt` passes most numbers by on that. */
const NUMERIC_PREFIX = [...PREFIX.keys()].some((k) => /^\d/.test(k));
const PHRASES = lazyPhraseTrie<DatePhrase>(() => DATE_PHRASES);

/** Words a date expression can start with (any number can start one too). */
const DATE_STARTS: ReadonlySet<string> = new Set([
  SINCE,
  ...Object.keys(WEEKDAYS),
  ...Object.keys(WEEKDAYS).map((w) => `${w}'s`),
  ...Object.keys(MONTHS),
  ...Object.keys(DATE_PREFIXES),
  ...DATE_PHRASES.map(([phrase]) => tokenize(phrase)[0]!.norm),
]);

/** Tested on every word of a sentence with a date cue: one bit test each. */
const DATE_START_CLASS = wordClass(DATE_STARTS);

/** "Thursday" is the last Thursday on or before publication; "last"/"next" move off that day. */
function weekdayDay(ctx: Ctx, dow: number): Day | null {
  if (ctx.pub === null) return null;
  const today = weekdayOfDay(ctx.pub);
  if (ctx.shift === 'next') return ctx.pub + ((dow - today + 7) % 7 || 7);
  const back = (today - dow + 7) % 7;
  return ctx.pub - (ctx.shift === 'prev' && back === 0 ? 7 : back);
}

/** "Saturday night" ended on Sunday, unless that Sunday is still to come. */
function nightAfter(day: Day | null, pub: Day | null): Day | null {
  if (day === null) return null;
  return pub === null || day + 1 <= pub ? day + 1 : day;
}

/** A weekday or a calendar date; "Thursday, July 17" is the date. */
function matchCore(toks: readonly Token[], i: number, ctx: Ctx): Found | null {
  const t = toks[i];
  if (!t) return null;
  // "Sunday's": the weekday without its possessive (no expression to run on every word).
  const w = t.norm;
  const dow = t.kind === 'word' ? WEEKDAY.get(w.endsWith("'s") ? w.slice(0, -2) : w) : undefined;
  if (dow === undefined) return matchCalendar(toks, i, ctx);
  const k = toks[i + 1]?.norm === ',' ? i + 2 : i + 1;
  const cal = matchCalendar(toks, k, { ...ctx, cue: true });
  if (cal && cal.kind === 'calendar') return { ...cal, first: i };
  return { first: i, last: i, day: weekdayDay(ctx, dow), kind: 'weekday', single: true };
}

/**
 * A day with its part of the day and any later day of the same period: "Saturday night",
 * "Sunday afternoon", "Saturday into Sunday", "July 31 to August 1".
 */
function matchPoint(
  toks: readonly Token[],
  i: number,
  ctx: Ctx,
  anchor: DatePhrase['anchor'],
): Found | null {
  let p = matchCore(toks, i, ctx);
  if (!p || p.kind === 'vague') return p;
  const first = p.first;
  let night = false;
  let calendarSeen = p.kind === 'calendar';
  let continued = false;
  for (;;) {
    const part = PART_OF_DAY.get(toks[p.last + 1]?.norm ?? '');
    if (part !== undefined) {
      night = part;
      p = { ...p, last: p.last + 1 };
    }
    let k = p.last + 1;
    if (toks[k]?.norm === 'and' && CONTINUATIONS.has(toks[k + 1]?.norm ?? '')) k++;
    if (!CONTINUATIONS.has(toks[k]?.norm ?? '')) break;
    const q = matchCore(toks, k + 1, { ...ctx, shift: undefined, cue: true });
    if (!q || q.kind === 'vague') break;
    calendarSeen ||= q.kind === 'calendar';
    continued = true;
    night = false;
    p = q;
  }
  const single = p.single && !continued;
  const day = single && (night || anchor === 'begins-on') ? nightAfter(p.day, ctx.pub) : p.day;
  return { first, last: p.last, day, kind: calendarSeen ? 'calendar' : 'weekday', single };
}

/** A fixed phrase at `i`; "overnight into Sunday" and "the night of July 19-20" take their day. */
function matchPhrase(toks: readonly Token[], i: number, pub: Day | null): Found | null {
  for (const m of phrasesAt(PHRASES, toks, i)) {
    const ph = m.value;
    if (ph.anchor) {
      let k = m.last + 1;
      for (let n = 0; n < MAX_CONNECTORS && ANCHOR_CONNECTORS.has(toks[k]?.norm ?? ''); n++) k++;
      const ctx: Ctx = { pub, cue: true, shift: undefined, year: false };
      const p = matchPoint(toks, k, ctx, ph.anchor);
      if (p && p.kind !== 'vague') return { ...p, first: i };
    }
    if (ph.needsDay) continue;
    if (ph.monthDay) {
      const day = lastMonthDay(pub, ph.monthDay[0], ph.monthDay[1]);
      return { first: i, last: m.last, day, kind: ph.kind, single: true };
    }
    const day = ph.days !== undefined && pub !== null ? pub + ph.days : null;
    return { first: i, last: m.last, day, kind: ph.kind, single: true };
  }
  return null;
}

/** "since 6 p.m. on Saturday" counts up to the report; a long-past start is only a period. */
function matchSince(toks: readonly Token[], i: number, pub: Day | null): Found | null {
  for (let j = i + 1; j <= i + SINCE_REACH && j < toks.length; j++) {
    if (SINCE_STOPS.has(toks[j]!.norm)) break;
    const h = matchAt(toks, j, pub, false);
    if (!h) continue;
    const base = { first: i, last: h.last, single: false };
    if (h.kind === 'vague') return { ...base, day: null, kind: 'vague' };
    if (pub === null || h.day === null) return { ...base, day: null, kind: 'relative' };
    const age = pub - h.day;
    return age >= 0 && age <= SINCE_RECENT
      ? { ...base, day: pub, kind: 'relative' }
      : { ...base, day: null, kind: 'vague' };
  }
  return null;
}

function matchAt(toks: readonly Token[], i: number, pub: Day | null, top: boolean): Found | null {
  const t = toks[i]!;
  if (t.kind === 'punct') return null;
  // "a man born in 1957": a year of birth is a person's age, no time of a figure.
  if (BIRTH_WORDS.has(toks[i - 1]?.norm ?? '')) return null;
  if (t.norm === SINCE) return top ? matchSince(toks, i, pub) : null;
  const phrase = matchPhrase(toks, i, pub);
  if (phrase) return phrase;
  // A number of three digits or more than four (most counts) is no day and no year, and no
  // prefix is a number: nothing but a fixed phrase starts at it.
  if (
    t.kind === 'num' &&
    (t.decimal || (t.raw.length > 2 && t.raw.length !== 4)) &&
    !NUMERIC_PREFIX
  )
    return null;
  // A bare year is a date only after "in"/"since": "the 2022 invasion" names no time of a figure.
  const ctx: Ctx = { pub, cue: false, shift: undefined, year: !top };
  let j = i;
  for (
    let pre = PREFIX.get(t.norm);
    pre && j < i + MAX_PREFIXES;
    pre = PREFIX.get(toks[j]?.norm ?? '')
  ) {
    ctx.cue ||= pre.cue === true;
    ctx.year ||= pre.year === true;
    ctx.shift = pre.shift ?? ctx.shift;
    j++;
    if (toks[j]?.norm === '-' && isAdjacent(toks[j - 1], toks[j])) j++; // "mid-July"
  }
  if (j > i) {
    const after = matchPhrase(toks, j, pub);
    if (after) return { ...after, first: i };
  }
  const p = matchPoint(toks, j, ctx, undefined);
  return p ? { ...p, first: i } : null;
}

/** How far a span's end time may stand after its day. */
const SPAN_REACH = 12;
/** How far back "between" may stand, past a time given twice: "11:00 p.m. Moscow time (8:00 p.m. GMT) on". */
const SPAN_START_REACH = 24;

/**
 * "Between 11:00 p.m. Moscow time (8:00 p.m. GMT) on December 24 and 7:00 a.m. Moscow time": a
 * span from an evening of the day `f` names to a morning with no day of its own ended on the day
 * after (the Russian Defense Ministry's nightly report).
 */
function endsNextMorning(toks: readonly Token[], f: Found): boolean {
  // "between"/"from" an evening time: the span's start, in the date's own clause.
  let evening = false;
  for (let k = f.first - 1; ; k--) {
    if (k < 0 || k < f.first - SPAN_START_REACH) return false;
    const w = toks[k]!.norm;
    if (w === ',' || w === ';') return false;
    if (EVENING_MARKS.has(w)) evening = true;
    if (SPAN_STARTS.has(w)) break;
  }
  if (!evening || !SPAN_ENDS.has(toks[f.last + 1]?.norm ?? '')) return false;
  for (let k = f.last + 2; k < toks.length && k <= f.last + SPAN_REACH; k++) {
    const t = toks[k]!;
    if (MORNING_MARKS.has(t.norm)) return !dayFollows(toks, k + 1);
    if (t.norm === ',' || t.norm === ';') return false;
    if (t.kind === 'word' && inClass(t, DATE_START_CLASS)) return false;
  }
  return false;
}

/** Does a day follow the end time at `k` ("7 a.m. on December 25", "… (4 a.m. GMT) Thursday")? */
function dayFollows(toks: readonly Token[], k: number): boolean {
  for (let j = k; j < toks.length && j < k + SPAN_REACH; j++) {
    const t = toks[j]!;
    if (t.norm === ',' || t.norm === ';') return false;
    if (t.kind === 'word' && inClass(t, DATE_START_CLASS)) return true;
  }
  return false;
}

/**
 * Finds the date expressions in one sentence and resolves each against the publication date
 * (`YYYY-MM-DD`, or `null` when unknown) to the calendar day on which the period it names ended
 * (CLAIMS.md section 3): "overnight" in a story of 20 July is 2025-07-20, "on Thursday" the last
 * Thursday on or before publication, "the night of July 19-20" the 20th, "Saturday night" the
 * Sunday after. Linear in the sentence's length; never throws.
 */
export function findDates(
  sentence: string,
  published: string | null,
  tokens?: readonly Token[],
): DateHit[] {
  if (typeof sentence !== 'string') return [];
  const pub = parseDay(published);
  // Callers that already tokenized the sentence pass its tokens, so it is read once.
  const toks = tokens ?? tokenize(sentence);
  const hits: DateHit[] = [];
  for (let i = 0; i < toks.length;) {
    // Most words start no date expression: one set lookup passes them by.
    const t = toks[i]!;
    if (t.kind !== 'num' && !inClass(t, DATE_START_CLASS)) {
      i++;
      continue;
    }
    const f = matchAt(toks, i, pub, true);
    if (!f) {
      i++;
      continue;
    }
    const day = f.day !== null && f.single && endsNextMorning(toks, f) ? f.day + 1 : f.day;
    hits.push({
      start: toks[f.first]!.start,
      end: toks[f.last]!.end,
      date: day === null ? null : formatDay(day),
      kind: f.kind,
    });
    i = f.last + 1;
  }
  return hits;
}
