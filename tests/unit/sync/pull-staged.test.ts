/**
 * Syncing answers larger than one batch: their claims wait in the staging table while the answer
 * arrives, and reach the list's copy only in the sync's one transaction. The batch is made tiny
 * here so a few claims take that path.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { candidatesFor } from '../../../lib/db/claims-repo';
import { clearClaims } from '../../../lib/db/claims-edit';
import type { ClaimsDatabase } from '../../../lib/db/database';
import { GROUP_MAX, groupPrefix } from '../../../lib/db/list-groups';
import { eventHash, PendingBucket } from '../../../lib/db/staged-rows';
import type { ListRow } from '../../../lib/db/list-rows';
import type { Fetch } from '../../../lib/sync/http';
import { addList, removeList } from '../../../lib/sync/lists';
import { mirrorList } from '../../../lib/sync/mirror';
import { syncList, type SyncOptions } from '../../../lib/sync/pull';
import { mention } from '../claims/helpers';
import { FakeListServer } from './fake-list-server';
import { freshDb, listClaim, T0 } from './helpers';

const BATCH = 3;
let db: ClaimsDatabase;
let server: FakeListServer;
let list: ListRow;
let options: SyncOptions;

beforeEach(async () => {
  db = await freshDb();
  server = new FakeListServer();
  const created = server.createList('team1', 'Team one');
  list = await addList(db, { url: created.url, token: created.readToken }, T0, 0);
  options = { fetch: chunked(server.fetch), now: () => T0, random: () => 0, batch: BATCH };
});
afterEach(() => db.close());

/** The server's answers, their bodies arriving 64 bytes at a time; `between` runs after each. */
function chunked(fetch: Fetch, between?: (chunk: number) => Promise<void>): Fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!response.body) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    let at = 0;
    let n = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (at >= bytes.length) return controller.close();
        await between?.(n++);
        controller.enqueue(bytes.slice(at, (at += 64)));
      },
    });
    const { status, statusText, headers } = response;
    return new Response(body, { status, statusText, headers });
  };
}

/** Claim `n` on the day `2025-07-1d` (d = `day`), so claims fall in several events. */
const on = (n: number, day: number, over: Partial<Claim> = {}) =>
  listClaim(n, { date: `2025-07-1${day}`, ...over });
const figureOn = (day: number) => mention({ date: `2025-07-1${day}` });

async function sync(over: Partial<SyncOptions> = {}) {
  const current = await db.lists.get(list.id);
  if (!current) throw new Error('list gone');
  return syncList(db, current, { ...options, ...over });
}

