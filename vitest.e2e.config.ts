import { defineConfig } from 'vitest/config';

// Browser tests: one file at a time (each launches Chromium), with room for slow start-ups.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // `expect.poll` waits for a state and returns as soon as it holds; its limit only says when
    // to give up. Vitest's default of 1 s failed a settings write on a loaded two-core machine
    // (the options page's save took longer): 10 s is ample without hiding a state never reached.
    expect: { poll: { timeout: 10_000 } },
  },
});
