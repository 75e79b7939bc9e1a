/**
 * The claims browser's listing: a filtered, sorted page of claims, read over the claims table's
 * indexes so 100,000 claims answer fast.
 *
 * Every path gives the order of `compareClaims` (the sort column's key, ties by id, all reversed
 * for `desc`), which is the order IndexedDB walks an index in, so a page is the same whichever
 * path served it and paging never skips or repeats a claim.
 *
 * What things cost in Chromium with 100,000 claims: reading a row, through a cursor or loaded in
 * bulk, about 40 µs; counting an index range about a third of that per entry; a page of 150 off
 * an index a few milliseconds.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import {
  claimMatcher,
  compareKeys,
  type ClaimFilter,
  type ClaimSort,
  type SortKey,
} from '../claims/claim-query';
import type { ClaimsDatabase } from './database';
import { analyse, countEach, inRange, smallest, type IndexRange } from './filter-ranges';
import { primaryKeysInOrder } from './index-scan';
import { SORT_INDEX, toClaim, type StoredClaim } from './rows';

/** At most this many candidates from one index are loaded and sorted in memory. */
export const MAX_LOADED_CANDIDATES = 20_000;
/** The fewest rows the first, optimistic walk of the sort index reads before giving up. */
export const PROBE_ROWS = 2000;
/** From this offset on, an unfiltered page is found through the index's keys, not a cursor. */
export const DEEP_OFFSET = 2000;

/**
 * How a page was read. `index-order`: straight off the sort index (no filter, or only one that
 * bounds the sort index). `probe`: a walk of the sort index testing each row filled the page
 * within its budget. `candidates`: the smallest filter's index range was loaded, tested and
 * sorted in memory. `walk`: the sort index was walked to the end of the page, however long.
 */
export type QueryPath = 'index-order' | 'index-keys' | 'probe' | 'candidates' | 'walk';

/** For tests, which make every path answer the same query. */
export interface QueryOptions {
  /** Skip the probe and take this path (`candidates` needs a filter with an index range). */
  force?: 'walk' | 'candidates';
  /** The probe's budget in rows; default {@link PROBE_ROWS}, or four pages' worth if more. */
  probeRows?: number;
  /** From this offset on an unfiltered page is found through keys; default {@link DEEP_OFFSET}. */
  deepOffset?: number;
}

export interface ClaimsQuery {
  filter: ClaimFilter;
  sort: ClaimSort;
  offset: number;
  limit: number;
}

/** One page of a listing. */
export interface ClaimsPage {
  rows: Claim[];
  /** Whether claims after these match. */
  more: boolean;
  via: QueryPath;
}

/** Sorts rows by their stored sort key, ties by id, as the index orders them. */
function sortRows(rows: StoredClaim[], sort: ClaimSort): StoredClaim[] {
  const index = SORT_INDEX[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: row[index] as SortKey }));
  keyed.sort((a, b) => sign * (compareKeys(a.key, b.key) || compareKeys(a.row.id, b.row.id)));
  return keyed.map((k) => k.row);
}

/** The page from `offset`, one row more to tell whether more follow, of a loaded range. */
async function loadPage(
  db: ClaimsDatabase,
  range: IndexRange,
  test: ((c: Claim) => boolean) | null,
  query: ClaimsQuery,
): Promise<StoredClaim[]> {
  const loaded = await inRange(db, range).toArray();
  const kept = test ? loaded.filter(test) : loaded;
  return sortRows(kept, query.sort).slice(query.offset, query.offset + query.limit + 1);
}

/**
 * Walks the sort index (within `range`) for the page from `offset`, one row more, testing rows
 * with `test`; stops after reading `budget` rows, and says whether the walk got to the end of
 * the page (or of the index) within it.
 */
async function walkPage(
  db: ClaimsDatabase,
  query: ClaimsQuery,
  range: IndexRange | null,
  test: ((c: Claim) => boolean) | null,
  budget = Infinity,
): Promise<{ rows: StoredClaim[]; read: number; complete: boolean }> {
  let walk = range ? inRange(db, range) : db.claims.orderBy(SORT_INDEX[query.sort.column]);
  if (query.sort.direction === 'desc') walk = walk.reverse();
  let read = 0;
  // `until` goes before the test, so it counts every row read, matching or not.
  if (budget < Infinity) walk = walk.until(() => ++read > budget);
  if (test) walk = walk.filter(test);
  const rows = await walk
    .offset(query.offset)
    .limit(query.limit + 1)
    .toArray();
  return { rows, read, complete: read <= budget };
}

