import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { extractMentions } from '../../../lib/extract/index';
import { launchBaseline, launchWithExtension } from '../../e2e/support/extension';
import { fillClaims, syntheticClaims } from '../../e2e/support/fill';
import { waitForScan } from '../../e2e/support/scan';
import { FIXTURE_PAGES, startServer } from '../../e2e/support/server';
import { loadSeeds } from '../seeds';
import { median } from '../stats';
import type { Row, Section, SectionResult } from '../types';

const LOADS = 10;
const BADGE_TARGET_MS = 100;
const ANSWER_TARGET_MS = 15;

/** A page of the fixtures that is not a story (a news site's front page). */
const FRONT_PAGE = 'front-page.html';

/** What the content script cost a page's main thread: evaluating its modules, then its scan. */
interface ScriptCost {
  evaluateMs: number;
  scanMs: number;
}

/** The e2e build's own account of what it cost `page` (entrypoints/content/index.ts). */
async function scriptCost(page: Page): Promise<ScriptCost> {
  return page.evaluate(() => {
    const root = document.documentElement;
    return {
      evaluateMs: Number(root.getAttribute('data-figure-check-load-ms')),
      scanMs: Number(root.getAttribute('data-figure-check-work-ms')),
    };
  });
}

/** A row of medians of `costs`: the script's evaluation, and its first scan of the page. */
function costRow(measure: string, costs: readonly ScriptCost[]): { row: Row; json: object } {
  const evaluateMs = median(costs.map((c) => c.evaluateMs));
  const scanMs = median(costs.map((c) => c.scanMs));
  return {
    row: {
      measure: `${measure}: evaluation + first scan, main thread (median of ${costs.length})`,
      value: `${evaluateMs.toFixed(1)} + ${scanMs.toFixed(1)} ms`,
    },
    json: { evaluateMs, scanMs },
  };
}

/** Console text the probe writes once the content script reports it has drawn the last badge. */
const DONE_MESSAGE = 'figure-check-bench: done';

/**
 * Records when the content script reports it has drawn the last badge, and says so on the console:
 * the bench waits for that message rather than polling the page, whose polling script would take
 * the page's main thread while the content script works and be counted as the extension's time.
 */
const DONE_PROBE = `new MutationObserver(() => {
  if (document.documentElement.getAttribute('data-figure-check') === 'done' && !window.__fcDone) {
    window.__fcDone = performance.now();
    console.debug(${JSON.stringify(DONE_MESSAGE)});
  }
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-figure-check'] });`;

/**
 * Times of 10 answers to `request` (after one to warm up): to the answer, and to the page's
 * figures recorded, which follows the answer. Each starts once the last one's figures are
 * recorded, as a page's check does after the page before it.
 */
async function answerTimes(
  worker: Worker,
  request: unknown,
): Promise<{ answer: number[]; recorded: number[] }> {
  return worker.evaluate(async (req) => {
    const hooks = (
      globalThis as unknown as {
        figureCheckBench: { answer(r: unknown): Promise<unknown>; recorded(): Promise<void> };
      }
    ).figureCheckBench;
    const answer: number[] = [];
    const recorded: number[] = [];
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now();
      await hooks.answer(req);
      const t1 = performance.now();
      await hooks.recorded();
      if (i > 0) answer.push(t1 - t0);
      if (i > 0) recorded.push(performance.now() - t0);
    }
    return { answer, recorded };
  }, request);
}

/** Time to the last badge on each seed page, and the background's answer time at 10k/100k claims. */
export const browserTimings: Section = {
  name: 'browser',
  async run(): Promise<SectionResult> {
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore' });
    const server = await startServer();
    const ext = await launchWithExtension();
    const plain = await launchBaseline();
    const rows: Row[] = [];
    const json: Record<string, unknown> = {};
    try {
      await ext.context.addInitScript(DONE_PROBE);
      const pages = readdirSync(FIXTURE_PAGES)
        .filter((f) => /^\d{3}-.*\.html$/.test(f))
        .sort();
      for (const file of pages) {
        const url = server.url(file);
        const badge: number[] = [];
        const ready: number[] = [];
        const costs: ScriptCost[] = [];
        const page = await ext.context.newPage();
        const base = await plain.newPage();
        for (let i = 0; i < LOADS; i++) {
          const done = page.waitForEvent('console', {
            predicate: (m) => m.text() === DONE_MESSAGE,
            timeout: 20_000,
          });
          await page.goto(url);
          await done;
          await waitForScan(page);
          costs.push(await scriptCost(page));
          badge.push(
            await page.evaluate(() => {
              const nav = performance.getEntriesByType(
                'navigation',
              )[0] as PerformanceNavigationTiming;
              return (
                (window as unknown as { __fcDone: number }).__fcDone - nav.domContentLoadedEventEnd
              );
            }),
          );
          await base.goto(url, { waitUntil: 'load' });
          ready.push(
            await base.evaluate(
              () =>
                (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
                  .domContentLoadedEventEnd,
            ),
          );
        }
        await page.close();
        await base.close();
        const b = median(badge);
        rows.push({
          measure: `${file}: last badge after DOMContentLoaded (median of ${LOADS})`,
          value: `${b.toFixed(1)} ms (page ready without extension: ${median(ready).toFixed(1)} ms)`,
          target: `< ${BADGE_TARGET_MS} ms`,
          ok: b < BADGE_TARGET_MS,
        });
        const cost = costRow(`${file}: content script`, costs);
        rows.push(cost.row);
        json[file] = { badgeMs: b, baselineReadyMs: median(ready), ...cost.json };
      }
      // A section front: the script evaluates there too, but finds no story to read.
      const front = await ext.context.newPage();
      const frontCosts: ScriptCost[] = [];
      for (let i = 0; i < LOADS; i++) {
        await front.goto(server.url(`non-article/${FRONT_PAGE}`));
        await waitForScan(front);
        frontCosts.push(await scriptCost(front));
      }
      await front.close();
      const frontCost = costRow(`${FRONT_PAGE} (not a story): content script`, frontCosts);
      rows.push(frontCost.row);
      json[FRONT_PAGE] = frontCost.json;
      const worker = ext.context.serviceWorkers()[0]!;
      const seeds = loadSeeds();
      const mentions = seeds.flatMap((s) =>
        extractMentions(s.text, { published: s.published }).map(
          ({ start, end, ...m }) => (void start, void end, m),
        ),
      );
      const request = {
        type: 'check-page',
        source: {
          url: 'https://bench.example/page',
          outlet: 'Bench',
          title: null,
          publishedAt: null,
        },
        mentions: mentions.slice(0, 20),
      };
      let filled = 0;
      for (const total of [10_000, 100_000]) {
        await fillClaims(worker, syntheticClaims(mentions, total - filled, filled));
        filled = total;
        const times = await answerTimes(worker, request);
        const t = median(times.answer);
        const r = median(times.recorded);
        rows.push({
          measure: `background answer, 20 figures, ${total.toLocaleString('en')} claims (median of 10)`,
          value: `${t.toFixed(1)} ms`,
          target: `≤ ${ANSWER_TARGET_MS} ms`,
          ok: t <= ANSWER_TARGET_MS,
        });
        rows.push({
          measure: `  … and the page's own figures recorded after it (median of 10)`,
          value: `${r.toFixed(1)} ms`,
        });
        json[`answerMs_${total}`] = t;
        json[`answerAndRecordMs_${total}`] = r;
      }
    } finally {
      await ext.close();
      await plain.close();
      await server.close();
    }
    return { rows, json };
  },
};
