import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installBenchHooks } from '../lib/background/bench-hooks';
import { createBrowserSiteControl } from '../lib/background/browser-site-control';
import { CheckBases } from '../lib/background/check-bases';
import { handleMessage, type HandlerDeps } from '../lib/background/handle-message';
import { sitesGranted, sitesRevoked } from '../lib/background/permission-events';
import {
  PURGE_ALARM,
  purgeOldClaims,
  scheduleMaintenance,
  startUp,
  type MaintenanceDeps,
} from '../lib/background/maintenance';
import { createListSync, SYNC_ALARM } from '../lib/background/list-sync';
import { showPageConflicts } from '../lib/background/toolbar-badge';
import { claimsDatabase } from '../lib/db/database';
import { loadSettings, parseSettings, SETTINGS_KEY } from '../lib/settings/settings';

export default defineBackground(() => {
  const sites = createBrowserSiteControl();
  const now = () => new Date().toISOString();
  // One runner for the worker's life: syncs from the alarm, the options page and the popup queue.
  const lists = createListSync({
    db: claimsDatabase,
    // The server answers CORS for extension origins; credentials are never sent (see lib/sync).
    fetch: (input, init) => fetch(input, init),
    alarms: browser.alarms,
    intervalMinutes: async () => (await loadSettings(browser.storage.local)).syncMinutes,
    // An extension API call resets the worker's idle timer between batches of a long copy.
    keepAlive: () => browser.runtime.getPlatformInfo(),
    onError: (e) => console.error('Figure Check: team lists', e),
  });
  // Everything an answer needs is read from IndexedDB and storage on each call: the worker may be
  // stopped between two pages.
  // The figures of each page's last check, which the page's next check refers to.
  const checkBases = new CheckBases();
  const deps = (): HandlerDeps => ({
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    db: claimsDatabase(),
    settings: () => loadSettings(browser.storage.local),
    now,
    sites,
    lists,
    checkBases,
  });
  const maintenance: MaintenanceDeps = {
    db: claimsDatabase,
    storage: browser.storage.local,
    sites,
    now,
  };
  const report = (errors: Error[]) => {
    for (const e of errors) console.error('Figure Check: start-up step failed', e);
  };
  const syncFailed = (e: unknown) => console.error('Figure Check: team lists', e);
  const purge = () =>
    purgeOldClaims(maintenance).catch((e: unknown) => console.error('Figure Check: purge', e));

  // MV3 has `action`, Firefox's MV2 `browserAction`.
  const toolbar = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((message, sender) => {
    const answer = handleMessage(message, sender, deps());
    void showPageConflicts(toolbar, sender, answer);
    return answer;
  });
  browser.runtime.onStartup.addListener(() => {
    void startUp(maintenance).then(report);
    void lists.delayForStartUp().catch(syncFailed);
  });
  browser.runtime.onInstalled.addListener(() => void startUp(maintenance).then(report));
  browser.permissions.onAdded.addListener(
    (p) => void sitesGranted(p.origins ?? [], sites).catch(console.error),
  );
  browser.permissions.onRemoved.addListener(() => void sitesRevoked(sites).catch(console.error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purge();
    if (alarm.name === SYNC_ALARM) void lists.runDue().catch(syncFailed);
  });
  // A shorter retention applies at once, not at the next daily run.
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const [before, after] = [change.oldValue, change.newValue].map(
      (v) => parseSettings(v).settings,
    );
    if (!before || !after) return;
    if (after.retentionDays < before.retentionDays) void purge();
    if (after.syncMinutes !== before.syncMinutes) void lists.intervalChanged().catch(syncFailed);
  });
  // Shares wait while offline; send them as soon as the network is back.
  globalThis.addEventListener('online', () => void lists.flush().catch(syncFailed));
  void scheduleMaintenance(browser.alarms);
  // Alarms outlive the worker, but a list added or changed by an older worker may need one.
  void lists.schedule().catch(syncFailed);
  // Test-only: the bench and e2e tests fill the database through the worker's global scope.
  // MODE is replaced at build time, so the shipped build (production) contains none of it.
  if (import.meta.env.MODE === 'e2e') installBenchHooks(globalThis, claimsDatabase, deps);
});
