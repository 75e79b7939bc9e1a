import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { launchBaseline, launchWithExtension, type ExtensionBrowser } from './support/extension';
import { readMarks, rescan, waitForScan, type MarkedFigure } from './support/scan';
import { FIXTURE_PAGES, startServer, type StaticServer } from './support/server';
import { GOLD_PATH } from '../fixtures/articles';

const SCREENS = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));

/** Parts of a page that are not the article, where a mark is always wrong. */
const NOT_ARTICLE = [
  'nav',
  'aside',
  'footer',
  '[role="navigation"]',
  '[role="complementary"]',
  '[class*="related" i]',
  '[id*="related" i]',
  '[class*="comment" i]',
  '[id*="comment" i]',
].join(', ');

const GoldSchema = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      figures: z.array(
        z.object({ metric: z.string(), n: z.number(), optional: z.boolean().optional() }),
      ),
    }),
  ),
});
const gold = GoldSchema.parse(JSON.parse(readFileSync(GOLD_PATH, 'utf8')));
const fixtures = readdirSync(FIXTURE_PAGES).filter((f) => f.endsWith('.html'));

/**
 * Compares marked figures with the gold ones as multisets of `metric:n`: every required figure
 * must be marked once; optional ones may be; nothing else may.
 */
function compare(
  marked: readonly MarkedFigure[],
  figures: (typeof gold.articles)[number]['figures'],
): { missing: string[]; unexpected: string[] } {
  const required = figures.filter((f) => !f.optional).map((f) => `${f.metric}:${f.n}`);
  const optional = figures.filter((f) => f.optional).map((f) => `${f.metric}:${f.n}`);
  const unexpected: string[] = [];
  for (const m of marked) {
    const key = `${m.metric}:${m.n}`;
    const pool = required.includes(key) ? required : optional.includes(key) ? optional : null;
    if (pool) pool.splice(pool.indexOf(key), 1);
    else unexpected.push(`${key} "${m.text}"`);
  }
  return { missing: required, unexpected };
}

/** What to take away from the page just before reading its state; marks go with their badges. */
type Strip = 'nothing' | 'badges' | 'marks';

/**
 * What a reader sees of `page`: its text, and where every element other than a mark sits. With
 * `strip`, the badges (or the marks and tails, unwrapped) are taken away first, in the same task:
 * the page's watcher would mark the page again once it sees the change.
 */
function pageState(
  page: Page,
  strip: Strip = 'nothing',
): Promise<{ inner: string; content: string; boxes: string[] }> {
  return page.evaluate((strip) => {
    if (strip !== 'nothing')
      for (const b of Array.from(document.querySelectorAll('figure-check-badge'))) b.remove();
    if (strip === 'marks')
      for (const m of Array.from(document.querySelectorAll('figure-check-tail, figure-check-mark')))
        m.replaceWith(...Array.from(m.childNodes));
    return {
      inner: document.body.innerText,
      content: document.body.textContent ?? '',
      boxes: Array.from(
        document.querySelectorAll('body *:not(figure-check-mark):not(figure-check-tail)'),
      ).map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
      }),
    };
  }, strip);
}

describe('figures marked on the fixture pages', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let baseline: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    server = await startServer();
    browser = await launchWithExtension();
    baseline = await launchBaseline();
  });

  afterAll(async () => {
    await baseline?.close();
    await browser?.close();
    await server?.close();
  });

  it.each(gold.articles)('$file', async (article) => {
    const prefix = article.file.slice(0, 3);
    const fixture = fixtures.find((f) => f.startsWith(`${prefix}-`));
    expect(fixture, `no tests/fixtures/pages/${prefix}-*.html for ${article.file}`).toBeDefined();
    const url = server.url(fixture!);

    const plain = await baseline.newPage();
    await plain.goto(url);
    const before = await pageState(plain);
    await plain.close();

    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForScan(page);
    await page.screenshot({
      path: `${SCREENS}marks-${fixture!.replace(/\.html$/, '')}.png`,
      fullPage: true,
    });

    const marked = await readMarks(page);
    expect(compare(marked, article.figures)).toEqual({ missing: [], unexpected: [] });

    const misplaced = await page.evaluate(
      (selector) =>
        Array.from(document.querySelectorAll('figure-check-mark'))
          .filter((m) => m.closest(selector))
          .map((m) => m.textContent),
      NOT_ARTICLE,
    );
    expect(misplaced, 'marks outside the article').toEqual([]);

    await rescan(page);
    expect(await readMarks(page), 'a second scan changed the marks').toEqual(marked);
    expect(await page.locator('figure-check-mark figure-check-mark').count()).toBe(0);

    // Badges take their own width on the line (allowed); everything else must stay where it was,
    // marks and the tails that hold a phrase's last word with its badge included.
    expect(await page.locator('figure-check-badge').count()).toBe(marked.length);
    expect(await pageState(page, 'badges'), 'marks changed the page text or layout').toEqual(
      before,
    );
    expect(await pageState(page, 'marks'), 'the page differs once marks are removed').toEqual(
      before,
    );
    await page.close();
  });
});
