/**
 * The real browser behind {@link SiteControl}: `storage.local`, `permissions` and `scripting`.
 *
 * @module
 */
import { browser, type PublicPath } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, type SiteControl } from './site-scripts';

/**
 * The content script as WXT's generated path list knows it: this line stops compiling when the
 * content script entrypoint is renamed, instead of registering a file that does not exist.
 */
const BUILT_CONTENT_SCRIPT: Extract<PublicPath, `${string}.js`> = `/${CONTENT_SCRIPT_FILE}`;

/** The one file the site handlers inject, in the form `scripting.executeScript` is typed for. */
function scriptPath(file: string): Extract<PublicPath, `${string}.js`> {
  if (file !== CONTENT_SCRIPT_FILE) throw new Error(`not an extension script: ${file}`);
  return BUILT_CONTENT_SCRIPT;
}

/** The site handlers' access to the browser, for the background worker. */
export function createBrowserSiteControl(): SiteControl {
  return {
    storage: browser.storage.local,
    permissions: {
      contains: (permissions) => browser.permissions.contains(permissions),
      remove: (permissions) => browser.permissions.remove(permissions),
    },
    scripting: {
      registerContentScripts: (scripts) => browser.scripting.registerContentScripts(scripts),
      unregisterContentScripts: (filter) => browser.scripting.unregisterContentScripts(filter),
      getRegisteredContentScripts: (filter) =>
        browser.scripting.getRegisteredContentScripts(filter),
      executeScript: ({ target, files }) =>
        browser.scripting.executeScript({ target, files: files.map(scriptPath) }),
    },
  };
}
