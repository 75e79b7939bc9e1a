import { describe, expect, it } from 'vitest';
import {
  DIRECTORY_BLOCK,
  DIRECTORY_SHARDS,
  DirectoryBuilder,
  shardOf,
} from '../../../lib/db/list-directory';

const id = (n: number) => `c_${n.toString(16).padStart(16, '0')}`;

describe('DirectoryBuilder', () => {
  it('gives every entry once, in its shard, shards in order, and is empty after', () => {
    const builder = new DirectoryBuilder('team');
    const entries = Array.from({ length: 5000 }, (_, n) => [id(n), `key${n % 37}`] as const);
    for (const [claim, key] of entries) builder.add(claim, key);

    const ranges = [...builder.ranges()];
    const shards = ranges.flat();
    expect(shards.map((s) => s.shard)).toEqual(
      [...shards.map((s) => s.shard)].sort((a, b) => a - b),
    );
    expect(new Set(shards.map((s) => s.shard)).size).toBe(shards.length);
    expect(shards.every((s) => s.listId === 'team' && s.shard < DIRECTORY_SHARDS)).toBe(true);
    for (const s of shards) for (const claim of s.at.keys()) expect(shardOf(claim)).toBe(s.shard);
    const got = new Map(shards.flatMap((s) => [...s.at]));
    expect(got).toEqual(new Map(entries));
    // Each range is a bounded part of the directory, not the whole of it.
    expect(Math.max(...ranges.map((r) => r.length))).toBeLessThan(shards.length);

    expect([...builder.ranges()]).toEqual([]);
  });

  it('keeps the later entry of a claim given twice', () => {
    const builder = new DirectoryBuilder('team');
    builder.add(id(1), 'old');
    builder.add(id(1), 'new');
    expect([...builder.ranges()].flat().map((s) => [...s.at])).toEqual([[[id(1), 'new']]]);
  });

  it('keeps ids of any characters, and many more entries than one block holds', () => {
    const builder = new DirectoryBuilder('team');
    const entries = Array.from(
      { length: 30000 },
      (_, n) => [n % 1000 === 0 ? `c_Харків✓${n}` : id(n), `key${Math.floor(n / 16)}`] as const,
    );
    for (const [claim, key] of entries) builder.add(claim, key);
    const got = new Map([...builder.ranges()].flat().flatMap((s) => [...s.at]));
    expect(got).toEqual(new Map(entries));
  });

  it('spills full blocks as it fills, keeps under a block per range, and makes the same shards', () => {
    const entries = Array.from(
      { length: 60000 },
      (_, n) => [n % 997 === 0 ? `c_Київ✓${n}` : id(n), `key${Math.floor(n / 16)}`] as const,
    );
    const spilled = new Map<number, Uint8Array[]>();
    const builder = new DirectoryBuilder('team', {
      to: (range, block) => spilled.set(range, [...(spilled.get(range) ?? []), block]),
    });
    for (const [claim, key] of entries) builder.add(claim, key);

    const blocks = [...spilled.values()].flat();
    const spilledBytes = blocks.reduce((sum, b) => sum + b.length, 0);
    const allBytes = entries.reduce((sum, [claim]) => sum + 6 + Buffer.byteLength(claim), 0);
    // What the builder still holds is less than one block for each range.
    expect(allBytes - spilledBytes).toBeLessThan(builder.rangeNumbers().length * DIRECTORY_BLOCK);
    // Blocks are spilled full, not an entry at a time.
    expect(blocks.every((b) => b.length > DIRECTORY_BLOCK - 100)).toBe(true);

    const shards = builder
      .rangeNumbers()
      .flatMap((range) => builder.shardsOfRange(range, spilled.get(range)));
    expect(new Map(shards.flatMap((s) => [...s.at]))).toEqual(new Map(entries));
    expect(builder.rangeNumbers()).toEqual([]);
  });
});
