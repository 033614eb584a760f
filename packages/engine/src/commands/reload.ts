import { armOf } from '../combat/weapons';
import type { GameEvent } from '../events/types';
import type { GameWorld } from '../world/world';
import { type Rejection, reject } from './types';

/** Reload the primary weapon to full: one action point. */
export function reload(
  world: GameWorld,
  eid: number,
): { ok: true; events: GameEvent[] } | { ok: false; rejection: Rejection } {
  const { Actions, Unit, Weapon } = world.c;
  if (Actions.ap[eid]! <= 0) return reject('no_action_points', `${Unit.name[eid]} has no action points left this turn`);
  const arm = armOf(world, eid);
  if (!arm) return reject('no_weapon', `${Unit.name[eid]} has no weapon to reload`);
  const capacity = arm.weapon.ammo;
  if (capacity === null || arm.ammo < 0) return reject('full_ammo', `the ${arm.weapon.name} never runs dry`);
  if (arm.ammo >= capacity) return reject('full_ammo', `${Unit.name[eid]}'s ${arm.weapon.name} is already full`);
  Weapon.ammo[eid] = capacity;
  Actions.ap[eid] = Actions.ap[eid]! - 1;
  return {
    ok: true,
    events: [{ type: 'reloaded', unit: Unit.id[eid]!, weapon: arm.id, ammo: capacity, apLeft: Actions.ap[eid]! }],
  };
}
