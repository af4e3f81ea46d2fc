import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import LongestFirst from './longest-first.ts';

/** Tests of pure modules and content: no browser, no build, no Astro. `npm run test:unit`. */
const unit = [
  'test/flows',
  'test/diagrams',
  'test/search',
  'test/site',
  'test/handouts',
  'test/content',
  'test/offline',
  'test/plan',
  'test/kit',
  'test/branch',
  'test/review',
  'test/ledger',
  'test/publish',
  'test/bench',
  'test/paper',
];

export default defineConfig({
  // This file lives in test/; paths below are from the project root.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Browser tests share one machine with two cores: keep them from starving each other.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: unit.map((dir) => `${dir}/**/*.test.ts`),
          // Pure modules, which keep no state between files: one module graph per worker, not per file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // Test files share workers (each still starts and stops its own browser and helpers):
          // a fresh worker per file costs more than the isolation gives here.
          isolate: false,
          include: ['test/browser/**/*.test.ts', 'test/build/**/*.test.ts'],
          // Serves dist/, and stops every process the tests start when the run ends, however it ends.
          globalSetup: ['test/browser/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Pages on a busy two-core machine can take more than the default second to react.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
