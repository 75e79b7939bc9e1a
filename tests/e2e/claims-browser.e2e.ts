import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import { formatValue } from '../../lib/claims/interval';
import {
  byDate,
  byValue,
  claimsUrl,
  countWords,
  filterBar,
  grid,
  least,
  openClaims,
  renderedRows,
  rowAt,
  seedMentions,
  urlQuery,
  waitForClaimsReady,
  waitForCount,
  waitForRow,
} from './support/claims-page';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { fillManyClaims } from './support/bulk-fill';
import { syntheticClaims, workerOf } from './support/fill';
import { screenPath } from './support/seeds';

// The claims browser over 100,000 stored claims: what a researcher sees after months of reading.
const TOTAL = 100_000;
const NOW = '2025-08-01T12:00:00.000Z';
/** Fewer rows than this in the DOM: the list is virtualised, not 100,000 elements. */
const WINDOW_LIMIT = 200;

const mentions = seedMentions();
/** Every hundredth claim came from an imported file, so the origin filter has something to do. */
const claims: Claim[] = syntheticClaims(mentions, TOTAL, 0, NOW).map((c, k) =>
  k % 100 === 50 ? { ...c, origin: 'imported' } : c,
);
const count = (keep: (c: Claim) => boolean): number => claims.filter(keep).length;
const words = (keep: (c: Claim) => boolean): string => countWords(count(keep), TOTAL);
const reversed =
  (order: (a: Claim, b: Claim) => number) =>
  (a: Claim, b: Claim): number =>
    -order(a, b);

