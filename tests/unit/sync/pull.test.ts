import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClaimsDatabase } from '../../../lib/db/database';
import { candidatesFor, putClaimsForTest } from '../../../lib/db/claims-repo';
import { addList, listStatus } from '../../../lib/sync/lists';
import { mirrorList, mirrorStep } from '../../../lib/sync/mirror';
import { syncList, type SyncOptions } from '../../../lib/sync/pull';
import type { ListRow } from '../../../lib/db/list-rows';
import { mention } from '../claims/helpers';
import { FakeListServer, ORIGIN } from './fake-list-server';
import { freshDb, listClaim, T0 } from './helpers';

let db: ClaimsDatabase;
let server: FakeListServer;
let list: ListRow;
let options: SyncOptions;

beforeEach(async () => {
  db = await freshDb();
  server = new FakeListServer();
  const created = server.createList('team1', 'Team one');
  list = await addList(db, { url: created.url, token: created.readToken }, T0, 0);
  options = { fetch: server.fetch, now: () => T0, random: () => 0, timeoutMs: 1000 };
});
afterEach(() => db.close());

/** Syncs the list as stored now, then brings the claims table's copy up to date, as the runner does. */
async function sync(over: Partial<SyncOptions> = {}) {
  const current = await db.lists.get(list.id);
  if (!current) throw new Error('list gone');
  const result = await syncList(db, current, { ...options, ...over });
  await mirrorList(db, list.id);
  return result;
}

async function storedIds(): Promise<string[]> {
  return (await db.claims.toCollection().primaryKeys()).sort();
}

describe('syncList', () => {
  it('downloads a list whole, then only what changed, then nothing with a 304', async () => {
    server.put('team1', [listClaim(1), listClaim(2)]);
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 2 });
    const first = server.requests[0];
    expect(first?.headers.get('Authorization')).toBe('Bearer read-team1');
    expect(first?.url).toBe(`${ORIGIN}/v1/lists/team1`);
    expect(await storedIds()).toEqual([listClaim(1).id, listClaim(2).id].sort());
    const stored = await db.lists.get(list.id);
    expect(stored).toMatchObject({ name: 'Team one', claimCount: 2, cursor: '2', lastError: null });
    expect(stored?.lastSyncAt).toBe(new Date(T0).toISOString());

    server.put('team1', [listClaim(3)]);
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 3 });
    const second = server.requests[1];
    expect(second?.url).toBe(`${ORIGIN}/v1/lists/team1?since=2`);
    expect(second?.headers.get('If-None-Match')).toBe('"team1-2"');
    expect(await storedIds()).toHaveLength(3);

    expect(await sync({ now: () => T0 + 1000 })).toEqual({ status: 'unchanged' });
    expect(await storedIds()).toHaveLength(3);
    expect((await db.lists.get(list.id))?.lastSyncAt).toBe(new Date(T0 + 1000).toISOString());
  });

  it('removes the claims a since answer lists as deleted', async () => {
    server.put('team1', [listClaim(1), listClaim(2)]);
    await sync();
    server.remove('team1', listClaim(1).id);
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 1 });
    expect(await storedIds()).toEqual([listClaim(2).id]);
  });

  it('stores list claims under the list origin so verdicts count them', async () => {
    server.put('team1', [listClaim(1, { origin: 'browsed' })]);
    await sync();
    const found = await candidatesFor(db, mention());
    expect(found.map((c) => [c.id, c.origin])).toEqual([[listClaim(1).id, 'list:team1']]);
  });

  it('keeps a claim already stored as browsed as it is, and keeps it when the list drops it', async () => {
    const browsed = listClaim(1, { quote: 'What the page said.' });
    await putClaimsForTest(db, [browsed]);
    server.put('team1', [listClaim(1), listClaim(2)]);
    await sync();
    expect(await db.claims.get(browsed.id)).toMatchObject({
      origin: 'browsed',
      quote: browsed.quote,
    });
    server.remove('team1', browsed.id);
    await sync();
    expect(await storedIds()).toEqual([browsed.id, listClaim(2).id].sort());
  });

  it('replaces a static file list whole on each change, using its ETag', async () => {
    const url = 'https://files.example/team.json';
    const doc = (claims: unknown[], updatedAt: string) =>
      JSON.stringify({
        format: 'claims-list/1',
        id: 'anything',
        name: 'Static team',
        updatedAt,
        cursor: null,
        claims,
        deleted: [],
      });
    server.files.set(url, {
      body: doc([listClaim(1), listClaim(2)], '2025-07-20T00:00:00Z'),
      etag: '"a"',
    });
    const file = await addList(db, { url });
    expect(await syncList(db, file, options)).toMatchObject({ status: 'updated', claimCount: 2 });
    await mirrorList(db, file.id);
    server.files.set(url, {
      body: doc([listClaim(2), listClaim(3)], '2025-07-21T00:00:00Z'),
      etag: '"b"',
    });
    const again = await db.lists.get(file.id);
    if (!again) throw new Error('list gone');
    expect(await syncList(db, again, options)).toMatchObject({ status: 'updated', claimCount: 2 });
    await mirrorList(db, file.id);
    expect(await storedIds()).toEqual([listClaim(2).id, listClaim(3).id].sort());
    const stored = await db.lists.get(file.id);
    expect(server.requests.at(-1)?.url).toBe(url);
    expect(server.requests.at(-1)?.headers.get('If-None-Match')).toBe('"a"');
    expect(stored).toMatchObject({ etag: '"b"', cursor: null, name: 'Static team' });
    if (!stored) throw new Error('list gone');
    expect(await syncList(db, stored, options)).toEqual({ status: 'unchanged' });
  });
});

