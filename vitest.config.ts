import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/server/**/*.test.ts'],
    environment: 'node',
    // Tests assert behaviour, not speed (the bench times things): on a loaded machine a test
    // that reads whole articles many times can pass 5 s, which is no failure of the product.
    testTimeout: 30_000,
  },
});
