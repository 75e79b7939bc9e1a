import type { Source } from '../claims/mention';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;
const MONTH_DAY_YEAR = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const EXPLICIT_ZONE = /(?:\bZ|\bGMT|\bUTC|[+-]\d{2}:?\d{2})\s*$/i;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` when the parts name a real calendar day in a plausible year, else null. */
function day(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function zone(raw: string | undefined): string {
  if (!raw) return '';
  const upper = raw.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return 'Z';
  const digits = raw.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
}

function fromIso(m: RegExpExecArray): string | null {
  const date = day(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date || m[4] === undefined) return date;
  const h = Number(m[4]);
  const min = Number(m[5]);
  const s = Number(m[6] ?? 0);
  if (h > 23 || min > 59 || s > 60) return date;
  const frac = m[7] ? `.${m[7].slice(0, 3).padEnd(3, '0')}` : '';
  return `${date}T${pad(h)}:${pad(min)}:${pad(s)}${frac}${zone(m[8])}`;
}

/**
 * Normalises a publication time as pages write it to an ISO string. The offset is kept as written
 * (`+03:00`), because converting to UTC would move a late-evening story to the wrong day.
 * A date without a time stays `YYYY-MM-DD`. Null when nothing plausible is found.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.slice(0, 200).trim();
  const iso = ISO.exec(text);
  if (iso) return fromIso(iso);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const d = day(Number(dmy[3]), month(dmy[2]!), Number(dmy[1]));
    if (d) return d;
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const d = day(Number(mdy[3]), month(mdy[1]!), Number(mdy[2]));
    if (d) return d;
  }
  // other formats only when they pin the instant down; then UTC is the honest rendering
  if (EXPLICIT_ZONE.test(text)) {
    const t = Date.parse(text);
    if (Number.isFinite(t)) {
      const y = new Date(t).getUTCFullYear();
      if (y >= MIN_YEAR && y <= MAX_YEAR) return new Date(t).toISOString();
    }
  }
  return null;
}

/** A date written into a URL path (`/2025/07/20/`, `2025-07-20`), as `YYYY-MM-DD`. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const slashed = /(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$|\D)/.exec(path);
  if (slashed) {
    const d = day(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
    if (d) return d;
  }
  const dashed = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(path);
  return dashed ? day(Number(dashed[1]), Number(dashed[2]), Number(dashed[3])) : null;
}

/**
 * The publisher's calendar day of `source.publishedAt` as `YYYY-MM-DD`. The date part is taken as
 * written: `2025-07-20T01:30:00+03:00` is 20 July where it was published, though 19 July in UTC.
 */
export function publishedDay(source: Pick<Source, 'publishedAt'>): string | null {
  const normalized = normalizeDate(source.publishedAt);
  return normalized ? normalized.slice(0, 10) : null;
}
