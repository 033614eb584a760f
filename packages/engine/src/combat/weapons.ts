import type { Weapon } from '@denizens/maps';
import { has } from '../world/units';
import type { GameWorld } from '../world/world';

/** A weapon in a unit's hands: which one, its data, whether it is the sidearm, and shots left (-1 never runs dry). */
export interface Arm {
  id: string;
  weapon: Weapon;
  sidearm: boolean;
  ammo: number;
}

/** The unit's primary weapon (or its sidearm), or undefined if it has none. */
export function armOf(world: GameWorld, eid: number, sidearm = false): Arm | undefined {
  const { Weapon: W, Sidearm } = world.c;
  if (sidearm) {
    if (!has(world, eid, 'Sidearm')) return undefined;
    const id = Sidearm.id[eid]!;
    const weapon = world.scenario.weapons[id];
    // A sidearm is never reloaded: it never runs dry (its ammo field is ignored).
    return weapon ? { id, weapon, sidearm: true, ammo: -1 } : undefined;
  }
  if (!has(world, eid, 'Weapon')) return undefined;
  const id = W.id[eid]!;
  const weapon = world.scenario.weapons[id];
  return weapon ? { id, weapon, sidearm: false, ammo: W.ammo[eid]! } : undefined;
}

/** The weapon a unit fires without choosing (overwatch, the AI): the primary while loaded, else the sidearm. */
export function readyArm(world: GameWorld, eid: number): Arm | undefined {
  const primary = armOf(world, eid);
  if (primary && primary.ammo !== 0) return primary;
  return armOf(world, eid, true);
}

/** The aim modifier at a distance (tiles), or null when out of range: the first band whose upTo reaches it. */
export function rangeMod(weapon: Weapon, distance: number): number | null {
  for (const band of weapon.rangeMods) if (distance <= band.upTo) return band.mod;
  return null;
}

/** The longest distance with a range band (rangeMod is not null exactly up to here, whatever the band order). */
export function longestRange(weapon: Weapon): number {
  let r = 0;
  for (const band of weapon.rangeMods) if (band.upTo > r) r = band.upTo;
  return r;
}
