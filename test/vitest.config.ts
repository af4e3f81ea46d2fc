import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // This file lives in test/; paths below are from the project root.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/browser/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Pages on a busy two-core machine can take more than the default second to react.
    expect: { poll: { timeout: 10_000 } },
    // Browser tests share one machine with two cores: keep them from starving each other.
    maxWorkers: 2,
  },
});