describe('the claims browser at 100,000 claims', () => {
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    ext = await launchWithExtension();
    const started = Date.now();
    await fillManyClaims(workerOf(ext), claims);
    console.info(`filled ${TOTAL} claims in ${Date.now() - started} ms`);
  }, 180_000);

  afterAll(async () => {
    await ext?.close();
  });

  it('shows the newest claims and the count at once, with only a window of rows in the DOM', async () => {
    page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const started = Date.now();
    await page.goto(claimsUrl(ext));
    await waitForClaimsReady(page);
    const newest = least(claims, reversed(byDate));
    await waitForRow(page, 0, newest.id);
    const firstRows = Date.now() - started;
    await waitForCount(page, countWords(TOTAL));
    console.info(`first rows after ${firstRows} ms, count line after ${Date.now() - started} ms`);

    const rows = await renderedRows(page);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(WINDOW_LIMIT);
    expect(await grid(page).getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    expect(await rowAt(page, 0).locator('.cell-value').textContent()).toBe(
      formatValue(newest.value),
    );
    await page.screenshot({ path: screenPath('claims-browser.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenPath('claims-browser-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('reaches the last of 100,000 rows with End, still rendering only a window', async () => {
    const oldest = least(claims, byDate);
    await grid(page).focus();
    const started = Date.now();
    await page.keyboard.press('End');
    await waitForRow(page, TOTAL - 1, oldest.id);
    console.info(`last row shown ${Date.now() - started} ms after End`);
    expect(await grid(page).getAttribute('aria-activedescendant')).toBe(
      await rowAt(page, TOTAL - 1).getAttribute('id'),
    );
    const rows = await renderedRows(page);
    expect(rows.length).toBeLessThan(WINDOW_LIMIT);
    expect(rows.at(-1)?.index).toBe(TOTAL - 1);
    expect(rows[0]?.index).toBeGreaterThan(TOTAL - WINDOW_LIMIT);

    // Setting scrollTop (a scrollbar drag) half way down shows the rows there.
    const middle = [...claims].sort(reversed(byDate))[TOTAL / 2];
    await grid(page).evaluate((box) => {
      const header = box.querySelector('.claims-head')?.clientHeight ?? 0;
      box.scrollTop = (box.scrollHeight - header) / 2;
    });
    await page.waitForFunction(
      (row) => document.querySelector(`[data-claim-id][aria-rowindex="${row}"]`) !== null,
      TOTAL / 2 + 2,
    );
    await waitForRow(page, TOTAL / 2, middle?.id ?? '');
    expect((await renderedRows(page)).length).toBeLessThan(WINDOW_LIMIT);
  });

  it('sorts by value both ways and says so with aria-sort and in the URL', async () => {
    const header = page.locator('[role="columnheader"].cell-value');
    await header.getByRole('button').click();
    await waitForRow(page, 0, least(claims, reversed(byValue)).id);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(urlQuery(page)).toMatchObject({ sort: 'value', dir: 'desc' });
    const highest = least(claims, reversed(byValue));
    expect(highest.value.n).toBe(Math.max(...mentions.map((m) => m.value.n)));
    expect(await rowAt(page, 0).locator('.cell-value').textContent()).toBe(
      formatValue(highest.value),
    );

    await header.getByRole('button').click();
    await waitForRow(page, 0, least(claims, byValue).id);
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(urlQuery(page)).toMatchObject({ sort: 'value', dir: 'asc' });
    expect(await page.locator('[role="columnheader"].cell-date').getAttribute('aria-sort')).toBe(
      null,
    );
    // Sorting does not change what is counted (the line may say it is counting meanwhile).
    await waitForCount(page, countWords(TOTAL));
  });

  it('narrows the count with each filter: metric, outlet, origin, dates and words', async () => {
    const bar = filterBar(page);
    const clear = async (): Promise<void> => {
      await bar.getByRole('button', { name: 'Clear filters' }).click();
      await waitForCount(page, countWords(TOTAL));
    };
    const timings: string[] = [];
    const timed = async (name: string, expected: string): Promise<void> => {
      const started = Date.now();
      await waitForCount(page, expected);
      timings.push(`${name} ${Date.now() - started} ms`);
    };

    await bar.getByLabel('Metric').selectOption('drones.launched');
    await timed(
      'metric',
      words((c) => c.metric === 'drones.launched'),
    );
    expect(urlQuery(page)).toMatchObject({ metric: 'drones.launched' });
    // The rows follow the count: every row shown is of that metric.
    await expect
      .poll(
        async () => new Set(await page.locator('[data-claim-id] .cell-metric').allTextContents()),
      )
      .toEqual(new Set(['drones launched']));
    await clear();

    // Outlets match whatever the case.
    await bar.getByLabel('Outlet').fill('outlet 7');
    await bar.getByLabel('Outlet').press('Enter');
    await timed(
      'outlet',
      words((c) => c.source.outlet === 'Outlet 7'),
    );
    expect(urlQuery(page)).toMatchObject({ outlet: 'outlet 7' });
    await clear();

    await bar.getByLabel('Origin').selectOption('imported');
    await timed(
      'origin',
      words((c) => c.origin === 'imported'),
    );
    expect(urlQuery(page)).toMatchObject({ origin: 'imported' });
    await clear();

    // Days are typed the way the table writes them.
    await bar.getByLabel('From').fill('1 Mar 2024');
    await bar.getByLabel('From').press('Enter');
    await bar.getByLabel('To').fill('31 Mar 2024');
    await bar.getByLabel('To').press('Enter');
    await timed(
      'dates',
      words((c) => c.date !== null && c.date >= '2024-03-01' && c.date <= '2024-03-31'),
    );
    expect(urlQuery(page)).toMatchObject({ from: '2024-03-01', to: '2024-03-31' });
    await clear();

    // Every word must appear in the quote (or the figure), whatever the case.
    await bar.getByLabel('Search quotes').fill('SOBYANIN drones');
    await bar.getByLabel('Search quotes').press('Enter');
    const has = (c: Claim, w: string): boolean =>
      c.quote.toLowerCase().includes(w) || c.text.toLowerCase().includes(w);
    const sobyanin = words((c) => has(c, 'sobyanin') && has(c, 'drones'));
    await timed('text', sobyanin);
    expect(sobyanin).not.toBe(countWords(TOTAL));
    expect(urlQuery(page)).toMatchObject({ q: 'SOBYANIN drones' });
    await clear();
    console.info(`filtered counts: ${timings.join(', ')}`);
  });

  it('keeps combined filters in the URL and restores them on reload', async () => {
    const bar = filterBar(page);
    await bar.getByLabel('Metric').selectOption('drones.downed');
    await bar.getByLabel('Origin').selectOption('browsed');
    await bar.getByLabel('From').fill('1 Jan 2024');
    await bar.getByLabel('From').press('Enter');
    await bar.getByLabel('To').fill('30 Jun 2024');
    await bar.getByLabel('To').press('Enter');
    await bar.getByLabel('Outlet').fill('Outlet 12');
    await bar.getByLabel('Outlet').press('Enter');
    await bar.getByLabel('Search quotes').fill('moscow');
    await bar.getByLabel('Search quotes').press('Enter');
    const keep = (c: Claim): boolean =>
      c.metric === 'drones.downed' &&
      c.origin === 'browsed' &&
      c.date !== null &&
      c.date >= '2024-01-01' &&
      c.date <= '2024-06-30' &&
      c.source.outlet === 'Outlet 12' &&
      (c.quote.toLowerCase().includes('moscow') || c.text.toLowerCase().includes('moscow'));
    const expected = words(keep);
    expect(count(keep)).toBeGreaterThan(0);
    await waitForCount(page, expected);
    const query = {
      metric: 'drones.downed',
      origin: 'browsed',
      from: '2024-01-01',
      to: '2024-06-30',
      outlet: 'Outlet 12',
      q: 'moscow',
      sort: 'value',
      dir: 'asc',
    };
    expect(urlQuery(page)).toEqual(query);
    const first = least(claims.filter(keep), byValue);
    await waitForRow(page, 0, first.id);

    await page.reload();
    await waitForClaimsReady(page);
    await waitForCount(page, expected);
    await waitForRow(page, 0, first.id);
    expect(urlQuery(page)).toEqual(query);
    expect(await bar.getByLabel('Metric').inputValue()).toBe('drones.downed');
    expect(await bar.getByLabel('Origin').inputValue()).toBe('browsed');
    expect(await bar.getByLabel('From').inputValue()).toBe('1 Jan 2024');
    expect(await bar.getByLabel('To').inputValue()).toBe('30 Jun 2024');
    expect(await bar.getByLabel('Outlet').inputValue()).toBe('Outlet 12');
    expect(await bar.getByLabel('Search quotes').inputValue()).toBe('moscow');
    expect(await page.locator('[role="columnheader"].cell-value').getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it("charts every source of a row's metric and place, and a point opens its source", async () => {
    const metric = 'drones.launched';
    const place = 'RU';
    const series = claims.filter(
      (c) => c.metric === metric && c.place?.code === place && c.date !== null,
    );
    const chartPage = await openClaims(ext, `?metric=${metric}&place=${place}`);
    await waitForCount(chartPage, countWords(series.length, TOTAL));
    await rowAt(chartPage, 0).click();
    const details = chartPage.locator('.claim-details');
    await details.getByRole('button', { name: 'Show event chart' }).click();
    const dialog = chartPage.getByRole('dialog', { name: 'Event chart' });
    const started = Date.now();
    const chart = dialog.locator('svg.event-chart');
    await chart.waitFor();
    console.info(`event chart of ${series.length} figures drawn in ${Date.now() - started} ms`);

    const points = chart.locator('a.mark-link');
    expect(await points.count()).toBe(series.length);
    const hrefs = await points.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(series.map((c) => c.source.url)));
    await chartPage.screenshot({ path: screenPath('claims-event-chart.png') });

    // The synthetic outlets do not exist: answer for them, so the new tab stays at the address.
    await ext.context.route(/^https:\/\/outlet\d+\.example\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Source</title>' }),
    );
    // The last point is drawn on top of the others, so a click lands on it.
    const point = points.last();
    const href = await point.getAttribute('href');
    expect(href).toMatch(/^https:\/\/outlet\d+\.example\/story\/\d+$/);
    const opened = ext.context.waitForEvent('page');
    await point.click();
    const tab = await opened;
    await tab.waitForURL(href ?? '');
    expect(tab.url()).toBe(href);
    await tab.close();
    await chartPage.close();
  });
});
