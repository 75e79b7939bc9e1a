import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerState,
  badgeButton,
  cardDialog,
  focused,
  readBadges,
  readCardLinks,
  type ShownBadge,
} from './support/badges';
import { launchWithExtension, type ExtensionBrowser } from './support/extension';
import { waitForScan } from './support/scan';
import { startServer, type StaticServer } from './support/server';

// Explained differences (CLAIMS.md section 2.1) as a reader meets them: two outlets report one
// night. The early one gives 296 shot down + 415 lost to jamming and six dead in Kyiv; the late
// one "711 intercepted" and a toll of 14. Neither pair is a dispute, and neither looks like one.
const SCREENS = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

async function visit(page: Page, url: string): Promise<ShownBadge[]> {
  await page.goto(url);
  await waitForScan(page);
  expect(await answerState(page), 'the background answered check-page').toBe('ok');
  return readBadges(page);
}

function badgeOf(badges: readonly ShownBadge[], metric: string, n: number): ShownBadge {
  const badge = badges.find((b) => b.metric === metric && b.n === n);
  if (!badge) throw new Error(`no badge for ${metric} ${n}: ${JSON.stringify(badges)}`);
  return badge;
}

/** Tabs from the top of the page to a badge, as a keyboard user would, and opens its card. */
async function openByKeyboard(page: Page, badge: ShownBadge): Promise<string> {
  await page.locator('body').focus();
  for (let i = 0; i < 20 && (await focused(page)) !== `badge:${badge.figureId}`; i++) {
    await page.keyboard.press('Tab');
  }
  expect(await focused(page)).toBe(`badge:${badge.figureId}`);
  await page.keyboard.press('Enter');
  const card = cardDialog(page);
  await card.waitFor({ state: 'visible' });
  await expect.poll(() => focused(page)).toBe('card');
  return (await card.textContent()) ?? '';
}

async function closeByKeyboard(page: Page, badge: ShownBadge): Promise<void> {
  await page.keyboard.press('Escape');
  await cardDialog(page).waitFor({ state: 'detached' });
  await expect.poll(() => focused(page)).toBe(`badge:${badge.figureId}`);
}

describe('explained and updated figures, badge to card by keyboard', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await startServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const first = await visit(page, server.url('explained-early.html'));
    expect(new Set(first.map((b) => b.verdict))).toEqual(new Set(['single-source']));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a total another outlet gives in parts as a sum, and says which parts', async () => {
    const badges = await visit(page, server.url('explained-late.html'));
    const total = badgeOf(badges, 'drones.downed', 711);
    expect(total.verdict).toBe('explained');
    expect(total.text).toBe('=sum');
    expect(total.label).toContain('711 = 296 shot down + 415 lost to jamming');
    const card = await openByKeyboard(page, total);
    expect(card).toContain('Explained differences');
    expect(card).toContain(
      '711 = 296 shot down + 415 lost to jamming (Ukrainian Air Force, Kyiv Ledger)',
    );
    expect(card).not.toContain('Conflicts');
    const links = await readCardLinks(page);
    expect(links.some((l) => l.text === 'Kyiv Ledger' && /^https?:\/\//.test(l.href))).toBe(true);
    await page.screenshot({ path: `${SCREENS}explained-sum.png` });
    await closeByKeyboard(page, total);
  });

  it('shows the later toll as the latest, with the earlier report in its timeline', async () => {
    const badges = await readBadges(page);
    const toll = badgeOf(badges, 'people.killed', 14);
    expect(toll.verdict).toBe('explained');
    expect(toll.text).toBe('=latest');
    const card = await openByKeyboard(page, toll);
    expect(card).toContain('Earlier reports said 6');
    expect(card).toContain('Timeline of the toll');
    expect(card).toMatch(/9 Jul 2025, 09:10\s*6\s*Kyiv Ledger/);
    expect(card).toMatch(/9 Jul 2025, 18:40\s*14\s*This page/);
    await closeByKeyboard(page, toll);
  });

  it('marks the earlier toll as updated and the parts as making the other outlet’s total', async () => {
    const badges = await visit(page, server.url('explained-early.html'));
    const toll = badgeOf(badges, 'people.killed', 6);
    expect(toll.verdict).toBe('updated');
    expect(toll.text).toBe('↑newer count');
    expect(toll.label).toContain('Later reports say 14');
    const card = await openByKeyboard(page, toll);
    expect(card).toContain('A later report gives a higher count');
    expect(card).toContain(
      'Later reports say 14 (Kyiv City Administration, Danube Wire, 9 Jul, 18:40)',
    );
    await page.screenshot({ path: `${SCREENS}explained-updated.png` });
    await closeByKeyboard(page, toll);

    const part = badgeOf(badges, 'drones.downed', 296);
    expect(part.verdict).toBe('explained');
    const partCard = await openByKeyboard(page, part);
    expect(partCard).toContain(
      '711 (Ukrainian Air Force, Danube Wire) = 296 shot down + 415 lost to jamming, as reported here',
    );
    await closeByKeyboard(page, part);
    // None of these reads as a dispute.
    expect(badges.filter((b) => b.verdict === 'conflicting' || b.verdict === 'mixed')).toEqual([]);
    expect(await badgeButton(page, part.figureId).getAttribute('class')).toBe('badge v-explained');
  });
});
