/**
 * Figure values as intervals (CLAIMS.md section 2).
 *
 * @module
 */
import type { Value } from './mention';

type Bounds = Pick<Value, 'min' | 'max'>;

/** Whether two values' intervals share a whole number; a `null` bound is unbounded. */
export function overlaps(a: Bounds, b: Bounds): boolean {
  const lo = Math.max(a.min ?? -Infinity, b.min ?? -Infinity);
  const hi = Math.min(a.max ?? Infinity, b.max ?? Infinity);
  return lo <= hi;
}

function span(v: Value): string {
  if (v.min !== null && v.min === v.max) return String(v.min);
  return `${v.min ?? '…'}–${v.max ?? '…'}`;
}

/**
 * A value as plain text: "132", "at least 26", "more than 400", "up to 30", "fewer than 10",
 * "20–30", "116–128 (around 122)".
 */
export function formatValue(v: Value): string {
  switch (v.qualifier) {
    case 'exact':
      return v.min === v.n && v.max === v.n ? String(v.n) : `${span(v)} (${v.n})`;
    case 'at-least':
      return `at least ${v.n}`;
    case 'more-than':
      return `more than ${v.n}`;
    case 'at-most':
      return `up to ${v.n}`;
    case 'less-than':
      return `fewer than ${v.n}`;
    case 'about':
      return `${span(v)} (around ${v.n})`;
    case 'range':
      return span(v);
  }
}
