/** Draw layers within one tile, back to front. */
export const Layer = {
  floorDecal: 0,
  debris: 1,
  wall: 2,
  unit: 3,
  fx: 4,
} as const;
export type LayerId = (typeof Layer)[keyof typeof Layer];

const LAYERS = 8;
const COLUMNS = 512;

/**
 * Painter's order for isometric objects standing on one tile: farther diagonals (smaller x + y) first;
 * on one diagonal, left to right (larger y first); within a tile, by layer. A moving unit passes
 * fractional coordinates: it is sorted with the tile it is entering (rounded up) so a wall it walks
 * behind still covers it and a wall it has passed does not.
 */
export function depthOf(x: number, y: number, layer: LayerId): number {
  const tx = Math.ceil(x - 1e-6);
  const ty = Math.ceil(y - 1e-6);
  return ((tx + ty) * COLUMNS + (COLUMNS - 1 - (ty & (COLUMNS - 1)))) * LAYERS + layer;
}
