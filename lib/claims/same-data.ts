/**
 * Equality of plain data (what JSON can carry), without writing it out as JSON: comparing two
 * strings of a page's 500 figures each scan cost more than reading the paragraph that changed.
 *
 * @module
 */

/**
 * Whether `a` and `b` write out as the same JSON, key order aside: equal primitives, arrays of
 * equal items, objects with equal values under the same keys (a key holding `undefined` counts
 * as absent, as in JSON). The same object is equal to itself without being looked into, so data
 * that is passed on unchanged costs nothing.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // NaN and ±Infinity are all null in JSON.
    const finite = (x: unknown) => typeof x !== 'number' || Number.isFinite(x);
    if (!finite(a) || !finite(b)) return (finite(a) ? a : null) === (finite(b) ? b : null);
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key) || x[key] === undefined) continue;
    keys += 1;
    if (!Object.hasOwn(y, key) || !sameData(x[key], y[key])) return false;
  }
  for (const key in y) if (Object.hasOwn(y, key) && y[key] !== undefined) keys -= 1;
  return keys === 0;
}
