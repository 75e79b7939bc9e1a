import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import { newsArticle } from './support/article';
import { badgeButton, cardDialog, readBadges, type ShownBadge } from './support/badges';
import {
  cellsOf,
  claimsDialogs,
  COLUMNS,
  CSV_HEADER,
  csvRow,
  importSummary as summary,
  shownTotal,
} from './support/claim-files';
import {
  countWords,
  filterBar,
  openClaims,
  seedMentions,
  waitForCount,
} from './support/claims-page';
import { csvRecord } from './support/csv';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { fillClaims, syntheticClaims, workerOf } from './support/fill';
import { waitForScan } from './support/scan';
import { screenPath } from './support/seeds';
import { startServer, type StaticServer } from './support/server';

// Import as a user does it, choosing files in the claims browser: claims files with bad rows,
// a large file, and the Air Force's official record, whose figures the badge cards then name.
const NOW = '2025-08-01T12:00:00.000Z';
const mentions = seedMentions();
const STORED = syntheticClaims(mentions, 3000, 0, NOW);
const OFFICIAL_SAMPLE = fileURLToPath(
  new URL('../fixtures/transfer/official-sample.csv', import.meta.url),
);
/** Claims in the large file: about 6 MB of CSV. */
const BIG = 13_000;

describe('import', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let dialogs: ReturnType<typeof claimsDialogs>;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
    await fillClaims(workerOf(ext), STORED);
    page = await openClaims(ext);
    dialogs = claimsDialogs(page);
    await waitForCount(page, countWords(STORED.length));
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  // New claims in the documented format, with bad rows among them.
  const fresh = syntheticClaims(mentions, 14, 500_000, NOW);
  const good = fresh
    .slice(0, 10)
    .map((c, i) =>
      i === 6
        ? { ...c, quote: 'First line of the quote,\nsecond line with "quotes",\nthird line.' }
        : c,
    );
  const cells = fresh.slice(10).map(cellsOf);
  const badCsv = [
    CSV_HEADER, // line 1
    ...good.slice(0, 5).map((c) => csvRow(cellsOf(c))), // lines 2-6
    csvRow({ ...cells[0], metric: 'Drones Downed!' }), // line 7
    csvRow(cellsOf(good[5] as Claim)), // line 8
    csvRow(cellsOf(good[6] as Claim)), // lines 9-11: a quote over three lines
    csvRow({ ...cells[1], date: '20 July 2025' }), // line 12
    ...good.slice(7).map((c) => csvRow(cellsOf(c))), // lines 13-15
    csvRow({ ...cells[2], value_n: 'nine' }), // line 16
    // line 17: the last cell's quote is never closed
    `${csvRecord(COLUMNS.slice(0, -1).map((name) => cells[3]?.[name] ?? ''))},"2025-08-01`,
  ].join('\r\n');

  it('imports a CSV, reporting each bad row by its line, and again adds nothing', async () => {
    const before = await shownTotal(page);
    const file = { name: 'bad-rows.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv) };
    await dialogs.importFile('claims', file, summary(14, 'claims CSV', { added: 10, rejected: 4 }));
    const rejected = await dialogs.rejectedLines();
    expect(rejected.map((r) => /^line (\d+):/.exec(r)?.[1])).toEqual(['7', '12', '16', '17']);
    expect(rejected[0]).toMatch(/^line 7: metric/);
    expect(rejected[1]).toMatch(/^line 12: date/);
    expect(rejected[2]).toMatch(/^line 16: value_n: "nine"/);
    expect(rejected[3]).toMatch(/^line 17: .*quoted field is not closed/);
    await dialogs.close('Import claims');
    await waitForCount(page, countWords(before + 10));
    // The quote over three lines came in whole.
    await filterBar(page).getByLabel('Search quotes').fill('third line');
    await filterBar(page).getByLabel('Search quotes').press('Enter');
    await waitForCount(page, countWords(1, before + 10));
    await page.locator('[data-claim-id]').first().click();
    expect(await page.locator('.claim-details .quote').textContent()).toBe(good[6]?.quote);
    await page.getByRole('button', { name: 'Close details' }).click();
    await filterBar(page).getByRole('button', { name: 'Clear filters' }).click();
    await waitForCount(page, countWords(before + 10));

    await dialogs.importFile(
      'claims',
      file,
      summary(14, 'claims CSV', { added: 0, unchanged: 10, rejected: 4 }),
    );
    expect(await dialogs.rejectedLines()).toEqual(rejected);
    await dialogs.close('Import claims');
    // The page counts again after an import: the stored total is read once that has settled.
    expect(await shownTotal(page)).toBe(before + 10);
  });

  it('imports a claims-list/1 JSON file the same way', async () => {
    const before = await shownTotal(page);
    const more = syntheticClaims(mentions, 6, 600_000, NOW);
    const lines = [
      '{"format":"claims-list/1","id":"e2e-import","name":"E2E import","updatedAt":"2025-08-01T12:00:00Z","cursor":null,"claims":[', // line 1
      `${JSON.stringify(more[0])},`, // line 2
      `${JSON.stringify(more[1])},`, // line 3
      `${JSON.stringify({ ...more[4], metric: 'Drones Downed!' })},`, // line 4
      `${JSON.stringify(more[2])},`, // line 5
      `${JSON.stringify({ ...more[5], value: { ...more[5]?.value, n: 'nine' } })},`, // line 6
      `${JSON.stringify(more[3])}`, // line 7
      '],"deleted":[]}', // line 8
    ];
    const file = {
      name: 'list.json',
      mimeType: 'application/json',
      buffer: Buffer.from(lines.join('\n')),
    };
    await dialogs.importFile('claims', file, summary(6, 'claims JSON', { added: 4, rejected: 2 }));
    const rejected = await dialogs.rejectedLines();
    // A JSON claim is named by its place in the list too (a minified file is all line 1).
    const where = rejected.map((r) => /^line (\d+), claim (\d+):/.exec(r)?.slice(1).join(' '));
    expect(where).toEqual(['4 3', '6 5']);
    await dialogs.close('Import claims');
    await waitForCount(page, countWords(before + 4));

    await dialogs.importFile(
      'claims',
      file,
      summary(6, 'claims JSON', { added: 0, unchanged: 4, rejected: 2 }),
    );
    await dialogs.close('Import claims');
    expect(await shownTotal(page)).toBe(before + 4);
  });

  it('shows the progress of a large import while the page stays usable', async () => {
    const before = await shownTotal(page);
    const big = syntheticClaims(mentions, BIG, 300_000, NOW);
    const text = [CSV_HEADER, ...big.map((c) => csvRow(cellsOf(c)))].join('\r\n');
    expect(text.length).toBeGreaterThan(5_000_000);
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('dialog progress');
        if (bar instanceof HTMLProgressElement && seen.at(-1) !== bar.value) seen.push(bar.value);
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    const panel = await dialogs.open('Import…', 'Import claims');
    const started = Date.now();
    await panel.getByLabel(/^Claims file/).setInputFiles({
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    await panel.locator('progress').waitFor();
    // Close the dialog and use the page while the import goes on.
    await dialogs.close('Import claims');
    const search = filterBar(page).getByLabel('Search quotes');
    await search.pressSequentially('kyiv');
    expect(await search.inputValue()).toBe('kyiv');
    expect(await page.locator('dialog progress').count(), 'still importing').toBe(1);
    await search.fill('');
    await search.press('Enter');

    await dialogs.open('Import…', 'Import claims');
    await panel
      .locator('.import-summary', { hasText: summary(BIG, 'claims CSV', { added: BIG }) })
      .waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: number[] }).progressSeen,
    );
    console.info(
      `imported ${(text.length / 1e6).toFixed(1)} MB in ${Date.now() - started} ms; ` +
        `progress went ${seen.join(' ')}`,
    );
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    await dialogs.close('Import claims');
    await waitForCount(page, countWords(before + BIG));
  });

  it('imports the Air Force record and reports its one bad row', async () => {
    const before = await shownTotal(page);
    await dialogs.importFile(
      'official',
      OFFICIAL_SAMPLE,
      summary(31, 'Air Force dataset', { added: 60, rejected: 1 }),
    );
    expect(await dialogs.rejectedLines()).toEqual([
      'line 15: launched: "many" is not a whole number',
    ]);
    await dialogs.close('Import claims');
    await waitForCount(page, countWords(before + 60));
    await filterBar(page).getByLabel('Origin').selectOption('official');
    await waitForCount(page, countWords(60, before + 60));
    await filterBar(page).getByRole('button', { name: 'Clear filters' }).click();
  });

  it('names the Air Force record on the cards of a matching and of a differing figure', async () => {
    const news = await ext.context.newPage();
    await news.setViewportSize({ width: 1280, height: 800 });
    const article = (n: number): string =>
      newsArticle({
        title: 'Russia launches a massive drone attack on Ukraine',
        published: '2025-07-09T10:00:00Z',
        outlet: 'Test Wire',
        sentences: [`Russia launched ${n} drones at Ukraine overnight, Ukraine's air force said.`],
      });
    const card = async (url: string): Promise<{ badge: ShownBadge; text: string }> => {
      await news.goto(url);
      await waitForScan(news);
      const badges = await readBadges(news);
      expect(badges, 'one figure on the page').toHaveLength(1);
      const badge = badges[0] as ShownBadge;
      await badgeButton(news, badge.figureId).click();
      await cardDialog(news).waitFor({ state: 'visible' });
      return { badge, text: (await cardDialog(news).textContent()) ?? '' };
    };

    const same = await card(server.addPage('/air-force-728.html', article(728)));
    expect(same.badge).toMatchObject({ metric: 'drones.launched', n: 728 });
    expect(same.badge.verdict).toBe('corroborated');
    expect(same.text).toContain('Matches the Ukrainian Air Force record (728)');
    await news.screenshot({ path: screenPath('official-record-match.png') });

    const other = await card(server.addPage('/air-force-700.html', article(700)));
    expect(other.badge).toMatchObject({ metric: 'drones.launched', n: 700 });
    expect(other.badge.verdict).toBe('conflicting');
    expect(other.text).toContain('The Ukrainian Air Force record says 728');
    await news.screenshot({ path: screenPath('official-record-conflict.png') });
    await news.close();
  });
});
