import { type GameWorld, inBounds, TERRAIN_RULES } from '@denizens/engine';

/** Cover toward each side of a tile: 0 none, 1 half, 2 full; in grid directions north (y-1), east, south, west. */
export interface CoverSides {
  n: number;
  e: number;
  s: number;
  w: number;
}

/** The cover a unit standing on (x, y) would have on each side, from the neighbouring tiles' terrain. */
export function coverAround(world: GameWorld, x: number, y: number): CoverSides {
  const g = world.grid;
  const at = (cx: number, cy: number) =>
    inBounds(g, cx, cy) ? (TERRAIN_RULES[g.terrain[cy * g.width + cx]!]?.cover ?? 0) : 0;
  return { n: at(x, y - 1), e: at(x + 1, y), s: at(x, y + 1), w: at(x - 1, y) };
}

/** The cover toward an attacker at (ax, ay): the better of the sides facing it; 0 means flanked. */
export function coverToward(sides: CoverSides, x: number, y: number, ax: number, ay: number): number {
  let best = 0;
  if (ay < y) best = Math.max(best, sides.n);
  if (ay > y) best = Math.max(best, sides.s);
  if (ax > x) best = Math.max(best, sides.e);
  if (ax < x) best = Math.max(best, sides.w);
  return best;
}
