import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBadges } from './support/badges';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { OTHER_NEWS_HOST } from './support/hosts';
import {
  articlePage,
  openOptions,
  readStored,
  waitForSettings,
  waitForStatus,
  writeStored,
} from './support/options-page';
import { openPopup } from './support/popup';
import { popupState, readPopupRows } from './support/popup-view';
import { readMarks, rescan, waitForScan } from './support/scan';
import { LAST_SEED, readSeeds } from './support/seeds';
import { startServer, type StaticServer } from './support/server';

// The options page, in one profile, in this order: a settings value another release left
// corrupt, the badge modes (global and per site), recording, retention, and clearing all data.

/** The verdicts of the badges `page` shows, sorted. */
async function shownVerdicts(page: Page): Promise<string[]> {
  return (await readBadges(page)).map((b) => b.verdict).sort();
}

/** What the stored settings hold for one field. */
async function storedSetting(ext: ExtensionBrowser, field: string): Promise<unknown> {
  const settings = await readStored(ext, 'settings');
  return typeof settings === 'object' && settings !== null
    ? (settings as Record<string, unknown>)[field]
    : undefined;
}

const NIGHT =
  "Russia's Defence Ministry said on Sunday that air defences shot down 45 Ukrainian drones " +
  'over the Belgorod region overnight.';

