import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createListSync,
  MIRROR_RESUME_MS,
  SYNC_ALARM,
  type ListSync,
  type ListSyncDeps,
} from '../../../lib/background/list-sync';
import type { ClaimsDatabase } from '../../../lib/db/database';
import { addList, listStatus } from '../../../lib/sync/lists';
import { mirrorStep } from '../../../lib/sync/mirror';
import { syncList } from '../../../lib/sync/pull';
import { queueShare } from '../../../lib/sync/push';
import { FakeListServer } from '../sync/fake-list-server';
import { freshDb, listClaim, T0 } from '../sync/helpers';
import { fakeAlarms } from './fake-alarms';

const MIN = 60_000;
let db: ClaimsDatabase;
let server: FakeListServer;
let alarms: ReturnType<typeof fakeAlarms>;
let clock: number;
let interval: number;
let runner: ListSync;
let url: string;
let readToken: string;
let writeToken: string;

/** A runner (as a new service worker would make) on this test's database, server and clock. */
function newRunner(over: Partial<ListSyncDeps>): ListSync {
  return createListSync({
    db: () => db,
    fetch: server.fetch,
    alarms,
    intervalMinutes: () => Promise.resolve(interval),
    now: () => clock,
    random: () => 0,
    ...over,
  });
}

beforeEach(async () => {
  db = await freshDb();
  server = new FakeListServer();
  ({ url, readToken, writeToken } = server.createList('team', 'Kyiv desk'));
  server.put('team', [listClaim(1), listClaim(2)]);
  alarms = fakeAlarms();
  clock = T0;
  interval = 30;
  runner = newRunner({ timeoutMs: 50 });
});
afterEach(() => db.close());

