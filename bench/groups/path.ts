import EasyStar from 'easystarjs';
import PF from 'pathfinding';
import { Path as RotPath } from 'rot-js';
import { makeObstacleGrid, type ObstacleGrid, type Pair, pickPairs, toEngineGrid } from '../inputs/obstacleGrid';
import { findPath } from '../lib/engine';
import { costOf, OUR_RULES, type PathShape, referenceCost, type StepRules, shapeOf } from '../lib/reference';
import { counted, emptyResult, timed, type VariantFn, type VariantOptions, type VariantResult } from '../lib/result';
import { timeRuns } from '../lib/timing';

type Pt = { x: number; y: number };
/** A path-finder set up once on the map, then asked for one path at a time (tiles after the start, goal last). */
type Solver = (p: Pair) => Pt[] | null;

interface Contender {
  /** The library's own step weights and corner rule: its answers are checked against an exact oracle under these. */
  rules: StepRules;
  /**
   * False for a library whose A* heuristic overestimates (easystar 0.4.4 estimates 1.4·min + max instead of
   * 1.4·min + (max − min)): its paths are legal but not always shortest, so optimality is reported, not required.
   */
  exact: boolean;
  setup(g: ObstacleGrid): Solver;
}

export const PAIRS = 1000;
export const QUICK_PAIRS = 20;

const CONTENDERS: Record<string, Contender> = {
  ours: {
    rules: OUR_RULES,
    exact: true,
    setup(g) {
      const grid = toEngineGrid(g);
      return (p) => findPath(grid, p.sx, p.sy, p.tx, p.ty)?.path ?? null;
    },
  },
  // easystar: straight 1, diagonal 1.4 (fixed in the library: setTileCost scales both alike), checked with 5/7.
  // Made synchronous with enableSync() and unlimited iterations, so one calculate() finishes the search and the
  // callback runs at once (no timers inside the measurement).
  easystar: {
    rules: { straight: 5, diagonal: 7, cornerCutting: false },
    exact: false,
    setup(g) {
      const es = new EasyStar.js();
      const rows: number[][] = [];
      for (let y = 0; y < g.size; y++) rows.push(Array.from(g.walls.subarray(y * g.size, (y + 1) * g.size)));
      es.setGrid(rows);
      es.setAcceptableTiles([0]);
      es.enableDiagonals();
      es.disableCornerCutting();
      es.enableSync();
      es.setIterationsPerCalculation(Number.POSITIVE_INFINITY);
      return (p) => {
        let out: Pt[] | null | undefined;
        es.findPath(p.sx, p.sy, p.tx, p.ty, (path) => {
          out = path;
        });
        while (out === undefined) es.calculate();
        return out ? out.slice(1) : null;
      };
    },
  },
  // PathFinding.js A*: straight 1, diagonal √2 (fixed), octile heuristic. It marks nodes while searching, so its
  // documented use clones the grid for each search; the clone is part of the measured time.
  pathfinding: {
    rules: { straight: 1, diagonal: Math.SQRT2, cornerCutting: false },
    exact: true,
    setup(g) {
      const matrix: number[][] = [];
      for (let y = 0; y < g.size; y++) matrix.push(Array.from(g.walls.subarray(y * g.size, (y + 1) * g.size)));
      const grid = new PF.Grid(matrix);
      const finder = new PF.AStarFinder({ diagonalMovement: PF.DiagonalMovement.OnlyWhenNoObstacles });
      return (p) => {
        const path = finder.findPath(p.sx, p.sy, p.tx, p.ty, grid.clone());
        return path.length ? path.slice(1).map(([x, y]) => ({ x: x!, y: y! })) : null;
      };
    },
  },
  // rot.js A*: every step costs 1 (diagonals too) and its passable callback only sees single tiles, so with
  // topology 8 it steps diagonally between two walls that touch at a corner: checked as uniform cost with corner cutting.
  // It searches from the goal back to the start, so one AStar object is made per goal.
  'rot-astar': {
    rules: { straight: 1, diagonal: 1, cornerCutting: true },
    exact: true,
    setup(g) {
      const passable = (x: number, y: number) =>
        x >= 0 && y >= 0 && x < g.size && y < g.size && !g.walls[y * g.size + x];
      return (p) => {
        const astar = new RotPath.AStar(p.tx, p.ty, passable, { topology: 8 });
        const out: Pt[] = [];
        astar.compute(p.sx, p.sy, (x, y) => {
          out.push({ x, y });
        });
        return out.length ? out.slice(1) : null;
      };
    },
  },
};

