import type { Grid } from '../world/grid';
import { canStep } from './findPath';
import { IndexHeap } from './heap';
import { DIAGONAL_COST, MOVE_MUL, STEP_COST } from './moveCost';

/** Every tile reachable within a budget of move points: cost per tile (-1 = not reachable) and the previous tile. */
export interface ReachMap {
  width: number;
  cost: Int32Array;
  from: Int32Array;
}

/** Dijkstra from (sx, sy) up to `budget` move points, with the same step rules as findPath. */
export function reachable(
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
  const heap = new IndexHeap(256);
  const start = sy * w + sx;
  cost[start] = 0;
  heap.push(start, 0);
  while (heap.size > 0) {
    const cur = heap.pop();
    const cx = cur % w;
    const cy = (cur - cx) / w;
    const gc = cost[cur]!;
    for (let d = 0; d < 8; d++) {
      const ni = canStep(grid, cx, cy, d, blocked);
      if (ni < 0) continue;
      const ng = gc + (d < 4 ? STEP_COST : DIAGONAL_COST) * MOVE_MUL[grid.terrain[ni]!]!;
      if (ng > budget) continue;
      if (cost[ni] === -1 || ng < cost[ni]!) {
        cost[ni] = ng;
        from[ni] = cur;
        heap.push(ni, ng);
      }
    }
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
