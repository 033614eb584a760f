import { Faction, type GameWorld, markUnitVision, unitsSorted, visibleTo } from '@denizens/engine';
import type { FogStart } from './fogEvents';

/**
 * The squad's sight before a command, for `fogEvents`, all from the engine: `visibleTo` now, each
 * member's own view (`markUnitVision`) so the sight can be recomputed when members die (squad
 * positions do not change in the enemy phase), and `visibleTo` on the resulting world after the
 * terrain changes (`after` gives the world once the command has run).
 */
export function squadSight(world: GameWorld, after: () => GameWorld): FogStart {
  const g = world.grid;
  const n = g.width * g.height;
  const { Unit, Position } = world.c;
  const units = new Map<string, { x: number; y: number; squad: boolean }>();
  for (const e of unitsSorted(world))
    units.set(Unit.id[e]!, { x: Position.x[e]!, y: Position.y[e]!, squad: Unit.faction[e] === Faction.squad });
  const views = new Map<string, Uint8Array>();
  const scratch = new Uint8Array(n);
  for (const e of unitsSorted(world, Faction.squad)) {
    const v = new Uint8Array(n);
    markUnitVision(world, e, v, scratch);
    views.set(Unit.id[e]!, v);
  }
  return {
    width: g.width,
    sight: visibleTo(world, Faction.squad).tiles,
    units,
    resight: (dead, terrainChanged) => {
      if (terrainChanged) return visibleTo(after(), Faction.squad).tiles;
      const out = new Uint8Array(n);
      for (const [id, v] of views) if (!dead.has(id)) for (let i = 0; i < n; i++) out[i] = out[i]! | v[i]!;
      return out;
    },
  };
}
