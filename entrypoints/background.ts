import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installBenchHooks } from '../lib/background/bench-hooks';
import { handleMessage, type HandlerDeps } from '../lib/background/handle-message';
import { claimsDatabase } from '../lib/db/database';
import { loadSettings } from '../lib/settings/settings';

export default defineBackground(() => {
  // Returning the promise is how the polyfill sends the answer back. Everything the answer needs
  // is read from IndexedDB and storage on each call: the worker may be stopped between two pages.
  const deps = (): HandlerDeps => ({
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    sites: {},
    db: claimsDatabase(),
    settings: () => loadSettings(browser.storage.local),
    now: () => new Date().toISOString(),
  });
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, deps()),
  );
  installBenchHooks(globalThis, claimsDatabase, deps);
});
