/**
 * The order of publication times (CLAIMS.md section 2.1): a toll published later supersedes an
 * earlier one. Times are as sources give them: `2025-07-31`, `2025-07-31T14:05` (the outlet's
 * local time), or with an offset (`2025-07-31T14:05:00+03:00`, `…Z`).
 *
 * @module
 */

const STAMP =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/i;

interface Stamp {
  day: string;
  /** Minutes since the day began, written local; `null` without a time. */
  local: number | null;
  /** The instant in ms, when an offset pins it down. */
  instant: number | null;
}

function parse(value: string | null | undefined): Stamp | null {
  if (!value) return null;
  const m = STAMP.exec(value.trim());
  if (!m) return null;
  const day = m[1]!;
  if (m[2] === undefined) return { day, local: null, instant: null };
  const local = Number(m[2]) * 60 + Number(m[3]);
  const instant = m[5] ? Date.parse(value.trim()) : NaN;
  return { day, local, instant: Number.isFinite(instant) ? instant : null };
}

/**
 * Which of two publication times is later: a negative number when `a` is earlier, positive when
 * later, and `null` when the two cannot be ordered. The time of day counts only when both have
 * one (compared as instants when both carry an offset, else as written); otherwise only
 * different dates order.
 */
export function comparePublished(
  a: string | null | undefined,
  b: string | null | undefined,
): number | null {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  if (x.local !== null && y.local !== null) {
    if (x.instant !== null && y.instant !== null)
      return x.instant === y.instant ? null : x.instant - y.instant;
    if (x.day !== y.day) return x.day < y.day ? -1 : 1;
    return x.local === y.local ? null : x.local - y.local;
  }
  if (x.day === y.day) return null;
  return x.day < y.day ? -1 : 1;
}

/** The calendar day of a publication time, `YYYY-MM-DD`, or `null`. */
export function publishedDayOf(value: string | null | undefined): string | null {
  return parse(value)?.day ?? null;
}

/**
 * A key that sorts publication times oldest first for display: by day, then by time of day (a
 * time written with an offset is taken at its instant), unknown times of a day first and unknown
 * days last.
 */
export function publishedSortKey(value: string | null | undefined): string {
  const p = parse(value);
  if (!p) return '~';
  if (p.instant !== null) return new Date(p.instant).toISOString();
  if (p.local === null) return `${p.day}T`;
  const hh = String(Math.floor(p.local / 60)).padStart(2, '0');
  const mm = String(p.local % 60).padStart(2, '0');
  return `${p.day}T${hh}:${mm}`;
}
