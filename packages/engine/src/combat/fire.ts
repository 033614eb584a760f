import type { GameEvent } from '../events/types';
import { killUnit, loseHp } from '../rules/health';
import { randRange, rollPercent } from '../world/rng';
import { has } from '../world/units';
import type { GameWorld } from '../world/world';
import { computeOdds, emptyOdds } from './hitChance';
import type { Arm } from './weapons';

/**
 * Fires one shot and applies it. The caller has checked that it is legal (seen, in range, loaded).
 *
 * Draws from the world's stream, in this order (the replay format depends on it):
 *   1. hit roll, 0-99: a hit when roll < hit%;
 *   on a hit only:
 *   2. crit roll, 0-99: a critical when roll < crit% (drawn even when crit% is 0);
 *   3. damage, uniform in the weapon's [min, max]; a critical adds half of it, rounded down.
 * A miss draws once, a hit three times.
 */
export function fireShot(world: GameWorld, shooter: number, target: number, arm: Arm, reaction: boolean): GameEvent[] {
  const { Position, Unit, Weapon, Ai } = world.c;
  const sx = Position.x[shooter]!;
  const sy = Position.y[shooter]!;
  const odds = computeOdds(world, { shooter, x: sx, y: sy, target, arm, reaction }, emptyOdds());
  let ammo = -1;
  if (!arm.sidearm && arm.ammo >= 0) {
    ammo = Math.max(0, Weapon.ammo[shooter]! - 1);
    Weapon.ammo[shooter] = ammo;
  }
  const unit = Unit.id[shooter]!;
  const targetId = Unit.id[target]!;
  const roll = rollPercent(world.rng);
  const hit = roll < odds.percent;
  const events: GameEvent[] = [
    {
      type: 'shot',
      unit,
      target: targetId,
      weapon: arm.id,
      from: { x: sx, y: sy },
      to: { x: Position.x[target]!, y: Position.y[target]! },
      percent: odds.percent,
      critPercent: odds.critPercent,
      roll,
      hit,
      reaction,
      ammo,
      ...(odds.peek ? { peek: { x: odds.fromX, y: odds.fromY } } : {}),
    },
  ];
  if (!hit) {
    events.push({ type: 'miss', unit, target: targetId, percent: odds.percent, roll });
  } else {
    const critRoll = rollPercent(world.rng);
    const crit = critRoll < odds.critPercent;
    const damageRoll = randRange(world.rng, arm.weapon.damage.min, arm.weapon.damage.max);
    const damage = crit ? damageRoll + Math.floor(damageRoll / 2) : damageRoll;
    if (crit) events.push({ type: 'crit', unit, target: targetId, critPercent: odds.critPercent, roll: critRoll });
    const hp = loseHp(world, target, damage);
    events.push({ type: 'hit', unit, target: targetId, damage, crit, flanked: odds.flanked, critRoll, damageRoll, hp });
    if (hp === 0) {
      events.push(killUnit(world, target, reaction ? 'reaction_fire' : 'shot'));
      return events;
    }
  }
  // Being shot at wakes an unaware enemy.
  if (has(world, target, 'Ai') && Ai.aware[target] === 0) {
    Ai.aware[target] = 1;
    events.push({ type: 'spotted', unit: targetId, target: unit, reason: 'shot_at' });
  }
  return events;
}