describe('syncList races', () => {
  it('applies nothing when the list was removed while it downloaded', async () => {
    server.put('team1', [listClaim(1)]);
    const stale = await db.lists.get(list.id);
    if (!stale) throw new Error('list gone');
    await db.lists.delete(list.id);
    expect(await syncList(db, stale, options)).toEqual({ status: 'skipped' });
    expect(await storedIds()).toEqual([]);
    expect(await db.lists.count()).toBe(0);
  });

  it('applies nothing when another sync moved the cursor meanwhile', async () => {
    server.put('team1', [listClaim(1)]);
    const before = await db.lists.get(list.id);
    if (!before) throw new Error('list gone');
    await sync();
    server.put('team1', [listClaim(2)]);
    // A sync that started from the old state must not apply a whole list over the newer one.
    expect(await syncList(db, before, options)).toEqual({ status: 'skipped' });
    expect(await db.lists.get(list.id)).toMatchObject({ cursor: '1', claimCount: 1 });
  });
});

/** Makes the next answer an empty document of the list, dated `updatedAt`. */
function answerDatedAt(updatedAt: string): void {
  const doc = { format: 'claims-list/1', id: 'team1', name: 'Team one', updatedAt };
  const body = JSON.stringify({ ...doc, cursor: '99', claims: [], deleted: [] });
  server.failNext({ kind: 'body', body });
}

