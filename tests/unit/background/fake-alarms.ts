/**
 * A fake `browser.alarms` for the sync runner: remembers when each alarm is set for.
 *
 * @module
 */
import { createListSync, type ListSync, type SyncAlarms } from '../../../lib/background/list-sync';
import type { ClaimsDatabase } from '../../../lib/db/database';

/** The fake and what it was told. */
export function fakeAlarms(): SyncAlarms & { set: Map<string, number> } {
  const set = new Map<string, number>();
  return {
    set,
    create: (name, info) => {
      set.set(name, info.when);
    },
    clear: (name) => Promise.resolve(set.delete(name)),
  };
}

/** A sync runner for handler tests that never reach a list: every request fails as offline. */
export function offlineLists(db: ClaimsDatabase): ListSync {
  return createListSync({
    db: () => db,
    fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    alarms: fakeAlarms(),
    intervalMinutes: () => Promise.resolve(30),
  });
}
