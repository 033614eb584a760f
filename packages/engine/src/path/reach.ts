import type { Grid } from '../world/grid';
import { previousTile, runSearch, type ScratchSlot, type SearchScratch, type SearchSpec, scratchIn } from './findPath';

/** Every tile reachable within a budget of move points: cost per tile (-1 = not reachable) and the previous tile. */
export interface ReachMap {
  width: number;
  cost: Int32Array;
  from: Int32Array;
}

/**
 * The tiles reached by a budgeted search, in the order they were settled (cheapest first), with
 * their costs. Backed by buffers that the next `reachList` overwrites:
 * read it before searching again.
 */
export interface ReachList {
  /** Tile indices (y*width+x); the start first. */
  tiles: Int32Array;
  /** Move points to each of `tiles`, same order. */
  costs: Int32Array;
  count: number;
  /** The search buffers (previousTile gives a reached tile's previous tile). */
  scratch: SearchScratch;
}

const reachSlot: ScratchSlot = { s: null };
let list: ReachList | null = null;

const spec: SearchSpec = {
  blocked: null,
  maxCost: 0,
  heuristic: 0,
  tx: 0,
  ty: 0,
  slack: 0,
  goal: -1,
  onSettle: null,
};

let current: ReachList | null = null;
function record(i: number, g: number): boolean {
  const list = current!;
  list.tiles[list.count] = i;
  list.costs[list.count] = g;
  list.count++;
  return false;
}

/**
 * Dijkstra from (sx, sy) up to `budget` move points (findPath's step rules): the tiles as a list in
 * the order they were settled, in reused buffers, without paths (the AI's hot searches). reachMap gives
 * a fresh map with the path to every tile.
 */
export function reachList(
  grid: Grid,
  sx: number,
  sy: number,
  budget: number,
  blocked?: ArrayLike<number> | null,
): ReachList {
  const s = scratchIn(reachSlot, grid);
  const n = grid.width * grid.height;
  if (!list || list.tiles.length < n)
    list = { tiles: new Int32Array(n), costs: new Int32Array(n), count: 0, scratch: s };
  list.scratch = s;
  list.count = 0;
  spec.blocked = blocked;
  spec.maxCost = budget;
  spec.onSettle = record;
  current = list;
  runSearch(grid, sx, sy, spec, s);
  current = null;
  spec.blocked = null;
  return list;
}

/**
 * Dijkstra from (sx, sy) up to `budget` move points, with the same step rules as findPath: a fresh map
 * of every tile's cost and previous tile (paths with pathTo). reachList is the allocation-free list.
 */
export function reachMap(
  grid: Grid,
  sx: number,
  sy: number,
  budget: number,
  blocked?: ArrayLike<number> | null,
): ReachMap {
  const w = grid.width;
  const n = w * grid.height;
  const cost = new Int32Array(n).fill(-1);
  const from = new Int32Array(n).fill(-1);
  const list = reachList(grid, sx, sy, budget, blocked);
  for (let k = 0; k < list.count; k++) {
    const i = list.tiles[k]!;
    cost[i] = list.costs[k]!;
    from[i] = k === 0 ? -1 : previousTile(list.scratch, i);
  }
  return { width: w, cost, from };
}

/** The path to (x, y) in a reach map, first step first; null if not reachable. */
export function pathTo(reach: ReachMap, x: number, y: number): { x: number; y: number }[] | null {
  const w = reach.width;
  let i = y * w + x;
  if (reach.cost[i] === undefined || reach.cost[i]! < 0) return null;
  const out: { x: number; y: number }[] = [];
  while (reach.from[i]! >= 0) {
    out.push({ x: i % w, y: Math.floor(i / w) });
    i = reach.from[i]!;
  }
  return out.reverse();
}
