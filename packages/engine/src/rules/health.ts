import type { DamageCause, GameEvent } from '../events/types';
import { FACTION_NAMES } from '../world/components';
import { removeUnit } from '../world/units';
import type { GameWorld } from '../world/world';

/**
 * Takes HP from a unit (never below 0). Returns the HP left. A unit at 0 HP must then be removed
 * with `killUnit` by the caller, after it has reported the damage.
 */
export function loseHp(world: GameWorld, eid: number, amount: number): number {
  const { Health } = world.c;
  const hp = Math.max(0, Health.hp[eid]! - Math.max(0, amount));
  Health.hp[eid] = hp;
  return hp;
}

/** Removes a dead unit and tells it (its body is an event, not an obstacle). */
export function killUnit(world: GameWorld, eid: number, cause: DamageCause): GameEvent {
  const { Unit, Position } = world.c;
  const ev: GameEvent = {
    type: 'unit_died',
    unit: Unit.id[eid]!,
    faction: FACTION_NAMES[Unit.faction[eid]!]!,
    x: Position.x[eid]!,
    y: Position.y[eid]!,
    cause,
  };
  removeUnit(world, eid);
  return ev;
}
