import { Faction } from '../world/components';
import { unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';
import { type HitChance, hitChance } from './hitChance';

export interface TargetOption {
  /** The target's unit id. */
  target: string;
  chance: HitChance;
}

/**
 * The enemies a unit could shoot now (it sees them and they are in range), in uid order, each with
 * its hit chance and breakdown. Pure: for the client's target list and the AI.
 */
export function targetsFor(world: GameWorld, eid: number, opts: { sidearm?: boolean } = {}): TargetOption[] {
  const { Unit } = world.c;
  const other = Unit.faction[eid] === Faction.squad ? Faction.lgf : Faction.squad;
  const out: TargetOption[] = [];
  for (const t of unitsSorted(world, other)) {
    const chance = hitChance(world, eid, t, { sidearm: opts.sidearm === true });
    if (chance.canSee && chance.inRange) out.push({ target: Unit.id[t]!, chance });
  }
  return out;
}
