import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { MUTATE_FOLDERS } from './scripts/mutateFolders.mjs';

// The tests mutation testing runs against (pnpm mutate): the folder's own unit and property tests
// (scripts/mutateFolders.mjs lists them; MUTATE_FOLDER names the folder). Never the golden corpus or
// the AI-played determinism games (they are regenerated or re-recorded when outcomes change on purpose,
// so they must not be what catches a broken rule), nor the CLI or browser tests.
const folder = process.env.MUTATE_FOLDER ?? 'combat';
const target = (MUTATE_FOLDERS as Record<string, { tests: string[]; first?: string[] }>)[folder];
if (!target) throw new Error(`unknown mutation folder ${folder}`);
const first = target.first ?? [];

/**
 * The folder's fast focused tests (its `first` list) before the rest: Stryker stops a mutant's run at the
 * first failing test, so a mutant those tests kill costs milliseconds instead of the long property tests
 * that vitest would otherwise run first (it starts with the slowest file). A surviving mutant still runs
 * every test that covers it.
 */
class FastFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const k = first.findIndex((f) => spec.moduleId.replaceAll('\\', '/').endsWith(f));
      return k < 0 ? first.length : k;
    };
    return sorted
      .map((spec, i) => ({ spec, i }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.i - b.i)
      .map((e) => e.spec);
  }
}

export default defineConfig({
  test: {
    environment: 'node',
    include: target.tests,
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    sequence: { sequencer: FastFirst },
    // fast-check stops at its first counterexample (no shrinking): a mutant only needs a failing test.
    setupFiles: ['./scripts/strykerSetup.ts'],
  },
});
