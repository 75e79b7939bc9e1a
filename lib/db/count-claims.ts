/**
 * How many stored claims match a filter, for the claims browser's count line.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import { claimMatcher, type ClaimFilter } from '../claims/claim-query';
import type { ClaimsDatabase } from './database';
import { analyse, countEach, inRange, smallest } from './filter-ranges';
import { MAX_LOADED_CANDIDATES } from './claims-query';
import type { StoredClaim } from './rows';

/** How many rows a scan without any index reads at a time (one `getAll` each). */
const SCAN_CHUNK = 5000;

/** Counts the rows that pass `test`, reading the whole table in primary-key chunks. */
async function countByScan(db: ClaimsDatabase, test: (c: Claim) => boolean): Promise<number> {
  let count = 0;
  let after: string | null = null;
  for (;;) {
    const from = after === null ? db.claims.toCollection() : db.claims.where(':id').above(after);
    const chunk: StoredClaim[] = await from.limit(SCAN_CHUNK).toArray();
    for (const row of chunk) if (test(row)) count++;
    const last = chunk[chunk.length - 1];
    if (!last || chunk.length < SCAN_CHUNK) return count;
    after = last.id;
  }
}

/**
 * How many claims match `filter`, and how many are stored. Counted on an index alone when one
 * index range says it all; else the rows of the smallest candidate set are read and tested
 * (loaded at once up to {@link MAX_LOADED_CANDIDATES}, through a cursor beyond); a filter on
 * free text alone reads the whole table.
 *
 * @param options - For tests: `force: 'walk'` reads candidates through a cursor whatever their
 *   number, `force: 'candidates'` loads them whatever their number.
 */
export async function countMatching(
  db: ClaimsDatabase,
  filter: ClaimFilter,
  options: { force?: 'walk' | 'candidates' } = {},
): Promise<{ count: number; total: number }> {
  return db.transaction('r', db.claims, async () => {
    const total = await db.claims.count();
    const { ranges, exactWith } = analyse(filter);
    if (exactWith(0)) return { count: total, total };
    const first = ranges[0];
    if (first && exactWith(1)) return { count: await inRange(db, first).count(), total };
    const matches = claimMatcher(filter);
    if (ranges.length === 0) return { count: await countByScan(db, matches), total };
    const best = smallest(ranges, await countEach(db, ranges));
    const load =
      options.force === 'candidates' ||
      (options.force !== 'walk' && best.count <= MAX_LOADED_CANDIDATES);
    if (load) {
      const loaded = await inRange(db, best.range).toArray();
      return { count: loaded.filter(matches).length, total };
    }
    return { count: await inRange(db, best.range).filter(matches).count(), total };
  });
}
