import type { GameEvent } from '../events/types';
import { canSeeUnit } from '../vision/sight';
import { type UnitCells, unitCells, unitsNear } from '../vision/unitCells';
import { Faction } from '../world/components';
import { has, unitsView } from '../world/units';
import type { GameWorld } from '../world/world';

/**
 * Unaware LGF units that now see a squad member become aware (one `spotted` event each, naming the
 * first squad member seen in uid order). Run after every accepted command. Being shot at also wakes
 * a unit (see combat/fire.ts).
 */
export function updateAwareness(world: GameWorld): GameEvent[] {
  const { Ai, Unit, Position, Stats } = world.c;
  const events: GameEvent[] = [];
  let squad: UnitCells | null = null;
  const near: number[] = [];
  for (const eid of unitsView(world, Faction.lgf)) {
    if (Ai.aware[eid] !== 0 || !has(world, eid, 'Ai')) continue;
    squad ??= unitCells(world, unitsView(world, Faction.squad), CELLS_SLOT);
    // Squad members within vision range (canSeeUnit is false beyond it), checked in uid order.
    // (`near` is left empty after every unit: most find no one and never touch it.)
    const n = unitsNear(world, squad, Position.x[eid]!, Position.y[eid]!, Stats.vision[eid]!, near);
    if (n === 0) continue;
    if (n > 1) near.sort(ascending);
    let seen = -1;
    for (let j = 0; j < n; j++) {
      const s = squad.units[near[j]!]!;
      if (canSeeUnit(world, eid, s)) {
        seen = s;
        break;
      }
    }
    near.length = 0;
    if (seen < 0) continue;
    Ai.aware[eid] = 1;
    events.push({ type: 'spotted', unit: Unit.id[eid]!, target: Unit.id[seen]!, reason: 'sight' });
  }
  return events;
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** The unitCells slot awareness uses. */
const CELLS_SLOT = 0;
