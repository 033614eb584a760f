import type { DamageCause, GameEvent } from '../events/types';
import { killUnit, loseHp } from '../rules/health';
import type { GameWorld } from '../world/world';

/**
 * Damage from the environment (blast, debris, bleeding, crushing): `unit_damaged`, then `unit_died`
 * if the unit reached 0 HP. Shots report through their own `hit` event; both use the one death path
 * in rules/health.ts.
 */
export function damageUnit(world: GameWorld, eid: number, amount: number, cause: DamageCause): GameEvent[] {
  const before = world.c.Health.hp[eid]!;
  const hp = loseHp(world, eid, amount);
  const events: GameEvent[] = [{ type: 'unit_damaged', unit: world.c.Unit.id[eid]!, amount: before - hp, hp, cause }];
  if (hp <= 0) events.push(killUnit(world, eid, cause));
  return events;
}
