import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension';
import { workerOf } from './fill';

/** The worker's `chrome.storage.local`, as far as these helpers use it. */
interface ChromeStorage {
  storage: {
    local: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

/** Opens the options page in a tab of its own and waits until it shows the stored settings. */
export async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await waitForSettings(page);
  return page;
}

/** Waits until the options page has read the settings (its setting sections are drawn). */
export async function waitForSettings(page: Page): Promise<void> {
  await page.locator('#recording-heading').waitFor();
}

/** What `chrome.storage.local` holds under `key`, read in the worker. */
export function readStored(ext: ExtensionBrowser, key: string): Promise<unknown> {
  return workerOf(ext).evaluate(
    async (k) =>
      (await (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.get(k))[k],
    key,
  );
}

/** Writes `items` to `chrome.storage.local` from the worker, as another release might have. */
export function writeStored(ext: ExtensionBrowser, items: Record<string, unknown>): Promise<void> {
  return workerOf(ext).evaluate(
    (i) => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.set(i),
    items,
  );
}

/** Waits until the options page's live region says `text` ("Saved.", "Deleted 3 claims."…). */
export async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.locator('p.status[role="status"]', { hasText: text }).waitFor();
}

/**
 * An article page about one night's drone attack, as `outlet` reports it: every copy of it with
 * the same `sentence` reports the same event with the same value.
 */
export function articlePage(outlet: string, slug: string, sentence: string): string {
  const filler =
    'Officials gave no further details about damage on the ground, and the claim could not ' +
    'be independently verified. Local residents reported hearing explosions during the night.';
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<title>Drone attack overnight - ${outlet}</title>` +
    `<link rel="canonical" href="https://${slug}.example/world/drone-attack">` +
    '<meta property="og:type" content="article">' +
    `<meta property="og:site_name" content="${outlet}">` +
    '<meta property="article:published_time" content="2025-08-10T09:00:00Z">' +
    '</head><body><article><h1>Drone attack overnight</h1>' +
    `<p>${sentence}</p><p>${filler}</p><p>${filler}</p><p>${filler}</p>` +
    '</article></body></html>'
  );
}
