import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { ClaimsDatabase, type StoredClaimV1, type StoredClaimV2 } from '../../../lib/db/database';
import { queryClaims } from '../../../lib/db/claims-query';
import { claimFacets } from '../../../lib/db/claims-facets';
import { purgeExpired } from '../../../lib/db/retention';
import { candidatesFor, countClaims } from '../../../lib/db/claims-repo';
import { toRow } from '../../../lib/db/rows';
import { claim, mention } from '../claims/helpers';

let opened: Dexie[] = [];
let counter = 0;
/** Each test gets its own database, so tests never see each other's rows. */
const freshName = () => `migration-test-${++counter}`;

afterEach(async () => {
  for (const db of opened) db.close();
  opened = [];
});

/** Writes rows the way release 1 did: the v1 schema, `sourceUrl` flattened, no `placeCode`. */
async function writeWithVersion1(name: string, claims: Claim[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ claims: '&id, [metric+date], sourceUrl, origin, updatedAt' });
  const rows: StoredClaimV1[] = claims.map((c) => ({ ...c, sourceUrl: c.source.url }));
  await v1.table<StoredClaimV1, string>('claims').bulkPut(rows);
  v1.close();
}

const MOSCOW = { name: 'Moscow', code: 'RU-MOW', level: 'city' } as const;
const A = claim('https://a.example/1', 'A', mention({ place: MOSCOW }));
const B = claim('https://b.example/2', 'B', mention());
const SEA = claim(
  'https://c.example/3',
  'C',
  mention({ place: { name: 'Black Sea', code: null, level: 'sea' } }),
);
const NO_PLACE = claim('https://d.example/4', 'D', mention({ place: null, date: null }));

describe('ClaimsDatabase migration from version 1', () => {
  it('keeps every row, fills placeCode and answers lookups by the new index', async () => {
    const name = freshName();
    await writeWithVersion1(name, [A, B, SEA, NO_PLACE]);

    const db = new ClaimsDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await countClaims(db)).toBe(4);

    const byId = new Map((await db.claims.toArray()).map((r) => [r.id, r]));
    expect(byId.get(A.id)?.placeCode).toBe('RU-MOW');
    expect(byId.get(B.id)?.placeCode).toBe('RU');
    expect(byId.get(SEA.id)?.placeCode).toBe('');
    expect(byId.get(NO_PLACE.id)?.placeCode).toBe('');
    expect(byId.get(A.id)?.quote).toBe(A.quote);

    const indexes = db.claims.schema.indexes.map((i) => i.name);
    expect(indexes).toContain('[metric+date+placeCode]');

    expect(await candidatesFor(db, mention({ place: MOSCOW }))).toEqual([A]);
    expect(await candidatesFor(db, mention())).toEqual([B]);
    const direct = await db.claims
      .where('[metric+date+placeCode]')
      .equals(['drones.downed', '2025-07-20', 'RU-MOW'])
      .primaryKeys();
    expect(direct).toEqual([A.id]);
  });

  it('opens an empty profile at version 6', async () => {
    const db = new ClaimsDatabase(freshName());
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await countClaims(db)).toBe(0);
  });
});

/** Writes rows the way release 2 did: `sourceUrl` and `placeCode` flattened, nothing else. */
async function writeWithVersion2(name: string, claims: Claim[]): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(2).stores({ claims: '&id, [metric+date+placeCode], sourceUrl, origin, updatedAt' });
  const rows: StoredClaimV2[] = claims.map((c) => ({
    ...c,
    sourceUrl: c.source.url,
    placeCode: c.place?.code ?? '',
  }));
  await v2.table<StoredClaimV2, string>('claims').bulkPut(rows);
  v2.close();
}

describe('ClaimsDatabase migration from version 2', () => {
  const OLD = '2025-01-01T00:00:00Z';
  const LISTED = {
    ...claim('https://e.example/5', null, mention({ attacker: null })),
    origin: 'list:team',
  };
  const STALE = { ...claim('https://f.example/6', 'Fox', mention()), updatedAt: OLD };
  const ALL = [A, B, SEA, NO_PLACE, LISTED, STALE];

  it('keeps every row and lists rows without a date, place, outlet or attacker', async () => {
    const name = freshName();
    await writeWithVersion2(name, ALL);
    const db = new ClaimsDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await countClaims(db)).toBe(ALL.length);

    for (const column of ['date', 'place', 'outlet', 'attacker', 'origin', 'value'] as const) {
      const page = await queryClaims(db, {
        filter: {},
        sort: { column, direction: 'asc' },
        offset: 0,
        limit: 100,
      });
      expect(page.rows.map((r) => r.id).sort()).toEqual(ALL.map((c) => c.id).sort());
    }
    const undated = await queryClaims(db, {
      filter: {},
      sort: { column: 'date', direction: 'asc' },
      offset: 0,
      limit: 1,
    });
    expect(undated.rows).toEqual([NO_PLACE]);
    const listed = await queryClaims(db, {
      filter: { origin: 'list', attacker: 'unknown' },
      sort: { column: 'date', direction: 'desc' },
      offset: 0,
      limit: 10,
    });
    expect(listed.rows).toEqual([LISTED]);

    expect((await claimFacets(db)).outlets).toEqual(['A', 'B', 'C', 'D', 'Fox']);
    expect(await candidatesFor(db, mention({ place: MOSCOW }))).toEqual([A]);
    // Retention reads the new `[originKind+updatedAt]` index: only the stale browsed claim goes.
    expect(await purgeExpired(db, { now: '2025-07-20T00:00:00Z', retentionDays: 30 })).toBe(1);
    expect(await db.claims.get(STALE.id)).toBeUndefined();
    expect(await db.deletedClaims.count()).toBe(0);
  });
});

