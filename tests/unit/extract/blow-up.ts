import { expect } from 'vitest';

/**
 * A bound on one call over 1 MB of adversarial text. Throughput is the benchmark's business
 * (`npm run bench`); these guards only catch a blow-up. Each case takes around a second here and
 * anything quadratic in 1 MB takes many minutes, so a bound far above a loaded machine's worst
 * still fails a blow-up and never fails a busy CI run.
 */
export const BLOW_UP_MS = 15_000;

/** A test timeout that leaves room for several guarded calls in one test. */
export const BLOW_UP_TIMEOUT = 8 * BLOW_UP_MS;

/** Runs `work` and fails when it took longer than {@link BLOW_UP_MS}. */
export function expectNoBlowUp(work: () => unknown): void {
  const t0 = performance.now();
  work();
  expect(performance.now() - t0).toBeLessThan(BLOW_UP_MS);
}
