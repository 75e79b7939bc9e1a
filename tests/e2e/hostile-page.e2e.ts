import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardDialog } from './support/badges';
import {
  EXTENSION_DIR,
  launchWithExtension,
  SHIPPED_EXTENSION_DIR,
  type ExtensionBrowser,
} from './support/extension';
import { waitForScan } from './support/scan';
import { startServer, type StaticServer } from './support/server';

// What a script on a news page (an ad, say) can learn or do with the badges: the verdicts and
// the cards say which other outlets and team lists the reader has seen.

/** A story whose figures sit in plain text (a click on a figure inside a link would navigate). */
const STORY = `<!doctype html><html lang="en"><head><title>Drones over Kursk</title>
<meta property="article:published_time" content="2025-08-10T09:00:00Z"></head><body>
<article><h1>Drones over Kursk</h1>
<p>Russia's Defense Ministry said on Sunday it had shot down 61 Ukrainian drones over the Kursk
region overnight.</p>
<p>Regional officials said 3 people were injured by falling debris in the city of Kursk.</p>
</article></body></html>`;

/** What a page script finds on the badges and the card, from the page's own world. */
function pageScriptLooks(page: Page) {
  return page.evaluate(() => {
    const hosts = Array.from(document.querySelectorAll('figure-check-badge'));
    return {
      badges: hosts.length,
      openRoots: hosts.filter((h) => h.shadowRoot !== null).length,
      attributes: [...new Set(hosts.flatMap((h) => h.getAttributeNames()))],
      text: hosts.map((h) => h.textContent).join(''),
      cardRoot: document.querySelector('figure-check-card')?.shadowRoot ?? null,
    };
  });
}

/** A page script clicks every badge every way it can; returns whether a card opened. */
function pageScriptClicks(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    for (const host of Array.from(document.querySelectorAll<HTMLElement>('figure-check-badge'))) {
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      // Where the e2e build's roots are open, the button itself.
      const button = host.shadowRoot?.querySelector('button');
      button?.click();
      button?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
    // Opening is synchronous in the click handler: had a click counted, the card is there now.
    return document.querySelector('figure-check-card') !== null;
  });
}

describe('a hostile page and the shipped build', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension({ shipped: true });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('finds closed shadow roots and hosts that say nothing, and cannot open a card', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.addPage('/kursk.html', STORY));
    await waitForScan(page);
    await page.locator('figure-check-badge').first().waitFor();

    const looks = await pageScriptLooks(page);
    expect(looks.badges).toBeGreaterThan(0);
    expect(looks).toMatchObject({ openRoots: 0, attributes: ['style'], text: '' });
    expect(await pageScriptClicks(page)).toBe(false);

    // The reader's own click still opens the card, and its root is closed too.
    await page.locator('figure-check-badge').first().click();
    await page.locator('figure-check-card').waitFor({ state: 'attached' });
    expect((await pageScriptLooks(page)).cardRoot).toBeNull();
    // Nor can the page close it for the reader.
    await page.evaluate(() =>
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    expect(await page.locator('figure-check-card').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('figure-check-card').waitFor({ state: 'detached' });
    await page.close();
  });

  it('has no test hooks in its worker or its bundles', async () => {
    const [worker] = ext.context.serviceWorkers();
    expect(await worker!.evaluate(() => typeof Reflect.get(globalThis, 'figureCheckBench'))).toBe(
      'undefined',
    );
    const background = readFileSync(`${SHIPPED_EXTENSION_DIR}/background.js`, 'utf8');
    expect(background).not.toContain('figureCheckBench');
    // The test build is the same code with them, which is what the other e2e tests load.
    expect(readFileSync(`${EXTENSION_DIR}/background.js`, 'utf8')).toContain('figureCheckBench');
  });
});

describe('a hostile page and the test build', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('cannot open a card even with the button in hand: untrusted clicks are ignored', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.addPage('/kursk.html', STORY));
    await waitForScan(page);
    await page.locator('figure-check-badge').first().waitFor();
    expect((await pageScriptLooks(page)).openRoots).toBeGreaterThan(0);
    expect(await pageScriptClicks(page)).toBe(false);

    await page.locator('figure-check-badge button').first().click();
    await cardDialog(page).waitFor({ state: 'visible' });
    await page.close();
  });
});
