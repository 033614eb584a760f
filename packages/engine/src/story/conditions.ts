import type { Condition } from '@denizens/maps';
import type { GameEvent } from '../events/types';
import { unitSeesTile } from '../vision/sight';
import { Faction } from '../world/components';
import { unitById, unitsView } from '../world/units';
import type { GameWorld } from '../world/world';

const sideOf = (side: 'squad' | 'lgf') => (side === 'squad' ? Faction.squad : Faction.lgf);

/** Does an event concern this unit (as its "unit" or its "target")? */
function about(e: GameEvent, unit: string): boolean {
  const o = e as { unit?: unknown; target?: unknown };
  return o.unit === unit || o.target === unit;
}

/**
 * Does a trigger's condition hold now? `events` are the events of the command being finished
 * (including those earlier triggers caused): an "event" condition looks only at them.
 */
export function conditionHolds(world: GameWorld, c: Condition, events: readonly GameEvent[]): boolean {
  const { Position, Stats } = world.c;
  switch (c.kind) {
    case 'turn':
      return world.header.turn >= c.turn;
    case 'enter': {
      const inArea = (eid: number) => {
        const x = Position.x[eid]!;
        const y = Position.y[eid]!;
        return x >= c.area.x && y >= c.area.y && x < c.area.x + c.area.w && y < c.area.y + c.area.h;
      };
      if (c.unit !== undefined) {
        const eid = unitById(world, c.unit);
        return eid !== undefined && world.c.Unit.faction[eid] === sideOf(c.side) && inArea(eid);
      }
      return unitsView(world, sideOf(c.side)).some(inArea);
    }
    case 'sees':
      return unitsView(world, sideOf(c.side)).some((eid) =>
        unitSeesTile(world.grid, Position.x[eid]!, Position.y[eid]!, Stats.vision[eid]!, c.x, c.y),
      );
    case 'event':
      return events.some((e) => e.type === c.event && (c.unit === undefined || about(e, c.unit)));
  }
}
