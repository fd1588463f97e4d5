import { defineConfig } from 'vitest/config';

// Two projects: `unit` is the loop to run on every edit (pure, property and in-process CLI tests);
// `e2e` spawns the freshly built binary, runs Chromium, fuzzes and compares time zones and locales.
// `npm test` runs both; `npm run test:unit` only the first.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/build-once.ts'] },
      },
    ],
  },
});
