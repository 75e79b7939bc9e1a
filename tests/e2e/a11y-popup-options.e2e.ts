import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusSeen, seriousViolations, type FocusSeen } from './support/axe';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { OTHER_SITE_HOST } from './support/hosts';
import { openOptions } from './support/options-page';
import { openPopup } from './support/popup';
import { clickToolbarFor, popupState } from './support/popup-view';
import { LAST_SEED, readSeeds, screenPath } from './support/seeds';
import { startServer, type StaticServer } from './support/server';

// The popup and the options page for people who use a screen reader, the keyboard alone or a
// dark theme: axe-core finds nothing serious in either theme, and every control can be reached
// and seen with the keyboard. Screenshots of each theme go to test-results/screens/.

const THEMES = ['light', 'dark'] as const;

/**
 * Axe in both themes (on the whole page, or the parts `include` selects), with a full-page
 * screenshot of each as `<name>-<theme>.png`.
 */
async function checkThemes(page: Page, name: string, include: string[] = []): Promise<void> {
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    const found = await seriousViolations(page, include);
    expect(found, `${name} in the ${colorScheme} theme:\n${found.join('\n')}`).toEqual([]);
    await page.screenshot({ path: screenPath(`${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Presses Tab until `done` holds for the focused element (at most `limit` times). */
async function tabUntil(
  page: Page,
  done: (seen: FocusSeen | null) => boolean,
  limit = 400,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (done(await focusSeen(page))) return;
  }
  throw new Error(`Tab never reached the control (after ${limit} presses)`);
}

describe('accessibility of the popup and the options page', () => {
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

  it('popup listing figures: no serious violations in either theme', async () => {
    const page = await ext.context.newPage();
    await readSeeds(page, server);
    const popup = await openPopup(ext, page);
    expect(await popupState(popup)).toBe('ready');
    await checkThemes(popup, 'popup-ready');
    // Every row is reachable by Tab, with a visible ring.
    const rows = await popup.locator('button.row').count();
    expect(rows).toBeGreaterThan(0);
    let reached = 0;
    await tabUntil(popup, (seen) => {
      if (seen?.what.startsWith('button ') && seen.what.includes('drones')) {
        expect(seen.onScreen && seen.ringed, seen.what).toBe(true);
        reached += 1;
      }
      return reached === rows;
    });
    await popup.close();
    await page.close();
  });

  it('popup on a site where Figure Check is off: no serious violations in either theme', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(LAST_SEED, OTHER_SITE_HOST));
    await clickToolbarFor(ext, page);
    const popup = await openPopup(ext, page);
    expect(await popupState(popup)).toBe('off');
    await checkThemes(popup, 'popup-off');
    await tabUntil(popup, (seen) => seen?.what === 'button "Check figures on this site"');
    expect(await focusSeen(popup)).toMatchObject({ onScreen: true, ringed: true });
    await popup.close();
    await page.close();
  });

  it('options page: no serious violations in either theme', async () => {
    const options = await openOptions(ext);
    await checkThemes(options, 'options');
    // With a problem shown in the retention field, and with the clear-data question open.
    const field = options.getByLabel('Keep figures from pages you read for');
    await field.fill('0');
    await field.press('Tab');
    await options.locator('#retention-error').waitFor();
    await options.getByRole('button', { name: 'Clear all data…' }).click();
    await options.getByRole('button', { name: 'Cancel' }).waitFor();
    // The rest of the page is as checked above.
    await checkThemes(options, 'options-open', [
      'section[aria-labelledby="recording-heading"]',
      'section[aria-labelledby="data-heading"]',
    ]);
    await options.close();
  });

  it('options page: Tab reaches every control once, each visibly focused', async () => {
    const options = await openOptions(ext);
    const controls = await options.evaluate(() => {
      const all = Array.from(
        document.querySelectorAll<HTMLElement>('button, input, select, a[href], [tabindex]'),
      ).filter((el) => !el.matches(':disabled') && el.tabIndex >= 0);
      // One stop per radio group: Tab lands on its checked radio, arrows move within it.
      const radios = all.filter((el) => el.matches('input[type="radio"]'));
      return all.length - Math.max(0, radios.length - 1);
    });
    const seen: FocusSeen[] = [];
    const hidden: string[] = [];
    for (let i = 0; i <= controls; i++) {
      await options.keyboard.press('Tab');
      const now = await focusSeen(options);
      if (!now) break;
      if (!now.onScreen || !now.ringed) hidden.push(`${now.what} ${JSON.stringify(now)}`);
      seen.push(now);
    }
    expect(hidden, hidden.join('\n')).toEqual([]);
    expect(seen.length).toBe(controls);
    expect(seen[0]?.what).toMatch(/^input\[checkbox\] "Reuters/);
    expect(seen.at(-1)?.what).toBe('button "Clear all data…"');
    await options.close();
  });

  it('options page: the clear-data question opens, cancels and confirms by keyboard', async () => {
    const options = await openOptions(ext);
    await tabUntil(options, (seen) => seen?.what === 'button "Clear all data…"');
    await options.keyboard.press('Enter');
    const question = options.getByRole('group', { name: /Delete every stored claim/ });
    await question.waitFor();
    // The safe choice has focus.
    await expect.poll(async () => (await focusSeen(options))?.what).toBe('button "Cancel"');
    await options.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    await expect
      .poll(() => focusSeen(options))
      .toMatchObject({
        what: 'button "Clear all data…"',
        ringed: true,
      });

    await options.keyboard.press('Space');
    await question.waitFor();
    await expect.poll(async () => (await focusSeen(options))?.what).toBe('button "Cancel"');
    await options.keyboard.press('Shift+Tab');
    expect(await focusSeen(options)).toMatchObject({
      what: 'button "Yes, delete all claims"',
      onScreen: true,
      ringed: true,
    });
    await options.keyboard.press('Enter');
    await options.locator('p.ok', { hasText: /^Deleted [1-9][\d,]* claims\.$/ }).waitFor();
    await question.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await focusSeen(options))?.what)
      .toBe('button "Clear all data…"');
    await options.close();
  });
});
