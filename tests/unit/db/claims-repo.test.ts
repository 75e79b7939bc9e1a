import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import type { Mention } from '../../../lib/claims/mention';
import {
  candidatesFor,
  countClaims,
  putClaimsForTest,
  replacePageClaims,
} from '../../../lib/db/claims-repo';
import { deleteClaims, updateClaim } from '../../../lib/db/claims-edit';
import { ClaimsDatabase } from '../../../lib/db/database';
import { claim, mention, value } from '../claims/helpers';

let db: ClaimsDatabase;
let counter = 0;

beforeEach(async () => {
  db = new ClaimsDatabase(`repo-test-${++counter}`);
  await db.open();
});
afterEach(() => db.close());

const PAGE = 'https://a.example/story';
const at = (n: number, over: Partial<Mention> = {}) =>
  mention({
    text: String(n),
    quote: `${n} drones were downed.`,
    value: value('exact', n, n),
    ...over,
  });
const ids = (claims: Claim[]) => claims.map((c) => c.id).sort();

describe('replacePageClaims', () => {
  it('replaces a page on a second visit instead of duplicating it', async () => {
    const first = [claim(PAGE, 'A', at(26)), claim(PAGE, 'A', at(40))];
    expect(await replacePageClaims(db, PAGE, first)).toBe(2);
    expect(await replacePageClaims(db, PAGE, first)).toBe(2);
    expect(await countClaims(db)).toBe(2);

    // The same page under a tracking-laden URL, and the article edited: 40 became 41.
    const url = `${PAGE}?utm_source=x#top`;
    const edited = [claim(url, 'A', at(26)), claim(url, 'A', at(41))];
    await replacePageClaims(db, url, edited);
    expect(await countClaims(db)).toBe(2);
    const stored = await db.claims.toArray();
    expect(stored.map((r) => r.value.n).sort()).toEqual([26, 41]);
    expect(stored.every((r) => r.sourceUrl === PAGE)).toBe(true);
  });

  it('keeps createdAt of a figure seen before and leaves other pages alone', async () => {
    const other = claim('https://b.example/x', 'B', at(26));
    await replacePageClaims(db, other.source.url, [other]);
    const old = claim(PAGE, 'A', at(26));
    await replacePageClaims(db, PAGE, [old]);
    const again = { ...old, createdAt: '2025-07-21T00:00:00Z', updatedAt: '2025-07-21T00:00:00Z' };
    await replacePageClaims(db, PAGE, [again]);
    const row = await db.claims.get(old.id);
    expect(row?.createdAt).toBe(old.createdAt);
    expect(row?.updatedAt).toBe('2025-07-21T00:00:00Z');
    expect(await db.claims.get(other.id)).toBeDefined();
    await replacePageClaims(db, PAGE, []);
    expect(ids(await db.claims.toArray())).toEqual([other.id]);
  });

  it('never deletes or overwrites a claim of another origin', async () => {
    const imported = claim(PAGE, 'A', at(26), 'imported');
    await putClaimsForTest(db, [imported]);
    await replacePageClaims(db, PAGE, [claim(PAGE, 'A', at(26)), claim(PAGE, 'A', at(7))]);
    await replacePageClaims(db, PAGE, []);
    const rows = await db.claims.toArray();
    expect(rows.map((r) => [r.id, r.origin])).toEqual([[imported.id, 'imported']]);
  });

  it('rejects an invalid claim with a clear error and loses nothing stored', async () => {
    const good = [claim(PAGE, 'A', at(26)), claim(PAGE, 'A', at(40))];
    await replacePageClaims(db, PAGE, good);
    const bad = { ...claim(PAGE, 'A', at(50)), metric: 'DROP TABLE' };
    await expect(replacePageClaims(db, PAGE, [claim(PAGE, 'A', at(1)), bad])).rejects.toThrow(
      /invalid claim #1: metric/,
    );
    const noId = { ...claim(PAGE, 'A', at(50)), id: 'x' };
    await expect(replacePageClaims(db, PAGE, [noId])).rejects.toThrow(/invalid claim #0: id/);
    const elsewhere = claim('https://b.example/x', 'B', at(50));
    await expect(replacePageClaims(db, PAGE, [elsewhere])).rejects.toThrow(/not this page/);
    const listed = claim(PAGE, 'A', at(50), 'list:team');
    await expect(replacePageClaims(db, PAGE, [listed])).rejects.toThrow(/only browsed/);
    await expect(putClaimsForTest(db, [bad])).rejects.toThrow(/invalid claim/);
    expect(ids(await db.claims.toArray())).toEqual(ids(good));
  });

  it('stores only the contract fields of a claim', async () => {
    const extra = { ...claim(PAGE, 'A', at(26)), start: 3, end: 5 };
    await replacePageClaims(db, PAGE, [extra]);
    const row = await db.claims.get(extra.id);
    expect(row).not.toHaveProperty('start');
    expect(row?.placeCode).toBe('RU');
  });
});

describe('replacePageClaims after the user changed claims', () => {
  const LATER = '2025-07-22T08:00:00.000Z';

  it('keeps a browsed claim the user corrected when the page is read again', async () => {
    const [a, b] = [claim(PAGE, 'A', at(26)), claim(PAGE, 'A', at(40))];
    await replacePageClaims(db, PAGE, [a, b]);
    const fixed = await updateClaim(db, a.id, { attacker: 'RU', date: '2025-07-19' }, LATER);

    const reread = { ...a, updatedAt: '2025-07-23T00:00:00Z', createdAt: '2025-07-23T00:00:00Z' };
    expect(await replacePageClaims(db, PAGE, [reread, b])).toBe(2);
    expect(await db.claims.get(a.id)).toMatchObject({ attacker: 'RU', date: '2025-07-19' });
    expect(await candidatesFor(db, at(26, { date: '2025-07-19', attacker: 'RU' }))).toEqual([
      fixed,
    ]);

    // Even when the page no longer says it, the correction stays.
    expect(await replacePageClaims(db, PAGE, [])).toBe(1);
    expect(ids(await db.claims.toArray())).toEqual([a.id]);
  });

  it('does not store again a browsed claim the user deleted', async () => {
    const [a, b] = [claim(PAGE, 'A', at(26)), claim(PAGE, 'A', at(40))];
    await replacePageClaims(db, PAGE, [a, b]);
    expect(await deleteClaims(db, [a.id], LATER)).toBe(1);

    expect(await replacePageClaims(db, `${PAGE}?utm_source=x`, [a, b])).toBe(1);
    expect(ids(await db.claims.toArray())).toEqual([b.id]);
    expect(ids(await candidatesFor(db, at(26)))).toEqual([b.id]);
  });
});

describe('candidatesFor', () => {
  const KYIV = { name: 'Kyiv', code: 'UA-30', level: 'city' } as const;
  const fig = mention({ metric: 'people.killed', attacker: 'RU', group: 'civilians', place: KYIV });
  const of = (url: string, over: Partial<Mention>) => claim(url, null, { ...fig, ...over });

  it('returns the claims about the same event and only those', async () => {
    const same = of('https://b.example/1', {});
    const noAttacker = of('https://c.example/1', { attacker: null });
    const otherAttacker = of('https://d.example/1', { attacker: 'UA' });
    const otherGroup = of('https://e.example/1', { group: 'children' });
    const noGroup = of('https://f.example/1', { group: null });
    const otherDate = of('https://g.example/1', { date: '2025-07-19' });
    const otherPlace = of('https://h.example/1', { place: { ...KYIV, code: 'UA-32' } });
    const otherMetric = of('https://i.example/1', { metric: 'people.injured' });
    await putClaimsForTest(db, [
      same,
      noAttacker,
      otherAttacker,
      otherGroup,
      noGroup,
      otherDate,
      otherPlace,
      otherMetric,
    ]);
    expect(ids(await candidatesFor(db, fig))).toEqual(ids([same, noAttacker]));
    expect(ids(await candidatesFor(db, { ...fig, attacker: null }))).toEqual(
      ids([same, noAttacker, otherAttacker]),
    );
    const found = await candidatesFor(db, fig);
    expect(found.find((c) => c.id === same.id)).toEqual(same);
  });

  it('finds nothing for a figure without a date or a place code', async () => {
    const sea = { name: 'Black Sea', code: null, level: 'sea' } as const;
    await putClaimsForTest(db, [
      of('https://b.example/1', {}),
      of('https://c.example/1', { place: sea }),
      of('https://d.example/1', { date: null }),
    ]);
    expect(await candidatesFor(db, { ...fig, date: null })).toEqual([]);
    expect(await candidatesFor(db, { ...fig, place: sea })).toEqual([]);
    expect(await candidatesFor(db, { ...fig, place: null })).toEqual([]);
  });
});

describe('putClaimsForTest', () => {
  it('fills many claims in one call', async () => {
    const claims = Array.from({ length: 2000 }, (_, i) =>
      claim(`https://x.example/${i}`, 'X', at(i)),
    );
    await putClaimsForTest(db, claims);
    expect(await countClaims(db)).toBe(2000);
    expect(await candidatesFor(db, at(5))).toHaveLength(2000);
  });
});
