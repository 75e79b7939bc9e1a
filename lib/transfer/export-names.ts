/**
 * File names of exports, and a page's figures as claims for a page export.
 *
 * @module
 */
import type { FigureCheck } from '../claims/claim';
import { claimFromMention } from '../claims/claim-id';
import type { Mention, Source } from '../claims/mention';
import type { CheckedClaim } from './export-csv';

/**
 * The file name of an export: `figure-check-claims-2025-07-20.csv`,
 * `figure-check-page-2025-07-20.json`. The date is `now` in `timeZone` (default: the user's).
 */
export function exportFileName(
  what: 'claims' | 'page',
  format: 'csv' | 'json',
  now: Date,
  timeZone?: string,
): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  return `figure-check-${what}-${day}.${format}`;
}

/**
 * A page's figures as claims with their checks, for {@link pageToCsv} / {@link pageToJson}:
 * each figure is the claim the page published (the same id the background stores it under).
 *
 * @param now - ISO date-time for the claims' timestamps.
 */
export function pageClaims(
  source: Source & { url: string },
  figures: readonly { mention: Mention; check: FigureCheck | null }[],
  now: string,
): CheckedClaim[] {
  return figures.map(({ mention, check }) => ({
    claim: claimFromMention(mention, source, 'browsed', now),
    check,
  }));
}
