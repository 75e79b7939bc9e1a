import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension';
import { workerOf } from './fill';

/** The worker's `chrome` API, as far as these helpers use it (no `@types/chrome` needed). */
interface ChromeTabs {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
}

/**
 * The browser's tab id of `page`: the page is brought to the front, and the worker asks for the
 * active tab (ids need no `tabs` permission).
 */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await workerOf(ext).evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

/**
 * Opens the toolbar popup's page for the tab of `page`, in a tab of its own sized like the
 * popup (`?tab=` names the tab, as when the summary is opened in its own window), and waits
 * until it has rendered its first content.
 */
export async function openPopup(ext: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(ext, page);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-ready="true"]');
  return popup;
}

/**
 * Does what the browser's own permission prompt does when the user clicks "Allow": grants the
 * extension a host permission, through the browser's extensions page (a prompt cannot be
 * answered from a test). The extension's next `permissions.request` for it then resolves true.
 */
export async function allowHost(ext: ExtensionBrowser, pattern: string): Promise<void> {
  const page = await ext.context.newPage();
  try {
    await page.goto('chrome://extensions/');
    await page.evaluate(
      ([id, p]) =>
        (
          globalThis as unknown as {
            chrome: {
              developerPrivate: { addHostPermission(i: string, h: string): Promise<void> };
            };
          }
        ).chrome.developerPrivate.addHostPermission(id, p),
      [ext.extensionId, pattern] as const,
    );
  } finally {
    await page.close();
  }
}

/**
 * Clicks the extension's toolbar button for the tab of `page` (through the DevTools protocol),
 * which grants the extension `activeTab` for that tab as a real click does.
 */
export async function clickToolbarButton(ext: ExtensionBrowser, page: Page): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser to talk to');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    } as never)) as unknown as { targetInfos: { targetId: string; url: string }[] };
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send(
      'Extensions.triggerAction' as never,
      {
        id: ext.extensionId,
        targetId: tab.targetId,
      } as never,
    );
  } finally {
    await cdp.detach();
  }
}