/** What verdicts and the claims browser read of the list: its copy's records and rows. */
async function copy() {
  const groups = await db.listGroups.toArray();
  return {
    groups: groups
      .map((g) => ({ ...g, claims: g.claims.map((c) => c.id).sort() }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    directory: (await db.listDirectory.toArray())
      .map((d) => [d.shard, [...d.at].sort()] as const)
      .sort((a, b) => a[0] - b[0]),
    list: await db.lists.get(list.id),
    members: await db.listClaims.count(),
  };
}

const ids = (claims: readonly Claim[]) => claims.map((c) => c.id).sort();
const asListed = (claims: readonly Claim[]) =>
  claims.map((c) => ({ ...c, origin: 'list:team1' })).sort((a, b) => a.id.localeCompare(b.id));
const found = async (day: number) =>
  (await candidatesFor(db, figureOn(day))).sort((a, b) => a.id.localeCompare(b.id));

describe('a full list larger than one batch', () => {
  // Three events, one of them filling more than one record.
  const claims = [
    ...Array.from({ length: GROUP_MAX + 4 }, (_, i) => on(i + 1, 1)),
    ...[30, 31, 32].map((n) => on(n, 2)),
    ...[40, 41].map((n) => on(n, 3)),
  ];

  it('is stored as the copy one read would store, and nothing stays staged', async () => {
    server.put('team1', claims);
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: claims.length });
    const staged = await copy();
    expect(await db.listStaging.count()).toBe(0);
    expect(await found(1)).toEqual(asListed(claims.slice(0, GROUP_MAX + 4)));
    expect(await found(3)).toEqual(asListed(claims.slice(-2)));

    // The same answer held whole (one batch) gives the same records.
    await db.lists.update(list.id, { cursor: null, etag: null });
    expect(await sync({ batch: 1000 })).toMatchObject({ claimCount: claims.length });
    const held = await copy();
    expect(held.groups).toEqual(staged.groups);
    expect(held.directory).toEqual(staged.directory);

    await mirrorList(db, list.id);
    expect(ids(await db.claims.toArray())).toEqual(ids(claims));
  });

  it('keeps a directory larger than the commit holds: spilled as it fills, read back whole', async () => {
    // Some 300 claims: with a batch of 3 the directory spills blocks of two or three entries,
    // so most of its 64 ranges spill at least one.
    const many = Array.from({ length: 300 }, (_, i) => on(100 + i, i % 6));
    server.put('team1', many);
    expect(await sync({ fetch: server.fetch })).toMatchObject({ claimCount: many.length });
    const staged = await copy();
    expect(await db.listStaging.count()).toBe(0);

    await db.lists.update(list.id, { cursor: null, etag: null });
    expect(await sync({ fetch: server.fetch, batch: 1000 })).toMatchObject({
      claimCount: many.length,
    });
    const held = await copy();
    expect(held.directory.flatMap(([, at]) => at)).toHaveLength(many.length);
    expect(staged.directory).toEqual(held.directory);
    expect(staged.groups).toEqual(held.groups);
  });

  it("keeps the last copy of a claim a file gives twice, none of the file's deleted ones, and no field the format lacks", async () => {
    const url = 'https://files.example/team.json';
    const moved = on(30, 3, { attributedTo: 'Later' });
    const body = JSON.stringify({
      format: 'claims-list/1',
      id: 'anything',
      name: 'Static team',
      updatedAt: '2025-07-20T00:00:00Z',
      cursor: null,
      claims: [on(30, 2), on(31, 2), on(32, 2), on(33, 2), { ...moved, verdict: 'x' }, on(34, 2)],
      deleted: [on(31, 2).id],
    });
    server.files.set(url, { body, etag: '"a"' });
    const file = await addList(db, { url });
    list = file;
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 4 });
    expect((await candidatesFor(db, figureOn(2))).map((c) => c.id).sort()).toEqual(
      ids([on(32, 2), on(33, 2), on(34, 2)]),
    );
    expect(await candidatesFor(db, figureOn(3))).toEqual([{ ...moved, origin: `list:${file.id}` }]);
  });
});

describe('a full list whose claim ids share a hash', () => {
  it('keeps each id given once, and the last copy of one given twice', async () => {
    // These two ids have the same 30-bit FNV-1a hash, which staging keeps instead of each id.
    const a = on(50, 2, { id: 'c_000000000001824e' });
    const b = on(51, 2, { id: 'c_00000000000250e0' });
    const again = { ...a, attributedTo: 'Later' };
    const url = 'https://files.example/hashes.json';
    const body = JSON.stringify({
      format: 'claims-list/1',
      id: 'anything',
      name: 'Hashes',
      updatedAt: '2025-07-20T00:00:00Z',
      cursor: null,
      claims: [a, b, on(52, 2), on(53, 2), again],
      deleted: [],
    });
    server.files.set(url, { body, etag: '"h"' });
    list = await addList(db, { url });
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 4 });
    const found = await candidatesFor(db, figureOn(2));
    expect(found.map((c) => c.id).sort()).toEqual(ids([a, b, on(52, 2), on(53, 2)]));
    expect(found.find((c) => c.id === a.id)?.attributedTo).toBe('Later');
  });
});

describe('a since answer larger than one batch', () => {
  it('adds, replaces and deletes, and the claims browser follows', async () => {
    server.put('team1', [on(1, 1), on(2, 1), on(3, 2)]);
    await sync();
    await mirrorList(db, list.id);
    const fresh = [4, 5, 6, 7].map((n) => on(n, 2));
    const moved = on(1, 3, { attributedTo: 'Moved', updatedAt: '2025-07-21T00:00:00.000Z' });
    server.put('team1', [...fresh, moved]);
    server.remove('team1', on(3, 2).id);
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: 6 });
    expect(server.requests.at(-1)?.url).toContain('since=');
    expect(await db.listStaging.count()).toBe(0);
    await mirrorList(db, list.id);
    expect(ids(await db.claims.toArray())).toEqual(ids([on(2, 1), ...fresh, moved]));
    expect(await found(1)).toEqual(asListed([on(2, 1)]));
    expect(await found(2)).toEqual(asListed(fresh));
    expect(await found(3)).toEqual(asListed([moved]));
  });
});

