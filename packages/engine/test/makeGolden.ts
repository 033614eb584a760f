// Regenerates the golden replay corpus: `pnpm golden`. Run it only for an intended rule change, after
// bumping REPLAY_VERSION (packages/engine/src/version.ts), and commit the new files with the reason.
//
// It also records the corpus digest for the current REPLAY_VERSION in golden/DIGESTS.json, and refuses
// to change a digest already recorded for this version: a corpus that changes while the version does
// not is exactly the silent drift the digest exists to stop. Only when the version was bumped on your
// branch and not yet released (e.g. main bumped it this round and you re-generate after a rebase) pass
// `--same-version`, and say why in the commit.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_MAPS } from '@denizens/maps';
import { simulate } from '../src/replay/simulate';
import { REPLAY_VERSION } from '../src/version';
import { corpusDigest, DIGESTS_FILE, digestsText, GOLDEN_DIR, readDigests } from './goldenDigest';
import { builtin } from './support';

export { GOLDEN_DIR };

/** What the corpus holds: every built-in map, a few seeds each, long enough for fights to happen. */
export const GOLDEN_CASES = Object.keys(BUILTIN_MAPS)
  .sort()
  .flatMap((map) => [1, 2, 3].map((seed) => ({ map, seed, turns: 12 })));

const sameVersion = process.argv.includes('--same-version');
const files = new Map<string, string>();
const lines: string[] = [];
for (const c of GOLDEN_CASES) {
  const replay = simulate(builtin(c.map), c.seed, c.turns);
  const name = `${c.map}-seed${c.seed}.replay.json`;
  files.set(name, `${JSON.stringify(replay, null, 1)}\n`);
  lines.push(`${name}: ${replay.turns.length} turns, ${replay.commands.length} commands, ${replay.result.outcome}`);
}
const digest = corpusDigest(files);
const digests = readDigests();
const key = String(REPLAY_VERSION);
if (digests[key] !== undefined && digests[key] !== digest && !sameVersion) {
  console.error(
    `The golden corpus would change, but REPLAY_VERSION ${REPLAY_VERSION} already has a recorded corpus (golden/DIGESTS.json).\n` +
      '- If your change alters outcomes on purpose: bump REPLAY_VERSION in packages/engine/src/version.ts (with a line saying why),\n' +
      '  run `pnpm golden` again, and re-check the hand-written facts in packages/engine/test/goldenFacts.ts.\n' +
      '- If it should not alter outcomes: it does; find out why before going on (nothing was written).\n' +
      '- If this version number was bumped on your branch and is not released yet: `pnpm golden --same-version`.',
  );
  process.exit(1);
}
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const f of readdirSync(GOLDEN_DIR)) if (f.endsWith('.replay.json')) rmSync(join(GOLDEN_DIR, f));
for (const [name, text] of files) writeFileSync(join(GOLDEN_DIR, name), text);
digests[key] = digest;
writeFileSync(DIGESTS_FILE, digestsText(digests));
for (const l of lines) console.log(l);
console.log(`corpus digest for REPLAY_VERSION ${REPLAY_VERSION}: ${digest} (golden/DIGESTS.json)`);
