import { describe, expect, it } from 'vitest';
import { createReadCache } from '../../server/read-cache';

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve: (v: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('read cache', () => {
  it('runs identical reads under way once and shares the result', async () => {
    const cache = createReadCache<number>();
    const d = deferred<number>();
    let runs = 0;
    const run = (): Promise<number> => {
      runs++;
      return d.promise;
    };
    const a = cache.get('k', run);
    const b = cache.get('k', run);
    d.resolve(7);
    expect(await Promise.all([a, b])).toEqual([7, 7]);
    expect(runs).toBe(1);
  });

  it('reuses a result only until its time to live, counted from when the read started', async () => {
    let t = 0;
    const cache = createReadCache<number>({ ttlMs: 250, now: () => t });
    let runs = 0;
    const run = (): Promise<number> => Promise.resolve(++runs);
    expect(await cache.get('k', run)).toBe(1);
    t = 249;
    expect(await cache.get('k', run)).toBe(1);
    t = 250;
    expect(await cache.get('k', run)).toBe(2);
    expect(await cache.get('other', run)).toBe(3);
  });

  it('after clear, new requests never join a read that started before it', async () => {
    const cache = createReadCache<string>();
    const before = deferred<string>();
    const first = cache.get('k', () => before.promise);
    cache.clear();
    const second = cache.get('k', () => Promise.resolve('after the write'));
    before.resolve('before the write');
    expect(await first).toBe('before the write');
    expect(await second).toBe('after the write');
    // The late result of the old read does not come back either.
    expect(await cache.get('k', () => Promise.resolve('new'))).toBe('after the write');
  });

  it('does not keep results `keep` refuses, nor failures', async () => {
    const cache = createReadCache<number | null>({ keep: (v) => v !== null });
    let runs = 0;
    await cache.get('k', () => (runs++, Promise.resolve(null)));
    await cache.get('k', () => (runs++, Promise.resolve(null)));
    expect(runs).toBe(2);
    await expect(cache.get('e', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('e', () => Promise.resolve(1))).toBe(1);
  });
});