/**
 * Reads one page. With no filter, or only one bounding the sort index, the page comes straight
 * off the sort index. Otherwise a probe walks the sort index testing each row, with a budget of
 * {@link PROBE_ROWS} rows (or four pages' worth): a broad filter fills the page within it
 * without counting anything. When the probe runs out, the share of matching rows it saw tells
 * how much further a walk must go, and the filters' indexes count their candidates: the
 * smallest set is loaded and sorted in memory when it has at most
 * {@link MAX_LOADED_CANDIDATES} claims and fewer rows than the walk would read again; else the
 * walk goes on to the end of the page. (A range on the sort index itself is walked, never
 * loaded: walking it in order reads no more.)
 */
async function readPage(
  db: ClaimsDatabase,
  query: ClaimsQuery,
  options: QueryOptions,
): Promise<{ rows: StoredClaim[]; via: QueryPath }> {
  const { ranges, exactWith } = analyse(query.filter);
  const onSort = ranges.find((r) => r.index === SORT_INDEX[query.sort.column]) ?? null;
  if (exactWith(0) || (onSort && exactWith(1)))
    return { rows: (await walkPage(db, query, onSort, null)).rows, via: 'index-order' };
  const matches = claimMatcher(query.filter);
  const need = query.offset + query.limit + 1;
  let walkRows = Infinity;
  if (options.force === undefined) {
    let found = 0;
    const counting = (c: Claim) => {
      const ok = matches(c);
      if (ok) found++;
      return ok;
    };
    const budget = options.probeRows ?? Math.max(PROBE_ROWS, 4 * need);
    const probe = await walkPage(db, query, onSort, counting, budget);
    if (probe.complete) return { rows: probe.rows, via: 'probe' };
    walkRows = found > 0 ? (need * probe.read) / found : Infinity;
  }
  const others = options.force === 'candidates' ? ranges : ranges.filter((r) => r !== onSort);
  if (others.length > 0 && options.force !== 'walk') {
    const best = smallest(others, await countEach(db, others));
    const cheaper = best.count <= MAX_LOADED_CANDIDATES && best.count < walkRows;
    if (options.force === 'candidates' || cheaper) {
      const test = exactWith(1) ? null : matches;
      return { rows: await loadPage(db, best.range, test, query), via: 'candidates' };
    }
  }
  return { rows: (await walkPage(db, query, onSort, matches)).rows, via: 'walk' };
}

/** The order of every claim for one sort, kept per connection while no claim is written. */
const keyOrders = new WeakMap<ClaimsDatabase, Map<string, { writes: number; keys: string[] }>>();

/**
 * Every claim's id in `sort` order. Reading an index's keys takes about a second at 100,000
 * claims in Chromium, so the order is kept until the next write: scrolling far down a long
 * list then costs one page read per screen.
 */
async function keysInOrder(db: ClaimsDatabase, sort: ClaimSort): Promise<string[]> {
  const key = `${sort.column} ${sort.direction}`;
  const orders = keyOrders.get(db) ?? new Map<string, { writes: number; keys: string[] }>();
  keyOrders.set(db, orders);
  const kept = orders.get(key);
  if (kept && kept.writes === db.claimWrites) return kept.keys;
  const writes = db.claimWrites;
  const keys = await primaryKeysInOrder(db, SORT_INDEX[sort.column]);
  if (sort.direction === 'desc') keys.reverse();
  // A write while reading may or may not be in `keys`: keep them only if there was none.
  if (writes === db.claimWrites) orders.set(key, { writes, keys });
  return keys;
}

/**
 * A page far down the unfiltered list. A cursor would step over every row before it; the sort
 * index's keys, read in one call (100,000 keys: tens of ms), find the page's rows at once. Keys
 * and rows are read in two transactions, so a row deleted in between is simply left out.
 */
async function deepPage(db: ClaimsDatabase, query: ClaimsQuery): Promise<ClaimsPage> {
  const keys = await keysInOrder(db, query.sort);
  const ids = keys.slice(query.offset, query.offset + query.limit);
  const rows = (await db.claims.bulkGet(ids)).filter((r): r is StoredClaim => r !== undefined);
  return {
    rows: rows.map(toClaim),
    more: keys.length > query.offset + query.limit,
    via: 'index-keys',
  };
}

/** The claims matching `filter` in `sort` order, `limit` of them from `offset`, in one transaction. */
export async function queryClaims(
  db: ClaimsDatabase,
  query: ClaimsQuery,
  options: QueryOptions = {},
): Promise<ClaimsPage> {
  if (query.offset >= (options.deepOffset ?? DEEP_OFFSET) && analyse(query.filter).exactWith(0))
    return deepPage(db, query);
  const { rows, via } = await db.transaction('r', db.claims, () => readPage(db, query, options));
  return { rows: rows.slice(0, query.limit).map(toClaim), more: rows.length > query.limit, via };
}
