import { type GameWorld, has } from '@denizens/engine';

/** A unit's lasting states for the HUD: overwatch, hunkered, bleeding (HP a turn). Read from the world. */
export interface UnitFlags {
  overwatch: boolean;
  hunkered: boolean;
  bleeding: number;
}

export function readFlags(world: GameWorld, eid: number): UnitFlags {
  return {
    overwatch: has(world, eid, 'Overwatch'),
    hunkered: has(world, eid, 'Hunkered'),
    bleeding: has(world, eid, 'Bleeding') ? world.c.Bleeding.perTurn[eid]! : 0,
  };
}
