// `pnpm fuzz`: the invariant fuzz for long soaks (the test command runs a short one: packages/engine/test/fuzz.test.ts).
//
//   pnpm fuzz --games 20000 --seed soak1        random games on every built-in map, invariants after every command
//   pnpm fuzz --games 500 --turns 40 --out dir  longer games; failing games are written to dir (default fuzz-failures/)
//   pnpm fuzz --repro dir/fuzz-soak1-17.json    plays a written failing game again and says what breaks
//
// A failing game is written as a reproducer: `<out>/fuzz-<seed>-<n>.json` (the game, every command issued, accepted
// or not, and the broken invariant; `--repro` replays it) and `<out>/fuzz-<seed>-<n>.replay.json` (the accepted
// commands as a replay, ending with the command the engine failed on: `pnpm denizens verify` shows the verdict).
// Exit code: 0 nothing found, 1 a game broke an invariant, 2 bad arguments.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../src/commands/types';
import { createRecorder, recordApply, toReplay } from '../src/replay/recorder';
import { createGame } from '../src/setup/createGame';
import { type FuzzGame, type FuzzResult, fuzzGame, fuzzMap, nthGame } from '../test/fuzz';

const REPRO_FORMAT = 'denizens-fuzz-game';

function usage(message: string): never {
  console.error(`fuzz: ${message}\nusage: pnpm fuzz [--games N] [--seed S] [--turns T] [--out DIR] | --repro FILE`);
  process.exit(2);
}

let values: { games?: string; seed?: string; turns?: string; out?: string; repro?: string };
try {
  ({ values } = parseArgs({
    options: {
      games: { type: 'string' },
      seed: { type: 'string' },
      turns: { type: 'string' },
      out: { type: 'string' },
      repro: { type: 'string' },
    },
    strict: true,
  }));
} catch (e) {
  usage((e as Error).message);
}

const count = (v: string | undefined, name: string, fallback: number) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) usage(`--${name} must be a whole number of at least 1, got ${JSON.stringify(v)}`);
  return n;
};

if (values.repro) {
  let file: { format?: unknown; game?: FuzzGame; commands?: unknown[] };
  try {
    file = JSON.parse(readFileSync(values.repro, 'utf8'));
  } catch (e) {
    usage(`cannot read ${values.repro}: ${(e as Error).message}`);
  }
  if (file.format !== REPRO_FORMAT || !file.game || !Array.isArray(file.commands))
    usage(`${values.repro} is not a ${REPRO_FORMAT} file`);
  const r = fuzzGame(file.game, { saveEvery: 1, script: file.commands });
  if (r.failure) {
    console.log(
      `${values.repro}: still fails after command #${r.failure.index}: ${r.failure.invariant}: ${r.failure.message}`,
    );
    process.exit(1);
  }
  console.log(`${values.repro}: no longer fails (${r.commands.length} commands, every invariant held)`);
  process.exit(0);
}

const games = count(values.games, 'games', 1000);
const turns = count(values.turns, 'turns', 30);
const seed = values.seed ?? 'soak';
const out = resolve(values.out ?? 'fuzz-failures');

const started = Date.now();
let commands = 0;
let accepted = 0;
const failures: FuzzResult[] = [];
for (let n = 0; n < games; n++) {
  const r = fuzzGame(nthGame(seed, n, turns));
  commands += r.commands.length;
  accepted += r.accepted;
  if (r.failure) {
    failures.push(r);
    const base = join(out, `fuzz-${seed}-${n}`);
    writeRepro(r, base);
    console.log(
      `game ${n} (${r.game.map}, seed ${r.game.seed}): after command #${r.failure.index}: ${r.failure.invariant}: ${r.failure.message}\n  wrote ${base}.json and ${base}.replay.json`,
    );
  }
  if ((n + 1) % 1000 === 0 || n + 1 === games)
    console.log(
      `${n + 1}/${games} games, ${commands} commands (${accepted} accepted), ${failures.length} failing, ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
}
console.log(
  failures.length === 0
    ? `fuzz: ${games} games, ${commands} commands: every invariant held`
    : `fuzz: ${failures.length} of ${games} games broke an invariant (reproducers in ${out})`,
);
process.exit(failures.length === 0 ? 0 : 1);

function writeRepro(r: FuzzResult, base: string): void {
  mkdirSync(out, { recursive: true });
  const failure = r.failure!;
  writeFileSync(
    `${base}.json`,
    `${JSON.stringify({ format: REPRO_FORMAT, version: 1, game: r.game, failure, commands: r.commands.slice(0, failure.index + 1) }, null, 1)}\n`,
  );
  // The accepted commands as a replay, and the command that failed when the engine failed on it.
  const world = createGame(fuzzMap(r.game.map), r.game.seed);
  const rec = createRecorder(world, r.game.seed);
  let last: ReturnType<typeof recordApply> | null = null;
  for (let i = 0; i <= failure.index; i++) last = recordApply(rec, r.commands[i] as Command);
  const replay = toReplay(rec);
  if (last && !last.ok && last.fault) replay.commands.push(r.commands[failure.index] as Command);
  writeFileSync(`${base}.replay.json`, `${JSON.stringify(replay, null, 1)}\n`);
}
