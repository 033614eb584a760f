// Mutation testing (StrykerJS + its vitest runner), one folder at a time: run it with
// `pnpm mutate [--only <folder>]` (scripts/mutate.mjs sets MUTATE_FOLDER). Not part of `npm test`.
import { MUTATE_FOLDERS } from './scripts/mutateFolders.mjs';

const folder = process.env.MUTATE_FOLDER ?? 'combat';
const target = MUTATE_FOLDERS[folder];
if (!target) throw new Error(`unknown mutation folder ${folder}: one of ${Object.keys(MUTATE_FOLDERS).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) need the whole suite per mutant: hours on this machine.
  // They are left out (reported as Ignored) and named in docs/testing.md.
  ignoreStatic: true,
  mutate: target.files,
  ignorePatterns: ['artifacts', 'reports', 'bench/results', '.stryker-tmp', '**/dist'],
  checkers: [],
  // TypeScript 7 has no JavaScript API for Stryker's tsconfig rewriting; vitest needs no tsconfig paths here.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  incremental: true,
  incrementalFile: `reports/mutation/${folder}.incremental.json`,
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${folder}.json` },
  htmlReporter: { fileName: `reports/mutation/${folder}.html` },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true, reportMutants: true },
  tempDirName: `.stryker-tmp/${folder}`,
  cleanTempDir: 'always',
  timeoutMS: target.timeoutMS ?? 10_000,
  timeoutFactor: target.timeoutFactor ?? 1.5,
  // The initial run of every test with coverage: slow on a loaded machine.
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 90, low: 85, break: null },
};
