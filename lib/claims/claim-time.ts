/**
 * Timestamps from elsewhere (a file, a list, a share) may not lie in the future. A claim dated
 * in 2999 can never be replaced, since only a newer copy replaces a claim, and a list document
 * dated so makes every later document look older than the stored one. Clocks differ a little, so
 * a small lead is allowed.
 *
 * @module
 */
import type { Claim } from './claim';

/** How far ahead of this machine's clock a timestamp may be. */
export const MAX_CLOCK_SKEW_MS = 60 * 60_000;

/** Whether ISO date-time `iso` is later than `now` (ms since the epoch) plus the allowed skew. */
export function isInFuture(iso: string, now: number): boolean {
  return Date.parse(iso) > now + MAX_CLOCK_SKEW_MS;
}

/** The claim's first timestamp that lies in the future, as `field: …` text; null when none. */
export function futureTimestamp(
  claim: Pick<Claim, 'createdAt' | 'updatedAt' | 'editedAt'>,
  now: number,
): string | null {
  for (const field of ['createdAt', 'updatedAt', 'editedAt'] as const) {
    const value = claim[field];
    if (value !== undefined && isInFuture(value, now)) return `${field}: ${value} is in the future`;
  }
  return null;
}
