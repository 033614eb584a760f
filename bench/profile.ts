// Dev aid (not part of `pnpm bench`): records the stress battle and a scale game, prints a fingerprint of the
// outcomes (so an optimisation can be checked for changed results) and times verification.
// Run: node --import tsx bench/profile.ts [stress|scale128|scale256|all]   (add --cpu-prof to profile)
import { battleMap, STRESS_PER_SIDE, STRESS_SIZE, unitsPerSideFor } from './inputs/battleMap';
import { createGame, hashWorld, verifyReplay } from './lib/engine';
import { playTurn, recordGame } from './lib/play';
import { now } from './lib/timing';

const what = process.argv[2] ?? 'all';
if (what === 'stress' || what === 'all') {
  const map = battleMap({ size: STRESS_SIZE, perSide: STRESS_PER_SIDE });
  const t0 = now();
  const rp = recordGame(map, 1, 30);
  console.log(
    `stress record ${Number(now() - t0) / 1e6} ms, ${rp.turns.length} turns, last ${JSON.stringify(rp.turns.at(-1))}`,
  );
  const text = JSON.stringify(rp);
  for (let i = 0; i < 4; i++) {
    const t1 = now();
    const r = verifyReplay(JSON.parse(text), () => map);
    const ms = Number(now() - t1) / 1e6;
    console.log(
      `stress verify ${r.status} ${ms.toFixed(1)} ms = ${((rp.turns.length * 1000) / ms).toFixed(0)} turns/s`,
    );
  }
}
for (const size of [128, 256]) {
  if (what !== `scale${size}` && what !== 'all') continue;
  const map = battleMap({ size, perSide: unitsPerSideFor(size), hp: 100 });
  const world = createGame(map, 1);
  const times: number[] = [];
  for (let t = 0; t < (size === 256 ? 2 : 4); t++) {
    const t0 = now();
    playTurn(world);
    times.push(Number(now() - t0) / 1e6);
  }
  console.log(`scale${size} turns ${times.map((t) => t.toFixed(1)).join(' ')} ms, hash ${hashWorld(world)}`);
}
