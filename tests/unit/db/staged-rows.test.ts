import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { groupPrefix } from '../../../lib/db/list-groups';
import {
  eachInEventOrder,
  eventHash,
  PendingBucket,
  type StagedRow,
} from '../../../lib/db/staged-rows';
import { listClaim } from '../sync/helpers';

const on = (n: number, date: string, over: Partial<Claim> = {}) =>
  listClaim(n, { date, quote: `“${n}” — Харків ✓`, ...over });

/** Stages `claims` (given positions from `first`) in rows of `perRow`. */
function rowsOf(claims: readonly Claim[], perRow: number, first = 0): StagedRow[] {
  const rows: StagedRow[] = [];
  const bucket = new PendingBucket();
  claims.forEach((c, i) => {
    bucket.add(c, first + i, eventHash(groupPrefix(c)));
    if (bucket.count === perRow) rows.push(bucket.take('team', 0, rows.length));
  });
  if (bucket.count) rows.push(bucket.take('team', 0, rows.length));
  return rows;
}

/** What {@link eachInEventOrder} gives: each claim parsed, with its hash and position. */
function read(rows: readonly StagedRow[]) {
  const out: { hash: number; at: number; claim: unknown }[] = [];
  eachInEventOrder(rows, (hash, at, json) => out.push({ hash, at, claim: JSON.parse(json) }));
  return out;
}

describe('staged rows', () => {
  const claims = [
    on(1, '2025-07-11'),
    on(2, '2025-07-12'),
    on(3, '2025-07-11'),
    on(4, '2025-07-13'),
    on(5, '2025-07-12'),
    on(6, '2025-07-11'),
  ];

  it('give back every claim as staged, whatever its characters, and empty the bucket', () => {
    const bucket = new PendingBucket();
    claims.forEach((c, i) => bucket.add(c, i, eventHash(groupPrefix(c))));
    const row = bucket.take('team', 3, 7);
    expect(row).toMatchObject({ listId: 'team', bucket: 3, seq: 7, at: [0, 1, 2, 3, 4, 5] });
    expect(JSON.parse(new TextDecoder().decode(row.json))).toEqual(claims);
    expect(bucket.count).toBe(0);
    expect(JSON.parse(new TextDecoder().decode(bucket.take('team', 3, 8).json))).toEqual([]);
  });

  it('are read event by event, each event in the order of the answer, across rows', () => {
    const got = read(rowsOf(claims, 2));
    expect(got.map((g) => g.claim)).toHaveLength(claims.length);
    // Each event's claims come together, in the answer's order.
    const byEvent = new Map<number, number[]>();
    for (const g of got) byEvent.set(g.hash, [...(byEvent.get(g.hash) ?? []), g.at]);
    const runs = got.map((g) => g.hash).filter((h, i, all) => h !== all[i - 1]);
    expect(runs).toHaveLength(byEvent.size);
    for (const positions of byEvent.values())
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(byEvent.get(eventHash(groupPrefix(on(1, '2025-07-11'))))).toEqual([0, 2, 5]);
    for (const g of got) expect(g.claim).toEqual(claims[g.at]);
  });

  it('refuse a row of another format instead of reading it wrong', () => {
    const old = {
      listId: 'team',
      bucket: 0,
      seq: 0,
      json: new TextEncoder().encode(JSON.stringify([claims[0]])),
      at: [0],
    } as unknown as StagedRow;
    expect(() => read([old])).toThrow(/not in the current format/);
    // The format before: byte offsets, which a row's text is not cut by.
    const bytes = { ...old, ends: [old.json.length - 1], eventHashes: [1] } as StagedRow;
    expect(() => read([bytes])).toThrow(/not in the current format/);
  });

  it('give back the bytes of each row once its last claim is read, and not before', () => {
    // Rows of 2 claims in the answer's order, read event by event: a row's claims come apart.
    const rows = rowsOf(claims, 2);
    const sizes = rows.map((r) => r.json.byteLength);
    const left = rows.map((r) => r.at.length);
    eachInEventOrder(rows, (_, at) => {
      left[Math.floor(at / 2)]!--;
      // A row with a claim still to come is whole.
      rows.forEach((r, i) => {
        if (left[i]! > 0) expect(r.json.byteLength).toBe(sizes[i]);
      });
    });
    expect(left).toEqual([0, 0, 0]);
    for (const r of rows) expect(r.json.byteLength).toBe(0);
  });

  it('read claims of any characters from rows of many claims', () => {
    const many = Array.from({ length: 300 }, (_, n) =>
      on(n, `2025-07-${String(10 + (n % 7)).padStart(2, '0')}`, {
        quote: n % 3 ? `plain ${n}` : `“${n}” 🚀 Харків — ✓ ${'é'.repeat(n % 11)}`,
      }),
    );
    const got = read(rowsOf(many, 45, 1000));
    expect(got).toHaveLength(many.length);
    for (const g of got) expect(g.claim).toEqual(many[g.at - 1000]);
  });
});
