import { defineConfig } from 'vitest/config';

// One test run for the whole workspace: fast node tests (unit, property, replay corpus, CLI) and the
// browser tests (playwright-core driving Debian's Chromium against a built client).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/engine/cli/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          // the CLI tests spawn the built `denizens`: built here once per run when missing or stale
          globalSetup: ['packages/engine/test/buildCli.globalSetup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['packages/client/e2e/**/*.e2e.ts'],
          globalSetup: ['packages/client/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
