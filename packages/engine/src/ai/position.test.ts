import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import { apply } from '../apply';
import { coverToward } from '../combat/cover';
import { firingTile } from '../combat/firingTile';
import { computeOdds, emptyOdds } from '../combat/hitChance';
import { longestRange, readyArm } from '../combat/weapons';
import { reachOneMove } from '../commands/move';
import { octile } from '../path/moveCost';
import { createGame } from '../setup/createGame';
import { tileDistance } from '../vision/distance';
import { seenEnemies } from '../vision/sight';
import { Faction, type FactionId } from '../world/components';
import { unitsView } from '../world/units';
import type { GameWorld } from '../world/world';
import { chooseCommand } from './chooseCommand';
import { APPROACH_WEIGHT, bestPosition, EXPOSURE_PENALTY, type PositionOptions } from './position';
import { shotValue } from './shots';

/** bestPosition's scoring written the plain way: every tile, every foe, computeOdds and firingTile. */
function referenceBestPosition(world: GameWorld, eid: number, foes: readonly number[], opts: PositionOptions): number {
  const { Position, Stats } = world.c;
  const g = world.grid;
  const w = g.width;
  const here = Position.y[eid]! * w + Position.x[eid]!;
  const arm = readyArm(world, eid);
  const { budget, reach } = reachOneMove(world, eid);
  const odds = emptyOdds();
  let best = here;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestCost = 0;
  for (let t = 0; t < reach.count; t++) {
    const cost = reach.costs[t]!;
    const i = reach.tiles[t]!;
    if (cost > budget || (i !== here && g.occupant[i] !== 0) || opts.danger?.[i]) continue;
    const x = i % w;
    const y = (i - x) / w;
    let offense = 0;
    let exposure = 0;
    let nearest = -1;
    for (const f of foes) {
      const fx = Position.x[f]!;
      const fy = Position.y[f]!;
      if (arm) {
        computeOdds(world, { shooter: eid, x, y, target: f, arm, reaction: false }, odds);
        if (odds.percent > 0) offense = Math.max(offense, shotValue(world, odds, arm, f, opts.flanker));
      }
      const fa = readyArm(world, f);
      if (fa) {
        // The foe shoots from its tile or leans out to a peek tile (firingTile): cover toward there.
        const from = firingTile(g, fx, fy, Stats.vision[f]!, longestRange(fa.weapon), x, y);
        if (from >= 0) exposure += EXPOSURE_PENALTY[coverToward(g, x, y, from % w, Math.floor(from / w))]!;
      }
      const d = tileDistance(fx - x, fy - y);
      if (nearest < 0 || d < nearest) nearest = d;
    }
    let score = offense - exposure * (opts.exposureWeight ?? 1) - cost * opts.costWeight;
    if (offense === 0 && foes.length > 0) score -= nearest * APPROACH_WEIGHT;
    if (opts.goal) score -= octile(opts.goal.x - x, opts.goal.y - y) * 2;
    if (score > bestScore || (score === bestScore && (cost < bestCost || (cost === bestCost && i < best)))) {
      best = i;
      bestScore = score;
      bestCost = cost;
    }
  }
  return best;
}

describe('bestPosition', () => {
  it('picks the tile the plain every-tile, every-foe scoring picks, through AI games in daylight and in the dark ship', () => {
    let compared = 0;
    for (const [id, seed] of [
      ['ruins', 1],
      ['ruins', 4],
      ['ship', 1],
      ['ship', 5],
    ] as const) {
      const world = createGame(builtin(id), seed);
      for (let step = 0; step < 300 && world.header.outcome === 'ongoing'; step++) {
        for (const faction of [Faction.squad, Faction.lgf] as FactionId[]) {
          const seen = seenEnemies(world, faction);
          if (seen.length === 0) continue;
          for (const eid of unitsView(world, faction)) {
            if (world.c.Actions.ap[eid]! <= 0) continue;
            // A made-up telegraphed strike over every third tile, to be kept out of.
            const danger = new Uint8Array(world.grid.width * world.grid.height);
            for (let i = 0; i < danger.length; i += 3) danger[i] = 1;
            for (const opts of [
              { flanker: false, costWeight: 1, goal: null },
              { flanker: true, costWeight: 3, goal: { x: 1, y: 1 } },
              { flanker: false, costWeight: 1, goal: null, danger },
              { flanker: false, costWeight: 1, goal: { x: 1, y: 1 }, exposureWeight: 3 },
            ]) {
              expect(bestPosition(world, eid, seen, opts)).toBe(referenceBestPosition(world, eid, seen, opts));
              compared++;
            }
          }
        }
        const r = apply(world, chooseCommand(world, Faction.squad));
        expect(r.ok).toBe(true);
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});
