// Dev aid (not part of `pnpm bench`): where findPath's time goes on the battle map of `pnpm bench --only path`
// (300 pairs, rough ground, units in the way), against easystarjs on the same pairs. Each solver runs the pairs
// warm, then N timed rounds measured in CPU time of this process (process.cpuUsage: less disturbed by other
// tenants than wall clock). Also counts how many long trips the jump search hands back to A* (INEXACT).
// Run: node --import tsx bench/profilePathBattle.ts [rounds]   (add --cpu-prof for a profile)
import { findPathAStar } from '../packages/engine/src/path/findPath';
import { findJumpPath, INEXACT } from '../packages/engine/src/path/jumpPoint';
import { BATTLE_PAIRS, BATTLE_SIZE, SOLVERS, setup } from './groups/pathBattle';
import { battleMap } from './inputs/battleMap';
import { createGame } from './lib/engine';

const rounds = Number(process.argv[2] ?? 30);
const s = setup(BATTLE_PAIRS);
const grid = createGame(battleMap({ size: BATTLE_SIZE, perSide: 13 }), 1).grid;
type Pair = (typeof s.pairs)[number];
/** The mover's own tile is not in its way (as in the benchmark). */
const freeStart = (f: (p: Pair) => unknown) => (p: Pair) => {
  const i = p.sy * s.width + p.sx;
  s.blocked[i] = 0;
  const r = f(p);
  s.blocked[i] = 1;
  return r;
};
const solvers: Record<string, (p: Pair) => unknown> = {
  findPath: SOLVERS['battle-ours']!(s),
  'findPathAStar only': freeStart((p) => findPathAStar(grid, p.sx, p.sy, p.tx, p.ty, { blocked: s.blocked })),
  'findJumpPath only': freeStart((p) => findJumpPath(grid, p.sx, p.sy, p.tx, p.ty, s.blocked, 0x3fffffff)),
  easystar: SOLVERS['battle-easystar']!(s),
};
/** The first 30 pairs (a --quick run's count) in a process where neither solver has run yet: code not yet optimised. */
for (const name of ['findPath', 'easystar']) {
  const t0 = process.cpuUsage();
  s.pairs.slice(0, 30).forEach(solvers[name]!);
  const d = process.cpuUsage(t0);
  console.log(`${name.padEnd(20)} cold, first 30 pairs: CPU ${((d.user + d.system) / 1000).toFixed(2)} ms`);
}
const inexact = s.pairs.map(solvers['findJumpPath only']!).filter((r) => r === INEXACT).length;
console.log(
  `${s.pairs.length} pairs; the jump search hands ${inexact} of them to A* (its path crosses rough or units)`,
);
for (const [name, solve] of Object.entries(solvers)) {
  for (let i = 0; i < 5; i++) s.pairs.forEach(solve);
  const ms: number[] = [];
  const wall: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const t0 = process.cpuUsage();
    const w0 = process.hrtime.bigint();
    s.pairs.forEach(solve);
    wall.push(Number(process.hrtime.bigint() - w0) / 1e6);
    const d = process.cpuUsage(t0);
    ms.push((d.user + d.system) / 1000);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(2);
  const min = (xs: number[]) => Math.min(...xs).toFixed(2);
  console.log(
    `${name.padEnd(20)} ms per ${s.pairs.length} pairs: CPU median ${med(ms)} (min ${min(ms)}), wall median ${med(wall)} (min ${min(wall)})`,
  );
}
