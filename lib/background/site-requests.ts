/**
 * The background's answers about where the extension runs (extension pages only): a site's
 * status, and turning a site on or off.
 *
 * @module
 */
import type { z } from 'zod';
import type {
  ErrorResponse,
  SetSiteEnabledResponseSchema,
  SiteStatus,
  SiteStatusResponseSchema,
} from '../messages/protocol';
import type { Request } from '../messages/requests';
import { loadSettings, saveSettings, type Settings } from '../settings/settings';
import {
  isBuiltInSite,
  patternForKey,
  siteConfig,
  siteKeyOf,
  siteSwitchPatch,
} from '../sites/site-key';
import {
  CONTENT_SCRIPT_FILE,
  ensureRegistered,
  ensureUnregistered,
  hasPermission,
  repairRegistrations,
  type SiteControl,
  type SyncReport,
} from './site-scripts';

export {
  CONTENT_SCRIPT_FILE,
  type SiteControl,
  type SiteScript,
  type SyncReport,
} from './site-scripts';

/** Requests this module answers. */
export type SiteRequest = Extract<Request, { type: 'site-status' } | { type: 'set-site-enabled' }>;
export type SiteResponse =
  | z.infer<typeof SiteStatusResponseSchema>
  | z.infer<typeof SetSiteEnabledResponseSchema>
  | ErrorResponse;
type SetSiteEnabledRequest = Extract<SiteRequest, { type: 'set-site-enabled' }>;

/**
 * Site changes run one after another: each reads, changes and writes the settings, and two
 * clicks in quick succession must not lose one of them.
 */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * A site's status. A turned-on site outside the list counts as on only while its permission is
 * granted: the user may have revoked it in the browser, and then nothing runs there.
 */
async function statusOf(
  url: string,
  site: string,
  settings: Settings,
  control: SiteControl,
): Promise<SiteStatus> {
  const builtIn = isBuiltInSite(url);
  const { enabled, badges } = siteConfig(url, settings);
  const running = enabled && (builtIn || (await hasPermission(control, site)));
  return { site, builtIn, enabled: running, badges };
}

/** Turns a site outside the built-in list on: permission checked, script registered and run. */
async function enableExtraSite(
  request: SetSiteEnabledRequest,
  site: string,
  settings: Settings,
  control: SiteControl,
): Promise<ErrorResponse | null> {
  if (!(await hasPermission(control, site)))
    return { type: 'error', error: `The permission to run on ${site} was not granted.` };
  await ensureRegistered(control, site);
  const patch = siteSwitchPatch(settings, site, false, true);
  if (patch.enabledSites) await saveSettings(control.storage, patch);
  // Run it in the tab even when the site was on already: the browser may have turned it on a
  // moment before (see `permissions.onAdded` in the background), and a second copy in a page
  // exits at once (lib/page/run-once.ts).
  if (request.tabId !== undefined) {
    try {
      await control.scripting.executeScript({
        target: { tabId: request.tabId },
        files: [CONTENT_SCRIPT_FILE],
      });
    } catch {
      // The tab was closed or has moved on to another site; the script runs on the next load.
    }
  }
  return null;
}

/** Turns a site outside the built-in list off: script, setting and permission all go. */
async function disableExtraSite(site: string, settings: Settings, control: SiteControl) {
  await ensureUnregistered(control, site);
  const patch = siteSwitchPatch(settings, site, false, false);
  if (patch.enabledSites) await saveSettings(control.storage, patch);
  const origins = [patternForKey(site, false)];
  if (await control.permissions.contains({ origins }))
    await control.permissions.remove({ origins });
}

async function setSiteEnabled(
  request: SetSiteEnabledRequest,
  control: SiteControl,
): Promise<SiteResponse> {
  const site = siteKeyOf(request.url);
  if (!site) return { type: 'error', error: 'Figure Check cannot run on this page.' };
  const settings = await loadSettings(control.storage);
  if (isBuiltInSite(request.url)) {
    // The static content script stays on a built-in site; switched off, it does nothing there.
    const patch = siteSwitchPatch(settings, site, true, request.enabled);
    if (patch.disabledSites) await saveSettings(control.storage, patch);
  } else if (request.enabled) {
    const refused = await enableExtraSite(request, site, settings, control);
    if (refused) return refused;
  } else {
    await disableExtraSite(site, settings, control);
  }
  const status = await statusOf(request.url, site, await loadSettings(control.storage), control);
  return { type: 'site-enabled-result', status };
}

/**
 * Makes the registered content scripts equal to the turned-on sites whose host permission is
 * still granted, dropping from settings the sites whose permission the user revoked in the
 * browser (see {@link repairRegistrations}). The background calls it at start-up; it waits for
 * any site change under way.
 *
 * @param settings - The settings as already read, if at hand; else they are read here.
 */
export function syncRegistrations(control: SiteControl, settings?: Settings): Promise<SyncReport> {
  return serially(() => repairRegistrations(control, settings));
}

/**
 * Answers one validated site request. A refusal (a non-web page, a permission not granted) is
 * an error answer and changes nothing; a browser API failure is thrown.
 */
export async function handleSiteRequest(
  request: SiteRequest,
  control: SiteControl,
): Promise<SiteResponse> {
  if (request.type === 'set-site-enabled') return serially(() => setSiteEnabled(request, control));
  const site = siteKeyOf(request.url);
  const status = site
    ? await statusOf(request.url, site, await loadSettings(control.storage), control)
    : null;
  return { type: 'site-status-result', status };
}
