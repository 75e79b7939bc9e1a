import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { deleteClaims, updateClaim } from '../../../lib/db/claims-edit';
import { candidatesFor, putClaimsForTest } from '../../../lib/db/claims-repo';
import { ClaimsDatabase } from '../../../lib/db/database';
import { addList, listStatus, removeList } from '../../../lib/sync/lists';
import { copyFailureText, listsMirroring, mirrorList, mirrorStep } from '../../../lib/sync/mirror';
import { syncList, type SyncOptions } from '../../../lib/sync/pull';
import { mention } from '../claims/helpers';
import { FakeListServer } from './fake-list-server';
import { freshDb, listClaim, T0 } from './helpers';

let db: ClaimsDatabase;
let server: FakeListServer;
let options: SyncOptions;

beforeEach(async () => {
  db = await freshDb();
  server = new FakeListServer();
  // Later than every date the claims here carry: dates in the future are refused.
  const now = T0 + 30 * 86_400_000;
  options = { fetch: server.fetch, now: () => now, random: () => 0, timeoutMs: 1000 };
});
afterEach(() => db.close());

/** Creates list `id` on the server and follows it. */
async function follow(id: string): Promise<void> {
  const created = server.createList(id, `Team ${id}`);
  await addList(db, { url: created.url, token: created.readToken }, T0, 0);
}

/** Syncs list `id` as stored now, leaving the claims browser's copy to the test. */
async function sync(id: string, full = false) {
  if (full) await db.lists.update(id, { cursor: null, etag: null });
  const row = await db.lists.get(id);
  if (!row) throw new Error('not followed');
  return syncList(db, row, options);
}

/**
 * Claim `n` on a day of its own (July `n`), so each is an event, and so a record, of its own:
 * a copy in batches of 3 then copies exactly 3 claims a step, in day order.
 */
const daily = (n: number, over: Partial<Claim> = {}) =>
  listClaim(n, { date: `2025-07-${String(n).padStart(2, '0')}`, ...over });
const days = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => daily(from + i));
const ids = (claims: readonly Claim[]) => claims.map((c) => c.id).sort();

const storedIds = async () => (await db.claims.toCollection().primaryKeys()).sort();
const progress = async (id: string) => (await db.lists.get(id))?.mirror ?? null;
const indexing = async (id: string) => (await listStatus(db)).find((l) => l.id === id)?.indexing;

describe('mirrorStep after a full sync', () => {
  it('copies a batch at a time, recording how far it got, and mirrorList finishes', async () => {
    await follow('team');
    server.put('team', days(1, 10));
    expect(await sync('team')).toMatchObject({ status: 'updated', claimCount: 10 });
    expect(await storedIds()).toEqual([]);
    expect(await indexing('team')).toEqual({ done: 0, total: 10, error: null });

    expect(await mirrorStep(db, 'team', 3)).toBe('more');
    expect(await storedIds()).toEqual(ids(days(1, 3)));
    expect((await progress('team'))?.full).toMatchObject({ done: 3, total: 10 });
    expect(await mirrorStep(db, 'team', 3)).toBe('more');
    expect(await storedIds()).toEqual(ids(days(1, 6)));
    expect(await indexing('team')).toEqual({ done: 6, total: 10, error: null });

    await mirrorList(db, 'team', 3);
    expect(await storedIds()).toEqual(ids(days(1, 10)));
    expect(await progress('team')).toBeNull();
    expect(await indexing('team')).toBeNull();
    expect(await mirrorStep(db, 'team', 3)).toBe('idle');
  });

  it('goes on where a stopped worker left off, without copying anything twice or skipping any', async () => {
    await follow('team');
    server.put('team', days(1, 10));
    await sync('team');
    await mirrorStep(db, 'team', 3);
    await mirrorStep(db, 'team', 3);
    // The worker stops here; a new one opens the database afresh.
    db.close();
    db = new ClaimsDatabase(db.name);
    await db.open();
    expect((await progress('team'))?.full).toMatchObject({ done: 6, total: 10 });

    expect(await mirrorStep(db, 'team', 3)).toBe('more');
    expect(await storedIds()).toEqual(ids(days(1, 9)));
    expect((await progress('team'))?.full?.done).toBe(9);
    expect(await mirrorStep(db, 'team', 3)).toBe('done');
    expect(await storedIds()).toEqual(ids(days(1, 10)));
    expect(await db.listClaims.count()).toBe(10);
    expect(await progress('team')).toBeNull();
  });

  it('applies what a since sync changed before the rest of the full copy', async () => {
    await follow('team');
    server.put('team', days(1, 10));
    await sync('team');
    await mirrorStep(db, 'team', 3);

    const fixed = daily(10, { attributedTo: 'Air Force', updatedAt: '2025-07-22T00:00:00Z' });
    server.put('team', [daily(11), fixed]);
    server.remove('team', daily(9).id);
    expect(await sync('team')).toMatchObject({ status: 'updated', claimCount: 10 });
    expect(await indexing('team')).toEqual({ done: 3, total: 13, error: null });

    expect(await mirrorStep(db, 'team', 3)).toBe('more');
    expect(await storedIds()).toEqual(ids([...days(1, 3), daily(10), daily(11)]));
    expect((await db.claims.get(fixed.id))?.attributedTo).toBe('Air Force');
    expect((await progress('team'))?.full?.done).toBe(3);

    await mirrorList(db, 'team', 3);
    expect(await storedIds()).toEqual(ids([...days(1, 8), daily(10), daily(11)]));
    expect((await db.claims.get(fixed.id))?.attributedTo).toBe('Air Force');
  });

  it('never shows more claims copied than there are to copy', async () => {
    await follow('team');
    server.put('team', days(1, 6));
    await sync('team');
    await mirrorStep(db, 'team', 2);
    // A claim already copied moves to an event the full copy has still to reach.
    server.put('team', [daily(1, { date: '2025-07-04', updatedAt: '2025-07-22T00:00:00Z' })]);
    await sync('team');
    for (let step = 0; step < 10 && (await progress('team')); step++) {
      await mirrorStep(db, 'team', 2);
      const shown = await indexing('team');
      if (shown) expect(shown.done).toBeLessThanOrEqual(shown.total);
    }
    expect(await storedIds()).toEqual(ids(days(1, 6)));
  });
});

