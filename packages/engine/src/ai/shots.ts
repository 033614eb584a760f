import { computeOdds, emptyOdds, type Odds } from '../combat/hitChance';
import type { Arm } from '../combat/weapons';
import { planShot } from '../commands/shoot';
import type { GameWorld } from '../world/world';

/**
 * What a shot is worth to the AI, as an integer: the expected damage ×100 (hit% × mean damage × crit
 * factor), plus a bonus when a hit could kill, plus a bonus per HP the target has already lost.
 * So flanked targets (crit +50) and wounded ones are preferred.
 */
export function shotValue(world: GameWorld, odds: Odds, arm: Arm, target: number, flankerTag: boolean): number {
  const { Health } = world.c;
  const { min, max } = arm.weapon.damage;
  let v = Math.floor((odds.percent * (min + max) * (200 + odds.critPercent)) / 400);
  const hp = Health.hp[target]!;
  if (min >= hp) v += odds.percent * 3;
  else if (max >= hp) v += odds.percent * 2;
  v += (Health.max[target]! - hp) * 10;
  if (flankerTag && odds.flanked) v += Math.floor(v / 2);
  return v;
}

export interface ShotChoice {
  target: number;
  sidearm: boolean;
  value: number;
}

const scratch = emptyOdds();

/** The best legal shot for a unit from where it stands among `foes` (uid order; ties keep the first, primary before sidearm). */
export function bestShot(
  world: GameWorld,
  eid: number,
  foes: readonly number[],
  flankerTag: boolean,
): ShotChoice | null {
  const { Position } = world.c;
  let best: ShotChoice | null = null;
  for (const f of foes) {
    for (const sidearm of [false, true]) {
      const p = planShot(world, eid, world.c.Unit.id[f], sidearm);
      if (!p.ok) continue;
      const odds = computeOdds(world, eid, Position.x[eid]!, Position.y[eid]!, f, p.plan.arm, false, scratch);
      const value = shotValue(world, odds, p.plan.arm, f, flankerTag);
      if (!best || value > best.value) best = { target: f, sidearm, value };
    }
  }
  return best;
}
