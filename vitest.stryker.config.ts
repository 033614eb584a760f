import { defineConfig } from 'vitest/config';

// The tests mutation testing runs against (pnpm mutate): the engine's and maps' own unit and property
// tests. Left out: the golden corpus and the AI-played determinism games (they are regenerated or
// re-recorded when outcomes change on purpose, so they must not be what catches a broken rule; they
// also cover every line, which makes every mutant run the slowest tests), the AI's own tests, the CLI
// tests (separate processes, invisible to per-test coverage) and the browser tests.
export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'packages/engine/src/**/*.test.ts',
      'packages/engine/test/**/*.test.ts',
      'packages/maps/src/**/*.test.ts',
    ],
    exclude: [
      'packages/*/src/node/**',
      'packages/engine/src/ai/**',
      'packages/engine/src/determinism.test.ts',
      'packages/engine/test/golden.test.ts',
      '**/node_modules/**',
    ],
    testTimeout: 60_000,
  },
});