describe('what the user did stays done', () => {
  it('keeps a deleted claim out and a correction in, through since and full syncs', async () => {
    await follow('team');
    server.put('team', [listClaim(1), listClaim(2), listClaim(3)]);
    await sync('team');
    await mirrorList(db, 'team', 3);
    await deleteClaims(db, [listClaim(1).id], '2025-07-22T00:00:00Z');
    await updateClaim(db, listClaim(2).id, { attributedTo: 'Air Force' }, '2025-07-22T00:00:00Z');

    const newer = { updatedAt: '2025-07-23T00:00:00Z', attributedTo: 'List edit' };
    server.put('team', [listClaim(1, newer), listClaim(2, newer)]);
    for (const full of [false, true]) {
      expect(await sync('team', full)).toMatchObject({ status: 'updated', claimCount: 3 });
      await mirrorList(db, 'team', 1);
      expect(await storedIds()).toEqual(ids([listClaim(2), listClaim(3)]));
      expect((await db.claims.get(listClaim(2).id))?.attributedTo).toBe('Air Force');
      // Verdicts agree with the claims browser: the deleted claim is gone, the correction wins.
      const found = await candidatesFor(db, mention());
      expect(found.map((c) => [c.id, c.attributedTo]).sort()).toEqual(
        [
          [listClaim(2).id, 'Air Force'],
          [listClaim(3).id, listClaim(3).attributedTo],
        ].sort(),
      );
    }
  });
});

describe('the last batch of a full copy', () => {
  it('releases what the table held for the list and the list no longer holds', async () => {
    await follow('team');
    await follow('other');
    const browsed = daily(4, { origin: 'browsed' });
    await putClaimsForTest(db, [browsed]);
    server.put('team', days(1, 5));
    server.put('other', [daily(2)]);
    await sync('team');
    await mirrorList(db, 'team');
    await sync('other');
    await mirrorList(db, 'other');
    expect((await db.claims.get(daily(2).id))?.origin).toBe('list:team');

    // The list drops claims 1, 2 and 4; a full answer carries no tombstones.
    for (const n of [1, 2, 4]) server.remove('team', daily(n).id);
    expect(await sync('team', true)).toMatchObject({ status: 'updated', claimCount: 2 });
    expect(await mirrorStep(db, 'team', 1)).toBe('more');
    expect(await mirrorStep(db, 'team', 1)).toBe('more');
    expect(await db.claims.get(daily(1).id)).toBeDefined();
    expect(await mirrorStep(db, 'team', 1)).toBe('done');

    expect(await storedIds()).toEqual(ids([daily(2), daily(3), browsed, daily(5)]));
    // Still held elsewhere: the other list's claim now names that list, the page's stays browsed.
    expect((await db.claims.get(daily(2).id))?.origin).toBe('list:other');
    expect((await db.claims.get(browsed.id))?.origin).toBe('browsed');
    const held = await db.listClaims
      .where('claimId')
      .anyOf(ids(days(1, 5)))
      .toArray();
    expect(held.filter((m) => m.listId === 'team').map((m) => m.claimId)).toEqual(
      ids([daily(3), daily(5)]),
    );
  });
});

describe('which lists are mirroring', () => {
  it('lists exactly the lists whose claims-table copy lags', async () => {
    await follow('a');
    await follow('b');
    await follow('c');
    server.put('a', [daily(1)]);
    server.put('b', [daily(2)]);
    expect(await listsMirroring(db)).toEqual([]);
    await sync('a');
    await sync('b');
    expect((await listsMirroring(db)).sort()).toEqual(['a', 'b']);
    await mirrorList(db, 'a');
    expect(await listsMirroring(db)).toEqual(['b']);

    expect(await sync('a')).toEqual({ status: 'unchanged' });
    expect(await listsMirroring(db)).toEqual(['b']);
    server.put('a', [daily(3)]);
    expect(await sync('a')).toMatchObject({ status: 'updated' });
    expect((await listsMirroring(db)).sort()).toEqual(['a', 'b']);
  });

  it("answers 'idle' for a removed list, and copies nothing of it", async () => {
    await follow('team');
    server.put('team', days(1, 3));
    await sync('team');
    await removeList(db, 'team');
    expect(await mirrorStep(db, 'team', 3)).toBe('idle');
    expect(await listsMirroring(db)).toEqual([]);
    expect(await storedIds()).toEqual([]);
    expect(await db.listClaims.count()).toBe(0);
  });
});

describe('copyFailureText', () => {
  it('says a full disk in words, whether Dexie reports it as is or as the cause of an abort', () => {
    const quota = Object.assign(new Error('x'), { name: 'QuotaExceededError' });
    const full = 'the browser’s storage for this extension is full';
    expect(copyFailureText(quota)).toBe(full);
    expect(
      copyFailureText(Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota })),
    ).toBe(full);
  });

  it('keeps other messages short, and never empty', () => {
    expect(copyFailureText(new Error('x'.repeat(1000)))).toHaveLength(300);
    expect(copyFailureText(new Error('  '))).toBe('unknown error');
    expect(copyFailureText('database closed')).toBe('database closed');
  });
});
