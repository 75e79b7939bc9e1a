import {
  AMBIGUOUS_MONTHS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  ORDINAL_SUFFIXES,
  DATE_RANGE_JOINERS,
  type DateKind,
} from './vocabulary/dates';
import type { Token } from './tokens';

/**
 * Calendar arithmetic and written dates ("July 17", "19 to 20 July", "2025-07-17") for `dates.ts`,
 * which adds weekdays, nights and fixed phrases on top.
 */

/** A day as a count of days since 1970-01-01 (UTC), so that date arithmetic is integer arithmetic. */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** A date written without a year may lie this many days after publication (a scheduled event). */
const FUTURE_SLACK = 3;

// A Map, not an object lookup: a word such as "constructor" must not find Object.prototype.
const MONTH = new Map(Object.entries(MONTHS));

/** What the words before an expression tell about it. */
export interface Ctx {
  pub: Day | null;
  /** A time word came just before ("in", "early"), so an ambiguous month word is a month. */
  cue: boolean;
  shift: 'prev' | 'next' | undefined;
  /** A bare year counts (after "in", "since"). */
  year: boolean;
}

/** An expression over tokens `first..last`. `single`: one day, not a range of days. */
export interface Found {
  first: number;
  last: number;
  day: Day | null;
  kind: DateKind;
  single: boolean;
}

export function makeDay(y: number, m: number, d: number): Day | null {
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY);
}

/**
 * Days written so far: a report names few days, many times, and `Date` formatting is slow.
 * Bounded, so that no text can grow it without end.
 */
const FORMATTED = new Map<Day, string>();
const MAX_FORMATTED = 10_000;

export function formatDay(day: Day): string {
  let text = FORMATTED.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (FORMATTED.size < MAX_FORMATTED) FORMATTED.set(day, text);
  }
  return text;
}

/** The last date parsed: every sentence of a text parses the same publication date. */
let lastParsed: { iso: string; day: Day | null } | null = null;

export function parseDay(iso: string | null): Day | null {
  if (typeof iso !== 'string') return null;
  if (lastParsed?.iso === iso) return lastParsed.day;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const day = m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  lastParsed = { iso, day };
  return day;
}

export function weekdayOfDay(day: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((day % 7) + 7 + 4) % 7;
}

/** A month and day without a year: the last such day by publication (see `calendarDay`). */
export function lastMonthDay(pub: Day | null, m: number, d: number): Day | null {
  return calendarDay(pub, null, m, d) ?? null;
}

/** A date without a year takes publication's year unless that would put it in the future. */
function calendarDay(
  pub: Day | null,
  y: number | null,
  m: number,
  d: number,
): Day | null | undefined {
  if (y !== null) return makeDay(y, m, d) ?? undefined;
  if (makeDay(2024, m, d) === null) return undefined;
  if (pub === null) return null;
  const year = new Date(pub * MS_PER_DAY).getUTCFullYear();
  const day = makeDay(year, m, d);
  if (day !== null && day <= pub + FUTURE_SLACK) return day;
  return makeDay(year - 1, m, d);
}

export function isAdjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

function dayNumberAt(toks: readonly Token[], i: number): { d: number; last: number } | null {
  const t = toks[i];
  if (!t || t.kind !== 'num' || t.decimal || t.raw.length > 2) return null;
  const d = Number(t.norm);
  if (d < 1 || d > 31) return null;
  const suffix = toks[i + 1];
  const ordinal = suffix && ORDINAL_SUFFIXES.has(suffix.norm) && isAdjacent(t, suffix);
  return { d, last: ordinal ? i + 1 : i };
}

function monthAt(toks: readonly Token[], i: number): { m: number; last: number } | null {
  const t = toks[i];
  if (!t || t.kind !== 'word' || !t.capital) return null;
  const m = MONTH.get(t.norm);
  if (m === undefined) return null;
  // "Sept. 3": the abbreviation's dot belongs to the month.
  const dot =
    MONTH_ABBREVIATIONS.has(t.norm) && toks[i + 1]?.norm === '.' && isAdjacent(t, toks[i + 1]);
  return { m, last: dot ? i + 1 : i };
}

