import EasyStar from 'easystarjs';
import { ORACLE_MUL, oracleCosts, oraclePathCost } from '../../packages/engine/test/pathOracle';
import { battleMap } from '../inputs/battleMap';
import { createGame, findPath, maps, unitsSorted } from '../lib/engine';
import { inputRng, pick } from '../lib/prng';
import { counted, emptyResult, timed, type VariantFn, type VariantOptions, type VariantResult } from '../lib/result';
import { timeRuns } from '../lib/timing';

/**
 * Path-finding on a battle map: rough ground (rubble costs double), walls, and every unit's tile in the way.
 * Pairs start at the squad's pilots (as real moves do) and end on random free tiles. `battle-ours` is findPath,
 * what a move uses (A* or jump points, chosen by the trip); `battle-easystar` is easystarjs with rubble's cost 2
 * and the units as points to avoid. Every answer is checked against the test suite's independent Dijkstra
 * (packages/engine/test/pathOracle.ts): ours must be exactly optimal; easystar's optimality is reported.
 */
export const BATTLE_SIZE = 64;
export const BATTLE_PAIRS = 300;
export const QUICK_BATTLE_PAIRS = 30;

type Pt = { x: number; y: number };
export interface Setup {
  width: number;
  height: number;
  terrain: Uint8Array;
  blocked: Uint8Array;
  mul: number[];
  pairs: { sx: number; sy: number; tx: number; ty: number }[];
}

export function setup(pairCount: number): Setup {
  const map = battleMap({ size: BATTLE_SIZE, perSide: 13 });
  const world = createGame(map, 1);
  const g = world.grid;
  const blocked = new Uint8Array(g.width * g.height);
  const units = unitsSorted(world);
  for (const e of units) blocked[world.c.Position.y[e]! * g.width + world.c.Position.x[e]!] = 1;
  const mul = Array.from(g.terrain, (t) => ORACLE_MUL[maps.TERRAIN_NAMES[t]!]!);
  const squad = units.filter((e) => world.c.Unit.faction[e] === 0);
  const rand = inputRng(20261201);
  const pairs: Setup['pairs'] = [];
  while (pairs.length < pairCount) {
    const s = squad[pick(rand, squad.length)]!;
    const t = pick(rand, g.width * g.height);
    if (mul[t] === 0 || blocked[t]) continue;
    pairs.push({
      sx: world.c.Position.x[s]!,
      sy: world.c.Position.y[s]!,
      tx: t % g.width,
      ty: Math.floor(t / g.width),
    });
  }
  return { width: g.width, height: g.height, terrain: g.terrain, blocked, mul, pairs };
}

type Solver = (s: Setup) => (p: Setup['pairs'][number]) => Pt[] | null;

export const SOLVERS: Record<string, Solver> = {
  'battle-ours'(s) {
    const grid = createGame(battleMap({ size: BATTLE_SIZE, perSide: 13 }), 1).grid;
    return (p) => {
      // The mover's own tile is not in its way.
      const i = p.sy * s.width + p.sx;
      s.blocked[i] = 0;
      const r = findPath(grid, p.sx, p.sy, p.tx, p.ty, { blocked: s.blocked })?.path ?? null;
      s.blocked[i] = 1;
      return r;
    };
  },
  'battle-easystar'(s) {
    const es = new EasyStar.js();
    const rows: number[][] = [];
    for (let y = 0; y < s.height; y++) rows.push(s.mul.slice(y * s.width, (y + 1) * s.width));
    es.setGrid(rows);
    es.setAcceptableTiles([1, 2]);
    es.setTileCost(1, 1);
    es.setTileCost(2, 2);
    es.enableDiagonals();
    es.disableCornerCutting();
    es.enableSync();
    es.setIterationsPerCalculation(Number.POSITIVE_INFINITY);
    for (let i = 0; i < s.blocked.length; i++)
      if (s.blocked[i]) es.avoidAdditionalPoint(i % s.width, Math.floor(i / s.width));
    return (p) => {
      es.stopAvoidingAdditionalPoint(p.sx, p.sy);
      let out: Pt[] | null | undefined;
      es.findPath(p.sx, p.sy, p.tx, p.ty, (path) => {
        out = path;
      });
      while (out === undefined) es.calculate();
      es.avoidAdditionalPoint(p.sx, p.sy);
      return out ? out.slice(1) : null;
    };
  },
};

function runBattle(name: string, o: VariantOptions): VariantResult {
  const s = setup(o.quick ? QUICK_BATTLE_PAIRS : BATTLE_PAIRS);
  const solve = SOLVERS[name]!(s);
  const r = emptyResult();
  let last: (Pt[] | null)[] = [];
  r.figures.ms = timed(
    timeRuns(o, () => {
      last = s.pairs.map(solve);
    }),
    'ms',
  );
  // Checks, untimed: the oracle's cost from each start (one Dijkstra per start), legality and optimality under our rules.
  const grid = { width: s.width, height: s.height, mul: s.mul };
  const byStart = new Map<number, Int32Array>();
  let reachable = 0;
  let found = 0;
  let optimal = 0;
  let problem = '';
  for (let k = 0; k < s.pairs.length; k++) {
    const p = s.pairs[k]!;
    const start = p.sy * s.width + p.sx;
    if (!byStart.has(start)) {
      s.blocked[start] = 0;
      byStart.set(start, oracleCosts(grid, p.sx, p.sy, s.blocked));
      s.blocked[start] = 1;
    }
    const best = byStart.get(start)![p.ty * s.width + p.tx]!;
    const path = last[k];
    if (best < 0) {
      if (path) problem ||= `pair ${k}: a path where the oracle has none`;
      continue;
    }
    reachable++;
    if (!path) continue;
    s.blocked[start] = 0;
    const cost = oraclePathCost(grid, p.sx, p.sy, path, s.blocked);
    s.blocked[start] = 1;
    const end = path.at(-1);
    if (cost < 0 || !end || end.x !== p.tx || end.y !== p.ty) {
      problem ||= `pair ${k}: an illegal path or one that ends elsewhere`;
      continue;
    }
    found++;
    if (cost === best) optimal++;
  }
  r.figures.pairs = counted(s.pairs.length, 'pairs');
  r.figures.reachable = counted(reachable, 'pairs');
  r.figures.optimal = counted(optimal, 'pairs');
  r.checks.push({
    name: 'legal paths (terrain, units, corners) that end at the goal',
    ok: problem === '' && (name !== 'battle-ours' || found === reachable),
    detail: `${found}/${reachable} reachable pairs${problem ? `; first problem: ${problem}` : ''}`,
  });
  if (name === 'battle-ours')
    r.checks.push({
      name: 'shortest under the rules (independent Dijkstra)',
      ok: optimal === reachable,
      detail: `${optimal}/${reachable}`,
    });
  else r.notes.push(`shortest under our rules for ${optimal}/${reachable} pairs (its heuristic overestimates)`);
  return r;
}

export const pathBattleVariants: Record<string, VariantFn> = Object.fromEntries(
  Object.keys(SOLVERS).map((n) => [n, (o: VariantOptions) => runBattle(n, o)]),
);
