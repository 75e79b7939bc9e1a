/**
 * Filters as index ranges: which claims each filter's index selects, and how many.
 *
 * @module
 */
import { Dexie, type Collection } from 'dexie';
import { sourceKey } from '../claims/claim-id';
import { filterWords, type ClaimFilter } from '../claims/claim-query';
import type { ClaimsDatabase } from './database';
import { ABOVE_ALL_TEXT, type StoredClaim } from './rows';

/** A key range of one index, both ends included unless `lowerOpen`. */
export interface IndexRange {
  index: string;
  lower: unknown;
  upper: unknown;
  lowerOpen?: boolean;
}

const equal = (index: string, key: unknown): IndexRange => ({ index, lower: key, upper: key });

/**
 * The index range of every filter that has one. Each range selects exactly the claims its
 * filter does, so a filter with a single range and no other filter needs no further test.
 */
export function filterRanges(filter: ClaimFilter): IndexRange[] {
  const ranges: IndexRange[] = [];
  if (filter.metric !== undefined) ranges.push(equal('metric', filter.metric));
  if (filter.from !== undefined || filter.to !== undefined)
    ranges.push({
      index: 'dateKey',
      // Without `from` the range starts just above '', which stands for "no date".
      lower: filter.from ?? '',
      lowerOpen: filter.from === undefined,
      upper: filter.to ?? ABOVE_ALL_TEXT,
    });
  if (filter.placeCode !== undefined) ranges.push(equal('placeCode', filter.placeCode));
  if (filter.attacker !== undefined)
    ranges.push(equal('attackerKey', filter.attacker === 'unknown' ? '' : filter.attacker));
  if (filter.outlet !== undefined) ranges.push(equal('outletKey', filter.outlet.toLowerCase()));
  if (filter.originator !== undefined)
    ranges.push(equal('originatorKey', filter.originator.toLowerCase()));
  if (filter.origin !== undefined)
    ranges.push({
      index: '[originKind+updatedAt]',
      lower: [filter.origin, Dexie.minKey],
      upper: [filter.origin, ABOVE_ALL_TEXT],
    });
  if (filter.sourceUrl !== undefined) ranges.push(equal('sourceUrl', sourceKey(filter.sourceUrl)));
  return ranges;
}

/** The rows of one index range, in index order. */
export function inRange(db: ClaimsDatabase, r: IndexRange): Collection<StoredClaim, string> {
  return db.claims.where(r.index).between(r.lower, r.upper, !r.lowerOpen, true);
}

/**
 * The index ranges of a filter, whether it has free text, and `exactWith(n)`: whether `n` ranges
 * are all there is to the filter (so rows in them need no further test).
 */
export function analyse(filter: ClaimFilter) {
  const ranges = filterRanges(filter);
  const hasText = filterWords(filter.text).length > 0;
  return { ranges, hasText, exactWith: (n: number) => n === ranges.length && !hasText };
}

/** How many claims each range selects (IndexedDB counts without reading rows). */
export function countEach(db: ClaimsDatabase, ranges: IndexRange[]): Promise<number[]> {
  return Promise.all(ranges.map((r) => inRange(db, r).count()));
}

/** The range that selects the fewest claims, with that number. */
export function smallest(
  ranges: IndexRange[],
  counts: number[],
): { range: IndexRange; count: number } {
  let best = { range: ranges[0] as IndexRange, count: Infinity };
  for (const [i, range] of ranges.entries()) {
    const count = counts[i] ?? Infinity;
    if (count < best.count) best = { range, count };
  }
  return best;
}
