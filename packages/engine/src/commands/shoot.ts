import { fireShot } from '../combat/fire';
import { computeOdds, emptyOdds } from '../combat/hitChance';
import { type Arm, armOf } from '../combat/weapons';
import type { GameEvent } from '../events/types';
import { unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { type Rejection, reject } from './types';

export interface ShotPlan {
  target: number;
  arm: Arm;
}

/** Checks a shot without changing anything: the target, and the weapon that will fire, or why not. */
export function planShot(
  world: GameWorld,
  eid: number,
  targetId: unknown,
  sidearm: unknown,
): { ok: true; plan: ShotPlan } | { ok: false; rejection: Rejection } {
  const { Actions, Unit, Position } = world.c;
  const name = Unit.name[eid];
  if (Actions.ap[eid]! <= 0) return reject('no_action_points', `${name} has no action points left this turn`);
  if (sidearm !== undefined && typeof sidearm !== 'boolean')
    return reject('invalid_command', '"sidearm" is true or false');
  if (typeof targetId !== 'string')
    return reject('invalid_command', 'shoot needs "target": the id of the unit to shoot');
  const target = unitById(world, targetId);
  if (target === undefined) return reject('unknown_unit', `no living unit has the id ${JSON.stringify(targetId)}`);
  if (Unit.faction[target] === Unit.faction[eid])
    return reject('invalid_target', `${Unit.name[target]} is on your side`);
  const arm = armOf(world, eid, sidearm === true);
  if (!arm) return reject('no_weapon', `${name} has no ${sidearm ? 'sidearm' : 'weapon'}`);
  if (arm.ammo === 0) return reject('no_ammo', `${name}'s ${arm.weapon.name} is empty: reload or use the sidearm`);
  if (arm.weapon.heavy && world.c.Actions.dashed[eid] === 1) {
    return reject('heavy_after_dash', `the ${arm.weapon.name} is heavy: it cannot be fired after a dash`);
  }
  const odds = computeOdds(
    world,
    { shooter: eid, x: Position.x[eid]!, y: Position.y[eid]!, target, arm, reaction: false },
    emptyOdds(),
  );
  if (!odds.canSee) return reject('not_visible', `${name} cannot see ${targetId}`);
  if (!odds.inRange)
    return reject('out_of_range', `${targetId} is ${odds.distance} tiles away, beyond the ${arm.weapon.name}'s range`);
  return { ok: true, plan: { target, arm } };
}

/** Shoots: it costs an action point and ends the unit's turn (no action points left). */
export function executeShot(world: GameWorld, eid: number, plan: ShotPlan): GameEvent[] {
  world.c.Actions.ap[eid] = 0;
  return fireShot(world, eid, plan.target, plan.arm, false);
}
