import { coverToward } from '../combat/cover';
import { computeOdds, emptyOdds } from '../combat/hitChance';
import { rangeMod, readyArm } from '../combat/weapons';
import { blockersFor, moveRange } from '../commands/move';
import { octile } from '../path/moveCost';
import { reachable } from '../path/reachable';
import { tileDistance } from '../vision/distance';
import { canSeeTileFrom } from '../vision/sight';
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
}

const odds = emptyOdds();

/**
 * The best tile within one move (or staying), scored by: the best shot available from it, minus
 * exposure to the seen foes that could shoot it there (none behind full cover, some behind half
 * cover, a lot when flanked), minus distance to the nearest foe when there is no shot, minus the
 * move cost. Ties: cheaper move, then lower tile index. Returns the tile index (may be the unit's own).
 */
export function bestPosition(world: GameWorld, eid: number, foes: readonly number[], opts: PositionOptions): number {
  const { Position, Stats } = world.c;
  const g = world.grid;
  const w = g.width;
  const here = Position.y[eid]! * w + Position.x[eid]!;
  const arm = readyArm(world, eid);
  const { budget, reach } = moveRange(world, eid);
  const foeArms = foes.map((f) => readyArm(world, f));
  let best = here;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestCost = 0;
  for (let i = 0; i < reach.cost.length; i++) {
    const cost = reach.cost[i]!;
    if (cost < 0 || cost > budget) continue;
    if (i !== here && g.occupant[i] !== 0) continue;
    if (opts.danger?.[i]) continue;
    const x = i % w;
    const y = (i - x) / w;
    let offense = 0;
    let nearest = 1 << 30;
    let exposure = 0;
    for (let k = 0; k < foes.length; k++) {
      const f = foes[k]!;
      const fx = Position.x[f]!;
      const fy = Position.y[f]!;
      const d = tileDistance(fx - x, fy - y);
      if (d < nearest) nearest = d;
      if (arm) {
        computeOdds(world, eid, x, y, f, arm, false, odds);
        if (odds.percent > 0) {
          const v = shotValue(world, odds, arm, f, opts.flanker);
          if (v > offense) offense = v;
        }
      }
      const fa = foeArms[k];
      if (fa && rangeMod(fa.weapon, d) !== null && canSeeTileFrom(g, fx, fy, Stats.vision[f]!, x, y)) {
        exposure += EXPOSURE_PENALTY[coverToward(g, x, y, fx, fy)]!;
      }
    }
    let score = offense - exposure - cost * opts.costWeight;
    if (offense === 0 && nearest < 1 << 30) score -= nearest * APPROACH_WEIGHT;
    if (opts.goal) score -= octile(opts.goal.x - x, opts.goal.y - y) * 2;
    if (score > bestScore || (score === bestScore && (cost < bestCost || (cost === bestCost && i < best)))) {
      best = i;
      bestScore = score;
      bestCost = cost;
    }
  }
  return best;
}

/** Move points from every tile to (gx, gy) over the whole map (Dijkstra from the goal), -1 where unreachable. */
export function distanceField(world: GameWorld, gx: number, gy: number, faction: FactionId): Int32Array {
  const g = world.grid;
  return reachable(g, gx, gy, 6 * (g.width + g.height) * 2, blockersFor(world, faction)).cost;
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
  const here = Position.y[eid]! * w + Position.x[eid]!;
  const field = distanceField(world, gx, gy, faction);
  const far = (i: number) => (field[i]! >= 0 ? field[i]! : (1 << 20) + octile(gx - (i % w), gy - Math.floor(i / w)));
  const { budget, reach } = moveRange(world, eid);
  let best = -1;
  // Standing in a telegraphed strike: any safe tile beats staying.
  let bestD = danger?.[here] ? Number.POSITIVE_INFINITY : far(here);
  let bestCost = 0;
  for (let i = 0; i < reach.cost.length; i++) {
    const cost = reach.cost[i]!;
    if (cost <= 0 || cost > budget || g.occupant[i] !== 0 || danger?.[i]) continue;
    const d = far(i);
    if (d < bestD || (d === bestD && best >= 0 && (cost < bestCost || (cost === bestCost && i < best)))) {
      best = i;
      bestD = d;
      bestCost = cost;
    }
  }
  return best;
}
