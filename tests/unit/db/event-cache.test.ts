import 'fake-indexeddb/auto';
import fc from 'fast-check';
import type { DBCoreMutateRequest, DBCoreTransaction } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claims/claim';
import type { Mention } from '../../../lib/claims/mention';
import {
  checkCandidatesFor,
  putClaimsForTest,
  replacePageClaims,
} from '../../../lib/db/claims-repo';
import { clearClaims, deleteClaims, updateClaim } from '../../../lib/db/claims-edit';
import { ClaimsDatabase } from '../../../lib/db/database';
import { EventRowsCache } from '../../../lib/db/event-cache';
import { replaceListGroups, updateListGroups } from '../../../lib/db/list-groups';
import { StagedClaims } from '../../../lib/db/list-staging';
import { claim, mention, value } from '../claims/helpers';

interface Row {
  id: string;
  key: string | null;
  n: number;
}

/** A cache of plain rows, and a transaction that ends when the test says so. */
function rowCache(maxRows?: number) {
  return new EventRowsCache<Row>(
    {
      eventKeyOf: (r) => r.key,
      idOf: (r) => r.id,
      idOfKey: (k) => String(k),
      compare: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    },
    maxRows,
  );
}
const transaction = () => new EventTarget() as EventTarget & DBCoreTransaction;
const put = (trans: DBCoreTransaction, values: Row[]): DBCoreMutateRequest => ({
  type: 'put',
  trans,
  values,
});
const del = (trans: DBCoreTransaction, keys: string[]): DBCoreMutateRequest => ({
  type: 'delete',
  trans,
  keys,
});
const end = (trans: EventTarget, how: 'complete' | 'abort') => trans.dispatchEvent(new Event(how));

/** A load that counts how often the cache went to the database. */
function loader(rows: Row[]) {
  const load = () => {
    load.calls++;
    return Promise.resolve(rows.map((r) => ({ ...r })));
  };
  load.calls = 0;
  return load;
}

describe('EventRowsCache', () => {
  const A1 = { id: 'a1', key: 'A', n: 1 };
  const A3 = { id: 'a3', key: 'A', n: 3 };

  it('reads a key from the database once, then from memory', async () => {
    const cache = rowCache();
    const load = loader([A1, A3]);
    expect(await cache.read('A', load)).toEqual([A1, A3]);
    expect(await cache.read('A', load)).toEqual([A1, A3]);
    expect(load.calls).toBe(1);
  });

  it('applies a committed write to the kept rows, in primary-key order', async () => {
    const cache = rowCache();
    const A5 = { id: 'a5', key: 'A', n: 5 };
    await cache.read('A', loader([A1, A3, A5]));
    const trans = transaction();
    const a2 = { id: 'a2', key: 'A', n: 2 };
    cache.writing(put(trans, [a2, { ...A5, key: 'B' }, { ...A1, n: 10 }]));
    cache.writing(del(trans, ['a3']));
    // The caller's object may change before the commit; the stored row does not.
    a2.n = 20;
    end(trans, 'complete');
    const load = loader([]);
    expect(await cache.read('A', load)).toEqual([
      { ...A1, n: 10 },
      { id: 'a2', key: 'A', n: 2 },
    ]);
    expect(load.calls).toBe(0);
  });

  it('changes nothing for an aborted write', async () => {
    const cache = rowCache();
    await cache.read('A', loader([A1, A3]));
    const trans = transaction();
    cache.writing(del(trans, ['a1', 'a3']));
    end(trans, 'abort');
    expect(await cache.read('A', loader([]))).toEqual([A1, A3]);
  });

  it('goes to the database while a write is open, and keeps nothing read then', async () => {
    const cache = rowCache();
    await cache.read('A', loader([A1]));
    const trans = transaction();
    cache.writing(put(trans, [A3]));
    const during = loader([A1, A3]);
    expect(await cache.read('A', during)).toEqual([A1, A3]);
    expect(await cache.read('B', loader([]))).toEqual([]);
    expect(during.calls).toBe(1);
    end(trans, 'complete');
    const after = loader([]);
    expect(await cache.read('A', after)).toEqual([A1, A3]);
    expect(await cache.read('B', loader([{ id: 'b1', key: 'B', n: 1 }]))).toHaveLength(1);
    expect(after.calls).toBe(0);
  });

  it('does not keep a read that a write ended during', async () => {
    const cache = rowCache();
    const trans = transaction();
    const slow = () =>
      Promise.resolve().then(() => {
        cache.writing(put(trans, [A3]));
        end(trans, 'complete');
        return [A1];
      });
    await cache.read('A', slow);
    const again = loader([A1, A3]);
    expect(await cache.read('A', again)).toEqual([A1, A3]);
    expect(again.calls).toBe(1);
  });

  it('forgets everything after a write it cannot follow', async () => {
    for (const trouble of ['failed', 'range'] as const) {
      const cache = rowCache();
      await cache.read('A', loader([A1]));
      const trans = transaction();
      const request = put(trans, [A3]);
      cache.writing(request);
      if (trouble === 'failed') cache.failed(request);
      else cache.writing({ type: 'deleteRange', trans, range: { type: 3 } as never });
      end(trans, 'complete');
      const load = loader([A3]);
      expect(await cache.read('A', load)).toEqual([A3]);
      expect(load.calls).toBe(1);
    }
  });

  it('keeps at most maxRows rows, dropping the keys read least recently', async () => {
    const cache = rowCache(3);
    await cache.read('A', loader([A1, A3]));
    await cache.read('B', loader([{ id: 'b1', key: 'B', n: 1 }]));
    await cache.read('A', loader([]));
    await cache.read('C', loader([{ id: 'c1', key: 'C', n: 1 }]));
    const b = loader([]);
    const a = loader([]);
    await cache.read('A', a);
    await cache.read('B', b);
    expect([a.calls, b.calls]).toEqual([0, 1]);
  });

  it('hands out frozen rows, since every reader gets the same ones', async () => {
    const cache = rowCache();
    const [row] = await cache.read('A', loader([A1]));
    expect(() => {
      (row as Row).n = 9;
    }).toThrow(TypeError);
  });
});

