import { readyArm } from '../combat/weapons';
import type { GameEvent } from '../events/types';
import { add } from '../world/units';
import type { GameWorld } from '../world/world';
import { type Rejection, reject } from './types';

/**
 * Overwatch: spends all remaining action points (at least one) to watch. The first enemy that moves
 * where the unit sees it, within range, is shot at once (reaction shot). Fires the primary weapon if
 * loaded, else the sidearm. Lasts until it fires or its side's next turn begins.
 */
export function overwatch(
  world: GameWorld,
  eid: number,
): { ok: true; events: GameEvent[] } | { ok: false; rejection: Rejection } {
  const { Actions, Unit } = world.c;
  if (Actions.ap[eid]! <= 0) return reject('no_action_points', `${Unit.name[eid]} has no action points left this turn`);
  const arm = readyArm(world, eid);
  if (!arm) return reject('no_ammo', `${Unit.name[eid]} has nothing loaded to watch with: reload first`);
  Actions.ap[eid] = 0;
  add(world, eid, 'Overwatch');
  return { ok: true, events: [{ type: 'overwatch_set', unit: Unit.id[eid]!, weapon: arm.id, apLeft: 0 }] };
}
