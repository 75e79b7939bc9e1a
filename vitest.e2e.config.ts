import { defineConfig } from 'vitest/config';

// Browser tests: one file at a time (each launches Chromium), with room for slow start-ups.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
