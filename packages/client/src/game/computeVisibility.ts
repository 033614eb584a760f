import { Faction, type GameWorld, T, TERRAIN_RULES, unitsSorted } from '@denizens/engine';

/** How far a unit sees into an unlit ship corridor. */
export const DARK_VISION = 3;

/** Does anything on the tile stop sight beyond it? */
function blocks(world: GameWorld, i: number): boolean {
  return TERRAIN_RULES[world.grid.terrain[i]!]?.blocksSight ?? true;
}

/** Walks a straight line (Bresenham) between two tile centres; false when a sight-blocking tile lies strictly between. */
export function hasLineOfSight(world: GameWorld, x0: number, y0: number, x1: number, y1: number): boolean {
  const w = world.grid.width;
  let x = x0;
  let y = y0;
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  while (!(x === x1 && y === y1)) {
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y += sy;
    }
    if (x === x1 && y === y1) break;
    if (blocks(world, y * w + x)) return false;
  }
  return true;
}

/**
 * The tiles a side sees now (1 = visible): within each unit's vision radius, in line of sight, and
 * (inside the ship) either lit by a conduit or close. A client-side stand-in until the engine's
 * `visibleTo` is available; read-only.
 */
export function computeVisibility(world: GameWorld, faction: number = Faction.squad): Uint8Array {
  const g = world.grid;
  const out = new Uint8Array(g.width * g.height);
  const { Position, Stats } = world.c;
  for (const eid of unitsSorted(world, faction as 0 | 1)) {
    const ux = Position.x[eid]!;
    const uy = Position.y[eid]!;
    const r = Stats.vision[eid] ?? 8;
    for (let y = Math.max(0, uy - r); y <= Math.min(g.height - 1, uy + r); y++) {
      for (let x = Math.max(0, ux - r); x <= Math.min(g.width - 1, ux + r); x++) {
        const i = y * g.width + x;
        if (out[i]) continue;
        const d2 = (x - ux) * (x - ux) + (y - uy) * (y - uy);
        if (d2 > r * r) continue;
        const dark = (g.terrain[i] === T.deck || g.terrain[i] === T.cell) && !g.lit[i];
        if (dark && d2 > DARK_VISION * DARK_VISION) continue;
        if (hasLineOfSight(world, ux, uy, x, y)) out[i] = 1;
      }
    }
  }
  return out;
}
