import { describe, expect, it } from 'vitest';
import { accessOf, cacheListKeys, type ListKeys } from '../../server/list-keys';
import { hashToken } from '../../server/tokens';

const keys: ListKeys = { readHash: hashToken('reader'), writeHash: hashToken('writer') };

describe('list token hashes', () => {
  it('tells write, read and no access apart from the presented token', () => {
    expect(accessOf(keys, hashToken('writer'))).toBe('write');
    expect(accessOf(keys, hashToken('reader'))).toBe('read');
    expect(accessOf(keys, hashToken('someone'))).toBe('none');
    expect(accessOf(keys, 'not hex')).toBe('none');
  });

  it('loads a list once while fresh, again after its time to live', async () => {
    let t = 0;
    let loads = 0;
    const lookup = cacheListKeys(async () => (loads++, keys), { ttlMs: 1000, now: () => t });
    await Promise.all([lookup('a'), lookup('a')]);
    t = 999;
    expect(await lookup('a')).toEqual(keys);
    expect(loads).toBe(1);
    t = 1000;
    await lookup('a');
    expect(loads).toBe(2);
  });

  it('does not remember a missing list or a failed load', async () => {
    let exists = false;
    let fail = true;
    const lookup = cacheListKeys(async () => {
      if (fail) throw new Error('db down');
      return exists ? keys : null;
    });
    await expect(lookup('a')).rejects.toThrow('db down');
    fail = false;
    expect(await lookup('a')).toBeNull();
    exists = true;
    expect(await lookup('a')).toEqual(keys);
  });
});
