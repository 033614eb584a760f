// The folders mutation testing covers (pnpm mutate --only <name>): which source files each mutates, and
// which tests run against its mutants. Each folder runs its own tests (the ones next to its code) plus
// the few tests elsewhere written for its rules, so a run takes minutes, not hours: with every unit test
// in play, every test covers the hasher and the world set-up, and each mutant re-ran dozens of files.
// `first` (optional): the folder's fast focused tests, run before the others (vitest.stryker.config.ts).
// `timeoutMS`, `timeoutFactor` (optional): a mutant's timeout is timeoutFactor x its tests' time + timeoutMS +
// the overhead measured in the initial run (10 s and 1.5 unless set).
const src = (dir) => [`packages/engine/src/${dir}/**/*.ts`, `!packages/engine/src/${dir}/**/*.test.ts`];
const own = (dir) => `packages/engine/src/${dir}/**/*.test.ts`;
const engine = (file) => `packages/engine/src/${file}`;

export const MUTATE_FOLDERS = {
  combat: {
    files: src('combat'),
    // Reaction fire and shots are combat rules; their tests sit with the commands that trigger them.
    tests: [
      own('combat'),
      engine('commands/shoot.test.ts'),
      engine('commands/overwatch.test.ts'),
      engine('commands/overwatchRange.test.ts'),
      engine('commands/combatActions.test.ts'),
    ],
  },
  // seenEnemies and the unit cells have their own test (vision/seen.test.ts): the AI-played awareness
  // games (rules/awareness.test.ts, 7 s a run) are no longer needed to reach them.
  vision: { files: src('vision'), tests: [own('vision')] },
  environment: { files: src('environment'), tests: [own('environment')] },
  // apply.test.ts drives every command through apply (validation, rejections, events).
  commands: { files: src('commands'), tests: [own('commands'), engine('apply.test.ts')] },
  hash: { files: src('hash'), tests: [own('hash')] },
  replay: { files: src('replay'), tests: [own('replay')] },
  // pathCases.test.ts first: every start and goal on small hand-made maps against the oracle, in milliseconds;
  // most mutants fail it before the long property tests would start. (A timeout of 1 x the tests' time + 1 s was
  // tried for path: at load 14-20 it reported equivalent mutants as timed out, see docs/testing.md.)
  path: { files: src('path'), tests: [own('path')], first: [engine('path/pathCases.test.ts')] },
  validator: {
    files: [
      'packages/maps/src/validate.ts',
      'packages/maps/src/structural.ts',
      'packages/maps/src/semantics.ts',
      'packages/maps/src/reachability.ts',
    ],
    tests: [
      'packages/maps/src/reachability.test.ts',
      'packages/maps/src/structural.test.ts',
      'packages/maps/src/semantics.test.ts',
      'packages/maps/src/validate.test.ts',
      'packages/maps/src/safeJson.test.ts',
      'packages/maps/src/storySemantics.test.ts',
      'packages/maps/src/builtin.test.ts',
      'packages/maps/src/jsonSchema.test.ts',
    ],
    first: [
      'packages/maps/src/reachability.test.ts',
      'packages/maps/src/structural.test.ts',
      'packages/maps/src/semantics.test.ts',
    ],
  },
};
