import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimFromMention } from '../../../lib/claims/claim-id';
import { clearClaims, deleteClaims, updateClaim } from '../../../lib/db/claims-edit';
import { putClaimsForTest } from '../../../lib/db/claims-repo';
import type { ClaimsDatabase } from '../../../lib/db/database';
import { purgeExpired } from '../../../lib/db/retention';
import { addList } from '../../../lib/sync/lists';
import { memberCount } from '../../../lib/sync/membership';
import { mirrorList } from '../../../lib/sync/mirror';
import { syncList } from '../../../lib/sync/pull';
import { mention } from '../claims/helpers';
import { FakeListServer } from './fake-list-server';
import { freshDb, listClaim, T0 } from './helpers';

let db: ClaimsDatabase;
let server: FakeListServer;
let team: ReturnType<FakeListServer['createList']>;

beforeEach(async () => {
  db = await freshDb();
  server = new FakeListServer();
  team = server.createList('team', 'Kyiv desk');
});
afterEach(() => db.close());

const follow = () => addList(db, { url: team.url, token: team.readToken }, T0, 0);
const sync = async () => {
  const row = await db.lists.get('team');
  if (!row) throw new Error('not followed');
  const result = await syncList(db, row, { fetch: server.fetch });
  // The runner brings the claims browser's copy up to date right after every sync.
  await mirrorList(db, 'team');
  return result;
};

describe('claims a list holds, and what the user did to them', () => {
  it('does not bring back a list claim the user deleted, nor undo a correction', async () => {
    server.put('team', [listClaim(1), listClaim(2)]);
    await follow();
    await sync();
    await deleteClaims(db, [listClaim(1).id], '2025-07-22T00:00:00Z');
    await updateClaim(
      db,
      listClaim(2).id,
      { attributedTo: 'Ukrainian Air Force' },
      '2025-07-22T00:00:00Z',
    );

    // The list changes both claims; a full sync (no cursor) sees them again.
    server.put('team', [
      listClaim(1, { updatedAt: '2025-07-23T00:00:00Z' }),
      listClaim(2, { updatedAt: '2025-07-23T00:00:00Z' }),
    ]);
    await db.lists.update('team', { cursor: null, etag: null });
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 2 });
    expect(await db.claims.get(listClaim(1).id)).toBeUndefined();
    expect((await db.claims.get(listClaim(2).id))?.attributedTo).toBe('Ukrainian Air Force');
  });

  it('keeps an expired browsed claim that a list also holds, as the list’s', async () => {
    const read = claimFromMention(
      mention(),
      { url: 'https://news1.example/story', outlet: 'Outlet 1', title: null, publishedAt: null },
      'browsed',
      '2025-01-01T00:00:00Z',
    );
    const alone = claimFromMention(
      mention({ text: '140' }),
      { url: 'https://news9.example/story', outlet: 'Outlet 9', title: null, publishedAt: null },
      'browsed',
      '2025-01-01T00:00:00Z',
    );
    await putClaimsForTest(db, [read, alone]);
    server.put('team', [{ ...read, origin: 'browsed' }]);
    await follow();
    await sync();

    expect(await purgeExpired(db, { now: '2025-12-01T00:00:00Z', retentionDays: 30 })).toBe(1);
    expect(await db.claims.get(alone.id)).toBeUndefined();
    expect((await db.claims.get(read.id))?.origin).toBe('list:team');
  });
});

describe('clearing all data', () => {
  it('keeps the lists followed and brings their claims back at the next sync', async () => {
    server.put('team', [listClaim(1), listClaim(2)]);
    await follow();
    await sync();
    expect(await clearClaims(db)).toBe(2);
    expect(await db.claims.count()).toBe(0);
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 2 });
    expect(await db.claims.count()).toBe(2);
  });
});

describe('the claim count of a list', () => {
  it('stays equal to what the list holds through adds, updates and deletes', async () => {
    server.put('team', [listClaim(1), listClaim(2), listClaim(3)]);
    await follow();
    await sync();
    const steps: (() => void)[] = [
      () => server.put('team', [listClaim(4), listClaim(1, { updatedAt: '2025-08-01T00:00:00Z' })]),
      () => server.remove('team', listClaim(2).id),
      () => (server.remove('team', listClaim(9).id), server.put('team', [listClaim(5)])),
      () => (server.remove('team', listClaim(4).id), server.put('team', [listClaim(4)])),
    ];
    for (const step of steps) {
      step();
      await sync();
      const row = await db.lists.get('team');
      expect(row?.claimCount).toBe(await memberCount(db, 'team'));
    }
    expect((await db.lists.get('team'))?.claimCount).toBe(4);
  });
});

describe('a since answer with nothing new', () => {
  it('counts as unchanged even when its ETag differs from the full list’s', async () => {
    server.put('team', [listClaim(1)]);
    await follow();
    await sync();
    const row = await db.lists.get('team');
    server.failNext({
      kind: 'body',
      body: JSON.stringify({
        format: 'claims-list/1',
        id: 'team',
        name: 'Kyiv desk',
        updatedAt: row?.updatedAt,
        cursor: row?.cursor,
        claims: [],
        deleted: [],
      }),
    });
    expect(await sync()).toEqual({ status: 'unchanged' });
    expect((await db.lists.get('team'))?.claimCount).toBe(1);
  });
});
