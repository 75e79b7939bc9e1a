import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from '../../../lib/sync/http';

/** Resolves after `ms` of fake time, or rejects when `signal` aborts first. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    });
  });
}

describe("a sync request's time limit", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets a big list take as long as it keeps storing batches', async () => {
    const done = withTimeout(50, async (signal, progress) => {
      for (let i = 0; i < 10; i++) {
        await wait(30, signal); // 300 ms in all, far past 50, but never 50 without progress
        progress();
      }
      return 'stored';
    });
    await vi.advanceTimersByTimeAsync(400);
    await expect(done).resolves.toBe('stored');
  });

  it('fails a request that stops getting on', async () => {
    const done = withTimeout(50, async (signal, progress) => {
      await wait(30, signal);
      progress();
      await wait(1000, signal); // the server stops sending
      return 'stored';
    });
    const failed = expect(done).rejects.toThrow('timed out after 0.05 s');
    await vi.advanceTimersByTimeAsync(200);
    await failed;
  });

  it('fails a request that drips along for twenty times its limit', async () => {
    const done = withTimeout(50, async (signal, progress) => {
      for (;;) {
        await wait(40, signal);
        progress();
      }
    });
    const failed = expect(done).rejects.toThrow('timed out');
    await vi.advanceTimersByTimeAsync(50 * 20 + 100);
    await failed;
  });
});
