import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimsDatabase } from '../../../lib/db/database';
import { candidatesFor, putClaimsForTest } from '../../../lib/db/claims-repo';
import {
  addList,
  dueLists,
  listNames,
  listStatus,
  removeList,
  REMOVE_INLINE_MAX,
} from '../../../lib/sync/lists';
import { claimsPostUrl, serverListId } from '../../../lib/sync/list-url';
import { mirrorList, releaseUnfollowedStep } from '../../../lib/sync/mirror';
import { unfollowedHolder } from '../../../lib/sync/membership';
import { syncList } from '../../../lib/sync/pull';
import { queueShare } from '../../../lib/sync/push';
import { mention } from '../claims/helpers';
import { FakeListServer } from './fake-list-server';
import { freshDb, listClaim, T0 } from './helpers';

let db: ClaimsDatabase;
let server: FakeListServer;

beforeEach(async () => {
  db = await freshDb();
  server = new FakeListServer();
});
afterEach(() => db.close());

/** Follows server list `id` and syncs it once. */
async function follow(id: string, claims: number[]) {
  const created = server.createList(id, `List ${id}`);
  server.put(
    id,
    claims.map((n) => listClaim(n)),
  );
  const row = await addList(db, { url: created.url, token: created.writeToken }, T0, 0);
  await syncList(db, row, { fetch: server.fetch, now: () => T0 });
  await mirrorList(db, row.id);
  return row;
}

describe('list URLs', () => {
  it('knows a server list by its path and posts shares beside it', () => {
    expect(serverListId('https://h.example/v1/lists/abc_1')).toBe('abc_1');
    expect(serverListId('https://h.example/team.json')).toBeNull();
    expect(claimsPostUrl('https://h.example/base/v1/lists/abc')).toBe(
      'https://h.example/base/v1/lists/abc/claims',
    );
    expect(claimsPostUrl('https://h.example/team.json')).toBeNull();
  });
});

describe('addList', () => {
  it('accepts https and loopback http, and refuses anything else', async () => {
    await expect(addList(db, { url: 'http://lists.example/v1/lists/a' })).rejects.toThrow(/https/);
    await expect(addList(db, { url: 'ftp://x.example/a' })).rejects.toThrow(/https/);
    await expect(addList(db, { url: 'not a url' })).rejects.toThrow(/not a URL/);
    await expect(addList(db, { url: 'https://u:p@x.example/a.json' })).rejects.toThrow(/token/);
    await expect(
      addList(db, { url: 'https://x.example/v1/lists/a', token: 'two words' }),
    ).rejects.toThrow(/token/);
    const local = await addList(db, { url: 'http://127.0.0.1:8787/v1/lists/dev', token: 't' });
    expect(local).toMatchObject({ id: 'dev', writable: true });
    expect(await db.lists.count()).toBe(1);
  });

  it('gives a static file an id from its URL and no write access', async () => {
    const a = await addList(db, { url: 'https://files.example/a.json', token: 'secret' });
    const b = await addList(db, { url: 'https://files.example/b.json' });
    expect(a.id).toMatch(/^f_[0-9a-f]{32}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.writable).toBe(false);
  });

  it('schedules the first sync a minute or two later and shows the list without its token', async () => {
    const row = await addList(
      db,
      { url: 'https://lists.example/v1/lists/t', token: 'tok' },
      T0,
      0.5,
    );
    expect(row.nextSyncAt).toBe(T0 + 90_000);
    const [status] = await listStatus(db);
    expect(status).toMatchObject({ id: 't', name: 'lists.example', hasToken: true, claimCount: 0 });
    expect(JSON.stringify(status)).not.toContain('tok"');
  });
});

describe('removeList', () => {
  it('deletes the claims only that list held', async () => {
    const team = await follow('team', [1, 2, 3]);
    await follow('other', [3]);
    const browsed = listClaim(2);
    // Claim 2 was also read on its page before: stored as browsed, it stays.
    await db.claims.update(browsed.id, { origin: 'browsed' });
    expect(await removeList(db, team.id)).toEqual({ removed: 1, later: 0 });
    expect((await db.claims.toCollection().primaryKeys()).sort()).toEqual(
      [listClaim(2).id, listClaim(3).id].sort(),
    );
    // Claim 3 passes to the list that still holds it, so the card names that list.
    expect((await db.claims.get(listClaim(3).id))?.origin).toBe('list:other');
    expect((await listStatus(db)).map((s) => s.id)).toEqual(['other']);
    expect(await db.listClaims.where('claimId').equals(listClaim(2).id).count()).toBe(0);
  });

  it('stops checking pages against a large list at once, and releases its claims in batches', async () => {
    const many = Array.from({ length: REMOVE_INLINE_MAX + 200 }, (_, i) => i + 10);
    const team = await follow('team', many);
    // Every claim of another list, however far the removal has got, still counts as that list's.
    const shared = [10, 11, 12, 13, 14, 15, 16, 17];
    await follow('other', shared);
    await putClaimsForTest(db, [listClaim(5, { origin: 'imported' })]);
    expect(await db.claims.count()).toBe(many.length + 1);
    const { removed, later } = await removeList(db, team.id);
    expect(later).toBe(many.length - REMOVE_INLINE_MAX);
    // Of the first batch, claims the other list holds pass to it instead of being deleted.
    expect(removed).toBeGreaterThanOrEqual(REMOVE_INLINE_MAX - shared.length);
    expect(await db.claims.count()).toBe(many.length + 1 - removed);
    // The team's rows still in the claims table no longer count.
    const followed = await listNames(db);
    const origins = async () =>
      (await candidatesFor(db, mention(), followed)).map((c) => c.origin).sort();
    const expected = ['imported', ...shared.map(() => 'list:other')];
    expect(await origins()).toEqual(expected);
    expect(await unfollowedHolder(db)).toBe('team');
    let steps = 0;
    while ((await releaseUnfollowedStep(db, 150)) === 'more') steps++;
    expect(steps).toBe(2);
    expect(await origins()).toEqual(expected);
    expect(await db.claims.count()).toBe(shared.length + 1);
    expect(await unfollowedHolder(db)).toBeNull();
  });

  it('changes the verdict sources back when the list goes', async () => {
    await putClaimsForTest(db, [listClaim(9, { origin: 'imported' })]);
    const team = await follow('team', [1, 9]);
    expect(await candidatesFor(db, mention())).toHaveLength(2);
    await queueShare(db, team.id, [listClaim(5)], T0);
    await removeList(db, team.id);
    const left = await candidatesFor(db, mention());
    expect(left.map((c) => c.origin)).toEqual(['imported']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('finds the lists due for a sync', async () => {
    await addList(db, { url: 'https://lists.example/v1/lists/a' }, T0, 0);
    await addList(db, { url: 'https://lists.example/v1/lists/b' }, T0 + 3_600_000, 0);
    expect((await dueLists(db, T0 + 60_000)).map((l) => l.id)).toEqual(['a']);
    expect(await dueLists(db, T0)).toEqual([]);
  });

  it('names lists for the badge card', async () => {
    await follow('team', [1]);
    expect(await listNames(db)).toEqual(new Map([['team', 'List team']]));
  });
});
