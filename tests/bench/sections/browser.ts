import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { Worker } from 'playwright-core';
import { claimFromMention } from '../../../lib/claims/claim-id';
import type { Claim } from '../../../lib/claims/claim';
import type { Mention } from '../../../lib/claims/mention';
import { extractMentions } from '../../../lib/extract/index';
import { launchBaseline, launchWithExtension } from '../../e2e/support/extension';
import { waitForScan } from '../../e2e/support/scan';
import { FIXTURE_PAGES, startServer } from '../../e2e/support/server';
import { loadSeeds } from '../seeds';
import type { Row, Section, SectionResult } from '../types';

const LOADS = 10;
const BADGE_TARGET_MS = 100;
const ANSWER_TARGET_MS = 20;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** Records when the content script reports it has drawn the last badge. */
const DONE_PROBE = `new MutationObserver(() => {
  if (document.documentElement.getAttribute('data-figure-check') === 'done' && !window.__fcDone)
    window.__fcDone = performance.now();
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-figure-check'] });`;

/** `count` claims spread over two years, 50 outlets and every place the seeds name. */
function syntheticClaims(mentions: readonly Mention[], count: number, offset: number): Claim[] {
  const out: Claim[] = [];
  const now = new Date().toISOString();
  for (let k = offset; k < offset + count; k++) {
    const m = mentions[k % mentions.length]!;
    // One claim in a thousand is about the very event a page figure is about (a few other sources
    // per figure, as after months of reading); the rest are other nights.
    const day =
      k % 1000 === 0
        ? m.date
        : `2024-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`;
    const mention = { ...m, date: day, quote: `${m.quote} #${k}`, value: { ...m.value } };
    const url = `https://outlet${k % 50}.example/story/${k}`;
    out.push(
      claimFromMention(
        mention,
        { url, outlet: `Outlet ${k % 50}`, title: null, publishedAt: null },
        'browsed',
        now,
      ),
    );
  }
  return out;
}

async function fill(worker: Worker, claims: Claim[]): Promise<void> {
  for (let i = 0; i < claims.length; i += 5000) {
    const batch = claims.slice(i, i + 5000);
    await worker.evaluate(
      (b) =>
        (
          globalThis as unknown as { figureCheckBench: { fill(c: unknown): Promise<void> } }
        ).figureCheckBench.fill(b),
      batch,
    );
  }
}

async function answerTimes(worker: Worker, request: unknown): Promise<number[]> {
  return worker.evaluate(async (req) => {
    const hooks = (
      globalThis as unknown as { figureCheckBench: { answer(r: unknown): Promise<unknown> } }
    ).figureCheckBench;
    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now();
      await hooks.answer(req);
      if (i > 0) times.push(performance.now() - t0);
    }
    return times;
  }, request);
}

/** Time to the last badge on each seed page, and the background's answer time at 10k/100k claims. */
export const browserTimings: Section = {
  name: 'browser',
  async run(): Promise<SectionResult> {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
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
        const page = await ext.context.newPage();
        const base = await plain.newPage();
        for (let i = 0; i < LOADS; i++) {
          await page.goto(url);
          await waitForScan(page);
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
        json[file] = { badgeMs: b, baselineReadyMs: median(ready) };
      }
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
        await fill(worker, syntheticClaims(mentions, total - filled, filled));
        filled = total;
        const t = median(await answerTimes(worker, request));
        rows.push({
          measure: `background answer, 20 figures, ${total.toLocaleString('en')} claims (median of 10)`,
          value: `${t.toFixed(1)} ms`,
          target: `< ${ANSWER_TARGET_MS} ms`,
          ok: t < ANSWER_TARGET_MS,
        });
        json[`answerMs_${total}`] = t;
      }
    } finally {
      await ext.close();
      await plain.close();
      await server.close();
    }
    return { rows, json };
  },
};
