/**
 * The background's housekeeping: repairing settings, keeping content script registrations in
 * step with the sites the user turned on, and removing browsed claims past their retention.
 *
 * @module
 */
import { purgeExpired } from '../db/retention';
import type { ClaimsDatabase } from '../db/database';
import { loadSettings, repairSettings, type SettingsStorage } from '../settings/settings';
import { syncRegistrations, type SiteControl } from './site-requests';

/** The alarm that removes browsed claims older than the retention setting. */
export const PURGE_ALARM = 'purge-browsed-claims';
/** Once a day is often enough for a limit counted in days. */
const PURGE_PERIOD_MINUTES = 24 * 60;
/** The first purge waits a little, so it never competes with the pages of a starting browser. */
const PURGE_DELAY_MINUTES = 5;

/** The part of `browser.alarms` the schedule uses. */
export interface AlarmsApi {
  get(name: string): Promise<unknown>;
  create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): unknown;
}

/** What the housekeeping needs; the background passes the real things, tests fakes. */
export interface MaintenanceDeps {
  db: () => ClaimsDatabase;
  storage: SettingsStorage;
  sites: SiteControl;
  now: () => string;
}

/**
 * Makes sure the daily purge alarm exists. Alarms outlive the worker, so an existing one is
 * kept (re-creating it on every worker start would keep pushing the purge back).
 */
export async function scheduleMaintenance(alarms: AlarmsApi): Promise<void> {
  if (await alarms.get(PURGE_ALARM)) return;
  await alarms.create(PURGE_ALARM, {
    delayInMinutes: PURGE_DELAY_MINUTES,
    periodInMinutes: PURGE_PERIOD_MINUTES,
  });
}

/**
 * Removes browsed claims older than the user's retention setting.
 *
 * @returns How many claims were removed.
 */
export async function purgeOldClaims(deps: MaintenanceDeps): Promise<number> {
  const { retentionDays } = await loadSettings(deps.storage);
  return purgeExpired(deps.db(), { now: deps.now(), retentionDays });
}

/**
 * What the browser starting (or the extension being installed or updated) calls for: corrupt
 * settings repaired (with a notice the options page shows once), registrations made to match
 * the sites the user turned on, expired claims removed. Each step runs even if another fails.
 *
 * @returns The errors of the steps that failed, for the worker's log.
 */
export async function startUp(deps: MaintenanceDeps): Promise<Error[]> {
  const steps = [
    () => repairSettings(deps.storage),
    () => syncRegistrations(deps.sites),
    () => purgeOldClaims(deps),
  ];
  const errors: Error[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (e) {
      errors.push(e instanceof Error ? e : new Error(String(e)));
    }
  }
  return errors;
}