describe('a large download that fails after claims were staged', () => {
  const good = Array.from({ length: 10 }, (_, i) => on(i + 1, (i % 3) + 1));

  /** The document the server would send, for a fault built from it. */
  const documentOf = (claims: unknown[], over: Record<string, unknown> = {}) =>
    JSON.stringify({
      format: 'claims-list/1',
      id: 'team1',
      name: 'Team one',
      updatedAt: '2025-07-21T00:00:00Z',
      cursor: '99',
      claims,
      deleted: [],
      ...over,
    });

  const cases: [string, () => Partial<SyncOptions>, RegExp][] = [
    [
      'an invalid claim near the end',
      () => {
        const bad = { ...on(50, 1), value: { n: -1 } };
        server.failNext({ kind: 'body', body: documentOf([...good, bad, on(51, 1)]) });
        return {};
      },
      /not a valid claims list: claims\.10\.value/,
    ],
    [
      'a body cut short',
      () => {
        server.failNext({ kind: 'body', body: documentOf(good).slice(0, -200) });
        return {};
      },
      /the list is not JSON \(the file ends before the JSON is complete/,
    ],
    [
      'a body over the size limit',
      () => ({ maxBytes: documentOf(good).length - 300 }),
      /larger than/,
    ],
    [
      'an older document whose date comes after its claims',
      () => {
        const { claims, ...head } = JSON.parse(
          documentOf(good, { updatedAt: '2020-01-01T00:00:00Z' }),
        ) as { claims: unknown[] };
        server.failNext({ kind: 'body', body: JSON.stringify({ claims, ...head }) });
        return {};
      },
      /older than what is stored/,
    ],
  ];

  it.each(cases)('%s changes nothing and records why', async (_, fault, reason) => {
    server.put('team1', [on(1, 1), on(2, 2)]);
    await sync();
    server.put('team1', good);
    const before = await copy();
    const over = fault();
    const staged: number[] = [];
    // Looks into the staging table while the answer arrives.
    const watch = chunked(server.fetch, async () => {
      staged.push(await db.listStaging.count());
    });
    expect(await sync({ ...over, fetch: watch })).toMatchObject({ status: 'failed' });
    expect(Math.max(...staged)).toBeGreaterThan(0);
    expect(await db.listStaging.count()).toBe(0);
    const after = await copy();
    expect(after.groups).toEqual(before.groups);
    expect(after.directory).toEqual(before.directory);
    expect(after.list?.lastError).toMatch(reason);
    expect(after.list).toMatchObject({ cursor: before.list?.cursor, claimCount: 2, failures: 1 });
  });

  it('clears what a stopped download left staged when the next one starts', async () => {
    const left = new PendingBucket();
    left.add(on(99, 1), 0, eventHash(groupPrefix(on(99, 1))));
    await db.listStaging.add(left.take(list.id, 0, 0));
    server.put('team1', good);
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: good.length });
    expect((await found(1)).map((c) => c.id)).not.toContain(on(99, 1).id);
    expect(await db.listStaging.count()).toBe(0);
  });

  it('stores nothing of a download whose staged claims were cleared with all data meanwhile', async () => {
    server.put('team1', good);
    let cleared = false;
    const clearing = chunked(server.fetch, async () => {
      if (cleared || !(await db.listStaging.count())) return;
      cleared = true;
      await clearClaims(db);
    });
    expect(await sync({ fetch: clearing })).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/cleared before they could be stored/),
    });
    expect(await db.listGroups.count()).toBe(0);
    expect(await sync()).toMatchObject({ status: 'updated', claimCount: good.length });
  });

  it('leaves nothing staged of a list removed while it downloaded', async () => {
    server.put('team1', good);
    let removed = false;
    const removing = chunked(server.fetch, async () => {
      if (removed || !(await db.listStaging.count())) return;
      removed = true;
      await removeList(db, list.id);
    });
    expect(await syncList(db, list, { ...options, fetch: removing })).toEqual({
      status: 'skipped',
    });
    expect(await db.listStaging.count()).toBe(0);
    expect(await db.listGroups.count()).toBe(0);
  });
});
