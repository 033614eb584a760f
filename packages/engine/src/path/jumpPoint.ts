import type { Grid } from '../world/grid';
import { jumpTableOf } from './jumpTable';
import { MOVE_MUL } from './moveCost';

/**
 * Jump Point Search (Harabor & Grastien, the variant without corner cutting) on a relaxed grid: every
 * walkable tile costs the same (rough terrain counts as ground) and `blocked` tiles count as free. A path
 * found there costs at most what the true cheapest path costs; if it crosses no rough and no blocked tile,
 * its true cost is the same, so it is a true cheapest path. Otherwise the caller searches exactly (A*).
 * The jump lengths come from a jump table (jumpTable.ts) that is checked against the terrain on every call,
 * so terrain may change between any two calls.
 */

/** The answer when the relaxed path crosses rough or blocked tiles: search again with the exact rules. */
export const INEXACT = 'inexact';

/** A path in tiles after the start, goal last, and its cost in move points. */
export interface JumpPath {
  path: { x: number; y: number }[];
  cost: number;
}

interface JumpScratch {
  /**
   * Four numbers per tile, side by side (one cache line serves a tile): the stamp when reached, the cost, the
   * previous jump point × 16 + the direction it came in, the stamp when expanded.
   */
  node: Int32Array;
  stamp: number;
  /** The open list: a bucket per f-cost modulo head.length (a power of two above the largest f step). */
  head: Int32Array;
  /** Queued entries: (tile, next entry in the same bucket). */
  poolTile: Int32Array;
  poolNext: Int32Array;
  /** Jump points of the found path, goal first. */
  points: Int32Array;
}

const SEEN = 0;
const G = 1;
const FROM_DIR = 2;
const CLOSED = 3;
/** DIR of the start: no direction, all eight are tried. */
const ANY = 8;

let scratch: JumpScratch | null = null;

/** Buffers for a grid of this size (reused when large enough), with a fresh stamp and an empty open list. */
function scratchFor(w: number, h: number): JumpScratch {
  const n = w * h;
  // One jump raises f = g + octile estimate by at most twice its cost (3 per tile, at most max(w, h) - 1 tiles).
  let buckets = 16;
  while (buckets <= 6 * Math.max(w, h)) buckets *= 2;
  let s = scratch;
  if (!s || s.node.length < n * 4 || s.head.length < buckets) {
    s = {
      node: new Int32Array(n * 4),
      stamp: 0,
      head: new Int32Array(buckets),
      poolTile: new Int32Array(Math.max(64, n)),
      poolNext: new Int32Array(Math.max(64, n)),
      points: new Int32Array(Math.max(64, n)),
    };
    scratch = s;
  }
  if (s.stamp >= 0x7ffffff0) {
    s.node.fill(0);
    s.stamp = 0;
  }
  s.head.fill(-1);
  s.stamp++;
  return s;
}

/** Doubles the queue's entry pool. */
function growPool(s: JumpScratch): void {
  const tiles = new Int32Array(s.poolTile.length * 2);
  tiles.set(s.poolTile);
  const next = new Int32Array(s.poolNext.length * 2);
  next.set(s.poolNext);
  s.poolTile = tiles;
  s.poolNext = next;
}

/** Directions N E S W NE SE SW NW, as DIRS_X / DIRS_Y and the jump table. */
const DX = [0, 1, 0, -1, 1, 1, -1, -1] as const;
const DY = [-1, 0, 1, 0, -1, 1, 1, -1] as const;
/** Cost of one step each way. */
const STEP = [2, 2, 2, 2, 3, 3, 3, 3] as const;

/**
 * The directions worth trying from a jump point entered in direction d (ANY: the start, all eight), as bits:
 * after a diagonal, onward and its two straight parts; after a straight move, onward, both sides and both
 * forward diagonals (the sides are where forced neighbours are).
 */
