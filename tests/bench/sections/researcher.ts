import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { BrowserContext, Page } from 'playwright-core';
import { extractMentions } from '../../../lib/extract/index';
import { launchWithExtension, type ExtensionBrowser } from '../../e2e/support/extension';
import { fillClaims, syntheticClaims, workerOf } from '../../e2e/support/fill';
import { tabIdOf } from '../../e2e/support/popup';
import { waitForScan } from '../../e2e/support/scan';
import { FIXTURE_PAGES, startServer } from '../../e2e/support/server';
import { generatedCsv } from '../import-file';
import { loadSeeds } from '../seeds';
import { median } from '../stats';
import type { Row, Section, SectionResult } from '../types';

const POPUP_TARGET_MS = 150;
const BROWSER_TARGET_MS = 300;
const RUNS = 10;
const CLAIMS = 100_000;
const IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Records, in each page of the context, when an element first gets `data-ready="true"` (the
 * popup's and the claims browser's "first content shown"), and every long task.
 */
const PROBE = `(() => {
  window.__fcLong = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__fcLong.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver(() => {
    if (!window.__fcReady && document.querySelector('[data-ready="true"]'))
      window.__fcReady = performance.now();
  }).observe(document, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-ready'] });
})();`;

/** Opens an extension page and returns ms from navigation start to its first content. */
async function readyTime(context: BrowserContext, url: string, size = { width: 420, height: 600 }) {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  await page.waitForSelector('[data-ready="true"]');
  const ms = await page.evaluate(() => (window as unknown as { __fcReady: number }).__fcReady);
  // Let the page finish its other requests (the claims browser's count), so that they do not
  // run into the next open and each open is timed on its own.
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(
      () => !/Counting/i.test(document.querySelector('.count-line')?.textContent ?? ''),
    )
    .catch(() => undefined);
  await page.close();
  return ms;
}

async function popupTimes(ext: ExtensionBrowser, origin: (f: string) => string): Promise<number[]> {
  const page = await ext.context.newPage();
  const seeds = readdirSync(FIXTURE_PAGES)
    .filter((f) => /^\d{3}-.*\.html$/.test(f))
    .sort();
  for (const file of seeds) {
    await page.goto(origin(file));
    await waitForScan(page);
  }
  const tab = await tabIdOf(ext, page);
  const url = `chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`;
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) times.push(await readyTime(ext.context, url));
  await page.close();
  return times.slice(1);
}

/** Imports a generated CSV through the claims browser's file input, as a user would. */
async function browserImport(ext: ExtensionBrowser, file: string) {
  const page: Page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${ext.extensionId}/claims.html`);
  await page.waitForSelector('[data-ready="true"]');
  const started = Date.now();
  await page.setInputFiles('input[type="file"][accept*=".json"]', file);
  await page.waitForSelector('.import-summary', { state: 'attached', timeout: 600_000 });
  const seconds = (Date.now() - started) / 1000;
  const long = await page.evaluate(() => (window as unknown as { __fcLong: number[] }).__fcLong);
  await page.close();
  return { seconds, longTasks: long.length, longestMs: Math.max(0, ...long) };
}

/** Asks the background for a page far down the full list, as scrolling there does. */
async function deepPageTimes(ext: ExtensionBrowser): Promise<number[]> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/claims.html`);
  await page.waitForSelector('[data-ready="true"]');
  const times = await page.evaluate(async () => {
    const { runtime } = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome;
    const out: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await runtime.sendMessage({
        type: 'query-claims',
        filter: {},
        sort: { column: 'date', direction: 'desc' },
        offset: 90_000 - i * 1000,
        limit: 200,
      });
      out.push(performance.now() - t0);
    }
    return out;
  });
  await page.close();
  return times;
}

/**
 * The import library on a generated 50 MB CSV, in a process of its own, so that its peak heap
 * is its own and not the leftovers of this section's 100,000 generated claims.
 */
function importInOwnProcess(): { mb: number; seconds: number; peakHeapMb: number; rows: number } {
  const out = execFileSync('npx', ['tsx', 'tests/bench/import-file.ts'], { encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.startsWith('{"importFile"'));
  if (!line) throw new Error(`no result from the import benchmark: ${out.slice(0, 200)}`);
  return (JSON.parse(line) as { importFile: ReturnType<typeof importInOwnProcess> }).importFile;
}

async function writeCsv(path: string, bytes: number): Promise<void> {
  await generatedCsv(bytes).pipeTo(Writable.toWeb(createWriteStream(path)));
}

/** Popup open time, claims browser first screen at 100k claims, and a 50 MB import. */
export const researcherTimings: Section = {
  name: 'researcher',
  async run(): Promise<SectionResult> {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
    const server = await startServer();
    const ext = await launchWithExtension();
    const dir = mkdtempSync(join(tmpdir(), 'figure-check-bench-'));
    const rows: Row[] = [];
    const json: Record<string, unknown> = {};
    try {
      await ext.context.addInitScript(PROBE);
      const popup = median(await popupTimes(ext, (f) => server.url(f)));
      rows.push({
        measure: `popup on seed page 004: first content after navigation start (median of ${RUNS})`,
        value: `${popup.toFixed(1)} ms`,
        target: `< ${POPUP_TARGET_MS} ms`,
        ok: popup < POPUP_TARGET_MS,
      });
      json.popupMs = popup;

      const mentions = loadSeeds().flatMap((s) =>
        extractMentions(s.text, { published: s.published }).map(
          ({ start, end, ...m }) => (void start, void end, m),
        ),
      );
      await fillClaims(workerOf(ext), syntheticClaims(mentions, CLAIMS));
      const claimsUrl = `chrome-extension://${ext.extensionId}/claims.html`;
      const big = { width: 1280, height: 800 };
      const times: number[] = [];
      for (let i = 0; i < 6; i++) times.push(await readyTime(ext.context, claimsUrl, big));
      const first = median(times.slice(1));
      rows.push({
        measure: `claims browser, ${CLAIMS.toLocaleString('en')} claims: first screen (median of 5)`,
        value: `${first.toFixed(1)} ms (first open ${times[0]!.toFixed(1)} ms)`,
        target: `< ${BROWSER_TARGET_MS} ms`,
        ok: first < BROWSER_TARGET_MS,
      });
      json.claimsBrowserMs = first;
      const deep = await deepPageTimes(ext);
      rows.push({
        measure: `claims browser, a page of 200 rows at offset 90,000 (median of 5)`,
        value: `${median(deep).toFixed(1)} ms`,
      });
      json.deepPageMs = median(deep);
      json.claimsBrowserFirstOpenMs = times[0];

      const node = importInOwnProcess();
      rows.push({
        measure: `import library, ${node.mb} MB CSV in Node (${node.rows.toLocaleString('en')} rows)`,
        value: `${node.seconds.toFixed(1)} s, peak heap ${node.peakHeapMb} MB`,
      });
      json.importLibrary = node;
      const file = join(dir, 'claims.csv');
      await writeCsv(file, IMPORT_BYTES);
      const imported = await browserImport(ext, file);
      rows.push({
        measure: `import through the claims browser, 50 MB CSV into ${CLAIMS.toLocaleString('en')} claims`,
        value: `${imported.seconds.toFixed(1)} s; ${imported.longTasks} long tasks, longest ${imported.longestMs.toFixed(0)} ms`,
      });
      json.importBrowser = imported;
    } finally {
      await ext.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return { rows, json };
  },
};
