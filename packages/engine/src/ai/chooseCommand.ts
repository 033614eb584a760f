import type { Command } from '../commands/types';
import { moveRange } from '../commands/move';
import { octile } from '../path/moveCost';
import { type FactionId, Faction } from '../world/components';
import { unitAt, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';

/** How close (in tiles) a unit wants to get to its nearest foe before it stops advancing. */
const ENGAGE_RANGE = 4;

/**
 * The built-in AI's next command for a side, or end_turn when it has nothing more to do.
 * Deterministic: a pure function of the world (it never draws from the RNG itself).
 */
export function chooseCommand(world: GameWorld, faction: FactionId): Command {
  const { Actions, Position, Unit, Meta } = world.c;
  const foes = unitsSorted(world, faction === Faction.squad ? Faction.lgf : Faction.squad);
  if (foes.length === 0) return { type: 'end_turn' };
  for (const eid of unitsSorted(world, faction)) {
    if (Actions.ap[eid]! < Actions.max[eid]!) continue;
    const x = Position.x[eid]!;
    const y = Position.y[eid]!;
    const dist = (fx: number, fy: number) => Math.max(Math.abs(fx - x), Math.abs(fy - y));
    let nearest = foes[0]!;
    for (const f of foes) {
      const d = dist(Position.x[f]!, Position.y[f]!);
      const dn = dist(Position.x[nearest]!, Position.y[nearest]!);
      if (d < dn || (d === dn && Meta.uid[f]! < Meta.uid[nearest]!)) nearest = f;
    }
    const tx = Position.x[nearest]!;
    const ty = Position.y[nearest]!;
    if (dist(tx, ty) <= ENGAGE_RANGE) continue;
    const { budget, reach } = moveRange(world, eid);
    let best = -1;
    let bestScore = octile(tx - x, ty - y);
    const w = world.grid.width;
    for (let i = 0; i < reach.cost.length; i++) {
      const c = reach.cost[i]!;
      if (c <= 0 || c > budget) continue;
      const cx = i % w;
      const cy = (i - cx) / w;
      if (unitAt(world, cx, cy) !== undefined) continue;
      const score = octile(tx - cx, ty - cy);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best >= 0) return { type: 'move', unit: Unit.id[eid]!, to: { x: best % w, y: Math.floor(best / w) } };
  }
  return { type: 'end_turn' };
}
