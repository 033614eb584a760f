import type { ObstacleGrid } from '../inputs/obstacleGrid';

/** The movement rules of one path-finder: step weights and whether a diagonal step may pass a wall's corner. */
export interface StepRules {
  straight: number;
  diagonal: number;
  cornerCutting: boolean;
}

const DX = [0, 1, 0, -1, 1, 1, -1, -1];
const DY = [-1, 0, 1, 0, -1, 1, 1, -1];

function diagonalAllowed(g: ObstacleGrid, x: number, y: number, dx: number, dy: number, rules: StepRules): boolean {
  if (rules.cornerCutting) return true;
  return !g.walls[y * g.size + x + dx] && !g.walls[(y + dy) * g.size + x];
}

/**
 * The optimal cost from start to goal under `rules`, by a plain Dijkstra (no heuristic, no tricks): the oracle that
 * every path-finder's answer is checked against. -1 when there is no path.
 */
export function referenceCost(
  g: ObstacleGrid,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  rules: StepRules,
): number {
  const n = g.size * g.size;
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(n);
  const heapI: number[] = [];
  const heapK: number[] = [];
  const push = (i: number, k: number) => {
    let p = heapI.length;
    heapI.push(i);
    heapK.push(k);
    while (p > 0) {
      const q = (p - 1) >> 1;
      if (heapK[q]! <= k) break;
      heapI[p] = heapI[q]!;
      heapK[p] = heapK[q]!;
      p = q;
    }
    heapI[p] = i;
    heapK[p] = k;
  };
  const pop = (): number => {
    const top = heapI[0]!;
    const li = heapI.pop()!;
    const lk = heapK.pop()!;
    const m = heapI.length;
    if (m > 0) {
      let p = 0;
      for (;;) {
        let c = 2 * p + 1;
        if (c >= m) break;
        if (c + 1 < m && heapK[c + 1]! < heapK[c]!) c++;
        if (heapK[c]! >= lk) break;
        heapI[p] = heapI[c]!;
        heapK[p] = heapK[c]!;
        p = c;
      }
      heapI[p] = li;
      heapK[p] = lk;
    }
    return top;
  };
  const start = sy * g.size + sx;
  const goal = ty * g.size + tx;
  dist[start] = 0;
  push(start, 0);
  while (heapI.length) {
    const cur = pop();
    if (done[cur]) continue;
    done[cur] = 1;
    if (cur === goal) return dist[cur]!;
    const x = cur % g.size;
    const y = (cur - x) / g.size;
    for (let d = 0; d < 8; d++) {
      const nx = x + DX[d]!;
      const ny = y + DY[d]!;
      if (nx < 0 || ny < 0 || nx >= g.size || ny >= g.size) continue;
      const ni = ny * g.size + nx;
      if (g.walls[ni] || done[ni]) continue;
      if (d >= 4 && !diagonalAllowed(g, x, y, DX[d]!, DY[d]!, rules)) continue;
      const nd = dist[cur]! + (d < 4 ? rules.straight : rules.diagonal);
      if (nd < dist[ni]!) {
        dist[ni] = nd;
        push(ni, nd);
      }
    }
  }
  return -1;
}

export interface PathShape {
  straight: number;
  diagonal: number;
}

/**
 * Checks that `path` (tiles after the start, goal last) is a legal walk under `rules` from the start to the goal and
 * counts its straight and diagonal steps. Throws on an illegal step.
 */
export function shapeOf(
  g: ObstacleGrid,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  path: readonly { x: number; y: number }[],
  rules: StepRules,
): PathShape {
  let x = sx;
  let y = sy;
  const shape = { straight: 0, diagonal: 0 };
  for (const p of path) {
    const dx = p.x - x;
    const dy = p.y - y;
    if (Math.abs(dx) > 1 || Math.abs(dy) > 1 || (dx === 0 && dy === 0))
      throw new Error(`not a step: ${x},${y} -> ${p.x},${p.y}`);
    if (g.walls[p.y * g.size + p.x]) throw new Error(`steps onto a wall at ${p.x},${p.y}`);
    if (dx !== 0 && dy !== 0) {
      if (!diagonalAllowed(g, x, y, dx, dy, rules)) throw new Error(`cuts a corner at ${x},${y} -> ${p.x},${p.y}`);
      shape.diagonal++;
    } else shape.straight++;
    x = p.x;
    y = p.y;
  }
  if (x !== tx || y !== ty) throw new Error(`ends at ${x},${y}, not at the goal ${tx},${ty}`);
  return shape;
}

export function costOf(shape: PathShape, rules: StepRules): number {
  return shape.straight * rules.straight + shape.diagonal * rules.diagonal;
}

/** Our rules: straight 2, diagonal 3 move points on ground, no corner cutting. */
export const OUR_RULES: StepRules = { straight: 2, diagonal: 3, cornerCutting: false };
