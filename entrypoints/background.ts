import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installBenchHooks } from '../lib/background/bench-hooks';
import { createBrowserSiteControl } from '../lib/background/browser-site-control';
import { handleMessage, type HandlerDeps } from '../lib/background/handle-message';
import { sitesGranted, sitesRevoked } from '../lib/background/permission-events';
import {
  PURGE_ALARM,
  purgeOldClaims,
  scheduleMaintenance,
  startUp,
  type MaintenanceDeps,
} from '../lib/background/maintenance';
import { claimsDatabase } from '../lib/db/database';
import { loadSettings, parseSettings, SETTINGS_KEY } from '../lib/settings/settings';

export default defineBackground(() => {
  const sites = createBrowserSiteControl();
  const now = () => new Date().toISOString();
  // Everything an answer needs is read from IndexedDB and storage on each call: the worker may be
  // stopped between two pages.
  const deps = (): HandlerDeps => ({
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    db: claimsDatabase(),
    settings: () => loadSettings(browser.storage.local),
    now,
    sites,
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
  const purge = () =>
    purgeOldClaims(maintenance).catch((e: unknown) => console.error('Figure Check: purge', e));

  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, deps()),
  );
  browser.runtime.onStartup.addListener(() => void startUp(maintenance).then(report));
  browser.runtime.onInstalled.addListener(() => void startUp(maintenance).then(report));
  browser.permissions.onAdded.addListener(
    (p) => void sitesGranted(p.origins ?? [], sites).catch(console.error),
  );
  browser.permissions.onRemoved.addListener(() => void sitesRevoked(sites).catch(console.error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purge();
  });
  // A shorter retention applies at once, not at the next daily run.
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const days = (v: unknown) => parseSettings(v).settings.retentionDays;
    if (days(change.newValue) < days(change.oldValue)) void purge();
  });
  void scheduleMaintenance(browser.alarms);
  installBenchHooks(globalThis, claimsDatabase, deps);
});
