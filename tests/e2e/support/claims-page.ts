import type { Locator, Page } from 'playwright-core';
import type { Claim } from '../../../lib/claims/claim';
import type { Mention } from '../../../lib/claims/mention';
import { extractMentions } from '../../../lib/extract/index';
import { loadSeeds } from '../../bench/seeds';
import type { ExtensionBrowser } from './extension';

/** The claims browser's address, with an optional view query (`?metric=…`). */
export function claimsUrl(ext: ExtensionBrowser, query = ''): string {
  return `chrome-extension://${ext.extensionId}/claims.html${query}`;
}

/** Waits until the claims browser shows its first rows, its empty state or an error. */
export async function waitForClaimsReady(page: Page): Promise<void> {
  await page.locator('.claims-page[data-ready="true"]').waitFor();
}

/** Opens the claims browser in a new 1280×800 tab and waits until it is ready. */
export async function openClaims(ext: ExtensionBrowser, query = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(claimsUrl(ext, query));
  await waitForClaimsReady(page);
  return page;
}

const NUMBER = new Intl.NumberFormat('en-GB');

/** The count line the browser shows for `count` claims, of `total` when filtered. */
export function countWords(count: number, total?: number): string {
  const words = `${NUMBER.format(count)} ${count === 1 ? 'claim' : 'claims'}`;
  return total === undefined || total === count ? words : `${words} (of ${NUMBER.format(total)})`;
}

/** The count line above the table. */
export function countLine(page: Page): Locator {
  return page.locator('.count-line');
}

/** Waits until the count line reads exactly `text`; fails with what it reads instead. */
export async function waitForCount(page: Page, text: string, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction(
      (t) => document.querySelector('.count-line')?.textContent === t,
      text,
      { timeout },
    );
  } catch (error) {
    const shown = await countLine(page).textContent();
    throw new Error(`count line reads "${shown}", not "${text}"`, { cause: error });
  }
}

/** The filter form above the table. */
export function filterBar(page: Page): Locator {
  return page.getByRole('search', { name: 'Filter claims' });
}

/** The claims grid (the focusable scroll box). */
export function grid(page: Page): Locator {
  return page.locator('.claims-grid[role="grid"]');
}

/** A rendered row by its 0-based index in the listing (`aria-rowindex` counts the header). */
export function rowAt(page: Page, index: number): Locator {
  return page.locator(`[data-claim-id][aria-rowindex="${index + 2}"]`);
}

/** The ids of the rendered claim rows, in listing order, with their indices. */
export function renderedRows(page: Page): Promise<{ index: number; id: string }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-claim-id]'))
      .map((row) => ({
        index: Number(row.getAttribute('aria-rowindex')) - 2,
        id: row.getAttribute('data-claim-id') ?? '',
      }))
      .sort((a, b) => a.index - b.index),
  );
}

/** Waits until the row at `index` is rendered with the claim `id`; fails with what is there. */
export async function waitForRow(
  page: Page,
  index: number,
  id: string,
  timeout = 30_000,
): Promise<void> {
  try {
    await page.locator(`[data-claim-id="${id}"][aria-rowindex="${index + 2}"]`).waitFor({
      timeout,
    });
  } catch (error) {
    const shown = await rowAt(page, index)
      .getAttribute('data-claim-id', { timeout: 1000 })
      .catch(() => 'nothing');
    throw new Error(`row ${index} shows ${shown}, not ${id}`, { cause: error });
  }
}

/** The query of the page's URL as a plain object. */
export function urlQuery(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/**
 * The figures the extractor finds in the seed articles, without their offsets: the material
 * synthetic claims are made of (as `npm run bench` makes them).
 */
export function seedMentions(): Mention[] {
  return loadSeeds().flatMap((s) =>
    extractMentions(s.text, { published: s.published }).map(
      ({ start, end, ...m }) => (void start, void end, m),
    ),
  );
}

/** The browser's order of claims by `key`, ties by id (as the sort index gives them). */
function byKey<K extends string | number>(key: (c: Claim) => K) {
  return (a: Claim, b: Claim): number => {
    const x = key(a);
    const y = key(b);
    if (x !== y) return x < y ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** The claims in ascending order of their event date (no date first), ties by id. */
export const byDate = byKey((c) => c.date ?? '');
/** The claims in ascending order of the number as written, ties by id. */
export const byValue = byKey((c) => c.value.n);

/** The first claim of `claims` in an order: the smallest. */
export function least(claims: readonly Claim[], order: (a: Claim, b: Claim) => number): Claim {
  let best = claims[0];
  if (!best) throw new Error('no claims');
  for (const c of claims) if (order(c, best) < 0) best = c;
  return best;
}