export function runPath(name: string, o: VariantOptions): VariantResult {
  const c = CONTENDERS[name]!;
  const g = makeObstacleGrid();
  const pairs = pickPairs(g, o.quick ? QUICK_PAIRS : PAIRS);
  const solve = c.setup(g);
  const r = emptyResult();
  let last: (Pt[] | null)[] = [];
  const ms = timeRuns(o, () => {
    const out: (Pt[] | null)[] = new Array(pairs.length);
    for (let i = 0; i < pairs.length; i++) out[i] = solve(pairs[i]!);
    last = out;
  });
  r.figures.ms = timed(ms, 'ms');
  // Checks, outside the timed runs: every path is legal under the library's rules and exactly optimal under them,
  // and how its paths compare with ours under our rules (straight 2, diagonal 3, no corner cutting).
  let found = 0;
  let optimal = 0;
  let sameCostAsOurs = 0;
  let sameStepsAsOurs = 0;
  let illegal = '';
  let notOptimal = '';
  const ourSolve = CONTENDERS.ours!.setup(g);
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    const path = last[i];
    if (!path) {
      illegal ||= `pair ${i}: no path found`;
      continue;
    }
    let shape: PathShape;
    try {
      shape = shapeOf(g, p.sx, p.sy, p.tx, p.ty, path, c.rules);
    } catch (e) {
      illegal ||= `pair ${i}: ${(e as Error).message}`;
      continue;
    }
    found++;
    const best = referenceCost(g, p.sx, p.sy, p.tx, p.ty, c.rules);
    if (Math.abs(costOf(shape, c.rules) - best) < 1e-9) optimal++;
    else notOptimal ||= `pair ${i}: cost ${+costOf(shape, c.rules).toFixed(4)}, optimum ${+best.toFixed(4)}`;
    const ours = shapeOf(g, p.sx, p.sy, p.tx, p.ty, ourSolve(p)!, OUR_RULES);
    if (!c.rules.cornerCutting && costOf(shape, OUR_RULES) === costOf(ours, OUR_RULES)) sameCostAsOurs++;
    if (shape.straight + shape.diagonal === ours.straight + ours.diagonal) sameStepsAsOurs++;
  }
  r.checks.push({
    name: 'a legal path for every pair',
    ok: found === pairs.length,
    detail: `${found}/${pairs.length}${illegal ? ` (first problem: ${illegal})` : ''}`,
  });
  const optimalDetail = `${optimal}/${pairs.length}${notOptimal ? ` (first: ${notOptimal})` : ''}`;
  if (c.exact)
    r.checks.push({
      name: 'shortest under its own rules (exact oracle)',
      ok: optimal === pairs.length,
      detail: optimalDetail,
    });
  else
    r.notes.push(
      `shortest under its own rules for ${optimalDetail}: its heuristic overestimates, so it is not checked`,
    );
  r.figures.pairs = counted(pairs.length, 'pairs');
  r.figures.optimal = counted(optimal, 'pairs');
  r.figures.sameStepsAsOurs = counted(sameStepsAsOurs, 'pairs');
  if (!c.rules.cornerCutting) r.figures.sameCostAsOurs = counted(sameCostAsOurs, 'pairs');
  r.notes.push(
    `rules: straight ${+c.rules.straight.toFixed(4)}, diagonal ${+c.rules.diagonal.toFixed(4)}, corner cutting ${c.rules.cornerCutting ? 'yes' : 'no'}`,
  );
  return r;
}

export const pathVariants: Record<string, VariantFn> = Object.fromEntries(
  Object.keys(CONTENDERS).map((n) => [n, (o: VariantOptions) => runPath(n, o)]),
);
