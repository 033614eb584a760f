import { defineConfig } from 'vitest/config';
import { MUTATE_FOLDERS } from './scripts/mutateFolders.mjs';

// The tests mutation testing runs against (pnpm mutate): the folder's own unit and property tests
// (scripts/mutateFolders.mjs lists them; MUTATE_FOLDER names the folder). Never the golden corpus or
// the AI-played determinism games (they are regenerated or re-recorded when outcomes change on purpose,
// so they must not be what catches a broken rule), nor the CLI or browser tests.
const folder = process.env.MUTATE_FOLDER ?? 'combat';
const target = (MUTATE_FOLDERS as Record<string, { tests: string[] }>)[folder];
if (!target) throw new Error(`unknown mutation folder ${folder}`);

export default defineConfig({
  test: {
    environment: 'node',
    include: target.tests,
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
  },
});
