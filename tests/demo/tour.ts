/**
 * What the demo does in the browser: turns Figure Check on for the outlets outside its built-in
 * list (as a user does from the popup), reads every page twice, and takes the screenshots.
 *
 * @module
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { VerdictSchema } from '../../lib/claims/claim';
import { PageSummarySchema, type PageFigure } from '../../lib/messages/protocol';
import { isBuiltInSite, originPatternFor } from '../../lib/sites/site-key';
import { badgeButton, cardDialog } from '../e2e/support/badges';
import { claimsUrl, openClaims, rowAt, waitForClaimsReady } from '../e2e/support/claims-page';
import type { ExtensionBrowser } from '../e2e/support/extension';
import { workerOf } from '../e2e/support/fill';
import { allowHost, openPopup, tabIdOf } from '../e2e/support/popup';
import { waitForScan } from '../e2e/support/scan';
import { clickToolbarFor, waitForPopupState } from '../e2e/support/popup-view';
import type { DemoPage } from './demo-site';
import type { PageReport } from './report';

/** The folders under demo-output/ the tour writes into. */
export const OUT_DIRS = ['pages', 'cards'] as const;

/** The verdicts a card is shown for: disputes first, then every other verdict the schema knows. */
const CARD_VERDICTS: readonly string[] = [
  'conflicting',
  'mixed',
  ...VerdictSchema.options.filter((v) => v !== 'conflicting' && v !== 'mixed'),
];

interface TourOptions {
  out: string;
  port: string;
  log: (line: string) => void;
}

/** What the tour saw. */
export interface TourResult {
  reports: PageReport[];
  /** Pages that could not be checked. */
  failures: number;
}

/**
 * Turns the extension on for each outlet outside the built-in news sites, as a user does: opens
 * one of its pages, clicks the toolbar button and, in the popup, "Check figures on this site"; the browser's prompt
 * is answered "Allow" beforehand ({@link allowHost}), since a prompt cannot be clicked here.
 */
async function turnOnSites(
  ext: ExtensionBrowser,
  page: Page,
  pages: readonly DemoPage[],
  urlOf: (p: DemoPage) => string,
): Promise<void> {
  const seen = new Set<string>();
  for (const p of pages) {
    const url = urlOf(p);
    if (seen.has(p.article.host) || isBuiltInSite(url)) continue;
    seen.add(p.article.host);
    await page.goto(url);
    // The toolbar click lets the popup see the tab's address (activeTab).
    await clickToolbarFor(ext, page);
    await allowHost(ext, originPatternFor(url));
    const popup = await openPopup(ext, page);
    await popup.getByRole('button', { name: 'Check figures on this site' }).click();
    await waitForPopupState(popup, 'ready');
    await popup.close();
  }
}

/** What the content script of `page` says about it, as the popup asks. */
async function pageFigures(ext: ExtensionBrowser, page: Page): Promise<PageFigure[]> {
  const tabId = await tabIdOf(ext, page);
  const answer = await workerOf(ext).evaluate(
    (id) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(id, { type: 'page-summary' }),
    tabId,
  );
  return PageSummarySchema.parse(answer).figures;
}

