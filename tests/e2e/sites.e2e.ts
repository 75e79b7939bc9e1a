import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBadges } from './support/badges';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { workerOf } from './support/fill';
import { NEWS_HOST, OTHER_SITE_HOST } from './support/hosts';
import { allowHost, openPopup } from './support/popup';
import {
  clickToolbarFor,
  popupMessage,
  popupState,
  readPopupRows,
  waitForPopupState,
} from './support/popup-view';
import { waitForScan } from './support/scan';
import { LAST_SEED, screenPath } from './support/seeds';
import { startServer, type StaticServer } from './support/server';

// Where Figure Check runs: off on other sites until the user turns it on from the popup, on for
// the built-in news sites until the user turns it off, and switching takes effect at once.

/** The content script's state attribute on `<html>` (absent where no content script ran). */
function scriptState(page: Page): Promise<string | null> {
  return page.evaluate(() => document.documentElement.getAttribute('data-figure-check'));
}

function marksOn(page: Page): Promise<number> {
  return page.locator('figure-check-mark').count();
}

/** Marks the document in `page`, so a test can tell later that it was not reloaded. */
function markDocument(page: Page): Promise<void> {
  return page.evaluate(() => document.body.setAttribute('data-test-same-document', 'yes'));
}

function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => document.body.getAttribute('data-test-same-document') === 'yes');
}

/** The hosts the worker has content scripts registered for (sites the user turned on). */
function registeredMatches(ext: ExtensionBrowser): Promise<string[]> {
  return workerOf(ext).evaluate(async () => {
    const { scripting } = (
      globalThis as unknown as {
        chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } };
      }
    ).chrome;
    return (await scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });
}

describe('a site outside the built-in list', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(server.url(LAST_SEED, OTHER_SITE_HOST));
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('is left alone until the user turns Figure Check on there', async () => {
    // The popup's answer shows no content script answered in the tab; then the page is checked.
    await clickToolbarFor(ext, page);
    popup = await openPopup(ext, page);
    expect(await popupState(popup)).toBe('off');
    expect(await scriptState(page)).toBeNull();
    expect(await marksOn(page)).toBe(0);
    expect(await popupMessage(popup)).toContain(`Figure Check is off for ${OTHER_SITE_HOST}.`);
    const turnOn = popup.getByRole('button', { name: 'Check figures on this site' });
    expect(await turnOn.isVisible()).toBe(true);
    expect(await popup.locator('main').textContent()).toContain(
      `Your browser will ask to let Figure Check read pages on ${OTHER_SITE_HOST}.`,
    );
    await popup.screenshot({ path: screenPath('popup-off.png'), fullPage: true });
  });

  it('checks the open page at once, without a reload, when turned on from the popup', async () => {
    // What the browser's prompt does on "Allow"; the popup's own request then resolves true.
    await markDocument(page);
    await allowHost(ext, `*://${OTHER_SITE_HOST}/*`);
    await popup.getByRole('button', { name: 'Check figures on this site' }).click();
    await waitForScan(page);
    const badges = await readBadges(page);
    expect(badges.length).toBeGreaterThan(0);
    expect(await sameDocument(page), 'checked without a reload').toBe(true);
    await waitForPopupState(popup, 'ready');
    expect(await popup.locator('.notice').textContent()).toBe(
      `Figure Check is now on for ${OTHER_SITE_HOST}.`,
    );
    expect((await readPopupRows(popup)).map((r) => r.figureId).sort()).toEqual(
      badges.map((b) => b.figureId).sort(),
    );
    await popup.close();
  });

  it('keeps checking the site after a reload', async () => {
    await page.reload();
    await waitForScan(page);
    expect((await readBadges(page)).length).toBeGreaterThan(0);
    expect(await registeredMatches(ext)).toContain(`*://${OTHER_SITE_HOST}/*`);
  });

  it('stops at once when turned off from the popup, and nothing runs after a reload', async () => {
    popup = await openPopup(ext, page);
    await popup.getByRole('button', { name: `Turn off on ${OTHER_SITE_HOST}` }).click();
    await waitForPopupState(popup, 'off');
    expect(await popup.locator('.notice').textContent()).toBe(
      `Figure Check is now off for ${OTHER_SITE_HOST}.`,
    );
    // The script in the open page hears the change and takes its marks and badges away.
    await expect.poll(() => page.locator('figure-check-badge').count()).toBe(0);
    expect(await marksOn(page)).toBe(0);
    await popup.close();

    await page.reload();
    await clickToolbarFor(ext, page);
    popup = await openPopup(ext, page);
    expect(await popupState(popup)).toBe('off');
    expect(await popupMessage(popup)).toContain(`Figure Check is off for ${OTHER_SITE_HOST}.`);
    expect(await scriptState(page)).toBeNull();
    expect(await marksOn(page)).toBe(0);
    expect(await registeredMatches(ext)).not.toContain(`*://${OTHER_SITE_HOST}/*`);
    await popup.close();
  });
});

describe('a built-in news site', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(server.url(LAST_SEED, NEWS_HOST));
    await waitForScan(page);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('can be turned off from the popup, and back on without a reload', async () => {
    const before = await readBadges(page);
    expect(before.length).toBeGreaterThan(0);
    await markDocument(page);
    const popup = await openPopup(ext, page);
    await popup.getByRole('button', { name: 'Turn off on reuters.com' }).click();
    await waitForPopupState(popup, 'off');
    expect(await popupMessage(popup)).toContain('Figure Check is off for reuters.com.');
    // Built in: no permission to ask for, so no word about the browser asking.
    expect(await popup.locator('main .hint').count()).toBe(0);
    await expect.poll(() => page.locator('figure-check-badge').count()).toBe(0);
    expect(await marksOn(page)).toBe(0);
    expect(await scriptState(page)).toBe('off');

    // A popup opened now also says so.
    const again = await openPopup(ext, page);
    expect(await popupState(again)).toBe('off');
    await again.close();

    await popup.getByRole('button', { name: 'Check figures on this site' }).click();
    await waitForPopupState(popup, 'ready');
    await expect.poll(async () => (await readBadges(page)).length).toBe(before.length);
    expect(await scriptState(page)).toBe('done');
    expect(await sameDocument(page), 'back on without a reload').toBe(true);
    expect(await popup.locator('.notice').textContent()).toBe(
      'Figure Check is now on for reuters.com.',
    );
    await popup.close();
  });
});
