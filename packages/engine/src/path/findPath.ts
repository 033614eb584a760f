import type { Grid } from '../world/grid';
import { findJumpPath, INEXACT } from './jumpPoint';
import { DIAGONAL_COST, MOVE_MUL, octile, STEP_COST } from './moveCost';

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

/**
 * Buckets of the A* open list, one per f-cost modulo BUCKETS. With straight 2, diagonal 3 and rough ×2
 * a step raises f (g + the consistent octile estimate) by at most 6 + 3 = 9, so 16 buckets never wrap
 * onto a live one. Entries are popped last-in first-out within a bucket (prefers the deeper node).
 */
const BUCKETS = 16;
const BUCKET_MASK = BUCKETS - 1;

/** Search buffers, reused between calls (valid entries carry the current stamp). */
export interface SearchScratch {
  /** Four numbers per tile, side by side (one cache line serves a tile): SEEN, G, FROM, CLOSED. */
  node: Int32Array;
  stamp: number;
  /** The open list: per bucket the last pushed entry; entries are (tile, next entry) in a pool. */
  head: Int32Array;
  poolTile: Int32Array;
  poolNext: Int32Array;
}

function newScratch(n: number): SearchScratch {
  return {
    node: new Int32Array(n * 4),
    stamp: 0,
    head: new Int32Array(BUCKETS),
    poolTile: new Int32Array(Math.max(64, n)),
    poolNext: new Int32Array(Math.max(64, n)),
  };
}

/** Offsets in SearchScratch.node: the stamp when first reached, the cost, the previous tile, the stamp when settled. */
const SEEN = 0;
const G = 1;
const FROM = 2;
const CLOSED = 3;

/** The exact cost of a tile settled by the search that returned `stamp`, or -1. */
export function settledCost(s: SearchScratch, stamp: number, i: number): number {
  return s.node[i * 4 + CLOSED] === stamp ? s.node[i * 4 + G]! : -1;
}

/** The previous tile of a reached tile on its cheapest path (-1 for the start). */
export function previousTile(s: SearchScratch, i: number): number {
  return s.node[i * 4 + FROM]!;
}

/** Starts a search on the scratch: a fresh stamp (clearing the arrays when the stamp wraps) and empty buckets. */
function begin(s: SearchScratch): number {
  if (s.stamp >= 0x7ffffff0) {
    s.node.fill(0);
    s.stamp = 0;
  }
  s.head.fill(-1);
  return ++s.stamp;
}

/** Doubles the entry pool. */
function growPool(s: SearchScratch): void {
  const tiles = new Int32Array(s.poolTile.length * 2);
  tiles.set(s.poolTile);
  const next = new Int32Array(s.poolNext.length * 2);
  next.set(s.poolNext);
  s.poolTile = tiles;
  s.poolNext = next;
}

/**
 * Search buffers for one purpose (findPath's own, reachMap's, the AI's), shared by every grid: a
 * search only reads what it stamped itself, so buffers at least as large as the grid serve any grid.
 */
export interface ScratchSlot {
  s: SearchScratch | null;
}

/** The slot's buffers, (re)made when the grid is larger than they are. */
export function scratchIn(slot: ScratchSlot, grid: Grid): SearchScratch {
  const n = grid.width * grid.height;
  let s = slot.s;
  if (!s || s.node.length < n * 4) {
    s = newScratch(n);
    slot.s = s;
  }
  return s;
}

const ownSlot: ScratchSlot = { s: null };

/**
 * One search over the grid from a start tile, settling tiles in order of g + estimate (the estimate
 * is 0 for a plain Dijkstra). Shared by findPath (A* to one goal), reachMap (Dijkstra within a
 * budget) and the AI's distance searches. The step rules (terrain, blockers, no corner cutting) are
 * written out per direction.
 */
export interface SearchSpec {
  /** Tiles that may not be entered (nonzero = blocked). */
  blocked: ArrayLike<number> | null | undefined;
  /** Largest g to keep. */
  maxCost: number;
  /** Estimate toward the target: kind 0 none (Dijkstra), 1 octile to (tx, ty), 2 max(0, octile to (tx, ty) − slack). */
  heuristic: 0 | 1 | 2;
  tx: number;
  ty: number;
  slack: number;
  /** Stop once this tile is settled (-1: never). */
  goal: number;
  /** Called for every settled tile in order; return true to stop the search. May be null. */
  onSettle: ((i: number, g: number) => boolean) | null;
}