describe('the options page', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let options: Page;
  /** The last seed page on a built-in site, read after the others: it has a conflict. */
  let reuters: Page;
  /** The same story on another built-in site, with no badge mode of its own. */
  let apnews: Page;
  /** The verdicts of every figure of the last seed page. */
  let all: string[];
  /** Those of them that the "conflicts" mode badges. */
  let pressing: string[];
  /** The same on the Associated Press copy of the page. */
  let allAp: string[];
  let pressingAp: string[];

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('tells once which settings could not be read and were reset', async () => {
    // As a corrupt profile would hold them: one unreadable field among good ones.
    await writeStored(ext, { settings: { retentionDays: 'forever', badgeMode: 'all' } });
    options = await openOptions(ext);
    const notice = options.locator('.notice[role="alert"]');
    expect(await notice.textContent()).toBe(
      'These settings could not be read and were reset to their defaults: Keep browsed claims for.',
    );
    expect(await options.locator('#retention').inputValue()).toBe('180');
    expect(await storedSetting(ext, 'retentionDays')).toBe(180);
    await options.reload();
    await waitForSettings(options);
    expect(await notice.count()).toBe(0);
  });

  it('has every section, each site with a switch and a badge choice', async () => {
    const headings = await options.locator('h2').allTextContents();
    expect(headings).toEqual([
      'Where Figure Check runs',
      'Badges',
      'Recording',
      'Team lists',
      'Data',
    ]);
    expect(await options.locator('h3').allTextContents()).toEqual([
      'Sites you turned on',
      'Wire services',
      'International outlets',
      'Ukrainian outlets (English editions)',
      'Russian outlets (English editions)',
      'Add a team list',
    ]);
    expect(await options.getByText('None yet.').isVisible()).toBe(true);
    const switches = options.getByRole('switch');
    expect(await switches.count()).toBeGreaterThan(10);
    expect(await options.locator('select[id^="badges-"]').count()).toBe(await switches.count());
    expect(await options.getByRole('switch', { name: /^Reuters/ }).isChecked()).toBe(true);
    expect(await options.getByLabel('Badges on Reuters').inputValue()).toBe('default');
    expect(await options.getByRole('radio', { name: 'On every figure' }).isChecked()).toBe(true);
    const record = options.getByRole('checkbox', { name: 'Record the figures of pages you read' });
    expect(await record.isChecked()).toBe(true);
    expect(await options.getByLabel('Keep figures from pages you read for').inputValue()).toBe(
      '180',
    );
    for (const name of ['Open the claims browser', 'Clear all data…']) {
      expect(await options.getByRole('button', { name }).isVisible(), name).toBe(true);
    }
  });

  it('shows only conflicting badges, at once, when the global mode says so', async () => {
    reuters = await ext.context.newPage();
    await readSeeds(reuters, server);
    apnews = await ext.context.newPage();
    await apnews.goto(server.url(LAST_SEED, OTHER_NEWS_HOST));
    await waitForScan(apnews);
    all = await shownVerdicts(reuters);
    expect(all).toContain('conflicting');
    expect(all).toContain('corroborated');
    // The copy on another site is another source (its canonical URL on a third site counts for
    // neither), so the Reuters copy agrees with it: a badge on every figure, verdicts its own.
    allAp = await shownVerdicts(apnews);
    expect(allAp).toHaveLength(all.length);
    pressing = all.filter((v) => v === 'conflicting' || v === 'mixed');
    pressingAp = allAp.filter((v) => v === 'conflicting' || v === 'mixed');
    expect(pressingAp.length).toBeGreaterThan(0);

    await options.bringToFront();
    await options.getByRole('radio', { name: 'Only where sources conflict' }).check();
    await waitForStatus(options, 'Saved.');
    // No reload: the open pages follow the change.
    await expect.poll(() => shownVerdicts(reuters)).toEqual(pressing);
    await expect.poll(() => shownVerdicts(apnews)).toEqual(pressingAp);
    // The figures are still marked, just not badged.
    expect((await readMarks(reuters)).length).toBe(all.length);
  });

  it("takes a site's badges away with its own mode; other sites keep the global one", async () => {
    await options.getByLabel('Badges on Reuters').selectOption('off');
    await expect.poll(() => storedSetting(ext, 'siteBadgeModes')).toEqual({ 'reuters.com': 'off' });
    await expect.poll(() => reuters.locator('figure-check-badge').count()).toBe(0);
    const figures = await readMarks(reuters);
    expect(figures.length).toBe(all.length);
    // The popup still lists every figure of the page.
    const popup = await openPopup(ext, reuters);
    expect(await popupState(popup)).toBe('ready');
    expect((await readPopupRows(popup)).map((r) => r.figureId).sort()).toEqual(
      figures.map((f) => f.id).sort(),
    );
    await popup.close();
    // Associated Press has no mode of its own, so it still badges the conflicts.
    await apnews.reload();
    await waitForScan(apnews);
    expect(await shownVerdicts(apnews)).toEqual(pressingAp);

    // Back to the defaults: every badge on both sites again.
    await options.bringToFront();
    await options.getByLabel('Badges on Reuters').selectOption('default');
    await options.getByRole('radio', { name: 'On every figure' }).check();
    await expect.poll(() => shownVerdicts(reuters)).toEqual(all);
    await expect.poll(() => shownVerdicts(apnews)).toEqual(allAp);
    await apnews.close();
  });

  it('records nothing from pages read while recording is off', async () => {
    const first = server.addPage(
      '/night-first.html',
      articlePage('Night Watch', 'nightwatch', NIGHT),
    );
    const second = server.addPage(
      '/night-second.html',
      articlePage('Morning Wire', 'morningwire', NIGHT),
    );
    await options.getByRole('checkbox', { name: 'Record the figures of pages you read' }).uncheck();
    await expect.poll(() => storedSetting(ext, 'recordBrowsed')).toBe(false);
    await reuters.goto(first);
    await waitForScan(reuters);
    expect(await shownVerdicts(reuters)).toEqual(['single-source']);

    await options.getByRole('checkbox', { name: 'Record the figures of pages you read' }).check();
    await expect.poll(() => storedSetting(ext, 'recordBrowsed')).toBe(true);
    // The same figure from another outlet: the first page left nothing to check it against.
    await reuters.goto(second);
    await waitForScan(reuters);
    expect(await shownVerdicts(reuters)).toEqual(['single-source']);
    // Read with recording on, the two pages do corroborate each other.
    await reuters.goto(first);
    await waitForScan(reuters);
    expect(await shownVerdicts(reuters)).toEqual(['corroborated']);
  });

  it('accepts a retention from 1 to 3650 days and explains any other', async () => {
    const field = options.getByLabel('Keep figures from pages you read for');
    const error = options.locator('#retention-error');
    for (const wrong of ['0', '5000']) {
      await field.fill(wrong);
      await field.press('Tab');
      expect(await error.textContent(), wrong).toBe('Enter a whole number of days from 1 to 3650.');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.getAttribute('aria-describedby')).toContain('retention-error');
      expect(await storedSetting(ext, 'retentionDays')).toBe(180);
    }
    await field.fill('30');
    await field.press('Tab');
    await expect.poll(() => storedSetting(ext, 'retentionDays')).toBe(30);
    expect(await error.count()).toBe(0);
    expect(await field.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows the stored settings again after a reload', async () => {
    await options.getByRole('radio', { name: 'Only where sources conflict' }).check();
    await options.getByLabel('Badges on Associated Press').selectOption('off');
    await expect.poll(() => storedSetting(ext, 'badgeMode')).toBe('conflicts');
    await expect.poll(() => storedSetting(ext, 'siteBadgeModes')).toEqual({ 'apnews.com': 'off' });
    await options.reload();
    await waitForSettings(options);
    expect(await options.getByLabel('Keep figures from pages you read for').inputValue()).toBe(
      '30',
    );
    expect(
      await options.getByRole('radio', { name: 'Only where sources conflict' }).isChecked(),
    ).toBe(true);
    expect(await options.getByLabel('Badges on Associated Press').inputValue()).toBe('off');
    expect(
      await options
        .getByRole('checkbox', { name: 'Record the figures of pages you read' })
        .isChecked(),
    ).toBe(true);
    await options.getByRole('radio', { name: 'On every figure' }).check();
    await expect.poll(() => storedSetting(ext, 'badgeMode')).toBe('all');
  });

  it('deletes every claim only after the second confirmation', async () => {
    await reuters.goto(server.url(LAST_SEED));
    await waitForScan(reuters);
    // Checked again, now also against the Associated Press copy read since.
    const before = await shownVerdicts(reuters);
    expect(before).toHaveLength(all.length);
    expect(before).not.toContain('single-source');

    await options.bringToFront();
    const clear = options.getByRole('button', { name: 'Clear all data…' });
    await clear.click();
    expect(await clear.getAttribute('aria-expanded')).toBe('true');
    const confirm = options.getByRole('group', { name: /Delete every stored claim/ });
    expect(await confirm.isVisible()).toBe(true);
    // The first click alone deletes nothing.
    await rescan(reuters);
    expect(await shownVerdicts(reuters)).toEqual(before);

    await options.getByRole('button', { name: 'Yes, delete all claims' }).click();
    const outcome = options.locator('p.ok');
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/^Deleted [1-9][\d,]* claims\.$/);
    expect(await confirm.count()).toBe(0);
    // Nothing is left to check the page against: every figure stands alone.
    await rescan(reuters);
    expect(await shownVerdicts(reuters)).toEqual(all.map(() => 'single-source'));
  });
});
