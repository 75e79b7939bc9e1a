import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import { focusSeen, seriousViolations } from './support/axe';
import {
  countWords,
  filterBar,
  grid,
  openClaims,
  rowAt,
  seedMentions,
  waitForClaimsReady,
  waitForCount,
} from './support/claims-page';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { fillClaims, syntheticClaims, workerOf } from './support/fill';
import { screenPath } from './support/seeds';

// The claims browser for someone using a screen reader or the keyboard alone: axe-core finds
// no serious or critical problem in any state, in either theme, and every part is reachable
// and usable from the keyboard.
const NOW = '2025-08-01T12:00:00.000Z';
/** Page reads, imported files and official records, so the chart draws every kind of mark. */
const claims: Claim[] = syntheticClaims(seedMentions(), 660, 0, NOW).map((c, k) =>
  k % 10 === 3 ? { ...c, origin: 'imported' } : k % 10 === 7 ? { ...c, origin: 'official' } : c,
);

/** Fails with axe's serious and critical findings for `page` as it is, in light and dark. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await seriousViolations(page)).map((v) => `[${colorScheme}] ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(found, `${state}:\n${found.join('\n')}`).toEqual([]);
}

/** What has focus: the element's tag and its id, class or accessible name. */
function focusIs(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
  });
}

/** Presses Tab until `done` says focus has arrived, at most `limit` times. */
async function tabUntil(page: Page, done: () => Promise<boolean>, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await done()) return;
  }
  throw new Error(`focus never arrived; it is on ${await focusIs(page)}`);
}

describe('the claims browser is accessible', () => {
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('says there are no claims yet in an empty profile', async () => {
    page = await openClaims(ext);
    await page.locator('.empty-state[data-empty="no-claims"]').waitFor();
    await expectAccessible(page, 'empty profile');
  });

  describe('with claims', () => {
    beforeAll(async () => {
      await fillClaims(workerOf(ext), claims);
      await page.reload();
      await waitForClaimsReady(page);
      await waitForCount(page, countWords(claims.length));
    });

    it('has no serious problems with rows shown', async () => {
      await rowAt(page, 0).waitFor();
      await expectAccessible(page, 'rows');
    });

    it('has no serious problems with the details panel, the edit dialog and the chart open', async () => {
      await rowAt(page, 0).click();
      const details = page.locator('.claim-details');
      await details.waitFor();
      await expectAccessible(page, 'details panel');
      await page.screenshot({ path: screenPath('claims-details.png') });

      await details.getByRole('button', { name: 'Edit' }).click();
      const editor = page.getByRole('dialog', { name: 'Edit claim' });
      await editor.waitFor();
      await expectAccessible(page, 'edit dialog');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: screenPath('claims-edit-dialog-dark.png') });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'hidden' });

      await details.getByRole('button', { name: 'Show event chart' }).click();
      const chart = page.getByRole('dialog', { name: 'Event chart' });
      await chart.locator('svg.event-chart').waitFor();
      expect(await chart.locator('.mark-link').count()).toBeGreaterThan(1);
      await expectAccessible(page, 'event chart');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: screenPath('claims-event-chart-dark.png') });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.keyboard.press('Escape');
      await chart.waitFor({ state: 'hidden' });
      await details.getByRole('button', { name: 'Close details' }).click();
    });

    it('has no serious problems when no claim matches the filters', async () => {
      const search = filterBar(page).getByLabel('Search quotes');
      await search.fill('no such words anywhere');
      await search.press('Enter');
      await page.locator('.empty-state[data-empty="no-match"]').waitFor();
      await expectAccessible(page, 'no match');
      await page.locator('.empty-state').getByRole('button', { name: 'Clear filters' }).click();
      await waitForCount(page, countWords(claims.length));
    });

    it('moves through rows with the arrow keys, opens details with Enter, and keeps focus in the edit dialog', async () => {
      await page.reload();
      await waitForClaimsReady(page);
      await rowAt(page, 1).waitFor();
      const table = grid(page);
      await tabUntil(page, () => table.evaluate((el) => el === document.activeElement));
      expect((await focusSeen(page))?.ringed, 'the focused grid shows a focus ring').toBe(true);

      const activeRow = async (): Promise<string | null> => {
        const id = await table.getAttribute('aria-activedescendant');
        return id ? page.locator(`[id="${id}"]`).getAttribute('data-claim-id') : null;
      };
      const idAt = (i: number) => rowAt(page, i).getAttribute('data-claim-id');
      await page.keyboard.press('ArrowDown');
      expect(await activeRow()).toBe(await idAt(0));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await activeRow()).toBe(await idAt(2));
      await page.keyboard.press('ArrowUp');
      expect(await activeRow()).toBe(await idAt(1));
      expect(await rowAt(page, 1).getAttribute('class')).toContain('active');
      const chosen = await idAt(1);

      await page.keyboard.press('Enter');
      const heading = page.locator('.claim-details h2');
      await heading.waitFor();
      await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
      expect(await page.locator('.claim-details code').textContent()).toBe(chosen);

      const edit = page.locator('.claim-details').getByRole('button', { name: 'Edit' });
      await tabUntil(page, () => edit.evaluate((b) => b === document.activeElement));
      expect((await focusSeen(page))?.ringed, 'the focused button shows a focus ring').toBe(true);
      await page.keyboard.press('Enter');
      const editor = page.getByRole('dialog', { name: 'Edit claim' });
      await editor.waitFor();
      // Where focus is: in the open dialog, on the page behind it, or nowhere in the page (the
      // browser's own toolbar, where a native modal dialog lets Tab go once per round).
      const where = (): Promise<'dialog' | 'page' | 'none'> =>
        page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'none';
          return el.closest('dialog[open]') ? 'dialog' : 'page';
        });
      expect(await where(), 'focus moves into the dialog').toBe('dialog');
      const stops: string[] = [];
      for (const key of [
        ...Array<string>(25).fill('Tab'),
        ...Array<string>(25).fill('Shift+Tab'),
      ]) {
        await page.keyboard.press(key);
        const at = await where();
        stops.push(at === 'page' ? `page (${await focusIs(page)})` : at);
      }
      expect(
        stops.filter((s) => s.startsWith('page')),
        'nothing behind the dialog takes focus',
      ).toEqual([]);
      expect(stops.join(' '), 'focus comes straight back into the dialog').not.toContain(
        'none none',
      );
      expect(stops.filter((s) => s === 'dialog').length).toBeGreaterThan(40);

      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'hidden' });
      expect(await edit.evaluate((b) => b === document.activeElement), 'focus back on Edit').toBe(
        true,
      );
    });
  });
});