function estimate(kind: number, tx: number, ty: number, slack: number, x: number, y: number): number {
  if (kind === 0) return 0;
  // octile(tx - x, ty - y), written out (straight 2, diagonal 3).
  const ax = tx > x ? tx - x : x - tx;
  const ay = ty > y ? ty - y : y - ty;
  const h = ax < ay ? 3 * ax + 2 * (ay - ax) : 3 * ay + 2 * (ax - ay);
  if (kind === 1) return h;
  return h > slack ? h - slack : 0;
}

/**
 * Runs the search; afterwards `closed[i] === stamp` marks settled tiles with their exact g, and
 * `from` their predecessors. Returns the stamp.
 */
export function runSearch(grid: Grid, sx: number, sy: number, spec: SearchSpec, s: SearchScratch): number {
  const w = grid.width;
  const h = grid.height;
  const terrain = grid.terrain;
  const stamp = begin(s);
  const { node, head } = s;
  let poolTile = s.poolTile;
  let poolNext = s.poolNext;
  let top = 0;
  const blocked = spec.blocked ?? null;
  const maxCost = spec.maxCost;
  const goal = spec.goal;
  const onSettle = spec.onSettle;
  const kind = spec.heuristic;
  const tx = spec.tx;
  const ty = spec.ty;
  const slack = spec.slack;
  const mul = MOVE_MUL;
  const straight = STEP_COST;
  const diagonal = DIAGONAL_COST;
  const start = sy * w + sx;
  node[start * 4 + G] = 0;
  node[start * 4 + FROM] = -1;
  node[start * 4 + SEEN] = stamp;
  let f = estimate(kind, tx, ty, slack, sx, sy);
  poolTile[0] = start;
  poolNext[0] = -1;
  head[f & BUCKET_MASK] = 0;
  top = 1;
  let open = 1;
  while (open > 0) {
    let b = f & BUCKET_MASK;
    while (head[b] === -1) {
      f++;
      b = f & BUCKET_MASK;
    }
    const e = head[b]!;
    head[b] = poolNext[e]!;
    open--;
    const cur = poolTile[e]!;
    const cb = cur * 4;
    if (node[cb + CLOSED] === stamp) continue;
    node[cb + CLOSED] = stamp;
    const gc = node[cb + G]!;
    if (onSettle?.(cur, gc)) break;
    if (cur === goal) break;
    const cy = (cur / w) | 0;
    const cx = cur - cy * w;
    // Orthogonal neighbours' terrain multipliers (0: wall or off the map), needed for the corner rule too.
    const mN = cy > 0 ? mul[terrain[cur - w]!]! : 0;
    const mS = cy < h - 1 ? mul[terrain[cur + w]!]! : 0;
    const mW = cx > 0 ? mul[terrain[cur - 1]!]! : 0;
    const mE = cx < w - 1 ? mul[terrain[cur + 1]!]! : 0;
    // The eight neighbours written out (the step rules: terrain, blockers, no corner cutting). A settled
    // neighbour needs no check: the estimates are consistent, so its g is already the least.
    // Written out on purpose: a loop over a direction table, or one shared relax() helper, measured 25-35%
    // slower on the 1,000-pair benchmark (pnpm bench --only path, 2026-11-26). Change all eight alike.
    if (mN !== 0) {
      // north
      const ni = cur - w;
      const step = straight * mN;
      const ng = gc + step;
      if (
        step !== 0 &&
        ng <= maxCost &&
        (blocked === null || !blocked[ni]) &&
        (node[ni * 4 + SEEN] !== stamp || ng < node[ni * 4 + G]!)
      ) {
        const nn = ni * 4;
        node[nn + SEEN] = stamp;
        node[nn + G] = ng;
        node[nn + FROM] = cur;
        let nf = ng;
        if (kind !== 0) {
          const ax = tx > cx ? tx - cx : cx - tx;
          const ay = ty > cy - 1 ? ty - (cy - 1) : cy - 1 - ty;
          const est = ax < ay ? 3 * ax + 2 * (ay - ax) : 3 * ay + 2 * (ax - ay);
          nf += kind === 1 ? est : est > slack ? est - slack : 0;
        }
        const nb = nf & BUCKET_MASK;
        if (top === poolTile.length) {
          growPool(s);
          poolTile = s.poolTile;
          poolNext = s.poolNext;
        }
        poolTile[top] = ni;
        poolNext[top] = head[nb]!;
        head[nb] = top;
        top++;
        open++;
      }
    }
    if (mE !== 0) {
      // east
      const ni = cur + 1;
      const step = straight * mE;
      const ng = gc + step;
      if (
        step !== 0 &&
        ng <= maxCost &&
        (blocked === null || !blocked[ni]) &&
        (node[ni * 4 + SEEN] !== stamp || ng < node[ni * 4 + G]!)
      ) {
        const nn = ni * 4;
        node[nn + SEEN] = stamp;
        node[nn + G] = ng;
        node[nn + FROM] = cur;
        let nf = ng;
        if (kind !== 0) {
          const ax = tx > cx + 1 ? tx - (cx + 1) : cx + 1 - tx;
          const ay = ty > cy ? ty - cy : cy - ty;
          const est = ax < ay ? 3 * ax + 2 * (ay - ax) : 3 * ay + 2 * (ax - ay);
          nf += kind === 1 ? est : est > slack ? est - slack : 0;
        }
        const nb = nf & BUCKET_MASK;
        if (top === poolTile.length) {
          growPool(s);
          poolTile = s.poolTile;
          poolNext = s.poolNext;
        }
        poolTile[top] = ni;
        poolNext[top] = head[nb]!;
        head[nb] = top;
        top++;
        open++;
      }
    }
    if (mS !== 0) {
      // south
      const ni = cur + w;
      const step = straight * mS;
      const ng = gc + step;
      if (
        step !== 0 &&
        ng <= maxCost &&
        (blocked === null || !blocked[ni]) &&
        (node[ni * 4 + SEEN] !== stamp || ng < node[ni * 4 + G]!)
      ) {
        const nn = ni * 4;
        node[nn + SEEN] = stamp;
        node[nn + G] = ng;
        node[nn + FROM] = cur;
        let nf = ng;
        if (kind !== 0) {
          const ax = tx > cx ? tx - cx : cx - tx;
          const ay = ty > cy + 1 ? ty - (cy + 1) : cy + 1 - ty;
          const est = ax < ay ? 3 * ax + 2 * (ay - ax) : 3 * ay + 2 * (ax - ay);
          nf += kind === 1 ? est : est > slack ? est - slack : 0;
        }
        const nb = nf & BUCKET_MASK;
        if (top === poolTile.length) {
          growPool(s);
          poolTile = s.poolTile;
          poolNext = s.poolNext;
        }
        poolTile[top] = ni;
        poolNext[top] = head[nb]!;
        head[nb] = top;
        top++;
        open++;
      }
    }
    if (mW !== 0) {
      // west
      const ni = cur - 1;
      const step = straight * mW;
      const ng = gc + step;
      if (
        step !== 0 &&
        ng <= maxCost &&
        (blocked === null || !blocked[ni]) &&
        (node[ni * 4 + SEEN] !== stamp || ng < node[ni * 4 + G]!)
      ) {
        const nn = ni * 4;
        node[nn + SEEN] = stamp;
        node[nn + G] = ng;
        node[nn + FROM] = cur;
        let nf = ng;
        if (kind !== 0) {
          const ax = tx > cx - 1 ? tx - (cx - 1) : cx - 1 - tx;
          const ay = ty > cy ? ty - cy : cy - ty;
          const est = ax < ay ? 3 * ax + 2 * (ay - ax) : 3 * ay + 2 * (ax - ay);
          nf += kind === 1 ? est : est > slack ? est - slack : 0;
        }
        const nb = nf & BUCKET_MASK;
        if (top === poolTile.length) {
          growPool(s);
          poolTile = s.poolTile;
          poolNext = s.poolNext;
        }
        poolTile[top] = ni;
        poolNext[top] = head[nb]!;
        head[nb] = top;
        top++;
        open++;
      }
    }
    if (mN !== 0 && mE !== 0) {
      // north-east
      const ni = cur - w + 1;
      const step = diagonal * mul[terrain[ni]!]!;
      const ng = gc + step;
      if (
        step !== 0 &&
        ng <= maxCost &&
        (blocked === null || !blocked[ni]) &&
        (node[ni * 4 + SEEN] !== stamp || ng < node[ni * 4 + G]!)
      ) {
        const nn = ni * 4;
        node[nn + SEEN] = stamp;
        node[nn + G] = ng;
        node[nn + FROM] = cur;
        let nf = ng;
        if (kind !== 0) {
          const ax = tx > cx + 1 ? tx - (cx + 1) : cx + 1 - tx;
          const ay = ty > cy - 1 ? ty - (cy - 1) : cy - 1 - ty;
          const est = ax < ay ? 3 * ax + 2 * (ay - ax) : 3 * ay + 2 * (ax - ay);
          nf += kind === 1 ? est : est > slack ? est - slack : 0;
        }
        const nb = nf & BUCKET_MASK;
        if (top === poolTile.length) {
          growPool(s);
          poolTile = s.poolTile;
          poolNext = s.poolNext;
        }
        poolTile[top] = ni;
        poolNext[top] = head[nb]!;
        head[nb] = top;
        top++;
        open++;
      }
    }
    if (mS !== 0 && mE !== 0) {
      // south-east
      const ni = cur + w + 1;
      const step = diagonal * mul[terrain[ni]!]!;
      const ng = gc + step;
      if (
        step !== 0 &&
        ng <= maxCost &&
        (blocked === null || !blocked[ni]) &&
        (node[ni * 4 + SEEN] !== stamp || ng < node[ni * 4 + G]!)
      ) {
        const nn = ni * 4;
        node[nn + SEEN] = stamp;
        node[nn + G] = ng;
        node[nn + FROM] = cur;
        let nf = ng;
        if (kind !== 0) {
          const ax = tx > cx + 1 ? tx - (cx + 1) : cx + 1 - tx;
          const ay = ty > cy + 1 ? ty - (cy + 1) : cy + 1 - ty;
          const est = ax < ay ? 3 * ax + 2 * (ay - ax) : 3 * ay + 2 * (ax - ay);
          nf += kind === 1 ? est : est > slack ? est - slack : 0;
        }
        const nb = nf & BUCKET_MASK;
        if (top === poolTile.length) {
          growPool(s);
          poolTile = s.poolTile;
          poolNext = s.poolNext;
        }
        poolTile[top] = ni;
        poolNext[top] = head[nb]!;
        head[nb] = top;
        top++;
        open++;
      }
    }
    if (mS !== 0 && mW !== 0) {
      // south-west
      const ni = cur + w - 1;
      const step = diagonal * mul[terrain[ni]!]!;
      const ng = gc + step;
      if (
        step !== 0 &&
        ng <= maxCost &&
        (blocked === null || !blocked[ni]) &&
        (node[ni * 4 + SEEN] !== stamp || ng < node[ni * 4 + G]!)
      ) {
        const nn = ni * 4;
        node[nn + SEEN] = stamp;
        node[nn + G] = ng;
        node[nn + FROM] = cur;
        let nf = ng;
        if (kind !== 0) {
          const ax = tx > cx - 1 ? tx - (cx - 1) : cx - 1 - tx;
          const ay = ty > cy + 1 ? ty - (cy + 1) : cy + 1 - ty;
          const est = ax < ay ? 3 * ax + 2 * (ay - ax) : 3 * ay + 2 * (ax - ay);
          nf += kind === 1 ? est : est > slack ? est - slack : 0;
        }
        const nb = nf & BUCKET_MASK;
        if (top === poolTile.length) {
          growPool(s);
          poolTile = s.poolTile;
          poolNext = s.poolNext;
        }
        poolTile[top] = ni;
        poolNext[top] = head[nb]!;
        head[nb] = top;
        top++;
        open++;
      }
    }
    if (mN !== 0 && mW !== 0) {
      // north-west
      const ni = cur - w - 1;
      const step = diagonal * mul[terrain[ni]!]!;
      const ng = gc + step;
      if (
        step !== 0 &&
        ng <= maxCost &&
        (blocked === null || !blocked[ni]) &&
        (node[ni * 4 + SEEN] !== stamp || ng < node[ni * 4 + G]!)
      ) {
        const nn = ni * 4;
        node[nn + SEEN] = stamp;
        node[nn + G] = ng;
        node[nn + FROM] = cur;
        let nf = ng;
        if (kind !== 0) {
          const ax = tx > cx - 1 ? tx - (cx - 1) : cx - 1 - tx;
          const ay = ty > cy - 1 ? ty - (cy - 1) : cy - 1 - ty;
          const est = ax < ay ? 3 * ax + 2 * (ay - ax) : 3 * ay + 2 * (ax - ay);
          nf += kind === 1 ? est : est > slack ? est - slack : 0;
        }
        const nb = nf & BUCKET_MASK;
        if (top === poolTile.length) {
          growPool(s);
          poolTile = s.poolTile;
          poolNext = s.poolNext;
        }
        poolTile[top] = ni;
        poolNext[top] = head[nb]!;
        head[nb] = top;
        top++;
        open++;
      }
    }
  }
  return stamp;
}

