import { coverToward } from '../combat/cover';
import { peekFiringTile } from '../combat/firingTile';
import { emptyOdds, type OddsOptions, oddsSeeing, type ShotSpec } from '../combat/hitChance';
import { longestRange, readyArm } from '../combat/weapons';
import { blockersScratch, reachOneMove } from '../commands/move';
import { findPath, runSearch, type ScratchSlot, type SearchSpec, scratchIn, settledCost } from '../path/findPath';
import { octile } from '../path/moveCost';
import { radius2 } from '../vision/distance';
import { lineOfSight } from '../vision/lineOfSight';
import { peekMask } from '../vision/peek';
import { hiddenByDark, inDark } from '../vision/sight';
import type { FactionId } from '../world/components';
import type { GameWorld } from '../world/world';
import { shotValue } from './shots';

/** Penalty for standing where a seen foe can shoot the unit, by the cover it would have toward that foe. */
export const EXPOSURE_PENALTY: readonly number[] = [120, 40, 0];
/** Penalty per tile of distance to the nearest seen foe from a tile with no shot (closing in). */
export const APPROACH_WEIGHT = 10;

export interface PositionOptions {
  flanker: boolean;
  /** Weight of the move cost (suppressors like to stay put). */
  costWeight: number;
  /** An objective to drift toward (squad AI on "reach" and "cell" maps), weight 2 per move point. */
  goal: { x: number; y: number } | null;
  /** Tiles to stay out of (telegraphed strikes), or null. */
  danger?: Uint8Array | null;
  /** Multiplies the exposure penalty (default 1; the squad weighs it more: SQUAD_EXPOSURE_WEIGHT). */
  exposureWeight?: number;
}

const odds = emptyOdds();
const SHOOTABLE_ONLY: OddsOptions = { shootableOnly: true };

/** Per candidate tile: the tile, its move cost, the best shot value from it and the exposure there. */
interface Candidates {
  tile: Int32Array;
  cost: Int32Array;
  offense: Int32Array;
  exposure: Int32Array;
  /** The tile's peek tiles (vision/peek.ts peekMask). */
  peek: Int32Array;
}
let cands: Candidates = {
  tile: new Int32Array(0),
  cost: new Int32Array(0),
  offense: new Int32Array(0),
  exposure: new Int32Array(0),
  peek: new Int32Array(0),
};

/** Per seen foe: position, squared distance to the unit's reach square, and the foes that can be nearest. */
interface FoeBuffers {
  x: Int32Array;
  y: Int32Array;
  near2: Int32Array;
  nearest: Int32Array;
}
let foeBufs: FoeBuffers = {
  x: new Int32Array(0),
  y: new Int32Array(0),
  near2: new Int32Array(0),
  nearest: new Int32Array(0),
};

function foeBuffers(n: number): FoeBuffers {
  if (foeBufs.x.length < n) {
    const m = Math.max(n, foeBufs.x.length * 2, 64);
    foeBufs = { x: new Int32Array(m), y: new Int32Array(m), near2: new Int32Array(m), nearest: new Int32Array(m) };
  }
  return foeBufs;
}

function candidatesFor(n: number): Candidates {
  if (cands.tile.length < n) {
    const m = Math.max(n, cands.tile.length * 2, 64);
    cands = {
      tile: new Int32Array(m),
      cost: new Int32Array(m),
      offense: new Int32Array(m),
      exposure: new Int32Array(m),
      peek: new Int32Array(m),
    };
  }
  return cands;
}

/**
 * The best tile within one move (or staying), scored by: the best shot available from it, minus
 * exposure to the seen foes that could shoot it there (none behind full cover, some behind half
 * cover, a lot when flanked), minus distance to the nearest foe when there is no shot, minus the
 * move cost. Ties: cheaper move, then lower tile index. Returns the tile index (may be the unit's own).
 *
 * Line of sight is symmetric (vision/lineOfSight.ts), so one line test per tile and foe serves both
 * the unit's shot at the foe and the foe's view of the unit; darkness is applied per viewer. (A field
 * of view cast from each foe instead was measured slower: it covers the whole circle, the tiles are few.)
 */
