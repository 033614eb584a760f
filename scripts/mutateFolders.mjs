// The folders mutation testing covers (pnpm mutate --only <name>): which source files each mutates, and
// which tests run against its mutants. Each folder runs its own tests (the ones next to its code) plus
// the few tests elsewhere written for its rules, so a run takes minutes, not hours: with every unit test
// in play, every test covers the hasher and the world set-up, and each mutant re-ran dozens of files.
// `first` (optional): the folder's fast focused tests, run before the others (vitest.stryker.config.ts).
// `parts` (optional): line ranges (Stryker's `file:from-to`) that `pnpm mutate` runs one at a time before the whole
// folder. A run instruments only the code it mutates, and every instrumented expression slows the tests (each asks
// which mutant is active): one range's run is many times faster per mutant than the whole folder's. The results
// gather in the folder's incremental file; the closing whole-folder run reuses them and runs only the few mutants
// no range holds whole (a function's or a loop's entire body), and writes the folder's full report.
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
  // Run in parts (see `parts` above): with the whole folder instrumented the path tests take 50 s a run instead of
  // 3 s, and each of its ~400 looping mutants waits out a limit set from that.
  path: {
    files: src('path'),
    tests: [own('path')],
    first: [engine('path/pathCases.test.ts')],
    parts: [
      // Line ranges go stale when a file is edited: keep each on the function (or direction) its comment names. A
      // line no range holds is still run by the closing whole-folder run, only slower.
      // findPath.ts: the buffers and helpers; runSearch's set-up and loop head; its eight written-out directions;
      // findPath, trivialAnswer, findPathAStar.
      ...[
        '1-139',
        '141-197',
        '198-232',
        '233-267',
        '268-302',
        '303-337',
        '338-372',
        '373-407',
        '408-442',
        '443-479',
        '482-587',
      ].map((r) => engine(`path/findPath.ts:${r}`)),
      engine('path/reach.ts'),
      engine('path/moveCost.ts'),
      // jumpPoint.ts: buffers and estimate; the search's set-up and queue; the pruning; the jumps; the path walked
      // back and jumpScratch.
      ...['1-129', '130-185', '186-210', '211-245', '246-278'].map((r) => engine(`path/jumpPoint.ts:${r}`)),
      engine('path/jumpTable.ts:1-67'),
      engine('path/jumpTable.ts:68-130'),
    ],
  },
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
