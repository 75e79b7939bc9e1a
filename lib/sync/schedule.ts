/**
 * When lists are synced: a fixed interval after a good sync, exponential back-off after failures,
 * and a first sync shortly after start-up. Pure; the caller gives the time and randomness.
 *
 * @module
 */

const MINUTE_MS = 60_000;

/** The interval between syncs when the user has not chosen one, in minutes. */
export const DEFAULT_SYNC_MINUTES = 30;
/** The shortest interval allowed, in minutes: lists are never polled more often. */
export const MIN_SYNC_MINUTES = 5;
/** The longest wait after failures. */
export const MAX_BACKOFF_MS = 6 * 60 * MINUTE_MS;

/** The interval in milliseconds for `minutes`, never under {@link MIN_SYNC_MINUTES}. */
export function syncIntervalMs(minutes: number = DEFAULT_SYNC_MINUTES): number {
  const m = Number.isFinite(minutes) ? minutes : DEFAULT_SYNC_MINUTES;
  return Math.max(MIN_SYNC_MINUTES, m) * MINUTE_MS;
}

/**
 * The first sync after start-up: one to two minutes later, so the browser starts unhindered and
 * many browsers starting together do not reach the server at the same second.
 *
 * @param random - A number in [0, 1), e.g. `Math.random()`.
 */
export function firstSyncAt(now: number, random: number): number {
  return now + MINUTE_MS + Math.floor(clamp01(random) * MINUTE_MS);
}

/** The next sync after a good one. */
export function nextSyncAfterSuccess(now: number, minutes: number = DEFAULT_SYNC_MINUTES): number {
  return now + syncIntervalMs(minutes);
}

/**
 * The wait after `failures` failed attempts in a row: 5, 10, 20, 40 … minutes, capped at
 * {@link MAX_BACKOFF_MS}, lengthened by up to a quarter at random so that clients that failed
 * together do not retry together.
 *
 * @param random - A number in [0, 1).
 */
export function backoffMs(failures: number, random: number): number {
  const n = Math.max(1, Math.floor(failures));
  const base = Math.min(MAX_BACKOFF_MS, MIN_SYNC_MINUTES * MINUTE_MS * 2 ** Math.min(n - 1, 30));
  return Math.min(MAX_BACKOFF_MS, Math.floor(base * (1 + 0.25 * clamp01(random))));
}

/** The next attempt after `failures` failed ones in a row. */
export function nextAttemptAfterFailure(now: number, failures: number, random: number): number {
  return now + backoffMs(failures, random);
}

/**
 * The earliest of the given due times, for the one alarm that wakes the worker; null for none.
 */
export function earliestDue(times: readonly number[]): number | null {
  return times.length ? Math.min(...times) : null;
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(Math.max(x, 0), 0.999_999) : 0;
}
