import { describe, expect, it } from 'vitest';
import type { Claim, Verdict } from '../../../lib/claims/claim';
import { DEFAULT_SORT } from '../../../lib/claims/claim-query';
import { LruCache } from '../../../lib/claims/lru-cache';
import {
  RowPager,
  type ClaimsPage,
  type FetchVerdicts,
} from '../../../lib/claims-browser/row-pager';
import type { ViewState } from '../../../lib/claims-browser/url-state';
import { claim, deferred } from './fixtures';

describe('LruCache', () => {
  it('forgets the least recently used entry, where reading counts as use', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});

const all: Claim[] = Array.from({ length: 25 }, (_, i) =>
  claim({ text: `row ${i}`, value: { n: i, min: i, max: i, qualifier: 'exact' } }),
);
const viewA: ViewState = { filter: {}, sort: { ...DEFAULT_SORT } };
const viewB: ViewState = { filter: { outlet: 'B' }, sort: { ...DEFAULT_SORT } };

interface Call {
  view: ViewState;
  offset: number;
  limit: number;
  answer: ReturnType<typeof deferred<ClaimsPage>>;
}

/** A pager over a fake background whose answers the test releases one by one. */
function setup(
  options: { capacity?: number; maxInFlight?: number; fetchVerdicts?: FetchVerdicts } = {},
) {
  const calls: Call[] = [];
  let changes = 0;
  const pager = new RowPager(
    (view, offset, limit) => {
      const answer = deferred<ClaimsPage>();
      calls.push({ view, offset, limit, answer });
      return answer.promise;
    },
    { pageSize: 10, onChange: () => changes++, ...options },
  );
  const answer = async (call: Call | undefined, rows = all): Promise<void> => {
    if (!call) throw new Error('no such request');
    call.answer.resolve({
      rows: rows.slice(call.offset, call.offset + call.limit),
      more: call.offset + call.limit < rows.length,
    });
    await call.answer.promise;
    await Promise.resolve();
  };
  return { pager, calls, answer, changes: () => changes };
}

describe('RowPager', () => {
  it('fetches the pages that hold the wanted rows and serves rows from them', async () => {
    const { pager, calls, answer } = setup();
    pager.setView(viewA);
    expect(pager.answered).toBe(false);
    pager.ensure(5, 15);
    expect(calls.map((c) => [c.offset, c.limit])).toEqual([
      [0, 10],
      [10, 10],
    ]);
    expect(pager.row(5)).toBeUndefined();
    await answer(calls[0]);
    expect(pager.answered).toBe(true);
    expect(pager.row(5)?.text).toBe('row 5');
    expect(pager.row(12)).toBeUndefined();
    await answer(calls[1]);
    expect(pager.row(12)?.text).toBe('row 12');
    pager.ensure(0, 20);
    expect(calls).toHaveLength(2);
  });

  it('shows a page’s rows at once and puts their verdicts on them when those come', async () => {
    const verdicts = deferred<ReadonlyMap<string, Verdict>>();
    const asked: (readonly string[])[] = [];
    const { pager, calls, answer } = setup({
      fetchVerdicts: (ids) => {
        asked.push(ids);
        return verdicts.promise;
      },
    });
    pager.setView(viewA);
    pager.ensure(0, 10);
    await answer(calls[0]);
    expect(pager.row(3)?.text).toBe('row 3');
    expect(pager.row(3)?.verdict).toBeUndefined();
    expect(asked).toEqual([all.slice(0, 10).map((c) => c.id)]);
    verdicts.resolve(new Map([[all[3]!.id, 'conflicting']]));
    await verdicts.promise;
    await Promise.resolve();
    expect(pager.row(3)?.verdict).toBe('conflicting');
    expect(pager.row(4)?.verdict).toBeUndefined();
  });

  it('asks for one page’s verdicts at a time, the newest first, and pages scrolled far past when shown again', async () => {
    const many = Array.from({ length: 100 }, (_, i) => claim({ text: `row ${i}` }));
    const asked: {
      ids: readonly string[];
      answer: ReturnType<typeof deferred<ReadonlyMap<string, Verdict>>>;
    }[] = [];
    const { pager, calls, answer } = setup({
      maxInFlight: 3,
      fetchVerdicts: (ids) => {
        asked.push({ ids, answer: deferred() });
        return asked.at(-1)!.answer.promise;
      },
    });
    /** Answers the latest verdict request, calling every row of it conflicting. */
    const conflicting = async (): Promise<void> => {
      const last = asked.at(-1)!;
      last.answer.resolve(new Map(last.ids.map((id) => [id, 'conflicting' as const])));
      await last.answer.promise;
      await Promise.resolve();
    };
    const firstAsked = () => asked.map((a) => many.findIndex((c) => c.id === a.ids[0]));
    pager.setView(viewA);
    pager.ensure(0, 30);
    for (const call of calls.slice(0, 3)) await answer(call, many);
    // Three pages in, one verdict request out: the first page's.
    expect(firstAsked()).toEqual([0]);

    // The user scrolls far down before the first verdicts are in.
    pager.ensure(80, 90);
    await answer(calls[3], many);
    expect(pager.row(85)?.text).toBe('row 85');
    await conflicting();
    // The page shown now comes next; rows 10–29, scrolled far past, are not asked for.
    expect(firstAsked()).toEqual([0, 80]);
    await conflicting();
    expect(firstAsked()).toEqual([0, 80]);
    expect(pager.row(85)?.verdict).toBe('conflicting');
    expect(pager.row(15)?.verdict).toBeUndefined();

    // Back up: the rows are shown from memory at once and their verdicts are asked for then.
    pager.ensure(10, 30);
    expect(pager.row(15)?.text).toBe('row 15');
    expect(firstAsked()).toEqual([0, 80, 10]);
    await conflicting();
    expect(firstAsked()).toEqual([0, 80, 10, 20]);
    await conflicting();
    expect([pager.row(15)?.verdict, pager.row(25)?.verdict]).toEqual([
      'conflicting',
      'conflicting',
    ]);
    // Pages with their verdicts are not asked for twice.
    pager.ensure(0, 30);
    expect(asked).toHaveLength(4);
    expect(calls).toHaveLength(4);
  });

  it('drops verdicts that arrive after the data changed', async () => {
    const asked: ReturnType<typeof deferred<ReadonlyMap<string, Verdict>>>[] = [];
    const { pager, calls, answer } = setup({
      fetchVerdicts: () => {
        asked.push(deferred());
        return asked.at(-1)!.promise;
      },
    });
    pager.setView(viewA);
    pager.ensure(0, 10);
    await answer(calls[0]);
    pager.refresh();
    pager.ensure(0, 10);
    await answer(calls[1]);
    // The verdicts asked for before the change come back: they are for data no longer shown.
    asked[0]!.resolve(new Map([[all[3]!.id, 'conflicting']]));
    await asked[0]!.promise;
    await Promise.resolve();
    expect(pager.row(3)?.text).toBe('row 3');
    expect(pager.row(3)?.verdict).toBeUndefined();
  });

  it('sizes the table from the count, then exactly once the last page is seen', async () => {
    const { pager, calls, answer } = setup();
    pager.setView(viewA);
    pager.ensure(0, 10);
    await answer(calls[0]);
    expect(pager.rowCount(null)).toBe(20);
    expect(pager.rowCount(25)).toBe(25);
    pager.ensure(20, 25);
    await answer(calls[1]);
    expect(pager.rowCount(1000)).toBe(25);
  });

  it('ignores answers for a view the user has left, and for data since changed', async () => {
    const { pager, calls, answer } = setup();
    pager.setView(viewA);
    pager.ensure(0, 10);
    pager.setView(viewB);
    pager.ensure(0, 10);
    await answer(calls[0]);
    expect(pager.answered).toBe(false);
    expect(pager.row(0)).toBeUndefined();
    expect(pager.rowCount(null)).toBe(0);
    const fewer = all.slice(0, 3);
    await answer(calls[1], fewer);
    expect(pager.rowCount(null)).toBe(3);
    expect(pager.row(0)?.id).toBe(fewer[0]?.id);
    expect(pager.row(5)).toBeUndefined();

    pager.ensure(0, 10);
    pager.refresh();
    pager.ensure(0, 10);
    expect(calls).toHaveLength(3);
    await answer(calls[2], all.slice(1));
    expect(pager.row(0)?.id).toBe(all[1]?.id);
  });

  it('keeps pages of an earlier view, so going back shows rows at once', async () => {
    const { pager, calls, answer } = setup();
    pager.setView(viewA);
    pager.ensure(0, 10);
    await answer(calls[0]);
    pager.setView(viewB);
    pager.setView(viewA);
    pager.ensure(0, 10);
    expect(calls).toHaveLength(1);
    expect(pager.answered).toBe(true);
    expect(pager.row(0)?.id).toBe(all[0]?.id);
  });

  it('fetches a few pages at a time, skipping those scrolled past before their turn', async () => {
    const { pager, calls, answer } = setup({ maxInFlight: 1 });
    pager.setView(viewA);
    pager.ensure(0, 10);
    pager.ensure(10, 20);
    pager.ensure(20, 25);
    expect(calls.map((c) => c.offset)).toEqual([0]);
    await answer(calls[0]);
    expect(calls.map((c) => c.offset)).toEqual([0, 20]);
  });

  it('reports a failure and asks again only on retry', async () => {
    const { pager, calls, answer } = setup();
    pager.setView(viewA);
    pager.ensure(0, 10);
    calls[0]?.answer.reject(new Error('the database is closed'));
    await calls[0]?.answer.promise.catch(() => undefined);
    await Promise.resolve();
    expect(pager.error).toBe('the database is closed');
    pager.ensure(0, 10);
    expect(calls).toHaveLength(1);
    pager.retry();
    expect(pager.error).toBeNull();
    expect(calls).toHaveLength(2);
    await answer(calls[1]);
    expect(pager.row(0)?.id).toBe(all[0]?.id);
  });

  it('evicts old pages beyond its capacity and fetches them again when needed', async () => {
    const { pager, calls, answer } = setup({ capacity: 2 });
    pager.setView(viewA);
    for (const first of [0, 10, 20]) {
      pager.ensure(first, first + 10);
      await answer(calls.at(-1));
    }
    expect(pager.row(0)).toBeUndefined();
    pager.ensure(0, 10);
    expect(calls.map((c) => c.offset)).toEqual([0, 10, 20, 0]);
  });
});