/** The year written at token `i` ("2025", 1900–2100), or null. */
export function yearAt(toks: readonly Token[], i: number): number | null {
  const t = toks[i];
  if (!t || t.kind !== 'num' || t.decimal || t.raw.length !== 4) return null;
  const y = Number(t.norm);
  return y >= 1900 && y <= 2100 ? y : null;
}

/** ", 2025" or " 2025" after a date. */
function yearAfter(toks: readonly Token[], last: number): { y: number; last: number } | null {
  const k = toks[last + 1]?.norm === ',' ? last + 2 : last + 1;
  const y = yearAt(toks, k);
  return y === null ? null : { y, last: k };
}

/** "July" or "of July" after a day number. */
function monthAfterDay(toks: readonly Token[], last: number): { m: number; last: number } | null {
  return (
    monthAt(toks, last + 1) ?? (toks[last + 1]?.norm === 'of' ? monthAt(toks, last + 2) : null)
  );
}

function calendar(
  ctx: Ctx,
  first: number,
  m: number,
  d: number,
  last: number,
  single: boolean,
  toks: readonly Token[],
): Found | null {
  const y = yearAfter(toks, last);
  const day = calendarDay(ctx.pub, y ? y.y : null, m, d);
  if (day === undefined) return null;
  return { first, last: y ? y.last : last, day, kind: 'calendar', single };
}

/** "July 17", "July 19-20, 2025", "17th of July", "19 to 20 July", "2025-07-17"; "in 2022". */
export function matchCalendar(toks: readonly Token[], i: number, ctx: Ctx): Found | null {
  const mo = monthAt(toks, i);
  if (mo) {
    const d1 = dayNumberAt(toks, mo.last + 1);
    if (d1) {
      if (DATE_RANGE_JOINERS.has(toks[d1.last + 1]?.norm ?? '')) {
        const mo2 = monthAt(toks, d1.last + 2);
        const d2 = dayNumberAt(toks, mo2 ? mo2.last + 1 : d1.last + 2);
        if (d2 && (mo2 || d2.d > d1.d))
          return calendar(ctx, i, mo2?.m ?? mo.m, d2.d, d2.last, false, toks);
      }
      return calendar(ctx, i, mo.m, d1.d, d1.last, true, toks);
    }
    if (yearAt(toks, mo.last + 1) !== null) {
      return { first: i, last: mo.last + 1, day: null, kind: 'vague', single: false };
    }
    if (!ctx.cue && AMBIGUOUS_MONTHS.has(toks[i]!.norm)) return null;
    return { first: i, last: mo.last, day: null, kind: 'vague', single: false };
  }
  const d1 = dayNumberAt(toks, i);
  if (d1) {
    if (DATE_RANGE_JOINERS.has(toks[d1.last + 1]?.norm ?? '')) {
      const d2 = dayNumberAt(toks, d1.last + 2);
      const mo2 = d2 && d2.d > d1.d ? monthAfterDay(toks, d2.last) : null;
      if (d2 && mo2) return calendar(ctx, i, mo2.m, d2.d, mo2.last, false, toks);
    }
    const m = monthAfterDay(toks, d1.last);
    return m ? calendar(ctx, i, m.m, d1.d, m.last, true, toks) : null;
  }
  const y = yearAt(toks, i);
  if (y === null) return null;
  const [dash1, mm, dash2, dd] = [toks[i + 1], toks[i + 2], toks[i + 3], toks[i + 4]];
  if (
    dash1?.norm === '-' &&
    dash2?.norm === '-' &&
    mm?.raw.length === 2 &&
    dd?.raw.length === 2 &&
    isAdjacent(toks[i], dash1) &&
    isAdjacent(dash1, mm) &&
    isAdjacent(mm, dash2) &&
    isAdjacent(dash2, dd)
  ) {
    const day = makeDay(y, Number(mm.norm), Number(dd.norm));
    if (day !== null) return { first: i, last: i + 4, day, kind: 'calendar', single: true };
  }
  return ctx.year ? { first: i, last: i, day: null, kind: 'vague', single: false } : null;
}
