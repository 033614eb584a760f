import type { Point } from '@denizens/maps';
import type { Grid } from '../world/grid';
import { TERRAIN_RULES } from '../world/terrain';

// Peeking around cover (XCOM 2's "step out"): a unit beside the end of a wall leans out around it.
// A peek tile of a unit on U is an orthogonal neighbour P = U + p that is open floor (walkable, does
// not block sight) such that, for one of the two directions d at right angles to p, U + d blocks
// sight (wall or hull: full cover) and U + d + p does not (the wall ends there: a corner to look
// round). The unit sees from U and from its peek tiles; units on the peek tiles do not matter (a
// body leans past). In the middle of a long wall U + d + p is wall too: no peek. See docs/rules.md.

/** The four orthogonal directions, in the order peek tiles are listed and ties are broken: N, E, S, W. */
export const PEEK_DX: readonly number[] = [0, 1, 0, -1];
export const PEEK_DY: readonly number[] = [-1, 0, 1, 0];

function blocks(g: Grid, x: number, y: number): boolean {
  return x < 0 || y < 0 || x >= g.width || y >= g.height || TERRAIN_RULES[g.terrain[y * g.width + x]!]!.blocksSight;
}

function openFloor(g: Grid, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= g.width || y >= g.height) return false;
  const r = TERRAIN_RULES[g.terrain[y * g.width + x]!]!;
  return r.moveMul > 0 && !r.blocksSight;
}

/**
 * The peek tiles of a unit on (x, y) as a 4-bit mask: bit k set when the neighbour in direction k
 * (N, E, S, W: PEEK_DX/PEEK_DY) is one. 0 when the unit is not beside a wall's end. Depends only on
 * the terrain.
 */
export function peekMask(g: Grid, x: number, y: number): number {
  let mask = 0;
  for (let k = 0; k < 4; k++) {
    const px = PEEK_DX[k]!;
    const py = PEEK_DY[k]!;
    if (!openFloor(g, x + px, y + py)) continue;
    // The two directions at right angles to p: (py, -px) and (-py, px).
    for (let s = -1; s <= 1; s += 2) {
      const dx = py * s;
      const dy = -px * s;
      if (blocks(g, x + dx, y + dy) && !blocks(g, x + dx + px, y + dy + py)) {
        mask |= 1 << k;
        break;
      }
    }
  }
  return mask;
}

/** The peek tiles of a unit on (x, y), in N, E, S, W order (for the client and tests). */
export function peekTiles(g: Grid, x: number, y: number): Point[] {
  const mask = peekMask(g, x, y);
  const out: Point[] = [];
  for (let k = 0; k < 4; k++) if (mask & (1 << k)) out.push({ x: x + PEEK_DX[k]!, y: y + PEEK_DY[k]! });
  return out;
}
