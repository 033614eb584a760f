/**
 * A path oracle for tests and benchmarks that shares no code with src/path: the movement rules of
 * docs/rules.md written out again, and a plain Dijkstra over an array of tiles.
 * - 8 directions; a straight step costs 2 move points, a diagonal step 3;
 * - entering rough ground (rubble, crater) costs double; wall, hull, breach and void cannot be entered;
 * - a diagonal step may not cut a corner: both tiles beside it must be enterable terrain (a unit there
 *   does not matter);
 * - a blocked tile (a unit of the other side) is never entered.
 */
export const ORACLE_STEP = 2;
export const ORACLE_DIAGONAL = 3;

/** Move-point multiplier by terrain name: 0 cannot be entered. */
export const ORACLE_MUL: Readonly<Record<string, number>> = {
  ground: 1,
  deck: 1,
  conduit: 1,
  cell: 1,
  rubble: 2,
  crater: 2,
  wall: 0,
  hull: 0,
  breach: 0,
  void: 0,
};

export interface OracleGrid {
  width: number;
  height: number;
  /** Multiplier per tile (from ORACLE_MUL): 0 cannot be entered. */
  mul: ArrayLike<number>;
}

/** Cheapest cost from start to every tile (-1 unreachable), by Dijkstra with a sorted frontier. */
export function oracleCosts(
  g: OracleGrid,
  sx: number,
  sy: number,
  blocked: ArrayLike<number> | null = null,
): Int32Array {
  const n = g.width * g.height;
  const cost = new Int32Array(n).fill(-1);
  const best = new Int32Array(n).fill(0x7fffffff);
  const start = sy * g.width + sx;
  best[start] = 0;
  const frontier: number[] = [start];
  while (frontier.length > 0) {
    // The cheapest tile of the frontier (linear scan: slow and obviously right).
    let k = 0;
    for (let j = 1; j < frontier.length; j++) if (best[frontier[j]!]! < best[frontier[k]!]!) k = j;
    const i = frontier.splice(k, 1)[0]!;
    if (cost[i]! >= 0) continue;
    cost[i] = best[i]!;
    const x = i % g.width;
    const y = (i - x) / g.width;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const c = stepCost(g, x, y, dx, dy, blocked);
        if (c < 0) continue;
        const ni = (y + dy) * g.width + x + dx;
        if (cost[ni]! < 0 && best[i]! + c < best[ni]!) {
          best[ni] = best[i]! + c;
          frontier.push(ni);
        }
      }
    }
  }
  return cost;
}

/** The cost of one step from (x, y) by (dx, dy), or -1 when the step is not allowed. */
export function stepCost(
  g: OracleGrid,
  x: number,
  y: number,
  dx: number,
  dy: number,
  blocked: ArrayLike<number> | null = null,
): number {
  if (dx === 0 && dy === 0) return -1;
  if (Math.abs(dx) > 1 || Math.abs(dy) > 1) return -1;
  const nx = x + dx;
  const ny = y + dy;
  if (nx < 0 || ny < 0 || nx >= g.width || ny >= g.height) return -1;
  const m = g.mul[ny * g.width + nx]!;
  if (m === 0 || blocked?.[ny * g.width + nx]) return -1;
  const diagonal = dx !== 0 && dy !== 0;
  if (diagonal && (g.mul[y * g.width + nx] === 0 || g.mul[ny * g.width + x] === 0)) return -1;
  return (diagonal ? ORACLE_DIAGONAL : ORACLE_STEP) * m;
}

/** Walks a path (the start tile not included) and returns its cost, or -1 at the first illegal step. */
export function oraclePathCost(
  g: OracleGrid,
  sx: number,
  sy: number,
  path: readonly { x: number; y: number }[],
  blocked: ArrayLike<number> | null = null,
): number {
  let x = sx;
  let y = sy;
  let total = 0;
  for (const p of path) {
    const c = stepCost(g, x, y, p.x - x, p.y - y, blocked);
    if (c < 0) return -1;
    total += c;
    x = p.x;
    y = p.y;
  }
  return total;
}
