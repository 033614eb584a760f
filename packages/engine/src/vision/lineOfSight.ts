import type { Grid } from '../world/grid';
import { TERRAIN_BLOCKS_SIGHT } from './fov';

/**
 * Line of sight between two tile centres on a grid, by the same model as the field of view (see
 * fov.ts): for every row (or column, for lines nearer horizontal) strictly between the two tiles,
 * the line's crossing point must not lie inside an opaque tile; a crossing exactly on the edge
 * between two tiles is blocked only if both are opaque. The two end tiles themselves are not
 * tested. Symmetric by construction: the line crosses the same points in both directions.
 */
export function lineOfSight(grid: Grid, ax: number, ay: number, bx: number, by: number): boolean {
  return !lineBlocked(grid.width, grid.height, grid.terrain, TERRAIN_BLOCKS_SIGHT, ax, ay, bx, by);
}

function opaqueAt(w: number, h: number, cells: Uint8Array, table: Uint8Array, x: number, y: number): boolean {
  return x < 0 || y < 0 || x >= w || y >= h || table[cells[y * w + x]!]! !== 0;
}

/**
 * True when the line from (ax, ay) to (bx, by) is blocked (cells looked up through table).
 *
 * Step k (0 < k < d, d the longer side) crosses the minor axis at offset t/(2d) with t = 2·m·k + d
 * (m the shorter side, signed): the tile q = floor(t / 2d), or the two tiles q − 1 and q when the
 * remainder is 0 (an exact edge crossing). q and the remainder are carried from step to step
 * (|2m| ≤ 2d, so one correction per step), with no division in the loop.
 */
export function lineBlocked(
  w: number,
  h: number,
  cells: Uint8Array,
  table: Uint8Array,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const adx = dx < 0 ? -dx : dx;
  const ady = dy < 0 ? -dy : dy;
  if (ady >= adx) {
    const d = ady;
    if (d < 2) return false;
    const sy = dy > 0 ? 1 : -1;
    const twoD = 2 * d;
    const step = 2 * dx;
    const t = step + d;
    let q = Math.floor(t / twoD);
    let r = t - q * twoD;
    for (let k = 1; k < d; k++) {
      const y = ay + sy * k;
      if (r === 0) {
        if (opaqueAt(w, h, cells, table, ax + q - 1, y) && opaqueAt(w, h, cells, table, ax + q, y)) return true;
      } else if (opaqueAt(w, h, cells, table, ax + q, y)) return true;
      r += step;
      if (r >= twoD) {
        r -= twoD;
        q++;
      } else if (r < 0) {
        r += twoD;
        q--;
      }
    }
  } else {
    const d = adx;
    if (d < 2) return false;
    const sx = dx > 0 ? 1 : -1;
    const twoD = 2 * d;
    const step = 2 * dy;
    const t = step + d;
    let q = Math.floor(t / twoD);
    let r = t - q * twoD;
    for (let k = 1; k < d; k++) {
      const x = ax + sx * k;
      if (r === 0) {
        if (opaqueAt(w, h, cells, table, x, ay + q - 1) && opaqueAt(w, h, cells, table, x, ay + q)) return true;
      } else if (opaqueAt(w, h, cells, table, x, ay + q)) return true;
      r += step;
      if (r >= twoD) {
        r -= twoD;
        q++;
      } else if (r < 0) {
        r += twoD;
        q--;
      }
    }
  }
  return false;
}

/**
 * Is there dust on any tile the line between the two centres touches, both ends included (at an exact
 * edge crossing, both tiles)? Used for dust on the line of fire.
 */
export function dustOnLine(grid: Grid, ax: number, ay: number, bx: number, by: number): boolean {
  const w = grid.width;
  const h = grid.height;
  const dust = grid.dust;
  const dx = bx - ax;
  const dy = by - ay;
  const adx = dx < 0 ? -dx : dx;
  const ady = dy < 0 ? -dy : dy;
  if (adx === 0 && ady === 0) return ax >= 0 && ay >= 0 && ax < w && ay < h && dust[ay * w + ax]! > 0;
  const major = ady >= adx;
  const d = major ? ady : adx;
  const s = (major ? dy : dx) > 0 ? 1 : -1;
  const minor = major ? dx : dy;
  for (let k = 0; k <= d; k++) {
    const t = 2 * minor * k + d;
    const q = Math.floor(t / (2 * d));
    const onEdge = t - q * 2 * d === 0;
    for (let m = onEdge ? q - 1 : q; m <= q; m++) {
      const x = major ? ax + m : ax + s * k;
      const y = major ? ay + s * k : ay + m;
      if (x >= 0 && y >= 0 && x < w && y < h && dust[y * w + x]! > 0) return true;
    }
  }
  return false;
}
