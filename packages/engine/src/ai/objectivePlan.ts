import { planMove } from '../commands/move';
import type { Command } from '../commands/types';
import { currentObjective } from '../story/state';
import { unitAt } from '../world/units';
import type { GameWorld } from '../world/world';

/**
 * The squad AI plays the objective before anything else, for one unit with action points:
 * - a cell to open and the unit on it or next to it: open it (interact);
 * - extraction: the free extraction tile nearest in path cost that it can walk or dash to now (ties: the
 *   first in the map's list), so it leaves the map this command.
 * Null when neither applies. Pure: reads the world, never changes it.
 */
export function objectivePlan(world: GameWorld, eid: number): Command | null {
  const { Position, Unit } = world.c;
  const obj = currentObjective(world);
  const x = Position.x[eid]!;
  const y = Position.y[eid]!;
  if (obj.kind === 'cell') {
    if (Math.max(Math.abs(x - obj.x), Math.abs(y - obj.y)) <= 1) return { type: 'interact', unit: Unit.id[eid]! };
    return null;
  }
  if (obj.kind !== 'extract') return null;
  let best: { x: number; y: number } | null = null;
  let bestCost = 0;
  for (const t of obj.tiles) {
    if (unitAt(world, t.x, t.y) !== undefined) continue;
    const plan = planMove(world, eid, t);
    if (!plan.ok) continue;
    if (best === null || plan.plan.cost < bestCost) {
      best = t;
      bestCost = plan.plan.cost;
    }
  }
  return best ? { type: 'move', unit: Unit.id[eid]!, to: { x: best.x, y: best.y } } : null;
}
