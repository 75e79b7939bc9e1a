import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import { deleteClaims } from '../../../lib/db/claims-edit';
import { countClaims, putClaimsForTest, replacePageClaims } from '../../../lib/db/claims-repo';
import { ClaimsDatabase } from '../../../lib/db/database';
import { importClaims } from '../../../lib/db/import-claims';
import { toClaim } from '../../../lib/db/rows';
import { claim, mention, value } from '../claims/helpers';

let db: ClaimsDatabase;
let counter = 0;

beforeEach(async () => {
  db = new ClaimsDatabase(`import-test-${++counter}`);
  await db.open();
});
afterEach(() => db.close());

const file = (n: number): Claim[] =>
  Array.from({ length: n }, (_, i) =>
    claim(
      `https://x.example/${i}`,
      'X',
      mention({ text: String(i), value: value('exact', i, i) }),
      'list:someone',
    ),
  );
const stored = async () => (await db.claims.toArray()).map(toClaim);

describe('importClaims', () => {
  it('stores claims as given, with the origin asked for', async () => {
    const claims = file(3);
    const edited = { ...claims[0]!, editedAt: '2025-07-21T00:00:00+02:00' };
    expect(await importClaims(db, [edited, ...claims.slice(1)], 'official')).toEqual({
      added: 3,
      updated: 0,
      unchanged: 0,
    });
    const byId = new Map((await stored()).map((c) => [c.id, c]));
    expect(byId.get(edited.id)).toEqual({ ...edited, origin: 'official' });
    expect(byId.get(claims[2]!.id)).toEqual({ ...claims[2], origin: 'official' });
  });

  it('is idempotent and replaces a claim the file changed', async () => {
    const claims = file(4);
    await importClaims(db, claims, 'imported');
    expect(await importClaims(db, claims, 'imported')).toEqual({
      added: 0,
      updated: 0,
      unchanged: 4,
    });
    const changed = { ...claims[1]!, attributedTo: 'Ukrainian Air Force' };
    const result = await importClaims(db, [claims[0]!, changed, ...file(6).slice(4)], 'imported');
    expect(result).toEqual({ added: 2, updated: 1, unchanged: 1 });
    expect(await countClaims(db)).toBe(6);
    expect(await db.claims.get(changed.id)).toMatchObject({ attributedTo: 'Ukrainian Air Force' });
    // The same claims as official records are a change of origin.
    expect(await importClaims(db, claims.slice(0, 2), 'official')).toMatchObject({ updated: 2 });
  });

  it('keeps what the user read over a file, and brings back a deleted claim', async () => {
    const page = 'https://a.example/story';
    const [read, gone] = [
      claim(page, 'A', mention({ text: '26', value: value('exact', 26, 26) })),
      claim(page, 'A', mention({ text: '40', value: value('exact', 40, 40) })),
    ];
    await replacePageClaims(db, page, [read, gone]);
    await deleteClaims(db, [gone.id], '2025-07-21T00:00:00Z');

    const fromFile = [
      { ...read, attacker: 'RU' as const },
      { ...gone, attributedTo: null },
    ];
    expect(await importClaims(db, fromFile, 'imported')).toEqual({
      added: 1,
      updated: 0,
      unchanged: 1,
    });
    expect(await db.claims.get(read.id)).toMatchObject({ origin: 'browsed', attacker: 'UA' });
    expect(await db.claims.get(gone.id)).toMatchObject({ origin: 'imported', attributedTo: null });
    expect(await db.deletedClaims.count()).toBe(0);
  });

  it('counts every claim of a batch once, a second copy of an id too', async () => {
    const [a, b] = file(2);
    const changed = { ...a!, attributedTo: 'Someone else' };
    // a twice as it was, b, then a changed: read top to bottom, the last copy is stored.
    expect(await importClaims(db, [a!, a!, b!, changed], 'imported')).toEqual({
      added: 2,
      updated: 1,
      unchanged: 1,
    });
    expect((await stored()).find((c) => c.id === a!.id)?.attributedTo).toBe('Someone else');
    expect(await countClaims(db)).toBe(2);
  });

  it('keeps an official record over a file that holds the same claim', async () => {
    const [record] = file(1);
    await importClaims(db, [record!], 'official');
    const reworded = { ...record!, attributedTo: 'A file' };
    expect(await importClaims(db, [reworded], 'imported')).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(await stored()).toEqual([{ ...record, origin: 'official' }]);
    // A newer official record still replaces it.
    expect(await importClaims(db, [reworded], 'official')).toMatchObject({ updated: 1 });
  });

  it('writes nothing from a batch with an invalid claim', async () => {
    const claims = file(3);
    const bad = { ...claims[2]!, value: value('range', 9, 3) };
    await expect(importClaims(db, [claims[0]!, claims[1]!, bad], 'imported')).rejects.toThrow(
      /invalid claim #2: value/,
    );
    expect(await countClaims(db)).toBe(0);
  });

  it('writes nothing when the write itself fails', async () => {
    await putClaimsForTest(db, file(1));
    const failing = (_key: unknown, obj: { text: string }) => {
      if (obj.text === '2') throw new Error('disk full');
    };
    db.claims.hook('creating').subscribe(failing);
    await expect(importClaims(db, file(3), 'imported')).rejects.toThrow(/disk full/);
    db.claims.hook('creating').unsubscribe(failing);
    expect(await countClaims(db)).toBe(1);
  });
});
