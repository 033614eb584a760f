import { hasAnyCover } from '../combat/cover';
import type { GameEvent } from '../events/types';
import { add } from '../world/units';
import type { GameWorld } from '../world/world';
import { type Rejection, reject } from './types';

/**
 * Hunker down: spends all remaining action points (at least one); the unit's cover counts double
 * until its side's next turn. Only next to cover.
 */
export function hunker(
  world: GameWorld,
  eid: number,
): { ok: true; events: GameEvent[] } | { ok: false; rejection: Rejection } {
  const { Actions, Unit, Position } = world.c;
  if (Actions.ap[eid]! <= 0) return reject('no_action_points', `${Unit.name[eid]} has no action points left this turn`);
  if (!hasAnyCover(world.grid, Position.x[eid]!, Position.y[eid]!)) {
    return reject('no_cover', `${Unit.name[eid]} has no cover here to hunker behind`);
  }
  Actions.ap[eid] = 0;
  add(world, eid, 'Hunkered');
  return { ok: true, events: [{ type: 'hunkered', unit: Unit.id[eid]!, apLeft: 0 }] };
}
