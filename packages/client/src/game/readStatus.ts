import { type GameWorld, has } from '@denizens/engine';

/** A breach in the hull and the environment phases left before it seals. */
export interface BreachState {
  x: number;
  y: number;
  sealsIn: number;
}

/** The open breaches, read from the world's Breach components (read-only). */
export function readBreaches(world: GameWorld): BreachState[] {
  const out: BreachState[] = [];
  const store = world.c.Breach as { x: number[]; y: number[]; sealsIn: number[] } | undefined;
  if (!store) return out;
  store.x.forEach((x, eid) => {
    if (has(world, eid, 'Breach' as never)) out.push({ x, y: store.y[eid]!, sealsIn: store.sealsIn[eid]! });
  });
  return out.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** A unit's lasting states for the HUD: overwatch, hunkered, bleeding (HP a turn). */
export interface UnitFlags {
  overwatch: boolean;
  hunkered: boolean;
  bleeding: number;
}

export function readFlags(world: GameWorld, eid: number): UnitFlags {
  const c = world.c as unknown as Record<string, Record<string, number[]> | undefined>;
  const on = (name: string) => c[name] !== undefined && has(world, eid, name as never);
  return {
    overwatch: on('Overwatch'),
    hunkered: on('Hunkered'),
    bleeding: on('Bleeding') ? (c.Bleeding?.perTurn?.[eid] ?? 1) : 0,
  };
}