describe('the claims database keeps event keys in step with its writes', () => {
  let db: ClaimsDatabase;
  let counter = 0;
  let name = '';
  beforeEach(async () => {
    name = `event-cache-test-${++counter}`;
    db = new ClaimsDatabase(name);
    await db.open();
  });
  afterEach(() => db.close());

  const at = (n: number, over: Partial<Mention> = {}) =>
    mention({
      text: String(n),
      quote: `${n} drones were downed.`,
      value: value('exact', n, n),
      ...over,
    });
  const figure = at(132);
  /** What a page's check of `figure` reads, as ids (sorted: the order is checked elsewhere). */
  const found = async (m: Mention = figure) =>
    (await checkCandidatesFor(db, m)).map((c) => c.id).sort();
  const sorted = (claims: Claim[]) => claims.map((c) => c.id).sort();

  it('answers with a claim stored, changed or deleted after the last answer', async () => {
    const b = claim('https://b.example/1', 'B', at(130));
    await putClaimsForTest(db, [b]);
    expect(await found()).toEqual([b.id]);

    // Another page read after the answer: its figure is a source for the next one.
    const c = claim('https://c.example/1', 'C', at(140));
    await replacePageClaims(db, c.source.url, [c]);
    expect(await found()).toEqual(sorted([b, c]));

    // The user moves c to another night: it leaves this event and joins that one.
    const otherNight = at(132, { date: '2025-07-19' });
    expect(await found(otherNight)).toEqual([]);
    await updateClaim(db, c.id, { date: '2025-07-19' }, '2025-07-22T00:00:00Z');
    expect(await found()).toEqual([b.id]);
    expect(await found(otherNight)).toEqual([c.id]);

    // An edited value is what the next check reads.
    await updateClaim(db, b.id, { value: value('exact', 99, 99) }, '2025-07-22T00:00:00Z');
    const [edited] = await checkCandidatesFor(db, figure);
    expect(edited?.value.n).toBe(99);

    await deleteClaims(db, [b.id], '2025-07-22T00:00:00Z');
    expect(await found()).toEqual([]);

    await putClaimsForTest(db, [b]);
    expect(await found()).toEqual([b.id]);
    await clearClaims(db);
    expect(await found()).toEqual([]);
    expect(await found(otherNight)).toEqual([]);
  });

  it('answers with what a failed write left, which is what was there before', async () => {
    const b = claim('https://b.example/1', 'B', at(130));
    await putClaimsForTest(db, [b]);
    expect(await found()).toEqual([b.id]);
    const c = claim('https://c.example/1', 'C', at(140));
    await expect(
      db.transaction('rw', db.claims, async () => {
        await putClaimsForTest(db, [c]);
        await db.claims.delete(b.id);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await found()).toEqual([b.id]);
    // Adding a claim stored already fails for that one only; the rest are written.
    const d = claim('https://d.example/1', 'D', at(150));
    const row = await db.claims.get(b.id);
    await expect(db.claims.bulkAdd([row!, { ...row!, ...d, id: d.id }])).rejects.toThrow();
    expect(await found()).toEqual(sorted([b, d]));
  });

  it('sees its own transaction’s writes before they commit', async () => {
    await found();
    const c = claim('https://c.example/1', 'C', at(140));
    const inside = await db.transaction(
      'rw',
      db.claims,
      db.listGroups,
      db.deletedClaims,
      async () => {
        await putClaimsForTest(db, [c]);
        return found();
      },
    );
    expect(inside).toEqual([c.id]);
    expect(await found()).toEqual([c.id]);
  });

  it('answers with a followed list’s claims as its syncs change them', async () => {
    const listed = (n: number) => ({
      ...claim(`https://list${n}.example/1`, 'L', at(n)),
      origin: 'list:team' as const,
    });
    const sync = (run: () => Promise<unknown>) =>
      db.transaction('rw', db.listGroups, db.listDirectory, run);
    await sync(() => replaceListGroups(db, 'team', [listed(1), listed(2)]));
    expect(await found()).toEqual(sorted([listed(1), listed(2)]));
    await sync(() => updateListGroups(db, 'team', [listed(3)], [listed(1).id]));
    expect(await found()).toEqual(sorted([listed(2), listed(3)]));
    await sync(() => replaceListGroups(db, 'team', []));
    expect(await found()).toEqual([]);

    // A list too big to hold is staged and written past Dexie: the next answer has it all.
    const staged = new StagedClaims(db, 'team', 2);
    const big = [4, 5, 6, 7, 8].map(listed);
    await staged.add(big);
    await db.transaction('rw', db.listGroups, db.listDirectory, db.listStaging, () =>
      staged.replace(new Set()),
    );
    expect(await found()).toEqual(sorted(big));
  });

  it('answers as a fresh connection would, whatever the writes between checks', async () => {
    const places = ['RU', 'RU-MOW', 'UA'].map((code) => ({
      name: code,
      code,
      level: 'region' as const,
    }));
    const figures = places.flatMap((place) =>
      ['2025-07-19', '2025-07-20'].map((date) => at(132, { place, date, attacker: null })),
    );
    const pages = Array.from({ length: 6 }, (_, i) => `https://p${i}.example/s`);
    const aFigure = fc
      .record({ n: fc.nat(9), figure: fc.nat(figures.length - 1) })
      .map(({ n, figure: f }) => ({
        ...figures[f]!,
        ...at(n, { place: figures[f]!.place, date: figures[f]!.date }),
      }));
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('page' as const),
        page: fc.nat(5),
        figures: fc.array(aFigure, { maxLength: 3 }),
      }),
      fc.record({
        kind: fc.constant('edit' as const),
        pick: fc.nat(),
        figure: fc.nat(figures.length - 1),
        n: fc.nat(9),
      }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('check' as const), figure: fc.nat(figures.length - 1) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const own = new ClaimsDatabase(`${name}-run-${++run}`);
        await own.open();
        try {
          for (const s of steps) {
            const stored = await own.claims.toArray();
            if (s.kind === 'page') {
              const url = pages[s.page]!;
              const claims = s.figures.map((m) => claim(url, `O${s.page}`, m));
              await replacePageClaims(own, url, claims);
            } else if (s.kind === 'edit' && stored.length) {
              const target = stored[s.pick % stored.length]!;
              const f = figures[s.figure]!;
              await updateClaim(
                own,
                target.id,
                { place: f.place, date: f.date, value: value('exact', s.n, s.n) },
                '2025-07-22T00:00:00Z',
              );
            } else if (s.kind === 'delete' && stored.length) {
              await deleteClaims(own, [stored[s.pick % stored.length]!.id], '2025-07-22T00:00:00Z');
            } else if (s.kind === 'check') {
              await checkCandidatesFor(own, figures[s.figure]!);
            }
            // Every figure, as this connection answers and as one with nothing kept answers.
            const fresh = new ClaimsDatabase(own.name);
            try {
              for (const f of figures)
                expect(await checkCandidatesFor(own, f)).toEqual(
                  await checkCandidatesFor(fresh, f),
                );
            } finally {
              fresh.close();
            }
          }
        } finally {
          own.close();
        }
      }),
      { numRuns: 25, seed: 15 },
    );
  });
});
