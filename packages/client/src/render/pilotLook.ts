import { type GameWorld, has } from '@denizens/engine';

/**
 * What makes a pilot recognisable on the board, read from the world: the role's outfit and headgear,
 * the gun in their hands (a Bren with its top magazine, a Thompson with its drum, or only a revolver),
 * a medic's red cross, and their initial on the chest. Seven pilots, seven figures.
 */
export interface PilotLook {
  outfit: Outfit;
  gun: 'bren' | 'thompson' | 'pistol' | 'none';
  medic: boolean;
  initial: string;
  /** 0-3: the jacket's shade among pilots of one outfit (from the unit's id). */
  shade: number;
}

export type Outfit = 'captain' | 'gunner' | 'navigator' | 'pilot';

export function pilotLookOf(world: GameWorld, eid: number): PilotLook {
  const { Unit, Weapon, Traits } = world.c;
  const role = Unit.kind[eid]!.toLowerCase();
  const weapon = Weapon.id[eid] ?? '';
  const outfit: Outfit = role.includes('captain')
    ? 'captain'
    : role.includes('gunner')
      ? 'gunner'
      : role.includes('navigator')
        ? 'navigator'
        : 'pilot';
  const gun = weapon === 'bren' ? 'bren' : weapon === 'thompson' ? 'thompson' : weapon === 'webley' ? 'pistol' : 'none';
  const id = Unit.id[eid]!;
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return {
    outfit,
    gun: weapon === '' ? 'none' : gun === 'none' ? 'thompson' : gun,
    medic: has(world, eid, 'Traits') && Traits.medic[eid] === 1,
    initial: (Unit.name[eid] ?? '?').trim().charAt(0).toUpperCase() || '?',
    shade: h % 4,
  };
}

/** A key for caching one texture per look. */
export function lookKey(l: PilotLook): string {
  return `${l.outfit}:${l.gun}:${l.medic ? 1 : 0}:${l.initial}:${l.shade}`;
}
