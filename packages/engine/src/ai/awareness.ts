import type { GameEvent } from '../events/types';
import { canSeeUnit } from '../vision/sight';
import { Faction } from '../world/components';
import { has, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';

/**
 * Unaware LGF units that now see a squad member become aware (one `spotted` event each, naming the
 * first squad member seen in uid order). Run after every accepted command. Being shot at also wakes
 * a unit (see combat/fire.ts).
 */
export function updateAwareness(world: GameWorld): GameEvent[] {
  const { Ai, Unit } = world.c;
  const events: GameEvent[] = [];
  let squad: number[] | null = null;
  for (const eid of unitsSorted(world, Faction.lgf)) {
    if (!has(world, eid, 'Ai') || Ai.aware[eid] !== 0) continue;
    squad ??= unitsSorted(world, Faction.squad);
    const seen = squad.find((s) => canSeeUnit(world, eid, s));
    if (seen === undefined) continue;
    Ai.aware[eid] = 1;
    events.push({ type: 'spotted', unit: Unit.id[eid]!, target: Unit.id[seen]!, reason: 'sight' });
  }
  return events;
}