const spec: SearchSpec = {
  blocked: null,
  maxCost: 0,
  heuristic: 1,
  tx: 0,
  ty: 0,
  slack: 0,
  goal: -1,
  onSettle: null,
};

/**
 * The cheapest path on the 8-neighbour grid: straight steps cost 2, diagonal 3, times the terrain's
 * multiplier (rough terrain 2); no corner cutting past unwalkable tiles; `blocked` tiles are never entered.
 * Returns null when the goal cannot be reached (within maxCost).
 *
 * Two searches, chosen by the inputs alone (so the same call always gives the same path):
 * - a short trip (octile estimate e with e² · 10 < tiles on the map) uses A* (findPathAStar): it settles few
 *   tiles, fewer than it would take to check that the jump table still matches the terrain;
 * - a longer one uses jump point search over a jump table (jumpPoint.ts), unless its path crosses rough or
 *   blocked tiles, in which case A* answers.
 * Of several cheapest paths, the one that search finds first.
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
  const trivial = trivialAnswer(grid, sx, sy, tx, ty, opts);
  if (trivial !== undefined) return trivial;
  const blocked = opts.blocked ?? null;
  const maxCost = opts.maxCost ?? 0x3fffffff;
  const e = octile(tx - sx, ty - sy);
  if (e > maxCost) return null;
  // (The jump table holds 16-bit lengths and the search packs tile × 16 in 32 bits: huge maps always use A*.)
  const n = w * grid.height;
  if (e * e * JUMP_SEARCH_FROM < n || w > 0x7fff || grid.height > 0x7fff || n > 1 << 26)
    return findPathAStar(grid, sx, sy, tx, ty, opts);
  const found = findJumpPath(grid, sx, sy, tx, ty, blocked, maxCost);
  return found === INEXACT ? findPathAStar(grid, sx, sy, tx, ty, opts) : found;
}

/** The answers that need no search (goal off the map, unwalkable or blocked; start = goal), else undefined. */
function trivialAnswer(
  grid: Grid,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  opts: PathOptions,
): PathResult | null | undefined {
  if (tx < 0 || ty < 0 || tx >= grid.width || ty >= grid.height) return null;
  if (sx === tx && sy === ty) return { path: [], cost: 0 };
  const goal = ty * grid.width + tx;
  if (MOVE_MUL[grid.terrain[goal]!] === 0 || opts.blocked?.[goal]) return null;
  return undefined;
}

