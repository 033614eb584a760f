import { withinRadius } from '../vision/distance';
import { PEEK_DX, PEEK_DY, peekMask } from '../vision/peek';
import { canSeeTileFrom } from '../vision/sight';
import type { Grid } from '../world/grid';
import { coverToward } from './cover';

/**
 * Where a unit standing on (sx, sy) fires at tile (tx, ty) from, as a tile index, or -1 when it
 * cannot: its own tile when it sees (tx, ty) from there within `reach` tiles (its weapon's range);
 * else, among its peek tiles (vision/peek.ts) that see it within `reach` (both measured from the
 * peek tile), the one toward which (tx, ty) has the least cover; ties in N, E, S, W order.
 * The shot is then worked out from that tile: range, the target's cover, dust and height.
 */
export function firingTile(
  g: Grid,
  sx: number,
  sy: number,
  vision: number,
  reach: number,
  tx: number,
  ty: number,
): number {
  if (withinRadius(tx - sx, ty - sy, reach) && canSeeTileFrom(g, sx, sy, vision, tx, ty)) return sy * g.width + sx;
  return peekFiringTile(g, sx, sy, vision, reach, tx, ty);
}

/** firingTile without its own tile: the peek tile it would lean out to, or -1. */
export function peekFiringTile(
  g: Grid,
  sx: number,
  sy: number,
  vision: number,
  reach: number,
  tx: number,
  ty: number,
): number {
  const mask = peekMask(g, sx, sy);
  if (mask === 0) return -1;
  let best = -1;
  let bestCover = 3;
  for (let k = 0; k < 4; k++) {
    if ((mask & (1 << k)) === 0) continue;
    const px = sx + PEEK_DX[k]!;
    const py = sy + PEEK_DY[k]!;
    if (!withinRadius(tx - px, ty - py, reach) || !canSeeTileFrom(g, px, py, vision, tx, ty)) continue;
    const cover = coverToward(g, tx, ty, px, py);
    if (cover < bestCover) {
      best = py * g.width + px;
      bestCover = cover;
    }
  }
  return best;
}
