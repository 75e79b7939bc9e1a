import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameData } from '../../../lib/claims/same-data';

/** JSON with every object's keys in order: what `sameData` is to agree with. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** `value` with one leaf changed, or the same when it has none. */
function tweak(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0) return [0];
    const i = seed % value.length;
    return value.map((v, k) => (k === i ? tweak(v, seed + 1) : v));
  }
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 0) return { x: 1 };
    const key = keys[seed % keys.length]!;
    return { ...value, [key]: tweak((value as Record<string, unknown>)[key], seed + 1) };
  }
  return typeof value === 'string' ? `${value}!` : value === 1 ? 2 : 1;
}

describe('sameData', () => {
  it('agrees with comparing the JSON, key order aside', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.nat(), (a, b, seed) => {
        expect(sameData(a, b)).toBe(canonical(a) === canonical(b));
        const copy: unknown = structuredClone(a);
        expect(sameData(a, copy)).toBe(true);
        const changed = tweak(copy, seed);
        expect(sameData(a, changed)).toBe(canonical(a) === canonical(changed));
      }),
    );
  });

  it('counts a key holding undefined as absent, and non-finite numbers as null, as JSON does', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameData({ a: 1, b: null }, { a: 1 })).toBe(false);
    expect(sameData({ n: NaN }, { n: null })).toBe(true);
    expect(sameData({ n: Infinity }, { n: 0 })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData('1', 1)).toBe(false);
  });
});