export function bestPosition(world: GameWorld, eid: number, foes: readonly number[], opts: PositionOptions): number {
  const { Position, Stats } = world.c;
  const g = world.grid;
  const w = g.width;
  const here = Position.y[eid]! * w + Position.x[eid]!;
  const arm = readyArm(world, eid);
  // A shot needs the foe within the unit's vision and its weapon's range (oddsSeeing gives 0 otherwise).
  const shotR2 = arm ? radius2(Math.min(Stats.vision[eid]!, longestRange(arm.weapon))) : -1;
  // From a peek tile (one step away) a shot reaches one tile further from the candidate tile.
  const shotPeekR2 = arm ? radius2(Math.min(Stats.vision[eid]!, longestRange(arm.weapon)) + 1) : -1;
  // The shot weighed from each candidate tile at each foe (one object, its tile and target rewritten).
  const shot: ShotSpec | null = arm ? { shooter: eid, x: 0, y: 0, target: 0, arm, reaction: false } : null;
  const nf = foes.length;
  const fb = foeBuffers(nf);
  const fxs = fb.x;
  const fys = fb.y;
  for (let k = 0; k < nf; k++) {
    const f = foes[k]!;
    fxs[k] = Position.x[f]!;
    fys[k] = Position.y[f]!;
  }
  const { budget, reach } = reachOneMove(world, eid);
  // The tiles it may end on: within one move, free (or its own), out of telegraphed strikes.
  const c = candidatesFor(reach.count);
  let nc = 0;
  for (let t = 0; t < reach.count; t++) {
    const cost = reach.costs[t]!;
    if (cost > budget) continue;
    const i = reach.tiles[t]!;
    if (i !== here && g.occupant[i] !== 0) continue;
    if (opts.danger?.[i]) continue;
    c.tile[nc] = i;
    c.cost[nc] = cost;
    c.offense[nc] = 0;
    c.exposure[nc] = 0;
    c.peek[nc] = peekMask(g, i % w, (i - (i % w)) / w);
    nc++;
  }
  // The foes that can matter beyond "nearest foe" for some tile within one move: a tile lies within
  // budget/2 tiles of the unit on each axis (a step costs at least 2), so a foe farther than its
  // shot and exposure radii from that square is neither shot at nor exposes any of them.
  const ux = Position.x[eid]!;
  const uy = Position.y[eid]!;
  const span = budget >> 1;
  // The foes that can be the nearest one to some tile of that square: those whose nearest point of
  // the square is no farther than the smallest "farthest point of the square" of any foe.
  const near2 = fb.near2;
  let bound = -1;
  for (let k = 0; k < nf; k++) {
    const ax = Math.abs(fxs[k]! - ux);
    const ay = Math.abs(fys[k]! - uy);
    const ex = Math.max(0, ax - span);
    const ey = Math.max(0, ay - span);
    near2[k] = ex * ex + ey * ey;
    const far2 = (ax + span) * (ax + span) + (ay + span) * (ay + span);
    if (bound < 0 || far2 < bound) bound = far2;
  }
  const nearest = fb.nearest;
  let nn = 0;
  for (let k = 0; k < nf; k++) if (near2[k]! <= bound) nearest[nn++] = k;
  for (let k = 0; k < nf; k++) {
    const min2 = near2[k]!;
    const f = foes[k]!;
    // A foe exposes a tile only within its weapon's range and its vision (canSeeTileFrom), from its
    // own tile or a peek tile one step away (+1); its weapon is looked at only when the square is
    // within that.
    const fx = fxs[k]!;
    const fy = fys[k]!;
    const foePeek = peekMask(g, fx, fy);
    let exposeR2 = -1;
    let exposePeekR2 = -1;
    let foeReach = 0;
    if (min2 <= radius2(Stats.vision[f]! + (foePeek === 0 ? 0 : 1))) {
      const fa = readyArm(world, f);
      if (fa) {
        foeReach = longestRange(fa.weapon);
        exposeR2 = radius2(Math.min(foeReach, Stats.vision[f]!));
        if (foePeek !== 0) exposePeekR2 = radius2(Math.min(foeReach, Stats.vision[f]!) + 1);
      }
    }
    if (!(min2 <= shotPeekR2 || min2 <= exposeR2 || min2 <= exposePeekR2)) continue;
    const foeTile = fy * w + fx;
    const foeInDark = inDark(g, fx, fy);
    for (let j = 0; j < nc; j++) {
      const i = c.tile[j]!;
      const x = i % w;
      const y = (i - x) / w;
      const dx = fx - x;
      const dy = fy - y;
      const d2 = dx * dx + dy * dy;
      const shoots = d2 <= shotR2;
      const shootsPeek = c.peek[j] !== 0 && d2 <= shotPeekR2;
      const exposes = d2 <= exposeR2;
      const exposesPeek = d2 <= exposePeekR2;
      if (!shoots && !shootsPeek && !exposes && !exposesPeek) continue;
      const los = lineOfSight(g, fx, fy, x, y);
      if (shoots || shootsPeek) {
        // Seen from the tile itself within vision and range; else oddsSeeing looks at its peek tiles.
        const sees = shoots && los && !hiddenByDark(g, inDark(g, x, y), foeTile, dx, dy);
        shot!.x = x;
        shot!.y = y;
        shot!.target = f;
        oddsSeeing(world, shot!, sees, odds, SHOOTABLE_ONLY);
        if (odds.percent > 0) {
          const v = shotValue(world, odds, arm!, f, opts.flanker);
          if (v > c.offense[j]!) c.offense[j] = v;
        }
      }
      if (exposes && los && !hiddenByDark(g, foeInDark, i, dx, dy))
        c.exposure[j] = c.exposure[j]! + EXPOSURE_PENALTY[coverToward(g, x, y, fx, fy)]!;
      else if (exposesPeek) {
        // The foe leans out to a peek tile to shoot the tile: the cover counts toward that tile.
        const p = peekFiringTile(g, fx, fy, Stats.vision[f]!, foeReach, x, y);
        if (p >= 0) {
          const px = p % w;
          c.exposure[j] = c.exposure[j]! + EXPOSURE_PENALTY[coverToward(g, x, y, px, (p - px) / w)]!;
        }
      }
    }
  }
  let best = here;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestCost = 0;
  for (let j = 0; j < nc; j++) {
    const i = c.tile[j]!;
    const cost = c.cost[j]!;
    const offense = c.offense[j]!;
    const x = i % w;
    const y = (i - x) / w;
    let score = offense - c.exposure[j]! * (opts.exposureWeight ?? 1) - cost * opts.costWeight;
    if (offense === 0 && nf > 0) {
      // No shot from here: closing in on the nearest foe (any foe, in play or not).
      let nearest2 = -1;
      for (let n = 0; n < nn; n++) {
        const k = nearest[n]!;
        const dx = fxs[k]! - x;
        const dy = fys[k]! - y;
        const d2 = dx * dx + dy * dy;
        if (nearest2 < 0 || d2 < nearest2) nearest2 = d2;
      }
      score -= distanceOfSquare(nearest2) * APPROACH_WEIGHT;
    }
    if (opts.goal) score -= octile(opts.goal.x - x, opts.goal.y - y) * 2;
    if (score > bestScore || (score === bestScore && (cost < bestCost || (cost === bestCost && i < best)))) {
      best = i;
      bestScore = score;
      bestCost = cost;
    }
  }
  return best;
}

