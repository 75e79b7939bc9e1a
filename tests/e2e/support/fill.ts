import type { Worker } from 'playwright-core';
import { claimFromMention } from '../../../lib/claims/claim-id';
import type { Claim } from '../../../lib/claims/claim';
import type { Mention } from '../../../lib/claims/mention';
import type { ExtensionBrowser } from './extension';

/**
 * `count` browsed claims spread over a year, 50 outlets and every place of `mentions`: what a
 * profile holds after months of reading. One in a thousand is about the very event its mention
 * is about (other sources for a page figure); the rest are other nights.
 */
export function syntheticClaims(
  mentions: readonly Mention[],
  count: number,
  offset = 0,
  now: string = new Date().toISOString(),
): Claim[] {
  const out: Claim[] = [];
  for (let k = offset; k < offset + count; k++) {
    const m = mentions[k % mentions.length]!;
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

/** The extension's service worker (the test-only fill path lives in its global scope). */
export function workerOf(ext: ExtensionBrowser): Worker {
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no running service worker');
  return worker;
}

/**
 * Stores claims through the worker's test-only hook (lib/background/bench-hooks.ts), in batches
 * small enough to pass through the DevTools protocol.
 */
export async function fillClaims(worker: Worker, claims: readonly Claim[]): Promise<void> {
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
