import type { Grid } from '../world/grid';
import { TERRAIN_RULES } from '../world/terrain';
import type { GameWorld } from '../world/world';

/** Cover levels: 0 none, 1 half (rubble), 2 full (wall, hull, the breach's rim). */
export type CoverLevel = 0 | 1 | 2;

/** Defence given by cover toward the shooter, by level: half 20, full 40 (doubled when hunkered). */
export const COVER_DEFENSE: readonly number[] = [0, 20, 40];

/** Cover per side of a tile: what the orthogonal neighbour on that side gives. */
export interface CoverSides {
  n: CoverLevel;
  e: CoverLevel;
  s: CoverLevel;
  w: CoverLevel;
}

function coverOf(g: Grid, x: number, y: number): CoverLevel {
  if (x < 0 || y < 0 || x >= g.width || y >= g.height) return 0;
  return TERRAIN_RULES[g.terrain[y * g.width + x]!]!.cover;
}

/** The cover on each side of a tile, for the move preview (pure). */
export function coverAt(world: GameWorld, x: number, y: number): CoverSides {
  return coverSidesOnGrid(world.grid, x, y);
}

export function coverSidesOnGrid(g: Grid, x: number, y: number): CoverSides {
  return { n: coverOf(g, x, y - 1), e: coverOf(g, x + 1, y), s: coverOf(g, x, y + 1), w: coverOf(g, x - 1, y) };
}

/**
 * Cover a unit on (tx, ty) has against a shooter on (sx, sy): the best of the sides that face the
 * shooter. A side faces the shooter when the shooter is beyond it: north when the shooter stands on a
 * row above (sy < ty), south below, west on a column to the left, east to the right. A shooter on the
 * same row sees only the east or west side; on the same column only north or south. 0 = flanked.
 */
export function coverToward(g: Grid, tx: number, ty: number, sx: number, sy: number): CoverLevel {
  let best: CoverLevel = 0;
  if (sy < ty) best = maxCover(best, coverOf(g, tx, ty - 1));
  if (sy > ty) best = maxCover(best, coverOf(g, tx, ty + 1));
  if (sx < tx) best = maxCover(best, coverOf(g, tx - 1, ty));
  if (sx > tx) best = maxCover(best, coverOf(g, tx + 1, ty));
  return best;
}

function maxCover(a: CoverLevel, b: CoverLevel): CoverLevel {
  return a > b ? a : b;
}

/** Does the tile have cover on any side (needed to hunker down)? */
export function hasAnyCover(g: Grid, x: number, y: number): boolean {
  return coverOf(g, x, y - 1) > 0 || coverOf(g, x + 1, y) > 0 || coverOf(g, x, y + 1) > 0 || coverOf(g, x - 1, y) > 0;
}
