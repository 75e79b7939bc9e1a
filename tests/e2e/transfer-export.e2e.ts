import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/claim';
import { ClaimsListSchema } from '../../lib/transfer/claims-list';
import { readBadges } from './support/badges';
import { claimsDialogs, cellsOf, COLUMNS, PAGE_COLUMNS } from './support/claim-files';
import {
  countWords,
  filterBar,
  openClaims,
  seedMentions,
  waitForCount,
} from './support/claims-page';
import { csvObjects } from './support/csv';
import { downloadOf } from './support/download';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { fillClaims, syntheticClaims, workerOf } from './support/fill';
import { openPopup } from './support/popup';
import { waitForScan } from './support/scan';
import { startServer, type StaticServer } from './support/server';

// Export as a user does it, from the claims browser and from the popup: the downloaded files
// are read back and checked against docs/export-import.md.
const NOW = '2025-08-01T12:00:00.000Z';
const STORED = syntheticClaims(seedMentions(), 3000, 0, NOW);
const ids = (claims: readonly { id: string }[]): Set<string> => new Set(claims.map((c) => c.id));

describe('export', () => {
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

  it('exports every claim as CSV, with the documented columns', async () => {
    const panel = await dialogs.open('Export…', 'Export claims');
    expect(await panel.getByLabel('CSV (spreadsheets)').isChecked()).toBe(true);
    const file = await downloadOf(page, () =>
      panel
        .getByRole('button', { name: `Export everything (${countWords(STORED.length)})` })
        .click(),
    );
    expect(file.name).toMatch(/^figure-check-claims-\d{4}-\d{2}-\d{2}\.csv$/);
    const { header, rows } = csvObjects(file.text);
    expect(header).toEqual(COLUMNS);
    expect(rows).toHaveLength(STORED.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(ids(STORED));
    const sample = STORED[1234] as Claim;
    expect(rows.find((r) => r.id === sample.id)).toEqual(cellsOf(sample));
    expect(await panel.getByRole('status').textContent()).toContain(
      `Exported ${countWords(STORED.length)}`,
    );
  });

  it('exports every claim as a claims-list/1 JSON document', async () => {
    const panel = dialogs.dialog('Export claims');
    await panel.getByLabel('JSON (claims list)').check();
    const file = await downloadOf(page, () =>
      panel.getByRole('button', { name: /^Export everything/ }).click(),
    );
    expect(file.name).toMatch(/^figure-check-claims-\d{4}-\d{2}-\d{2}\.json$/);
    const list = ClaimsListSchema.parse(JSON.parse(file.text));
    expect(list.format).toBe('claims-list/1');
    expect(list.claims).toHaveLength(STORED.length);
    expect(ids(list.claims)).toEqual(ids(STORED));
    const sample = STORED[42] as Claim;
    expect(list.claims.find((c) => c.id === sample.id)).toEqual(sample);
    await dialogs.close('Export claims');
  });

  it('exports only the filtered claims with "Export filtered"', async () => {
    const wanted = STORED.filter((c) => c.metric === 'drones.launched' && c.place?.code === 'UA');
    await filterBar(page).getByLabel('Metric').selectOption('drones.launched');
    await filterBar(page).getByLabel('Place').selectOption('UA');
    await waitForCount(page, countWords(wanted.length, STORED.length));
    const panel = await dialogs.open('Export…', 'Export claims');
    await panel.getByLabel('CSV (spreadsheets)').check();
    const file = await downloadOf(page, () =>
      panel.getByRole('button', { name: `Export filtered (${countWords(wanted.length)})` }).click(),
    );
    const { rows } = csvObjects(file.text);
    expect(rows).toHaveLength(wanted.length);
    expect(new Set(rows.map((r) => r.id))).toEqual(ids(wanted));
    expect(new Set(rows.map((r) => `${r.metric} ${r.place_code}`))).toEqual(
      new Set(['drones.launched UA']),
    );
    await dialogs.close('Export claims');
    await filterBar(page).getByRole('button', { name: 'Clear filters' }).click();
    await waitForCount(page, countWords(STORED.length));
  });

  it("exports a page's figures with their verdicts from the popup", async () => {
    const news = await ext.context.newPage();
    await news.goto(server.url('000-abn-news.html'));
    await waitForScan(news);
    // Its canonical URL names another site, so its figures are recorded under its own address.
    const earlierUrl = server.url('000-abn-news.html');
    await news.goto(server.url('004-euro-dispatch.html'));
    await waitForScan(news);
    const badges = await readBadges(news);

    const popup = await openPopup(ext, news);
    const group = popup.getByRole('group', { name: 'Export this page' });
    const file = await downloadOf(popup, () => group.getByRole('button', { name: 'CSV' }).click());
    expect(file.name).toMatch(/^figure-check-page-\d{4}-\d{2}-\d{2}\.csv$/);
    const { header, rows } = csvObjects(file.text);
    expect(header).toEqual([...COLUMNS, ...PAGE_COLUMNS]);
    const key = (n: string | number, verdict: string): string => `${n} ${verdict}`;
    expect(rows.map((r) => key(r.value_n ?? '', r.verdict ?? '')).sort()).toEqual(
      badges.map((b) => key(b.n, b.verdict)).sort(),
    );
    // 142 drones over Russia: the earlier page's 132 disagrees, and is named by its URL.
    const conflict = rows.find((r) => r.value_n === '142');
    expect(conflict?.verdict).toMatch(/^(conflicting|mixed)$/);
    expect(Number(conflict?.disagree_count)).toBeGreaterThan(0);
    expect((conflict?.disagree_sources ?? '').split(' ')).toContain(earlierUrl);
    for (const r of rows) {
      expect(Number(r.agree_count)).toBe(r.agree_sources ? r.agree_sources.split(' ').length : 0);
    }
    await popup.close();
    await news.close();
  });
});