/**
 * findPath searches with jump points when (octile estimate)² · JUMP_SEARCH_FROM reaches the map's tile count
 * (the break-even measured on 48², 128² and 256² maps with 25% walls: about 40 move points on 128²).
 * Part of the rules, not only a speed setting: the two searches can return different paths of the same
 * cost, and a move's path decides which overwatchers fire. Changing it means a new REPLAY_VERSION (a test
 * in jumpPoint.test.ts pins the paths).
 */
const JUMP_SEARCH_FROM = 10;

/**
 * A* on the 8-neighbour grid with findPath's rules, every tile's own cost. Deterministic tie-breaking
 * (a bucket queue on the f-cost, last in first out within a bucket).
 * Returns null when the goal cannot be reached (within maxCost).
 */
export function findPathAStar(
  grid: Grid,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  opts: PathOptions = {},
): PathResult | null {
  const w = grid.width;
  const trivial = trivialAnswer(grid, sx, sy, tx, ty, opts);
  if (trivial !== undefined) return trivial;
  const goal = ty * w + tx;
  const s = scratchIn(ownSlot, grid);
  spec.blocked = opts.blocked;
  spec.maxCost = opts.maxCost ?? 0x3fffffff;
  spec.heuristic = 1;
  spec.tx = tx;
  spec.ty = ty;
  spec.goal = goal;
  spec.onSettle = null;
  const stamp = runSearch(grid, sx, sy, spec, s);
  spec.blocked = null;
  const cost = settledCost(s, stamp, goal);
  if (cost < 0) return null;
  const start = sy * w + sx;
  const path: { x: number; y: number }[] = [];
  for (let i = goal; i !== start; i = previousTile(s, i)) path.push({ x: i % w, y: Math.floor(i / w) });
  path.reverse();
  return { path, cost };
}
