import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBadges, type ShownBadge } from './support/badges';
import {
  countWords,
  filterBar,
  openClaims,
  waitForClaimsReady,
  waitForCount,
} from './support/claims-page';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { waitForScan } from './support/scan';
import { startServer, type StaticServer } from './support/server';

// Deleting or correcting a claim in the claims browser changes the verdicts of the pages that
// relied on it, the next time they are checked; and a deleted figure stays deleted when its
// page is read again. 000 and 004 report the same night: 132 vs 142 drones over Russia
// (conflicting), "at least 26" vs 27 over the Moscow region (corroborated).
const EARLIER = '000-abn-news.html';
const LATER = '004-euro-dispatch.html';
const EARLIER_OUTLET = 'ABN News';

async function badgesOf(page: Page, url: string): Promise<ShownBadge[]> {
  await page.goto(url);
  await waitForScan(page);
  return readBadges(page);
}

/** The badge of the figure `n` of `metric`; fails when there is none or more than one. */
function badge(badges: readonly ShownBadge[], metric: string, n: number): ShownBadge {
  const found = badges.filter((b) => b.metric === metric && b.n === n);
  if (found.length !== 1) throw new Error(`${found.length} badges for ${metric} ${n}`);
  return found[0] as ShownBadge;
}

describe('editing and deleting claims changes the verdicts', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let news: Page;
  let claims: Page;
  /** How many claims each page stored. */
  let earlierCount = 0;
  let total = 0;

  beforeAll(async () => {
    server = await startServer();
    ext = await launchWithExtension();
    news = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('starts with 142 conflicting and 27 corroborated on the later page', async () => {
    earlierCount = (await badgesOf(news, server.url(EARLIER))).length;
    const later = await badgesOf(news, server.url(LATER));
    total = earlierCount + later.length;
    expect(badge(later, 'drones.downed', 142).verdict).toBe('conflicting');
    expect(badge(later, 'drones.downed', 27).verdict).toBe('corroborated');

    claims = await openClaims(ext);
    await waitForCount(claims, countWords(total));
    const bar = filterBar(claims);
    await bar.getByLabel('Outlet').fill(EARLIER_OUTLET);
    await bar.getByLabel('Outlet').press('Enter');
    await waitForCount(claims, countWords(earlierCount, total));
  });

  it('deleting the earlier page’s 132 (after confirming) leaves 142 single-source', async () => {
    const row = claims.locator('[data-claim-id]', {
      has: claims.locator('.cell-value', { hasText: /^132$/ }),
    });
    await row.click();
    const details = claims.locator('.claim-details');
    await expect.poll(() => details.getByRole('heading').first().textContent()).toMatch(/^132 /);
    await details.getByRole('button', { name: 'Delete' }).click();
    const confirm = claims.getByRole('dialog', { name: 'Delete claims' });
    expect(await confirm.textContent()).toContain('Delete 1 claim?');
    await confirm.getByRole('button', { name: 'Delete 1 claim' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await waitForCount(claims, countWords(earlierCount - 1, total - 1));
    expect(await row.count()).toBe(0);

    const later = await badgesOf(news, server.url(LATER));
    expect(badge(later, 'drones.downed', 142).verdict).toBe('single-source');
    expect(badge(later, 'drones.downed', 27).verdict).toBe('corroborated');
  });

  it('editing "at least 26" into exactly 40 makes 27 conflicting', async () => {
    const row = claims.locator('[data-claim-id]', {
      has: claims.locator('.cell-value', { hasText: /^at least 26$/ }),
    });
    await row.click();
    const details = claims.locator('.claim-details');
    await details.getByRole('button', { name: 'Edit' }).click();
    const editor = claims.getByRole('dialog', { name: 'Edit claim' });
    await editor.getByLabel('Qualifier').selectOption('exact');
    await editor.getByLabel('Number as written').fill('40');
    await editor.getByLabel('Lowest (blank: no lower bound)').fill('40');
    await editor.getByLabel('Highest (blank: no upper bound)').fill('40');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.waitFor({ state: 'hidden' });
    await expect.poll(() => details.getByRole('heading').first().textContent()).toMatch(/^40 /);
    await claims
      .locator('[data-claim-id] .cell-value', { hasText: /^40$/ })
      .waitFor({ state: 'visible' });
    // An edit is a correction, not a new claim.
    await waitForCount(claims, countWords(earlierCount - 1, total - 1));

    const later = await badgesOf(news, server.url(LATER));
    expect(badge(later, 'drones.downed', 27).verdict).toBe('conflicting');
    expect(badge(later, 'drones.downed', 142).verdict).toBe('single-source');
  });

  it('reading the earlier page again brings back neither the deleted nor the original figure', async () => {
    const earlier = await badgesOf(news, server.url(EARLIER));
    // The page still says 132 and "at least 26": it is marked, but what the user decided stays.
    expect(earlier.length).toBe(earlierCount);
    const later = await badgesOf(news, server.url(LATER));
    expect(badge(later, 'drones.downed', 142).verdict).toBe('single-source');
    expect(badge(later, 'drones.downed', 27).verdict).toBe('conflicting');

    await claims.reload();
    await waitForClaimsReady(claims);
    await waitForCount(claims, countWords(earlierCount - 1, total - 1));
    const values = await claims.locator('[data-claim-id] .cell-value').allTextContents();
    expect(values).not.toContain('132');
    expect(values).not.toContain('at least 26');
    expect(values).toContain('40');
  });
});
