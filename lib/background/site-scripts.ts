/**
 * The content script registrations of the sites a user turned on outside the built-in list: one
 * per site, so turning a site off removes exactly its own. The built-in sites are covered by the
 * manifest's static content script.
 *
 * @module
 */
import {
  loadSettings,
  saveSettings,
  type Settings,
  type SettingsStorage,
} from '../settings/settings';
import { isBuiltInSite, patternForKey } from '../sites/site-key';

/** The built content script, relative to the extension's root (WXT's output name). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js' as const;

/** Registrations this module owns start with this; any other registration is left alone. */
export const REGISTRATION_PREFIX = 'site:';

/** A content script registration, as `scripting.registerContentScripts` takes and lists it. */
export interface SiteScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** A registration as it is made: what to run, and where. */
export type NewSiteScript = SiteScript & { js: string[]; matches: string[] };

/** What the site handlers need from the browser; the background passes the real APIs. */
export interface SiteControl {
  /** Where the settings live (`browser.storage.local`). */
  storage: SettingsStorage;
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: NewSiteScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<SiteScript[]>;
    executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
}

/** The registration id of a turned-on site. */
export function registrationId(site: string): string {
  return REGISTRATION_PREFIX + site;
}

/** The registration a turned-on site should have. */
export function scriptFor(site: string): NewSiteScript {
  return {
    id: registrationId(site),
    matches: [patternForKey(site, false)],
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/** Whether a listed registration does what {@link scriptFor} asks (an update may change it). */
function upToDate(listed: SiteScript, wanted: SiteScript): boolean {
  const same = (a: string[] | undefined, b: string[] | undefined) =>
    JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  return same(listed.matches, wanted.matches) && same(listed.js, wanted.js);
}

/** Whether the host permission of a site outside the list is granted. */
export function hasPermission(control: SiteControl, site: string): Promise<boolean> {
  return control.permissions.contains({ origins: [patternForKey(site, false)] });
}

/**
 * Makes sure a site's script is registered as it should be.
 *
 * @returns True when it was not registered before (so open tabs do not have it yet).
 */
export async function ensureRegistered(control: SiteControl, site: string): Promise<boolean> {
  const wanted = scriptFor(site);
  const [listed] = await control.scripting.getRegisteredContentScripts({ ids: [wanted.id] });
  if (listed && upToDate(listed, wanted)) return false;
  if (listed) await control.scripting.unregisterContentScripts({ ids: [wanted.id] });
  await control.scripting.registerContentScripts([wanted]);
  return !listed;
}

/** Removes a site's registration, if there is one (unregistering an unknown id is an error). */
export async function ensureUnregistered(control: SiteControl, site: string): Promise<void> {
  const id = registrationId(site);
  const listed = await control.scripting.getRegisteredContentScripts({ ids: [id] });
  if (listed.some((s) => s.id === id))
    await control.scripting.unregisterContentScripts({ ids: [id] });
}

/** What {@link repairRegistrations} changed, by site. */
export interface SyncReport {
  /** Sites whose script was (re-)registered. */
  registered: string[];
  /** Registrations removed: sites no longer turned on, or re-registered ones. */
  unregistered: string[];
  /**
   * Turned-on sites removed from settings: their permission was revoked in the browser, or the
   * built-in list now covers them (its static content script runs there already).
   */
  dropped: string[];
}

/**
 * Makes the registered scripts equal to the turned-on sites whose host permission is still
 * granted. The user may have revoked a permission in the browser's own settings, and a failed
 * write may have left a registration without its setting; both are repaired here. A site whose
 * registration fails is left for the next start-up rather than stopping the others.
 *
 * @param settings - The settings as already read, if at hand; else they are read here.
 */
export async function repairRegistrations(
  control: SiteControl,
  settings?: Settings,
): Promise<SyncReport> {
  const { enabledSites } = settings ?? (await loadSettings(control.storage));
  const granted = await Promise.all(
    enabledSites.map((site) => !isBuiltInSite(`https://${site}/`) && hasPermission(control, site)),
  );
  const keep = enabledSites.filter((_, i) => granted[i]);
  const dropped = enabledSites.filter((_, i) => !granted[i]);

  const listed = (await control.scripting.getRegisteredContentScripts()).filter((s) =>
    s.id.startsWith(REGISTRATION_PREFIX),
  );
  const wanted = new Map(keep.map((site) => [registrationId(site), scriptFor(site)]));
  const stale = listed.filter((s) => {
    const want = wanted.get(s.id);
    return !want || !upToDate(s, want);
  });
  if (stale.length)
    await control.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const current = new Set(listed.filter((s) => !stale.includes(s)).map((s) => s.id));

  const registered: string[] = [];
  for (const site of keep) {
    if (current.has(registrationId(site))) continue;
    try {
      await control.scripting.registerContentScripts([scriptFor(site)]);
      registered.push(site);
    } catch {
      // Left unregistered; the next start-up tries again.
    }
  }
  if (dropped.length) {
    // Read again: the settings passed in may be older than what is stored now.
    const now = await loadSettings(control.storage);
    await saveSettings(control.storage, {
      enabledSites: now.enabledSites.filter((site) => !dropped.includes(site)),
    });
  }
  return {
    registered,
    unregistered: stale.map((s) => s.id.slice(REGISTRATION_PREFIX.length)),
    dropped,
  };
}
