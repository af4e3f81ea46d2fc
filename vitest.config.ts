import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/site/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests share one machine with two cores: keep them from starving each other.
    maxWorkers: 2,
  },
});
