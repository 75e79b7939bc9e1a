import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../../lib/claims/claim';
import { clearClaims, deleteClaims, updateClaim } from '../../../lib/db/claims-edit';
import { queryClaims } from '../../../lib/db/claims-query';
import { candidatesFor, countClaims, putClaimsForTest } from '../../../lib/db/claims-repo';
import { ClaimsDatabase } from '../../../lib/db/database';
import { claim, mention, value } from '../claims/helpers';

let db: ClaimsDatabase;
let counter = 0;

beforeEach(async () => {
  db = new ClaimsDatabase(`edit-test-${++counter}`);
  await db.open();
});
afterEach(() => db.close());

const NOW = '2025-07-22T08:00:00.000Z';
const KYIV = { name: 'Kyiv', code: 'UA-30', level: 'city' } as const;
const A = claim('https://a.example/1', 'A', mention());
const B = claim('https://b.example/2', 'B', mention(), 'imported');
const C = claim('https://c.example/3', 'C', mention(), 'list:team');

describe('updateClaim', () => {
  it('corrects the fields given and keeps what was read', async () => {
    await putClaimsForTest(db, [A, B]);
    const changes = { value: value('at-least', 150, null), place: KYIV, attacker: 'RU' } as const;
    const updated = await updateClaim(db, A.id, changes, NOW);
    expect(updated).toEqual({ ...A, ...changes, updatedAt: NOW, editedAt: NOW });
    expect(ClaimSchema.parse(updated)).toEqual(updated);

    // The listing and the event lookups see the correction at once.
    const found = await queryClaims(db, {
      filter: { placeCode: 'UA-30' },
      sort: { column: 'value', direction: 'asc' },
      offset: 0,
      limit: 10,
    });
    expect(found.rows).toEqual([updated]);
    expect(await candidatesFor(db, mention({ place: KYIV, attacker: null }))).toEqual([updated]);
    expect(await candidatesFor(db, mention())).toEqual([B]);
  });

  it('clears a field set to null and leaves the database as it was on a bad change', async () => {
    await putClaimsForTest(db, [A]);
    expect(await updateClaim(db, A.id, { date: null, attributedTo: null }, NOW)).toMatchObject({
      date: null,
      attributedTo: null,
    });
    await expect(
      updateClaim(db, A.id, { value: value('range', 9, 3) }, '2025-07-23T00:00:00Z'),
    ).rejects.toThrow(/value/);
    expect(await db.claims.get(A.id)).toMatchObject({ updatedAt: NOW, value: A.value });
  });

  it('refuses an unknown claim', async () => {
    await expect(updateClaim(db, 'c_0000000000000000', { date: null }, NOW)).rejects.toThrow(
      'no such claim',
    );
    expect(await countClaims(db)).toBe(0);
  });
});

describe('deleteClaims and clearClaims', () => {
  it('deletes the claims named, and remembers only the browsed ones', async () => {
    await putClaimsForTest(db, [A, B, C]);
    expect(await deleteClaims(db, [A.id, B.id, A.id, 'c_0000000000000000'], NOW)).toBe(2);
    expect((await db.claims.toArray()).map((r) => r.id)).toEqual([C.id]);
    expect(await db.deletedClaims.toArray()).toEqual([{ id: A.id, deletedAt: NOW }]);
    expect(await candidatesFor(db, mention())).toEqual([C]);
  });

  it('clears every claim and every record of deletion', async () => {
    await putClaimsForTest(db, [A, B, C]);
    await deleteClaims(db, [A.id], NOW);
    expect(await clearClaims(db)).toBe(2);
    expect(await countClaims(db)).toBe(0);
    expect(await db.deletedClaims.count()).toBe(0);
  });
});