/** Writes rows the way release 3 did: every index field, the v3 tables, one deleted claim. */
async function writeWithVersion3(name: string, claims: Claim[]): Promise<void> {
  const v3 = new Dexie(name);
  v3.version(3).stores({
    claims: '&id, [metric+date+placeCode], [originKind+updatedAt], sourceUrl, origin',
    deletedClaims: '&id, deletedAt',
  });
  await v3.table('claims').bulkPut(claims.map(toRow));
  await v3
    .table('deletedClaims')
    .put({ id: 'c_00000000000000ff', deletedAt: '2025-07-01T00:00:00Z' });
  v3.close();
}

describe('ClaimsDatabase migration from version 3', () => {
  it('keeps every claim and deletion and adds the empty team-sync tables', async () => {
    const name = freshName();
    await writeWithVersion3(name, [A, B, SEA]);
    const db = new ClaimsDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await countClaims(db)).toBe(3);
    expect(await db.deletedClaims.count()).toBe(1);
    expect(await candidatesFor(db, mention({ place: MOSCOW }))).toEqual([A]);
    expect(await db.lists.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    await db.listClaims.put({ listId: 'team', claimId: A.id });
    expect(await db.listClaims.where('claimId').equals(A.id).count()).toBe(1);
    const seq = await db.outbox.add({
      listId: 'team',
      claims: [A],
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
    });
    expect(await db.outbox.where('nextAttemptAt').belowOrEqual(0).primaryKeys()).toEqual([seq]);
  });
});

/** Writes the way release 4 did: a followed list with a cursor, its claim in the claims table. */
async function writeWithVersion4(name: string): Promise<void> {
  const v4 = new Dexie(name);
  v4.version(4).stores({
    claims: '&id, [metric+date+placeCode], [originKind+updatedAt], sourceUrl, origin',
    deletedClaims: '&id, deletedAt',
    lists: '&id',
    listClaims: '[listId+claimId], claimId',
    outbox: '++seq, nextAttemptAt',
  });
  await v4.table('claims').put(toRow({ ...B, origin: 'list:team' }));
  await v4.table('listClaims').put({ listId: 'team', claimId: B.id });
  await v4.table('lists').put({
    id: 'team',
    url: 'https://lists.example/v1/lists/team',
    token: 'read',
    name: 'Desk',
    claimCount: 1,
    lastSyncAt: '2025-07-21T08:00:00.000Z',
    lastError: null,
    etag: '"7"',
    cursor: '7',
    updatedAt: '2025-07-21T08:00:00.000Z',
    nextSyncAt: 0,
    failures: 0,
    writable: false,
    shareError: null,
  });
  v4.close();
}

describe('ClaimsDatabase migration from version 4', () => {
  it('keeps the list and its claim, and makes its next sync a full one', async () => {
    const name = freshName();
    await writeWithVersion4(name);
    const db = new ClaimsDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    const list = await db.lists.get('team');
    expect(list).toMatchObject({ name: 'Desk', claimCount: 1, cursor: null, etag: null });
    expect(list?.mirror).toBeNull();
    // Until that sync the claim still counts, from the claims table.
    expect(await candidatesFor(db, mention())).toEqual([{ ...B, origin: 'list:team' }]);
    expect(await db.listGroups.count()).toBe(0);
  });
});

/** Writes the way release 5 did: a synced list with its own copy (one group, its directory). */
async function writeWithVersion5(name: string): Promise<void> {
  const v5 = new Dexie(name);
  v5.version(5).stores({
    claims: '&id, [metric+date+placeCode], [originKind+updatedAt], sourceUrl, origin',
    deletedClaims: '&id, deletedAt',
    lists: '&id',
    listClaims: '[listId+claimId], claimId',
    outbox: '++seq, nextAttemptAt',
    listGroups: '[listId+key], [metric+date+placeCode]',
    listDirectory: '[listId+shard]',
  });
  const listed = { ...B, origin: 'list:team' };
  const key = `${B.metric}\u001f${B.date}\u001f${B.place?.code}\u001f0000`;
  await v5.table('listGroups').put({
    listId: 'team',
    key,
    metric: B.metric,
    date: B.date,
    placeCode: B.place?.code,
    claims: [listed],
  });
  await v5.table('listDirectory').put({ listId: 'team', shard: 7, at: new Map([[B.id, key]]) });
  v5.close();
}

describe('ClaimsDatabase migration from version 5', () => {
  it("keeps each list's copy, which verdicts read, and adds the empty staging table", async () => {
    const name = freshName();
    await writeWithVersion5(name);
    const db = new ClaimsDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await candidatesFor(db, mention())).toEqual([{ ...B, origin: 'list:team' }]);
    expect(await db.listDirectory.count()).toBe(1);
    expect(await db.listStaging.count()).toBe(0);
  });
});
