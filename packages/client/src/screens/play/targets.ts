import { type GameWorld, targetsFor, unitById } from '@denizens/engine';
import type { ActionDef } from '../../game/actions';
import { helpTargets } from '../../game/helpTargets';
import type { Target } from './state';

/** Who an aimed action can be given to now, from the engine: enemies with hit chances, or allies it would accept. */
export function targetsOf(world: GameWorld, action: ActionDef, eid: number): Target[] {
  if (action.mode === 'enemy')
    return targetsFor(world, eid).map((o) => ({ id: o.target, eid: unitById(world, o.target)!, chance: o.chance }));
  if (action.id !== 'first_aid' && action.id !== 'boost' && action.id !== 'pull') return [];
  return helpTargets(world, world.c.Unit.id[eid]!, action.id).map((id) => ({
    id,
    eid: unitById(world, id)!,
    chance: null,
  }));
}
