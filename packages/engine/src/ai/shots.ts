import { computeOdds, emptyOdds, type Odds } from '../combat/hitChance';
import { type Arm, armOf, longestRange } from '../combat/weapons';
import { planShot } from '../commands/shoot';
import { radius2 } from '../vision/distance';
import { peekMask } from '../vision/peek';
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
  const { Position, Stats } = world.c;
  const x = Position.x[eid]!;
  const y = Position.y[eid]!;
  const vision = Stats.vision[eid]!;
  // Beyond vision or the weapon's range planShot refuses (not visible, out of range): not worth asking.
  const primary = armOf(world, eid, false);
  const side = armOf(world, eid, true);
  // A unit that can peek may fire from a tile one step away: within r of it is within r + 1 of the unit.
  const more = peekMask(world.grid, x, y) === 0 ? 0 : 1;
  const reach2 = [
    primary ? radius2(Math.min(vision, longestRange(primary.weapon)) + more) : -1,
    side ? radius2(Math.min(vision, longestRange(side.weapon)) + more) : -1,
  ];
  let best: ShotChoice | null = null;
  for (const f of foes) {
    const dx = Position.x[f]! - x;
    const dy = Position.y[f]! - y;
    const d2 = dx * dx + dy * dy;
    for (const sidearm of [false, true]) {
      if (d2 > reach2[sidearm ? 1 : 0]!) continue;
      const p = planShot(world, eid, world.c.Unit.id[f], sidearm);
      if (!p.ok) continue;
      const odds = computeOdds(world, { shooter: eid, x, y, target: f, arm: p.plan.arm, reaction: false }, scratch);
      const value = shotValue(world, odds, p.plan.arm, f, flankerTag);
      if (!best || value > best.value) best = { target: f, sidearm, value };
    }
  }
  return best;
}
