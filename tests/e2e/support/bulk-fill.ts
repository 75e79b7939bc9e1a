import type { Worker } from 'playwright-core';
import type { Claim } from '../../../lib/claims/claim';

/** Claims per message: large enough to amortise a round trip, small enough for the protocol. */
const BATCH = 10_000;
/** Batches in flight: one is stored while the next crosses the DevTools protocol. */
const LANES = 2;

/**
 * Stores many claims through the worker's test-only hook (lib/background/bench-hooks.ts), like
 * support/fill.ts `fillClaims`, but faster for 100,000 claims: each batch crosses the DevTools
 * protocol as one JSON string (not as 10,000 objects), and the next batch is sent while the
 * worker stores the one before.
 */
export async function fillManyClaims(worker: Worker, claims: readonly Claim[]): Promise<void> {
  const batches: string[] = [];
  for (let i = 0; i < claims.length; i += BATCH)
    batches.push(JSON.stringify(claims.slice(i, i + BATCH)));
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let batch = batches[next++]; batch !== undefined; batch = batches[next++]) {
      await worker.evaluate(
        (json) =>
          (
            globalThis as unknown as { figureCheckBench: { fill(c: unknown): Promise<void> } }
          ).figureCheckBench.fill(JSON.parse(json)),
        batch,
      );
    }
  };
  await Promise.all(Array.from({ length: LANES }, lane));
}
