/**
 * Times of the Air Force's records: Kyiv local time (Europe/Kyiv, EET/EEST), read with Intl so
 * that daylight saving is right for every date.
 *
 * @module
 */

/** A moment in Kyiv: its local calendar day and time, and the instant. */
export interface KyivTime {
  /** Local calendar day, `YYYY-MM-DD`. */
  date: string;
  /** Local time `HH:MM`, or null when the record gave only a day. */
  time: string | null;
  /** The instant as ISO 8601 with the Kyiv offset: `2025-07-09T08:30:00+03:00`. */
  iso: string;
  /** The instant in milliseconds since the epoch. */
  instant: number;
}

function kyivFormat(): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/Kyiv' });
  } catch {
    // Older time zone data knows only the old spelling.
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/Kiev' });
  }
}

let format: Intl.DateTimeFormat | undefined;

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
}

function wallAt(instant: number): Wall {
  format ??= kyivFormat();
  const parts = format.formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute') };
}

/** Kyiv's offset from UTC at an instant, in minutes (120 or 180). */
export function kyivOffsetMinutes(instant: number): number {
  const w = wallAt(instant);
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi);
  return Math.round((asUtc - Math.floor(instant / 60000) * 60000) / 60000);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function describe(instant: number, dateOnly: boolean): KyivTime {
  const w = wallAt(instant);
  const off = kyivOffsetMinutes(instant);
  const sign = off < 0 ? '-' : '+';
  const offText = `${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  const date = `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;
  const time = `${pad(w.h)}:${pad(w.mi)}`;
  return {
    date,
    time: dateOnly ? null : time,
    iso: `${date}T${time}:00${offText}`,
    instant,
  };
}

/** The instant of a Kyiv wall-clock time (a time skipped by daylight saving moves forward). */
function instantOfWall(w: Wall): number {
  const asUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi);
  const first = asUtc - kyivOffsetMinutes(asUtc) * 60000;
  return asUtc - kyivOffsetMinutes(first) * 60000;
}

function validWall(w: Wall): boolean {
  const t = new Date(Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi));
  return (
    t.getUTCFullYear() === w.y &&
    t.getUTCMonth() === w.mo - 1 &&
    t.getUTCDate() === w.d &&
    t.getUTCHours() === w.h &&
    t.getUTCMinutes() === w.mi
  );
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads a record's time: `2025-07-08 18:00` (Kyiv local), `2022-10-10` (a day: its midnight),
 * or an ISO time with `Z` or an offset, converted to Kyiv time.
 *
 * @returns null for anything else, or for a date that does not exist.
 */
export function parseKyivTime(text: string): KyivTime | null {
  const t = text.trim();
  if (WITH_OFFSET.test(t)) {
    const instant = Date.parse(t.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(instant) ? null : describe(instant, false);
  }
  const m = LOCAL.exec(t);
  if (!m) return null;
  const w: Wall = {
    y: Number(m[1]),
    mo: Number(m[2]),
    d: Number(m[3]),
    h: Number(m[4] ?? 0),
    mi: Number(m[5] ?? 0),
  };
  if (!validWall(w)) return null;
  return describe(instantOfWall(w), m[4] === undefined);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A Kyiv day in words: "9 Jul 2025". */
export function kyivDayWords(t: KyivTime): string {
  const [y, mo, d] = t.date.split('-').map(Number);
  return `${d} ${MONTHS[(mo ?? 1) - 1]} ${y}`;
}

/** A Kyiv time in words: "8 Jul 2025 18:00", or the day alone when the record gave no time. */
export function kyivWords(t: KyivTime): string {
  return t.time === null ? kyivDayWords(t) : `${kyivDayWords(t)} ${t.time}`;
}
