import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage } from '../lib/background/handle-message';
import { claimsDatabase } from '../lib/db/database';
import { loadSettings } from '../lib/settings/settings';

export default defineBackground(() => {
  // Returning the promise is how the polyfill sends the answer back. Everything the answer needs
  // is read from IndexedDB and storage on each call: the worker may be stopped between two pages.
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, {
      extensionId: browser.runtime.id,
      db: claimsDatabase(),
      settings: () => loadSettings(browser.storage.local),
      now: () => new Date().toISOString(),
    }),
  );
});