describe('syncList failures keep the last good copy', () => {
  const cases: [string, () => void, RegExp][] = [
    ['not JSON', () => server.failNext({ kind: 'body', body: '<html>oops' }), /not JSON/],
    [
      'invalid',
      () => server.failNext({ kind: 'body', body: JSON.stringify({ format: 'claims-list/1' }) }),
      /not a valid claims list: id/,
    ],
    [
      'a 500 with the server error',
      () => server.failNext({ kind: 'status', status: 500, body: '{"error":"database down"}' }),
      /server answered 500: database down/,
    ],
    ['a network failure', () => server.failNext({ kind: 'network' }), /network error/],
    ['a timeout', () => server.failNext({ kind: 'hang' }), /timed out/],
    ['an older document', () => answerDatedAt('2020-01-01T00:00:00Z'), /older than what is stored/],
    [
      'a document dated in the future',
      () => answerDatedAt('2999-01-01T00:00:00Z'),
      /updatedAt: 2999-01-01T00:00:00Z is in the future/,
    ],
  ];

  it.each(cases)('%s changes nothing and records why', async (_, fault, reason) => {
    server.put('team1', [listClaim(1), listClaim(2)]);
    await sync();
    server.put('team1', [listClaim(3)]);
    const before = { ids: await storedIds(), members: await db.listClaims.count() };
    const good = await db.lists.get(list.id);
    fault();
    const result = await sync({ timeoutMs: 50 });
    expect(result.status).toBe('failed');
    expect(await storedIds()).toEqual(before.ids);
    expect(await db.listClaims.count()).toBe(before.members);
    const after = await db.lists.get(list.id);
    expect(after?.lastError).toMatch(reason);
    expect(after).toMatchObject({
      failures: 1,
      cursor: good?.cursor,
      etag: good?.etag,
      claimCount: 2,
      lastSyncAt: good?.lastSyncAt,
      nextSyncAt: T0 + 5 * 60_000,
    });
    // The next good sync catches up from the old cursor and clears the error.
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 3 });
    expect(await db.lists.get(list.id)).toMatchObject({ lastError: null, failures: 0 });
  });

  it('syncs a list again that a document from the future had stopped', async () => {
    server.put('team1', [listClaim(1)]);
    await sync();
    // As an older version stored it, before such dates were refused.
    await db.lists.update(list.id, { updatedAt: '2999-01-01T00:00:00.000Z' });
    server.put('team1', [listClaim(2)]);
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 2 });
  });

  it('refuses a list over the size limit', async () => {
    server.put('team1', [listClaim(1)]);
    expect(await sync({ maxBytes: 100 })).toMatchObject({
      error: expect.stringMatching(/larger than/),
    });
    expect(await storedIds()).toEqual([]);
  });

  it('backs off longer after each failure in a row', async () => {
    server.failNext({ kind: 'network' });
    server.failNext({ kind: 'network' });
    await sync();
    await sync();
    expect(await db.lists.get(list.id)).toMatchObject({
      failures: 2,
      nextSyncAt: T0 + 10 * 60_000,
    });
  });

  it('resumes from the old cursor after an apply that failed', async () => {
    server.put('team1', [listClaim(1)]);
    await sync();
    server.put('team1', [listClaim(2)]);
    server.remove('team1', listClaim(1).id);
    // The transaction fails part-way (as when the worker stops): nothing of it stays.
    const stop = vi.spyOn(db.listGroups, 'bulkPut').mockImplementationOnce(() => {
      throw new Error('worker stopped');
    });
    expect(await sync()).toMatchObject({ status: 'failed' });
    expect(stop).toHaveBeenCalledOnce();
    expect(await storedIds()).toEqual([listClaim(1).id]);
    expect(await candidatesFor(db, mention())).toEqual([{ ...listClaim(1), origin: 'list:team1' }]);
    expect(await db.lists.get(list.id)).toMatchObject({ cursor: '1', claimCount: 1 });
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 1 });
    expect(server.requests.at(-1)?.url).toContain('since=1');
    expect(await storedIds()).toEqual([listClaim(2).id]);
    expect(await db.listClaims.count()).toBe(1);
  });
});

describe('a list in verdicts before the claims browser has it', () => {
  it('counts the claims as soon as the sync commits; the claims table follows a batch at a time', async () => {
    // Five events (one a day), so the copy takes them two groups at a time.
    const claims = [1, 2, 3, 4, 5].map((n) => listClaim(n, { date: `2025-07-1${n}` }));
    const onThe13th = mention({ date: '2025-07-13' });
    server.put('team1', claims);
    const current = await db.lists.get(list.id);
    if (!current) throw new Error('list gone');
    expect(await syncList(db, current, options)).toMatchObject({ claimCount: 5 });
    expect(await candidatesFor(db, onThe13th)).toEqual([{ ...claims[2], origin: 'list:team1' }]);
    expect(await storedIds()).toEqual([]);
    expect((await listStatus(db))[0]?.indexing).toEqual({ done: 0, total: 5, error: null });

    expect(await mirrorStep(db, list.id, 2)).toBe('more');
    expect((await listStatus(db))[0]?.indexing).toEqual({ done: 2, total: 5, error: null });
    expect(await storedIds()).toHaveLength(2);
    await mirrorList(db, list.id, 2);
    expect(await storedIds()).toEqual(claims.map((c) => c.id).sort());
    expect((await listStatus(db))[0]?.indexing).toBeNull();
    // Each claim counts once, though both copies hold it now.
    expect(await candidatesFor(db, onThe13th)).toEqual([{ ...claims[2], origin: 'list:team1' }]);
  });
});
