/**
 * Scales and ticks of the event chart: values to pixels, days to pixels, and tick marks at
 * round numbers and readable dates.
 *
 * @module
 */

/** A map from a numeric domain to a pixel range (either may run backwards, as y does in SVG). */
export function scaleLinear(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // A domain of one value (one night, or every figure equal) sits in the middle.
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** Ticks at round numbers and the domain they span. */
export interface NiceTicks {
  /** The domain widened to whole steps. */
  domain: [number, number];
  ticks: number[];
  step: number;
}

/**
 * Ticks for whole-number values between `min` and `max`: steps of 1, 2 or 5 times a power of
 * ten, about `count` of them, never a fraction (figures are counts).
 */
export function niceTicks(min: number, max: number, count = 5): NiceTicks {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi))
    return { domain: [0, 1], ticks: [0, 1], step: 1 };
  if (hi === lo) hi = lo + 1;
  const rough = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const unit = rough / power;
  const factor = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10;
  const step = Math.max(1, factor * power);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step / 2; t += step) ticks.push(t);
  return { domain: [lo, hi], ticks, step };
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null when it is not one. */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

/** The `YYYY-MM-DD` date of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Step sizes tried for date ticks, in days; beyond these ticks fall on the first of a month. */
const DAY_STEPS = [1, 2, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60];

/**
 * Day numbers for date ticks between `first` and `last` (inclusive), at most `maxTicks` of
 * them: every day, every 2 days, weekly, fortnightly, then on the first of every 1, 2, 3, 6 …
 * months.
 */
export function dateTicks(first: number, last: number, maxTicks = 8): number[] {
  const lo = Math.min(first, last);
  const hi = Math.max(first, last);
  const most = Math.max(1, maxTicks);
  for (const step of DAY_STEPS) {
    if (Math.floor((hi - lo) / step) + 1 <= most) {
      const ticks: number[] = [];
      for (let d = lo; d <= hi; d += step) ticks.push(d);
      return ticks;
    }
  }
  const start = new Date(lo * DAY_MS);
  const firstMonth = start.getUTCFullYear() * 12 + start.getUTCMonth();
  for (const months of MONTH_STEPS) {
    const ticks: number[] = [];
    for (let m = Math.ceil(firstMonth / months) * months; ; m += months) {
      const day = Math.round(Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS);
      if (day > hi) break;
      if (day >= lo) ticks.push(day);
    }
    if (ticks.length <= most) return ticks;
  }
  return [lo, hi];
}

/**
 * Horizontal offsets for `count` marks sharing one night, centred on it and `gap` apart, but
 * squeezed to fit `width` (so a busy night never spills into the next).
 */
export function spreadOffsets(count: number, width: number, gap: number): number[] {
  if (count <= 0) return [];
  const step = count > 1 ? Math.min(gap, Math.max(0, width) / (count - 1)) : 0;
  return Array.from({ length: count }, (_, i) => (i - (count - 1) / 2) * step);
}
