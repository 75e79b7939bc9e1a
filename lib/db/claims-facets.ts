/**
 * What the claims browser's filters offer, and the claims behind its event chart, read from the
 * indexes so 100,000 claims cost little.
 *
 * @module
 */
import type { Claim } from '../claims/claim';
import type { ClaimsDatabase } from './database';
import { distinctKeys, firstRowPerKey, seriesIds } from './index-scan';
import { toClaim } from './rows';

/** The most values one facet lists. */
export const MAX_FACET_VALUES = 2000;

/** The distinct values of the filterable columns. */
export interface ClaimFacets {
  metrics: string[];
  /** One name per place code (the name of the claim with the lowest id), ordered by code. */
  places: { code: string; name: string }[];
  /**
   * Outlets in order of their lower-cased name, one per name that differs only in case, as the
   * claim with the lowest id writes it.
   */
  outlets: string[];
  /** Originators (`attributedTo`), the same way. */
  originators: string[];
  /** The first and last event dates, or null when no claim has a date. */
  dates: { first: string; last: string } | null;
}

/** The first key of `dateKey` in one direction, `''` standing for "no date". */
async function edgeDate(db: ClaimsDatabase, newest: boolean): Promise<string | null> {
  const range = db.claims.where('dateKey').above('');
  const keys = await (newest ? range.reverse() : range).limit(1).keys();
  const key = keys[0];
  return typeof key === 'string' ? key : null;
}

/** The distinct metrics, places, outlets, originators and the date span of the stored claims. */
export async function claimFacets(db: ClaimsDatabase): Promise<ClaimFacets> {
  const [[places = [], outlets = [], originators = []], metrics, first, last] = await Promise.all([
    firstRowPerKey(db, ['placeCode', 'outletKey', 'originatorKey'], MAX_FACET_VALUES),
    distinctKeys(db, 'metric', MAX_FACET_VALUES),
    edgeDate(db, false),
    edgeDate(db, true),
  ]);
  return {
    metrics,
    places: places.map((r) => ({ code: r.placeCode, name: r.place?.name ?? r.placeCode })),
    outlets: outlets.map((r) => r.source.outlet ?? r.outletKey),
    originators: originators.map((r) => r.attributedTo ?? r.originatorKey),
    dates: first !== null && last !== null ? { first, last } : null,
  };
}

/** The claims of one event series for the chart. */
export interface EventSeries {
  /** Oldest event first; ties by id. */
  claims: Claim[];
  /** True when older claims were left out to keep within the limit. */
  truncated: boolean;
}

/**
 * Every claim for `metric` at `placeCode` with an event date between `from` and `to` (both
 * included, each optional), oldest first, through the `[metric+date+placeCode]` index. Only the
 * index is walked to pick the claims; the rows read are the `max` newest of them.
 */
export async function eventSeries(
  db: ClaimsDatabase,
  query: { metric: string; placeCode: string; from?: string; to?: string },
  max: number,
): Promise<EventSeries> {
  const ids = await seriesIds(db, query);
  const kept = ids.slice(Math.max(0, ids.length - max));
  const rows = await db.claims.bulkGet(kept);
  return {
    claims: rows.flatMap((r) => (r ? [toClaim(r)] : [])),
    truncated: kept.length < ids.length,
  };
}
