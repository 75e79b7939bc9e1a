import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterBar, openClaims, rowAt, urlQuery, waitForClaimsReady } from './support/claims-page';
import { claimFromMention } from '../../lib/claims/claim-id';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { fillClaims, workerOf } from './support/fill';
import { waitForScan } from './support/scan';
import { startServer, type StaticServer } from './support/server';

// A researcher's questions after reading two outlets about one night: which figures conflict,
// from when, and does the table still read at 1280 px with a claim's details open?

/** The text of every cell of the rendered rows, by column id. */
function cells(page: Page, column: string): Promise<string[]> {
  return page
    .locator(`[data-claim-id] .cell-${column}`)
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
}

/** Header and cells whose text does not fit their column (cut off with an ellipsis). */
function cutShort(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.claims-grid .cell, .claims-grid .sort-button'))
      .filter((el) => el.scrollWidth > el.clientWidth)
      .map((el) => (el.textContent ?? '').trim()),
  );
}

describe('the claims browser’s verdicts and dates', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let claims: Page;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
    // ABN News says 132 drones were downed over Russia on 20 July; Euro Dispatch says 142.
    const page = await ext.context.newPage();
    for (const file of ['000-abn-news.html', '004-euro-dispatch.html']) {
      await page.goto(server.url(file));
      await waitForScan(page);
    }
    await page.close();
    // And the longest words the table's columns are sized for, as the demo's pages bring them,
    // on enough pages that the table scrolls (its scroll bar takes room from the columns).
    await fillClaims(
      workerOf(ext),
      Array.from({ length: 40 }, (_, i) =>
        claimFromMention(
          {
            text: 'more than 440',
            quote: 'More than 440 drones were downed or jammed, the ministry said.',
            metric: 'drones.neutralized',
            value: { n: 440, min: 441, max: null, qualifier: 'more-than' },
            attacker: 'RU',
            group: null,
            place: { name: 'Moscow Oblast', code: 'RU-MOS', level: 'region' },
            date: '2025-09-17',
            attributedTo: 'Russian Defense Ministry',
          },
          {
            url: `https://japantoday.com/category/world/drones-${i}`,
            outlet: 'Japan Today (Reuters)',
            title: null,
            publishedAt: '2025-03-11',
          },
          'official',
          '2025-03-11T10:00:00.000Z',
        ),
      ),
    );
    claims = await openClaims(ext, '?sort=value&dir=asc');
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('says each claim’s verdict against the other sources', async () => {
    await rowAt(claims, 0).waitFor();
    // Verdicts come after the rows (asked for apart, a page of rows at a time): "—" until then.
    await expect
      .poll(async () => (await cells(claims, 'verdict')).filter((v) => v === '—').length)
      .toBe(0);
    const values = await cells(claims, 'value');
    const verdicts = await cells(claims, 'verdict');
    const verdictOf = (value: string) => verdicts[values.indexOf(value)];
    expect(verdictOf('132')).toBe('≠ Conflicting');
    expect(verdictOf('142')).toBe('≠ Conflicting');
    expect(
      verdicts.every((v) => /^(≠ Conflicting|± Mixed|✓ Corroborated|Single source)$/.test(v)),
    ).toBe(true);
  });

  it('lists only the conflicts when the verdict filter says so, and keeps it in the URL', async () => {
    await filterBar(claims).getByLabel('Verdict').selectOption('conflicting');
    await expect.poll(() => urlQuery(claims).verdict).toBe('conflicting');
    await expect
      .poll(async () => new Set(await cells(claims, 'verdict')))
      .toEqual(new Set(['≠ Conflicting']));
    expect(await cells(claims, 'value')).toEqual(expect.arrayContaining(['132', '142']));
    const options = await filterBar(claims)
      .getByLabel('Verdict')
      .locator('option')
      .evaluateAll((os) => os.map((o) => o.textContent));
    expect(options.slice(0, 3)).toEqual(['Any verdict', 'Conflicting', 'Mixed']);
  });

  it('takes a day as the table writes it, and says so when text is no day', async () => {
    const from = filterBar(claims).getByLabel('From');
    await from.fill('20 July 2025');
    await from.press('Enter');
    await expect.poll(() => urlQuery(claims).from).toBe('2025-07-20');
    expect(await from.inputValue()).toBe('20 Jul 2025');
    await from.fill('yesterday');
    await from.press('Enter');
    await claims.getByRole('alert').filter({ hasText: 'Write a day like 11 Mar 2025' }).waitFor();
    expect(urlQuery(claims).from).toBe('2025-07-20');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
  });

  it('holds at 1280 px with a claim’s details open: no column cut to a stub', async () => {
    await claims.goto(claims.url().replace(/\?.*$/, ''));
    await waitForClaimsReady(claims);
    await rowAt(claims, 0).click();
    await claims.locator('.claim-details').waitFor();
    // Verdicts come after the rows: wait for them, so their words are measured too.
    await expect.poll(async () => (await cells(claims, 'verdict')).includes('—')).toBe(false);
    const grid = claims.locator('.claims-grid');
    expect(await grid.evaluate((g) => g.scrollWidth <= g.clientWidth)).toBe(true);
    expect(await cutShort(claims)).toEqual([]);
  });
});