const NEXT: readonly number[] = Array.from({ length: 9 }, (_, d) => {
  if (d === ANY) return 0xff;
  const dx = DX[d]!;
  const dy = DY[d]!;
  let mask = 0;
  for (let e = 0; e < 8; e++) {
    const ex = DX[e]!;
    const ey = DY[e]!;
    const keep =
      dx !== 0 && dy !== 0
        ? (ex === dx && ey === dy) || (ex === dx && ey === 0) || (ex === 0 && ey === dy)
        : dx !== 0
          ? ex === dx || (ex === 0 && ey !== 0)
          : ey === dy || (ey === 0 && ex !== 0);
    if (keep) mask |= 1 << e;
  }
  return mask;
});

/** Octile estimate (straight 2, diagonal 3) for a distance of (ax, ay) tiles, both ≥ 0. */
function estimate(ax: number, ay: number): number {
  return ax < ay ? 3 * ax + 2 * (ay - ax) : 3 * ay + 2 * (ax - ay);
}

/**
 * The cheapest path from (sx, sy) to the goal (tx, ty) under the relaxed rules, when it is also a cheapest path
 * under the true ones; null when no path costs at most maxCost even relaxed; INEXACT when the relaxed path
 * crosses a rough or blocked tile. The goal must be walkable and not blocked, and differ from the start.
 *
 * A* over jump points (JPS+: the jump table gives each jump's length at once). A jump toward the goal also stops
 * where it meets the goal's row or column (straight: at the goal; diagonal: the tile from which a straight run
 * leads to it), if it gets there before its jump point. Ties: the open list is a bucket queue on f, last in
 * first out; from a jump point the directions are tried in the order N E S W NE SE SW NW.
 */
