import type { Grid } from '../world/grid';
import { IndexHeap } from './heap';
import { DIAGONAL_COST, DIRS_X, DIRS_Y, MOVE_MUL, octile, STEP_COST } from './moveCost';

export interface PathResult {
  /** Tiles from the first step to the goal (the start is not included). */
  path: { x: number; y: number }[];
  /** Total move points. */
  cost: number;
}

export interface PathOptions {
  /** Tiles that may not be entered (index y*width+x, nonzero = blocked), e.g. enemy units. */
  blocked?: ArrayLike<number> | null;
  /** Give up beyond this many move points. */
  maxCost?: number;
}

interface Scratch {
  g: Int32Array;
  from: Int32Array;
  seen: Uint32Array;
  closed: Uint32Array;
  stamp: number;
  heap: IndexHeap;
}
const scratchByGrid = new WeakMap<Grid, Scratch>();

function scratchFor(grid: Grid): Scratch {
  let s = scratchByGrid.get(grid);
  if (!s) {
    const n = grid.width * grid.height;
    s = {
      g: new Int32Array(n),
      from: new Int32Array(n),
      seen: new Uint32Array(n),
      closed: new Uint32Array(n),
      stamp: 0,
      heap: new IndexHeap(1024),
    };
    scratchByGrid.set(grid, s);
  }
  return s;
}

/** Can a unit step from tile i at (x, y) in direction d? Checks terrain, blockers and corner cutting. */
export function canStep(
  grid: Grid,
  x: number,
  y: number,
  d: number,
  blocked: ArrayLike<number> | null | undefined,
): number {
  const nx = x + DIRS_X[d]!;
  const ny = y + DIRS_Y[d]!;
  const w = grid.width;
  if (nx < 0 || ny < 0 || nx >= w || ny >= grid.height) return -1;
  const ni = ny * w + nx;
  const terrain = grid.terrain;
  if (MOVE_MUL[terrain[ni]!] === 0 || blocked?.[ni]) return -1;
  if (d >= 4) {
    // No corner cutting: both orthogonal neighbours must be walkable terrain.
    if (MOVE_MUL[terrain[y * w + nx]!] === 0 || MOVE_MUL[terrain[ny * w + x]!] === 0) return -1;
  }
  return ni;
}

/**
 * A* on the 8-neighbour grid: straight steps cost 2, diagonal 3, times the terrain's multiplier
 * (rough terrain 2); no corner cutting past blocking tiles. Deterministic tie-breaking.
 * Returns null when the goal cannot be reached (within maxCost).
 */
export function findPath(
  grid: Grid,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  opts: PathOptions = {},
): PathResult | null {
  const w = grid.width;
  if (tx < 0 || ty < 0 || tx >= w || ty >= grid.height) return null;
  if (sx === tx && sy === ty) return { path: [], cost: 0 };
  const goal = ty * w + tx;
  if (MOVE_MUL[grid.terrain[goal]!] === 0 || opts.blocked?.[goal]) return null;
  const maxCost = opts.maxCost ?? 0x3fffffff;
  const s = scratchFor(grid);
  const stamp = ++s.stamp;
  const { g, from, seen, closed, heap } = s;
  heap.clear();
  const start = sy * w + sx;
  g[start] = 0;
  from[start] = -1;
  seen[start] = stamp;
  heap.push(start, octile(tx - sx, ty - sy));
  const blocked = opts.blocked;
  while (heap.size > 0) {
    const cur = heap.pop();
    if (closed[cur] === stamp) continue;
    closed[cur] = stamp;
    if (cur === goal) break;
    const cx = cur % w;
    const cy = (cur - cx) / w;
    const gc = g[cur]!;
    for (let d = 0; d < 8; d++) {
      const ni = canStep(grid, cx, cy, d, blocked);
      if (ni < 0 || closed[ni] === stamp) continue;
      const ng = gc + (d < 4 ? STEP_COST : DIAGONAL_COST) * MOVE_MUL[grid.terrain[ni]!]!;
      if (ng > maxCost) continue;
      if (seen[ni] !== stamp || ng < g[ni]!) {
        seen[ni] = stamp;
        g[ni] = ng;
        from[ni] = cur;
        const nx = ni % w;
        heap.push(ni, ng + octile(tx - nx, ty - (ni - nx) / w));
      }
    }
  }
  if (closed[goal] !== stamp) return null;
  const path: { x: number; y: number }[] = [];
  for (let i = goal; i !== start; i = from[i]!) path.push({ x: i % w, y: Math.floor(i / w) });
  path.reverse();
  return { path, cost: g[goal]! };
}
