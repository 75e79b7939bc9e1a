import { describe, expect, it } from 'vitest';
import { Uint30Set } from '../../../lib/db/hash-set';

describe('Uint30Set', () => {
  it('holds what was added, once, through growth, as a Set would', () => {
    const set = new Uint30Set(16);
    const ref = new Set<number>();
    let x = 12345;
    for (let i = 0; i < 20000; i++) {
      // Small and large numbers, and repeats.
      x = (Math.imul(x, 1103515245) + 12345) & 0x3fffffff;
      const n = i % 7 === 0 ? i % 100 : x;
      expect(set.add(n)).toBe(!ref.has(n));
      ref.add(n);
    }
    expect(set.size).toBe(ref.size);
    for (const n of ref) expect(set.has(n)).toBe(true);
    expect(set.has(0x3fffffff)).toBe(ref.has(0x3fffffff));
  });

  it('refuses what is not a 30-bit number', () => {
    const set = new Uint30Set();
    for (const bad of [-1, 0x40000000, 1.5, NaN]) expect(() => set.add(bad)).toThrow(RangeError);
    expect(set.size).toBe(0);
  });
});
