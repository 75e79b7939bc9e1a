import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/extension-page.css';
import '../../components/range-strip.css';
import '../../components/popup/popup.css';
import { downloadFile } from '../../components/popup/export-page';
import type { PopupTab } from '../../components/popup/load-page';
import { Popup, type PopupEnv } from '../../components/popup/Popup';

/** The tab to describe: `?tab=<id>` (the summary in a window of its own, tests), else the active one. */
async function findTab(): Promise<PopupTab | null> {
  const param = new URLSearchParams(location.search).get('tab');
  try {
    const tab = param
      ? await browser.tabs.get(Number(param))
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  } catch {
    return null;
  }
}

// Opened for a named tab, the summary is a page of its own: no popup height to keep within.
if (new URLSearchParams(location.search).has('tab')) document.documentElement.dataset.window = '';
const tab = findTab();
const env: PopupEnv = {
  tab: () => tab,
  toTab: async (message) => {
    const found = await tab;
    if (!found) throw new Error('no tab');
    return browser.tabs.sendMessage(found.id, message);
  },
  toBackground: (message) => browser.runtime.sendMessage(message),
  requestOrigins: (origins) => browser.permissions.request({ origins }),
  openClaimsBrowser: () =>
    void browser.tabs.create({ url: browser.runtime.getURL('/claims.html') }),
  openOptions: () => void browser.runtime.openOptionsPage(),
  download: (file) => downloadFile(document, file),
  now: () => new Date(),
};

const root = document.getElementById('app');
if (root) render(<Popup env={env} />, root);
