import { removeComponent } from 'bitecs';
import type { GameEvent } from '../events/types';
import { has, unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { type Rejection, reject } from './types';

/** HP one first-aid kit restores; a medic restores more. */
export const FIRST_AID_HEAL = 3;
export const MEDIC_HEAL = 5;

/**
 * First aid: one action point and one kit from the unit's pack; heals the unit itself or an adjacent
 * ally (8 neighbours) that is wounded or bleeding, up to its maximum HP, and stops bleeding.
 */
export function firstAid(
  world: GameWorld,
  eid: number,
  targetId: unknown,
): { ok: true; events: GameEvent[] } | { ok: false; rejection: Rejection } {
  const { Actions, Unit, Position, Health, Pack, Traits } = world.c;
  const name = Unit.name[eid];
  if (Actions.ap[eid]! <= 0) return reject('no_action_points', `${name} has no action points left this turn`);
  if (targetId !== undefined && typeof targetId !== 'string')
    return reject('invalid_command', '"target" is the id of the unit to heal');
  const target = targetId === undefined ? eid : unitById(world, targetId);
  if (target === undefined) return reject('unknown_unit', `no living unit has the id ${JSON.stringify(targetId)}`);
  if (Unit.faction[target] !== Unit.faction[eid])
    return reject('invalid_target', `${Unit.name[target]} is not on your side`);
  if (!has(world, eid, 'Pack') || Pack.medkits[eid]! <= 0)
    return reject('no_medkits', `${name} has no first-aid kit left`);
  if (
    Math.max(Math.abs(Position.x[target]! - Position.x[eid]!), Math.abs(Position.y[target]! - Position.y[eid]!)) > 1
  ) {
    return reject('not_adjacent', `${Unit.name[target]} is not next to ${name}`);
  }
  const bleeding = has(world, target, 'Bleeding');
  if (Health.hp[target]! >= Health.max[target]! && !bleeding)
    return reject('not_wounded', `${Unit.name[target]} is not wounded`);
  const heal = has(world, eid, 'Traits') && Traits.medic[eid] === 1 ? MEDIC_HEAL : FIRST_AID_HEAL;
  const before = Health.hp[target]!;
  Health.hp[target] = Math.min(Health.max[target]!, before + heal);
  if (bleeding) removeComponent(world, target, world.c.Bleeding);
  Pack.medkits[eid] = Pack.medkits[eid]! - 1;
  Actions.ap[eid] = Actions.ap[eid]! - 1;
  return {
    ok: true,
    events: [
      {
        type: 'healed',
        unit: Unit.id[eid]!,
        target: Unit.id[target]!,
        amount: Health.hp[target]! - before,
        hp: Health.hp[target]!,
        bleedingStopped: bleeding,
        medkits: Pack.medkits[eid]!,
        apLeft: Actions.ap[eid]!,
      },
    ],
  };
}
