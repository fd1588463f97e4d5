import { defineConfig } from 'vitest/config';

// Three projects: `unit` is the loop to run on every edit (pure, property and in-process CLI tests);
// `slow` holds the unit-style files that take seconds each (long property runs, whole series, the
// errors catalogue, the warm-up runs); `e2e` spawns the freshly built binary, runs Chromium, fuzzes
// and compares time zones and locales. `npm test` runs all three; `npm run test:unit` only the first.
const SLOW = [
  'test/core/series/interval-check.test.ts',
  'test/core/series/segments.test.ts',
  'test/core/series/backtest.test.ts',
  'test/core/projection/montecarlo-stepped.test.ts',
  'test/core/projection/sweep-stepped.test.ts',
  'test/core/check/hard-bound.test.ts',
  'test/extract/controls.test.ts',
  'test/cli/errors-doc.test.ts',
  'test/cli/backtest.test.ts',
  'test/cli/number-format.test.ts',
  'test/cli/flag-grammar.test.ts',
  'test/cli/montecarlo-scenario.test.ts',
  'test/render/chart/svg-projection.test.ts',
  'test/scripts/warm-up.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', ...SLOW] },
      },
      { extends: true, test: { name: 'slow', include: SLOW } },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/build-once.ts'] },
      },
    ],
  },
});
