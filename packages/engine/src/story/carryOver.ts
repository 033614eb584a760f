import { removeComponent } from 'bitecs';
import { Faction } from '../world/components';
import { add, has, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';
import { extractedUnits } from './state';

/**
 * One pilot as a mission leaves them, carried into the next mission of a campaign: HP (and the
 * maximum), a splinter wound still bleeding, and gear. A pilot hauled through a sealing breach has
 * already lost pack and primary weapon in the world, so carries neither. Ammo is not carried: every
 * mission starts with loaded weapons.
 */
export interface PilotState {
  id: string;
  hp: number;
  maxHp: number;
  /** HP bled per environment phase until first aid (0: not bleeding). */
  bleeding: number;
  /** Primary weapon id ('' when none). */
  weapon: string;
  /** Sidearm id, or '' when none. */
  sidearm: string;
  /** Whether the pilot still has a pack (lost when hauled through a sealing breach). */
  pack: boolean;
  /** Field dressings left in the pack. */
  medkits: number;
}

/**
 * The squad as a finished mission leaves it: the living squad members, those who got out through an
 * extraction tile first, then those still on the map, each in uid order (the fallen are absent).
 */
export function squadAfter(world: GameWorld): PilotState[] {
  const { Unit, Health, Bleeding, Weapon, Sidearm, Pack } = world.c;
  const out = extractedUnits(world).filter((e) => Unit.faction[e] === Faction.squad);
  return [...out, ...unitsSorted(world, Faction.squad)].map((eid) => ({
    id: Unit.id[eid]!,
    hp: Health.hp[eid]!,
    maxHp: Health.max[eid]!,
    bleeding: has(world, eid, 'Bleeding') ? Bleeding.perTurn[eid]! : 0,
    weapon: Weapon.id[eid]!,
    sidearm: has(world, eid, 'Sidearm') ? Sidearm.id[eid]! : '',
    pack: has(world, eid, 'Pack'),
    medkits: has(world, eid, 'Pack') ? Pack.medkits[eid]! : 0,
  }));
}

/** Gives a freshly spawned squad unit the state it carries in from the previous mission. */
export function applyCarried(world: GameWorld, eid: number, p: PilotState): void {
  const c = world.c;
  c.Health.max[eid] = p.maxHp;
  c.Health.hp[eid] = Math.max(1, Math.min(p.hp, p.maxHp));
  if (p.bleeding > 0) {
    add(world, eid, 'Bleeding');
    c.Bleeding.perTurn[eid] = p.bleeding;
  }
  c.Weapon.id[eid] = p.weapon;
  c.Weapon.ammo[eid] = p.weapon ? (world.scenario.weapons[p.weapon]?.ammo ?? -1) : 0;
  if (p.sidearm) {
    if (!has(world, eid, 'Sidearm')) add(world, eid, 'Sidearm');
    c.Sidearm.id[eid] = p.sidearm;
  } else if (has(world, eid, 'Sidearm')) removeComponent(world, eid, c.Sidearm);
  if (p.pack) c.Pack.medkits[eid] = p.medkits;
  else if (has(world, eid, 'Pack')) removeComponent(world, eid, c.Pack);
}
