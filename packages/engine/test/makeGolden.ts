// Regenerates the golden replay corpus: `pnpm golden`. Run it only for an intended rule change, after
// bumping REPLAY_VERSION (packages/engine/src/version.ts), and commit the new files with the reason.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_MAPS } from '@denizens/maps';
import { simulate } from '../src/replay/simulate';
import { builtin } from './support';

export const GOLDEN_DIR = join(import.meta.dirname, 'golden');

/** What the corpus holds: every built-in map, a few seeds each, long enough for fights to happen. */
export const GOLDEN_CASES = Object.keys(BUILTIN_MAPS)
  .sort()
  .flatMap((map) => [1, 2, 3].map((seed) => ({ map, seed, turns: 12 })));

mkdirSync(GOLDEN_DIR, { recursive: true });
for (const f of readdirSync(GOLDEN_DIR)) if (f.endsWith('.replay.json')) rmSync(join(GOLDEN_DIR, f));
for (const c of GOLDEN_CASES) {
  const replay = simulate(builtin(c.map), c.seed, c.turns);
  const file = join(GOLDEN_DIR, `${c.map}-seed${c.seed}.replay.json`);
  writeFileSync(file, `${JSON.stringify(replay, null, 1)}\n`);
  console.log(`${file}: ${replay.turns.length} turns, ${replay.commands.length} commands, ${replay.result.outcome}`);
}
