import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Median and 95th percentile of a list of timings, in the list's unit. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `fn` `runs` times and returns the median and p95 of the wall time, in ms. */
export function time(fn: () => unknown, runs: number): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.ceil(q * runs) - 1)]!;
  return { median: at(0.5), p95: at(0.95), runs };
}

/** Throughput in MB/s (1 MB = 10^6 bytes) of `bytes` processed in `ms`. */
export function mbPerS(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/** Rounds to `digits` decimals, for the JSON line. */
export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

setFlagsFromString('--expose-gc');
const gcFn: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');

/** Forces a full garbage collection when the engine allows it, so heap deltas mean something. */
export function collect(): void {
  if (typeof gcFn === 'function') (gcFn as () => void)();
}

/** Heap growth, in bytes, while `fn` runs and its result is still held. */
export function heapDelta<T>(fn: () => T): { result: T; bytes: number } {
  collect();
  const before = process.memoryUsage().heapUsed;
  const result = fn();
  const bytes = process.memoryUsage().heapUsed - before;
  return { result, bytes };
}

/** The middle of `xs` (the upper middle for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