export function findJumpPath(
  grid: Grid,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  blocked: ArrayLike<number> | null,
  maxCost: number,
): JumpPath | null | typeof INEXACT {
  const w = grid.width;
  const h = grid.height;
  const terrain = grid.terrain;
  const dist = jumpTableOf(grid).dist;
  const s = scratchFor(w, h);
  const stamp = s.stamp;
  const node = s.node;
  const head = s.head;
  const mask = head.length - 1;
  let poolTile = s.poolTile;
  let poolNext = s.poolNext;
  const goal = ty * w + tx;
  const start = sy * w + sx;
  let f = estimate(tx > sx ? tx - sx : sx - tx, ty > sy ? ty - sy : sy - ty);
  if (f > maxCost) return null;
  node[start * 4 + SEEN] = stamp;
  node[start * 4 + G] = 0;
  node[start * 4 + FROM_DIR] = -16 + ANY;
  poolTile[0] = start;
  poolNext[0] = -1;
  head[f & mask] = 0;
  let top = 1;
  let open = 1;
  let found = false;
  while (open > 0) {
    let b = f & mask;
    while (head[b] === -1) {
      f++;
      b = f & mask;
    }
    const e = head[b]!;
    head[b] = poolNext[e]!;
    open--;
    const cur = poolTile[e]!;
    const cn = cur * 4;
    if (node[cn + CLOSED] === stamp) continue;
    node[cn + CLOSED] = stamp;
    if (cur === goal) {
      found = true;
      break;
    }
    const g = node[cn + G]!;
    const cy = (cur / w) | 0;
    const cx = cur - cy * w;
    // Where the goal lies: sign and distance on each axis.
    const gx = tx > cx ? 1 : tx < cx ? -1 : 0;
    const gy = ty > cy ? 1 : ty < cy ? -1 : 0;
    const ax = tx > cx ? tx - cx : cx - tx;
    const ay = ty > cy ? ty - cy : cy - ty;
    const di = cur * 8;
    const came = node[cn + FROM_DIR]! & 15;
    let dirs = NEXT[came]!;
    if (came < 4) {
      // Entered straight: a side (and the forward diagonal on that side) only where it is forced, i.e. the side
      // tile is walkable and the one behind it is not (else the previous jump point reaches it as cheaply).
      const mul = MOVE_MUL;
      const bx = cx - DX[came]!;
      const by = cy - DY[came]!;
      if (came === 1 || came === 3) {
        const n = cy > 0 && mul[terrain[cur - w]!] !== 0 && mul[terrain[(by - 1) * w + bx]!] === 0;
        const so = cy < h - 1 && mul[terrain[cur + w]!] !== 0 && mul[terrain[(by + 1) * w + bx]!] === 0;
        if (!n) dirs &= ~(came === 1 ? 0b1_0001 : 0b1000_0001);
        if (!so) dirs &= ~(came === 1 ? 0b10_0100 : 0b100_0100);
      } else {
        const wst = cx > 0 && mul[terrain[cur - 1]!] !== 0 && mul[terrain[by * w + bx - 1]!] === 0;
        const est = cx < w - 1 && mul[terrain[cur + 1]!] !== 0 && mul[terrain[by * w + bx + 1]!] === 0;
        if (!wst) dirs &= ~(came === 0 ? 0b1000_1000 : 0b100_1000);
        if (!est) dirs &= ~(came === 0 ? 0b1_0010 : 0b10_0010);
      }
    }
    for (; dirs !== 0; dirs &= dirs - 1) {
      const d = 31 - Math.clz32(dirs & -dirs);
      const k = dist[di + d]!;
      if (k === 0) continue;
      const dx = DX[d]!;
      const dy = DY[d]!;
      // How many tiles along this way meet the goal's row or column (0: never).
      let toGoal = 0;
      if (dx === gx && dy === gy) toGoal = dx === 0 ? ay : dy === 0 ? ax : Math.min(ax, ay);
      let steps: number;
      if (toGoal !== 0 && toGoal <= (k > 0 ? k : -k)) steps = toGoal;
      else if (k > 0) steps = k;
      else continue;
      // Relax the jump point j reached in `steps` steps.
      const jx = cx + steps * dx;
      const jy = cy + steps * dy;
      const j = jy * w + jx;
      const ng = g + steps * STEP[d]!;
      const hx = tx > jx ? tx - jx : jx - tx;
      const hy = ty > jy ? ty - jy : jy - ty;
      const nf = ng + (hx < hy ? 3 * hx + 2 * (hy - hx) : 3 * hy + 2 * (hx - hy));
      const jn = j * 4;
      if (nf > maxCost || node[jn + CLOSED] === stamp || (node[jn + SEEN] === stamp && node[jn + G]! <= ng)) continue;
      node[jn + SEEN] = stamp;
      node[jn + G] = ng;
      node[jn + FROM_DIR] = cur * 16 + d;
      if (top === poolTile.length) {
        growPool(s);
        poolTile = s.poolTile;
        poolNext = s.poolNext;
      }
      const nb = nf & mask;
      poolTile[top] = j;
      poolNext[top] = head[nb]!;
      head[nb] = top;
      top++;
      open++;
    }
  }
  if (!found) return null;
  // The jump points goal first, then the tiles between them start first; any rough or blocked tile on the way
  // means the relaxed cost may be below the true one.
  const points = s.points;
  let np = 0;
  for (let i = goal; i >= 0; i = node[i * 4 + FROM_DIR]! >> 4) points[np++] = i;
  const mul = MOVE_MUL;
  const path: { x: number; y: number }[] = [];
  let x = sx;
  let y = sy;
  for (let p = np - 2; p >= 0; p--) {
    const to = points[p]!;
    const toY = (to / w) | 0;
    const toX = to - toY * w;
    const dx = toX > x ? 1 : toX < x ? -1 : 0;
    const dy = toY > y ? 1 : toY < y ? -1 : 0;
    while (x !== toX || y !== toY) {
      x += dx;
      y += dy;
      const i = y * w + x;
      if (mul[terrain[i]!] !== 1 || blocked?.[i]) return INEXACT;
      path.push({ x, y });
    }
  }
  return { path, cost: node[goal * 4 + G]! };
}

/** The jump search's buffers as they stand (null before its first search): for tests of the stamp's wrap. */
export function jumpScratch(): { stamp: number; node: Int32Array } | null {
  return scratch;
}