/** tileDistance for a squared distance (it is monotone in dx² + dy²). */
function distanceOfSquare(d2: number): number {
  let n = Math.floor(Math.sqrt(d2));
  while (n * n + n < d2) n++;
  while (n > 0 && (n - 1) * (n - 1) + (n - 1) >= d2) n--;
  return n;
}

/** The most move points a distance search looks at: beyond any path on the map. */
function fieldLimit(world: GameWorld): number {
  return 6 * (world.grid.width + world.grid.height) * 2;
}

const fieldSlot: ScratchSlot = { s: null };
const fieldSpec: SearchSpec = {
  blocked: null,
  maxCost: 0,
  heuristic: 2,
  tx: 0,
  ty: 0,
  slack: 0,
  goal: -1,
  onSettle: null,
};

/** Can a unit of `faction` on (x, y) walk to (gx, gy) (the other side's units block the way)? */
export function canWalkTo(world: GameWorld, x: number, y: number, gx: number, gy: number, faction: FactionId): boolean {
  // Searched from the goal, as a distance field from the goal would be: the goal tile itself is never entered.
  const found = findPath(world.grid, gx, gy, x, y, {
    blocked: blockersScratch(world, faction),
    maxCost: fieldLimit(world),
  });
  return found !== null;
}

interface TargetMarks {
  mark: Uint32Array;
  stamp: number;
}
const targetMarks: TargetMarks = { mark: new Uint32Array(0), stamp: 0 };

