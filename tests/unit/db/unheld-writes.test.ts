import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClaimsDatabase } from '../../../lib/db/database';
import type { ListGroup } from '../../../lib/db/list-groups';
import { UnheldWriter } from '../../../lib/db/unheld-writes';
import { freshDb, listClaim } from '../sync/helpers';

let db: ClaimsDatabase;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

const group = (key: string): ListGroup => ({
  listId: 'team',
  key,
  metric: 'drones.downed',
  date: '2025-07-20',
  placeCode: 'RU',
  claims: [listClaim(1)],
});

describe('UnheldWriter', () => {
  it('writes every row added, and waits for them', async () => {
    await db.transaction('rw', db.listGroups, async () => {
      const writer = new UnheldWriter(db, db.listGroups);
      for (const k of ['a', 'b', 'c']) writer.add(group(k));
      await writer.written();
      // Nothing added since: nothing to wait for.
      await writer.written();
      writer.add(group('d'));
      await writer.written();
    });
    expect((await db.listGroups.toArray()).map((g) => g.key)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fails the transaction when a write fails, leaving nothing of it', async () => {
    await expect(
      db.transaction('rw', db.listGroups, async () => {
        const writer = new UnheldWriter(db, db.listGroups);
        writer.add(group('a'));
        writer.add(group('a'));
        await writer.written();
      }),
    ).rejects.toThrow();
    expect(await db.listGroups.count()).toBe(0);
  });

  it('refuses to write outside a transaction', () => {
    expect(() => new UnheldWriter(db, db.listGroups)).toThrow(/not in a transaction/);
  });
});
