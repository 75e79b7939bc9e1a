/**
 * The maths of the range strip: where each reported interval sits on one shared scale. Pure, so
 * the drawing only turns fractions into pixels.
 *
 * @module
 */
import type { Value } from '../lib/claims/mention';

/** The interval part of a value: whole numbers, `null` for an unbounded end. */
export type Bounds = Pick<Value, 'min' | 'max'>;

/** The smallest and largest finite number reported: the two ends of the scale. */
export interface Extent {
  lo: number;
  hi: number;
}

/** An interval placed on the scale: fractions from 0 (left end) to 1 (right end). */
export interface Placed {
  from: number;
  to: number;
  /** The interval has no lower bound: it runs off the left end. */
  openStart: boolean;
  /** The interval has no upper bound: it runs off the right end. */
  openEnd: boolean;
  /** A single number (an exact figure), drawn as a dot. */
  point: boolean;
}

/**
 * The scale for some values: from the smallest to the largest finite bound any of them has. An
 * unbounded end adds nothing (it is drawn running off the scale). Every value has a finite bound
 * or at least its written number, so the scale exists whenever there is a value.
 *
 * @returns null for no values.
 */
export function extentOf(values: readonly (Bounds & { n?: number })[]): Extent | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    const finite = [v.min, v.max].filter((x): x is number => x !== null);
    if (finite.length === 0 && v.n !== undefined) finite.push(v.n);
    for (const x of finite) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
  }
  return lo <= hi ? { lo, hi } : null;
}

/**
 * Where a number sits on the scale, from 0 to 1. On a scale of one number (every source said
 * the same, or there is one source) that number sits in the middle.
 */
export function positionOf(x: number, extent: Extent): number {
  const { lo, hi } = extent;
  if (hi === lo) return 0.5;
  return Math.min(1, Math.max(0, (x - lo) / (hi - lo)));
}

/** An interval on the scale: its ends as fractions, an unbounded end at the scale's edge. */
export function placeInterval(bounds: Bounds, extent: Extent): Placed {
  const openStart = bounds.min === null;
  const openEnd = bounds.max === null;
  const from = bounds.min === null ? 0 : positionOf(bounds.min, extent);
  const to = bounds.max === null ? 1 : positionOf(bounds.max, extent);
  return {
    from: Math.min(from, to),
    to: Math.max(from, to),
    openStart,
    openEnd,
    point: bounds.min !== null && bounds.min === bounds.max,
  };
}