describe('the team-list sync runner', () => {
  it('syncs only the lists that are due and sets the alarm for the next one', async () => {
    await addList(db, { url, token: readToken }, T0, 0);
    await runner.schedule();
    // The first sync is a minute after the list was added.
    expect(alarms.set.get(SYNC_ALARM)).toBe(T0 + MIN);
    expect(await runner.runDue()).toEqual([]);
    expect(server.requests).toHaveLength(0);

    clock = T0 + MIN;
    expect(await runner.runDue()).toEqual([{ listId: 'team', status: 'updated', error: null }]);
    expect((await listStatus(db))[0]).toMatchObject({ name: 'Kyiv desk', claimCount: 2 });
    await runner.mirror();
    expect(await db.claims.count()).toBe(2);
    expect(alarms.set.get(SYNC_ALARM)).toBe(clock + 30 * MIN);
  });

  it('copies a list into the claims table after its sync, and a new worker finishes a copy left halfway', async () => {
    server.put(
      'team',
      [3, 4, 5, 6].map((n) => listClaim(n, { date: `2025-07-1${n}` })),
    );
    await addList(db, { url, token: readToken }, T0, 0);
    const list = await db.lists.get('team');
    if (!list) throw new Error('not followed');
    // The worker syncs, copies one batch and is stopped.
    await syncList(db, list, { fetch: server.fetch, now: () => clock });
    expect(await mirrorStep(db, 'team', 1)).toBe('more');
    const copied = await db.claims.count();
    expect(copied).toBeGreaterThan(0);
    expect(copied).toBeLessThan(6);

    const next = newRunner({ mirrorBatch: 1 });
    await next.schedule();
    // The alarm is kept a minute ahead while a copy is unfinished, so the next worker is woken.
    expect(alarms.set.get(SYNC_ALARM)).toBe(clock + MIRROR_RESUME_MS);
    clock += MIRROR_RESUME_MS;
    expect(await next.runDue()).toEqual([]);
    await next.mirror();
    expect(await db.claims.count()).toBe(6);
    expect((await listStatus(db))[0]?.indexing).toBeNull();
    expect(alarms.set.get(SYNC_ALARM)).toBe((await db.lists.get('team'))?.nextSyncAt);
    expect((await db.lists.get('team'))?.nextSyncAt).toBe(T0 + 30 * MIN);
  });

  it('says on the list why a batch of the copy failed, and clears it once a batch goes through', async () => {
    const errors: unknown[] = [];
    const failing = newRunner({ onError: (e) => errors.push(e) });
    await addList(db, { url, token: readToken }, T0, 0);
    const list = await db.lists.get('team');
    if (!list) throw new Error('not followed');
    await syncList(db, list, { fetch: server.fetch, now: () => clock });
    // A write the browser refuses, as a full disk would make it.
    const refuse = () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    db.claims.hook('creating', refuse);
    await failing.mirror();
    expect(errors).toHaveLength(1);
    expect((await listStatus(db))[0]?.indexing).toEqual({
      done: 0,
      total: 2,
      error: 'the browser’s storage for this extension is full',
    });
    expect(await db.claims.count()).toBe(0);

    db.claims.hook('creating').unsubscribe(refuse);
    await failing.mirror();
    expect((await listStatus(db))[0]?.indexing).toBeNull();
    expect(await db.claims.count()).toBe(2);
  });

  it('backs off after a failure and clears the alarm when no list is left', async () => {
    await addList(db, { url, token: readToken }, T0, 0);
    server.failNext({ kind: 'status', status: 500, body: '{"error":"database down"}' });
    expect(await runner.syncNow()).toEqual([
      { listId: 'team', status: 'failed', error: 'server answered 500: database down' },
    ]);
    expect(alarms.set.get(SYNC_ALARM)).toBe(T0 + 5 * MIN);
    await db.lists.clear();
    await runner.schedule();
    expect(alarms.set.has(SYNC_ALARM)).toBe(false);
  });

  it('wakes for a waiting share before the next list sync, and sends it', async () => {
    await addList(db, { url, token: writeToken }, T0, 0);
    await runner.syncNow();
    await runner.mirror();
    await queueShare(db, 'team', [listClaim(3)], T0 + 2 * MIN);
    server.failNext({ kind: 'network' });
    clock = T0 + 2 * MIN;
    expect(await runner.flush()).toMatchObject({ retrying: 1 });
    // The share is due again five minutes on, well before the list's next sync.
    expect(alarms.set.get(SYNC_ALARM)).toBe(clock + 5 * MIN);
    clock += 5 * MIN;
    await runner.runDue();
    expect(await db.outbox.count()).toBe(0);
    expect(server.lists.get('team')?.claims.has(listClaim(3).id)).toBe(true);
  });

  it('sends a share in back-off at once when the user syncs now', async () => {
    await addList(db, { url, token: writeToken }, T0, 0);
    await queueShare(db, 'team', [listClaim(3)], T0);
    server.failNext({ kind: 'network' });
    expect(await runner.flush()).toMatchObject({ retrying: 1 });
    await runner.syncNow();
    expect(await db.outbox.count()).toBe(0);
    expect((await listStatus(db))[0]).toMatchObject({ claimCount: 3, pendingShares: 0 });
  });

  it('never runs two syncs of a list at once', async () => {
    await addList(db, { url, token: readToken }, T0, 0);
    const [a, b] = await Promise.all([runner.syncNow(), runner.syncNow()]);
    expect(a).toEqual([{ listId: 'team', status: 'updated', error: null }]);
    // The second waited for the first and then found nothing new: one small 304 request.
    expect(b).toEqual([{ listId: 'team', status: 'unchanged', error: null }]);
    expect(server.requests.map((r) => r.headers.has('If-None-Match'))).toEqual([false, true]);
  });

  it('puts overdue lists a minute or two after browser start-up, not at once', async () => {
    await addList(db, { url, token: readToken }, T0, 0);
    clock = T0 + 10 * 60 * MIN;
    await runner.delayForStartUp();
    expect((await db.lists.get('team'))?.nextSyncAt).toBe(clock + MIN);
    expect(await runner.runDue()).toEqual([]);
  });

  it('moves the next sync when the user changes the interval, but not out of a back-off', async () => {
    await addList(db, { url, token: readToken }, T0, 0);
    await runner.syncNow();
    await runner.mirror();
    interval = 60;
    await runner.intervalChanged();
    expect((await db.lists.get('team'))?.nextSyncAt).toBe(T0 + 60 * MIN);
    expect(alarms.set.get(SYNC_ALARM)).toBe(T0 + 60 * MIN);

    server.failNext({ kind: 'network' });
    await runner.syncNow();
    const backedOff = (await db.lists.get('team'))?.nextSyncAt;
    interval = 5;
    await runner.intervalChanged();
    expect((await db.lists.get('team'))?.nextSyncAt).toBe(backedOff);
  });
});
