import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  earliestDue,
  firstSyncAt,
  MAX_BACKOFF_MS,
  nextAttemptAfterFailure,
  nextSyncAfterSuccess,
  syncIntervalMs,
} from '../../../lib/sync/schedule';

const MIN = 60_000;

describe('sync schedule', () => {
  it('syncs every 30 minutes by default and never more often than every 5', () => {
    expect(nextSyncAfterSuccess(0)).toBe(30 * MIN);
    expect(nextSyncAfterSuccess(1000, 60)).toBe(1000 + 60 * MIN);
    expect(syncIntervalMs(1)).toBe(5 * MIN);
    expect(syncIntervalMs(Number.NaN)).toBe(30 * MIN);
  });

  it('makes the first sync one to two minutes after start-up', () => {
    expect(firstSyncAt(0, 0)).toBe(MIN);
    expect(firstSyncAt(0, 0.5)).toBe(1.5 * MIN);
    expect(firstSyncAt(0, 0.9999)).toBeLessThan(2 * MIN);
  });

  it('doubles the wait after each failure, with jitter, up to six hours', () => {
    expect(backoffMs(1, 0)).toBe(5 * MIN);
    expect(backoffMs(2, 0)).toBe(10 * MIN);
    expect(backoffMs(3, 0)).toBe(20 * MIN);
    expect(backoffMs(3, 0.5)).toBe(22.5 * MIN);
    expect(backoffMs(10, 0)).toBe(MAX_BACKOFF_MS);
    expect(backoffMs(10, 0.99)).toBe(MAX_BACKOFF_MS);
    expect(backoffMs(1000, 0.5)).toBe(MAX_BACKOFF_MS);
    expect(nextAttemptAfterFailure(100, 1, 0)).toBe(100 + 5 * MIN);
  });

  it('wakes for the earliest due list', () => {
    expect(earliestDue([5, 3, 9])).toBe(3);
    expect(earliestDue([])).toBeNull();
  });
});
