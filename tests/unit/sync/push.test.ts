import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimsDatabase } from '../../../lib/db/database';
import { addList, listStatus } from '../../../lib/sync/lists';
import { syncList } from '../../../lib/sync/pull';
import { flushOutbox, queueShare, SPLIT_AFTER_FAILURES } from '../../../lib/sync/push';
import { FakeListServer } from './fake-list-server';
import { freshDb, listClaim, T0 } from './helpers';

const MIN = 60_000;
let db: ClaimsDatabase;
let server: FakeListServer;
let url: string;
let writeToken: string;
let readToken: string;

beforeEach(async () => {
  db = await freshDb();
  server = new FakeListServer();
  ({ url, writeToken, readToken } = server.createList('team', 'Team'));
});
afterEach(() => db.close());

const flush = (now: number) =>
  flushOutbox(db, { fetch: server.fetch, now: () => now, random: () => 0, timeoutMs: 50 });

describe('the share outbox', () => {
  it('retries while the server fails, until it accepts, and a sync then brings the claims', async () => {
    const list = await addList(db, { url, token: writeToken }, T0, 0);
    await queueShare(db, 'team', [listClaim(1), listClaim(2)], T0);
    server.failNext({ kind: 'network' });
    expect(await flush(T0)).toEqual({ sent: 0, retrying: 1, dropped: 0, refused: [] });
    expect(await db.outbox.toArray()).toMatchObject([
      { attempts: 1, nextAttemptAt: T0 + 5 * MIN, lastError: expect.stringMatching(/network/) },
    ]);
    // Not due yet: nothing is sent.
    expect(await flush(T0 + MIN)).toEqual({ sent: 0, retrying: 0, dropped: 0, refused: [] });
    server.failNext({ kind: 'status', status: 503, body: '{"error":"busy"}' });
    expect(await flush(T0 + 5 * MIN)).toMatchObject({ retrying: 1 });
    expect(await db.outbox.toArray()).toMatchObject([
      { attempts: 2, nextAttemptAt: T0 + 15 * MIN, lastError: 'server answered 503: busy' },
    ]);
    expect(await flush(T0 + 15 * MIN)).toEqual({ sent: 1, retrying: 0, dropped: 0, refused: [] });
    expect(await db.outbox.count()).toBe(0);
    const post = server.requests.at(-1);
    expect(post).toMatchObject({ method: 'POST', url: `${url}/claims` });
    expect(post?.headers.get('Authorization')).toBe(`Bearer ${writeToken}`);
    expect(await syncList(db, list, { fetch: server.fetch })).toMatchObject({ claimCount: 2 });
  });

  it('drops a share the server refuses for good and says why', async () => {
    await addList(db, { url, token: readToken }, T0, 0);
    await queueShare(db, 'team', [listClaim(1)], T0);
    expect(await flush(T0)).toEqual({
      sent: 0,
      retrying: 0,
      dropped: 1,
      refused: [{ seq: 1, error: 'server answered 403: this token cannot write' }],
    });
    expect(await db.outbox.count()).toBe(0);
    const [status] = await listStatus(db);
    expect(status).toMatchObject({
      shareError: 'server answered 403: this token cannot write',
      writable: false,
      pendingShares: 0,
    });
    await expect(queueShare(db, 'team', [listClaim(2)], T0)).rejects.toThrow(/cannot be written/);
  });

  it('keeps shares queued while the token is wrong (401), since the user may fix it', async () => {
    await addList(db, { url, token: 'wrong' }, T0, 0);
    await queueShare(db, 'team', [listClaim(1)], T0);
    expect(await flush(T0)).toMatchObject({ retrying: 1 });
    expect((await listStatus(db))[0]?.pendingShares).toBe(1);
    await addList(db, { url, token: writeToken }, T0, 0);
    expect(await flush(T0 + 5 * MIN)).toMatchObject({ sent: 1 });
  });

  it('splits a share the server keeps failing, so one claim it cannot store holds back no other', async () => {
    await addList(db, { url, token: writeToken }, T0, 0);
    const claims = Array.from({ length: 8 }, (_, i) => listClaim(i + 1));
    server.refuseToStore(claims[4]!.id);
    await queueShare(db, 'team', claims, T0);
    let now = T0;
    for (let failures = 0; failures < SPLIT_AFTER_FAILURES; failures++) {
      expect(await flush(now)).toMatchObject({ sent: 0, retrying: 1 });
      now = (await db.outbox.toArray())[0]!.nextAttemptAt;
    }
    // Halved, then halved again at each failure until the one claim is alone.
    expect((await db.outbox.toArray()).map((e) => e.claims.length)).toEqual([4, 4]);
    for (let round = 0; round < 4 && (await db.outbox.count()) > 1; round++) await flush(now);
    const left = await db.outbox.toArray();
    expect(left.map((e) => e.claims.map((c) => c.id))).toEqual([[claims[4]!.id]]);
    expect([...server.lists.get('team')!.claims.keys()].sort()).toEqual(
      claims
        .filter((_, i) => i !== 4)
        .map((c) => c.id)
        .sort(),
    );
  });

  it('does not split a share while the server fails everything (the list does not sync)', async () => {
    const list = await addList(db, { url, token: writeToken }, T0, 0);
    await queueShare(db, 'team', [listClaim(1), listClaim(2)], T0);
    let now = T0;
    for (let failures = 0; failures < SPLIT_AFTER_FAILURES + 2; failures++) {
      server.failNext({ kind: 'status', status: 503, body: '{"error":"down"}' });
      server.failNext({ kind: 'status', status: 503, body: '{"error":"down"}' });
      await flush(now);
      await syncList(db, (await db.lists.get(list.id))!, { fetch: server.fetch, now: () => now });
      now = (await db.outbox.toArray())[0]!.nextAttemptAt;
    }
    expect((await db.outbox.toArray()).map((e) => e.claims.length)).toEqual([2]);
  });

  it('refuses shares to a static file list and invalid claims', async () => {
    const file = await addList(db, { url: 'https://files.example/a.json' });
    await expect(queueShare(db, file.id, [listClaim(1)])).rejects.toThrow(/cannot be written/);
    await addList(db, { url, token: writeToken });
    await expect(queueShare(db, 'team', [{ ...listClaim(1), id: 'bad' }])).rejects.toThrow(
      /invalid claim/,
    );
    await expect(queueShare(db, 'nope', [listClaim(1)])).rejects.toThrow(/not followed/);
  });
});
