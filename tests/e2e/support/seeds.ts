import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { waitForScan } from './scan';
import { FIXTURE_PAGES, type StaticServer } from './server';

/** The seed articles (`000-…` to `004-…`), in the order that builds up their verdicts. */
export const SEED_PAGES: readonly string[] = readdirSync(FIXTURE_PAGES)
  .filter((f) => /^\d{3}-.*\.html$/.test(f))
  .sort();

/** The last seed page: after the others, it holds a conflicting and a corroborated figure. */
export const LAST_SEED: string = SEED_PAGES[SEED_PAGES.length - 1] ?? '004-euro-dispatch.html';

/** `test-results/screens/`, created on first use. */
export function screenPath(name: string): string {
  const dir = fileURLToPath(new URL('../../../test-results/screens/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}`;
}

/**
 * Reads every seed page in `page`, in order, under `host` (a built-in news site by default),
 * so the profile holds each page's claims and the later pages are checked against the earlier.
 */
export async function readSeeds(page: Page, server: StaticServer, host?: string): Promise<void> {
  for (const file of SEED_PAGES) {
    await page.goto(server.url(file, host));
    await waitForScan(page);
  }
}

/** An article page (by its metadata and prose) that states no war figure at all. */
export function articleWithoutFigures(): string {
  const paragraph =
    'The city council met on Tuesday evening to discuss plans for the new library, which ' +
    'residents have asked for over several years. Members agreed that the design should be ' +
    'reviewed again before the building work begins next spring.';
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<title>Council discusses the new library</title>' +
    '<meta property="og:type" content="article">' +
    '<meta property="article:published_time" content="2025-07-20T10:00:00Z">' +
    '</head><body><article><h1>Council discusses the new library</h1>' +
    `<p>${paragraph}</p><p>${paragraph}</p><p>${paragraph}</p><p>${paragraph}</p>` +
    '</article></body></html>'
  );
}