/** Scrolls to the top: the outlet's masthead, the headline and the story's first paragraphs. */
async function toHeadline(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Figures worth a card: most sources first, then nearest the headline. */
function pickCards(
  reports: readonly PageReport[],
): { verdict: string; page: number; id: string }[] {
  const picks: { verdict: string; page: number; id: string }[] = [];
  for (const verdict of CARD_VERDICTS) {
    let best: { page: number; id: string; score: number } | null = null;
    reports.forEach((report, page) =>
      report.figures.forEach((f, order) => {
        if (f.check?.verdict !== verdict) return;
        const score = (f.check.agree.length + f.check.disagree.length) * 100 - order;
        if (!best || score > best.score) best = { page, id: f.figureId, score };
      }),
    );
    const found = best as { page: number; id: string; score: number } | null;
    if (found) picks.push({ verdict, page: found.page, id: found.id });
  }
  return picks;
}

/** Waits until the claims browser has counted its claims and every shown row has its verdict. */
async function settled(claims: Page): Promise<void> {
  await claims.waitForFunction(() => {
    const counted = /^\d[\d,]* claims?\b/.test(
      document.querySelector('.count-line')?.textContent ?? '',
    );
    const cells = Array.from(document.querySelectorAll('[data-claim-id] .cell-verdict'));
    return counted && cells.every((c) => c.textContent !== '—');
  });
}

/** Reads every page twice and takes the screenshots; see the module comment of run.ts. */
export async function tour(
  ext: ExtensionBrowser,
  pages: readonly DemoPage[],
  { out, port, log }: TourOptions,
): Promise<TourResult> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const urlOf = (p: DemoPage) => `http://${p.article.host}:${port}${p.article.path}`;
  log('Turning Figure Check on for the outlets outside its built-in news sites…');
  await turnOnSites(ext, page, pages, urlOf);

  log(`Reading ${pages.length} pages: every figure is recorded…`);
  for (const p of pages) {
    await page.goto(urlOf(p));
    await waitForScan(page);
  }

  log('Reading them again: each figure is checked against all the others…');
  const reports: PageReport[] = [];
  let failures = 0;
  for (const p of pages) {
    const screenshot = `pages/${p.name}.png`;
    try {
      await page.goto(urlOf(p));
      await waitForScan(page);
      const figures = await pageFigures(ext, page);
      await toHeadline(page);
      await page.screenshot({ path: join(out, screenshot) });
      reports.push({
        name: p.name,
        headline: p.article.headline,
        canonical: p.article.canonical,
        published: p.article.published,
        screenshot,
        figures,
      });
      const disputed = figures.filter((f) => /conflicting|mixed/.test(f.check?.verdict ?? ''));
      log(`  ${p.name}: ${figures.length} figures, ${disputed.length} disputed`);
    } catch (error) {
      failures++;
      log(`!! ${p.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  for (const pick of pickCards(reports)) {
    const p = pages.find((x) => x.name === reports[pick.page]!.name)!;
    await page.goto(urlOf(p));
    await waitForScan(page);
    const badge = badgeButton(page, pick.id);
    await badge.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await badge.click();
    await cardDialog(page).waitFor({ state: 'visible' });
    await page.screenshot({ path: join(out, 'cards', `${pick.verdict}.png`) });
    await page.keyboard.press('Escape');
    log(`  an open card, ${pick.verdict}: cards/${pick.verdict}.png (${p.name})`);
  }

  // The popup on the page with the most disputed figures, with its whole list.
  const busiest = [...reports].sort(
    (a, b) =>
      b.figures.filter((f) => /conflicting|mixed/.test(f.check?.verdict ?? '')).length -
      a.figures.filter((f) => /conflicting|mixed/.test(f.check?.verdict ?? '')).length,
  )[0];
  if (busiest) {
    await page.goto(urlOf(pages.find((x) => x.name === busiest.name)!));
    await waitForScan(page);
    const popup = await openPopup(ext, page);
    await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });
    await popup.close();
    log(`  the popup on ${busiest.name}: popup.png`);
  }

  // The claims browser at 1280 px: every claim with one's details open, then the disputes.
  const claims = await openClaims(ext);
  await rowAt(claims, 0).click();
  await claims.locator('.claim-details').waitFor();
  await settled(claims);
  await claims.screenshot({ path: join(out, 'claims-browser.png') });
  await claims.goto(claimsUrl(ext, '?verdict=conflicting'));
  await waitForClaimsReady(claims);
  await settled(claims);
  await claims.screenshot({ path: join(out, 'claims-conflicting.png') });
  log('  the claims browser: claims-browser.png, and its conflicts: claims-conflicting.png');
  return { reports, failures };
}
