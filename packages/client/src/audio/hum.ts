import { type Grid, T } from '@denizens/engine';

/** How far (tiles) the conduits' hum carries. */
export const HUM_REACH = 8;

/** The conduit tiles of a grid, as [x, y] pairs. */
export function conduitTiles(g: Pick<Grid, 'width' | 'height' | 'terrain'>): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < g.terrain.length; i++) if (g.terrain[i] === T.conduit) out.push([i % g.width, (i / g.width) | 0]);
  return out;
}

/**
 * The hum's level where the player listens (the tile at the camera's centre): 1 on a conduit, falling in a straight
 * line to 0 at HUM_REACH tiles (the nearest conduit, king-move distance), 0 with no conduit in reach.
 */
export function humLevel(conduits: readonly (readonly [number, number])[], x: number, y: number): number {
  let d = Number.POSITIVE_INFINITY;
  for (const [cx, cy] of conduits) d = Math.min(d, Math.max(Math.abs(cx - x), Math.abs(cy - y)));
  return d >= HUM_REACH ? 0 : 1 - d / HUM_REACH;
}
