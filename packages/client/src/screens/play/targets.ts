import { armOf, type GameWorld, preview, targetsFor, unitById } from '@denizens/engine';
import type { ActionDef } from '../../game/actions';
import { helpTargets } from '../../game/helpTargets';
import type { Target } from './state';

/** What an aimed action can be given to now, and with which weapon. */
export interface Aim {
  targets: Target[];
  /** Shots go with the sidearm (chosen, or because the primary cannot fire). */
  sidearm: boolean;
  /** Said to the player when Shoot fires the sidearm by itself: which weapon, and why. */
  note: string | null;
}

/**
 * Who an aimed action can be given to now, from the engine: for a shot, the enemies the weapon can
 * actually hit (the engine would accept the shot, and the chance is above 0%) with their odds;
 * Shoot falls back to the sidearm when the primary cannot fire (empty, or heavy after a dash). For
 * help, the allies the engine would accept.
 */
export function aimOf(world: GameWorld, action: ActionDef, eid: number): Aim {
  if (action.mode === 'enemy') {
    const unit = world.c.Unit.id[eid]!;
    const shots = (sidearm: boolean) =>
      targetsFor(world, eid, { sidearm })
        .filter((o) => o.chance.percent > 0)
        .filter((o) => preview(world, { type: 'shoot', unit, target: o.target, sidearm }).ok)
        .map((o) => ({ id: o.target, eid: unitById(world, o.target)!, chance: o.chance }));
    if (action.id === 'sidearm') return { targets: shots(true), sidearm: true, note: null };
    const primary = shots(false);
    if (primary.length) return { targets: primary, sidearm: false, note: null };
    // no shot with the primary: is that because it cannot fire at all? then the sidearm
    const seen = targetsFor(world, eid)[0];
    const refusal = seen ? preview(world, { type: 'shoot', unit, target: seen.target }) : null;
    if (refusal && !refusal.ok && ['no_ammo', 'heavy_after_dash'].includes(refusal.rejection.code)) {
      const side = shots(true);
      const gun = armOf(world, eid, true)?.weapon.name;
      if (side.length && gun)
        return { targets: side, sidearm: true, note: `${refusal.rejection.message}: firing the ${gun}.` };
    }
    return { targets: [], sidearm: false, note: null };
  }
  if (action.id !== 'first_aid' && action.id !== 'boost' && action.id !== 'pull')
    return { targets: [], sidearm: false, note: null };
  const targets = helpTargets(world, world.c.Unit.id[eid]!, action.id).map((id) => ({
    id,
    eid: unitById(world, id)!,
    chance: null,
  }));
  return { targets, sidearm: false, note: null };
}