/** What distancesFromGoal is asked: from where, for which side, to which tiles, and around which centre. */
interface GoalDistances {
  goal: { x: number; y: number };
  /** The side walking (the other side's units block). */
  faction: FactionId;
  /** The tiles wanted (indexes), the first `count` of them. */
  tiles: Int32Array;
  count: number;
  /** A point the tiles lie around and the farthest (octile) any of them lies from it. */
  centre: { x: number; y: number };
  slack: number;
}

/**
 * Walking distances from the goal (move points, the other side's units blocking) to the given tiles,
 * written into `out` (-1 where unreachable): exactly what a whole-map Dijkstra from the goal gives,
 * but the search stops once every tile asked for is settled (A* from the goal toward the tiles, whose
 * estimate is the octile distance to the centre less `slack`, the farthest the tiles lie from it).
 */
function distancesFromGoal(world: GameWorld, ask: GoalDistances, out: Int32Array): void {
  const { x: gx, y: gy } = ask.goal;
  const { faction, tiles: want, count, slack } = ask;
  const { x: cx, y: cy } = ask.centre;
  const g = world.grid;
  const m = targetMarks;
  if (m.mark.length < g.width * g.height) {
    m.mark = new Uint32Array(g.width * g.height);
    m.stamp = 0;
  }
  if (m.stamp >= 0xfffffff0) {
    m.mark.fill(0);
    m.stamp = 0;
  }
  const stamp = ++m.stamp;
  const mark = m.mark;
  let left = 0;
  for (let k = 0; k < count; k++) {
    const i = want[k]!;
    if (mark[i] !== stamp) {
      mark[i] = stamp;
      left++;
    }
  }
  const s = scratchIn(fieldSlot, g);
  fieldSpec.blocked = blockersScratch(world, faction);
  fieldSpec.maxCost = fieldLimit(world);
  fieldSpec.tx = cx;
  fieldSpec.ty = cy;
  fieldSpec.slack = slack;
  fieldSpec.onSettle = (i) => mark[i] === stamp && --left === 0;
  const done = runSearch(g, gx, gy, fieldSpec, s);
  fieldSpec.blocked = null;
  fieldSpec.onSettle = null;
  for (let k = 0; k < count; k++) {
    const i = want[k]!;
    out[k] = settledCost(s, done, i);
  }
}

/**
 * The tile within one move that gets the unit closest (by walking distance) to (gx, gy), or -1 when no
 * tile gets it closer than where it stands. Ties: cheaper move, then lower tile index.
 */
export function stepToward(
  world: GameWorld,
  eid: number,
  gx: number,
  gy: number,
  faction: FactionId,
  danger: Uint8Array | null = null,
): number {
  const { Position } = world.c;
  const g = world.grid;
  const w = g.width;
  const ux = Position.x[eid]!;
  const uy = Position.y[eid]!;
  const here = uy * w + ux;
  const { budget, reach } = reachOneMove(world, eid);
  // The candidate tiles (and where the unit stands, first), copied out of the reach buffers.
  const cand = new Int32Array(reach.count + 1);
  const candCost = new Int32Array(reach.count + 1);
  cand[0] = here;
  let n = 1;
  let slack = 0;
  for (let t = 0; t < reach.count; t++) {
    const cost = reach.costs[t]!;
    const i = reach.tiles[t]!;
    if (cost <= 0 || cost > budget || g.occupant[i] !== 0 || danger?.[i]) continue;
    cand[n] = i;
    candCost[n] = cost;
    n++;
    const x = i % w;
    const o = octile(x - ux, (i - x) / w - uy);
    if (o > slack) slack = o;
  }
  const dist = new Int32Array(n);
  distancesFromGoal(
    world,
    { goal: { x: gx, y: gy }, faction, tiles: cand, count: n, centre: { x: ux, y: uy }, slack },
    dist,
  );
  const far = (k: number) => {
    const d = dist[k]!;
    if (d >= 0) return d;
    const i = cand[k]!;
    return (1 << 20) + octile(gx - (i % w), gy - Math.floor(i / w));
  };
  let best = -1;
  // Standing in a telegraphed strike: any safe tile beats staying.
  let bestD = danger?.[here] ? Number.POSITIVE_INFINITY : far(0);
  let bestCost = 0;
  for (let k = 1; k < n; k++) {
    const cost = candCost[k]!;
    const i = cand[k]!;
    const d = far(k);
    if (d < bestD || (d === bestD && best >= 0 && (cost < bestCost || (cost === bestCost && i < best)))) {
      best = i;
      bestD = d;
      bestCost = cost;
    }
  }
  return best;
}
