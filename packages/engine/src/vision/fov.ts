import type { Grid } from '../world/grid';
import { TERRAIN_RULES } from '../world/terrain';

/**
 * Field of view by symmetric shadowcasting with exact integer slopes.
 *
 * The model (also what `lineOfSight` tests tile by tile): in each of the four quadrants (N, E, S, W)
 * the tiles are laid out in rows at depth k = 1, 2, … from the viewer. An opaque tile in a row blocks
 * the open stretch of that row from its left edge to its right edge; a run of adjacent opaque tiles
 * blocks from the run's left edge to its right edge (so two touching walls leave no crack between
 * them). A see-through tile is visible when the straight line between the two tile centres is not
 * inside any blocked stretch of the rows in between; grazing the end of a run does not block. An
 * opaque tile is visible when any part of it faces the viewer's open sector. The line between two
 * centres crosses the same rows at the same points whichever end it starts from, so sight between
 * see-through tiles is symmetric (tested by property in fov.test.ts).
 *
 * Fast path: no allocation per call (scratch arrays are reused), integer-only slope arithmetic.
 */

/** Anything with a size and a per-tile "blocks sight" flag (nonzero = blocks). For benchmarks and tests. */
export interface SightMap {
  readonly width: number;
  readonly height: number;
  readonly blocks: Uint8Array;
}

/** Blocks-sight flag per terrain id: the lookup table for a game grid's terrain array. */
export const TERRAIN_BLOCKS_SIGHT: Uint8Array = Uint8Array.from(TERRAIN_RULES.map((r) => (r.blocksSight ? 1 : 0)));

/** Identity-like table: any nonzero cell value blocks. */
const NONZERO_BLOCKS: Uint8Array = Uint8Array.from({ length: 256 }, (_, i) => (i === 0 ? 0 : 1));

/** Quadrant transforms: tile (col j, row k) sits at (ox + j*cx + k*rx, oy + j*cy + k*ry). Order N, E, S, W. */
const QCX = [1, 0, 1, 0];
const QCY = [0, 1, 0, 1];
const QRX = [0, 1, 0, -1];
const QRY = [-1, 0, 1, 0];

// Open sectors of the current and next row as fractions start sn/sd .. end en/ed (denominators > 0).
let cap = 0;
let aSn = new Int32Array(0);
let aSd = new Int32Array(0);
let aEn = new Int32Array(0);
let aEd = new Int32Array(0);
let bSn = new Int32Array(0);
let bSd = new Int32Array(0);
let bEn = new Int32Array(0);
let bEd = new Int32Array(0);

function ensureCapacity(n: number): void {
  if (n <= cap) return;
  cap = Math.max(n, cap * 2, 64);
  aSn = new Int32Array(cap);
  aSd = new Int32Array(cap);
  aEn = new Int32Array(cap);
  aEd = new Int32Array(cap);
  bSn = new Int32Array(cap);
  bSd = new Int32Array(cap);
  bEn = new Int32Array(cap);
  bEd = new Int32Array(cap);
}

/**
 * Marks (sets to 1) every tile visible from (x, y) within `radius` tiles in `out` (length width*height).
 * `out` is not cleared first, so several calls accumulate a union (clear it yourself for a fresh view).
 * The viewer's own tile is always marked. Tiles beyond the map edge block sight.
 */
export function computeFov(map: SightMap, x: number, y: number, radius: number, out: Uint8Array): void {
  castFov(map.width, map.height, map.blocks, NONZERO_BLOCKS, x, y, radius, out);
}

/** computeFov on a game grid (terrain decides what blocks sight). */
export function fovOnGrid(grid: Grid, x: number, y: number, radius: number, out: Uint8Array): void {
  castFov(grid.width, grid.height, grid.terrain, TERRAIN_BLOCKS_SIGHT, x, y, radius, out);
}

/** The shadowcaster: `table[cells[i]]` nonzero means tile i blocks sight. */
export function castFov(
  width: number,
  height: number,
  cells: Uint8Array,
  table: Uint8Array,
  ox: number,
  oy: number,
  radius: number,
  out: Uint8Array,
): void {
  if (ox < 0 || oy < 0 || ox >= width || oy >= height) return;
  out[oy * width + ox] = 1;
  if (radius <= 0) return;
  // Open sectors are disjoint, each holding a distinct slope with denominator <= 2*radius: a safe bound.
  ensureCapacity((radius + 2) * (radius + 2) * 2);
  const r2 = radius * radius + radius;
  for (let q = 0; q < 4; q++) {
    const cx = QCX[q]!;
    const cy = QCY[q]!;
    const rx = QRX[q]!;
    const ry = QRY[q]!;
    let sn = aSn;
    let sd = aSd;
    let en = aEn;
    let ed = aEd;
    let tn = bSn;
    let td = bSd;
    let un = bEn;
    let ud = bEd;
    sn[0] = -1;
    sd[0] = 1;
    en[0] = 1;
    ed[0] = 1;
    let count = 1;
    for (let k = 1; k <= radius && count > 0; k++) {
      // The row's fixed coordinate: once it leaves the map, everything further is outside too.
      const rowX = ox + k * rx;
      const rowY = oy + k * ry;
      if (rowX < 0 || rowY < 0 || rowX >= width || rowY >= height) break;
      const k2 = 2 * k;
      let next = 0;
      for (let s = 0; s < count; s++) {
        const a = sn[s]!;
        const b = sd[s]!;
        const c = en[s]!;
        const d = ed[s]!;
        const jMin = Math.ceil((k2 * a - b) / (2 * b));
        const jMax = Math.floor((k2 * c + d) / (2 * d));
        // Current open piece start (fraction pn/pd) and the run of opaque tiles being walked.
        let pn = a;
        let pd = b;
        let runStart = 0;
        let inRun = false;
        for (let j = jMin; j <= jMax; j++) {
          const tx = rowX + j * cx;
          const ty = rowY + j * cy;
          const inside = tx >= 0 && ty >= 0 && tx < width && ty < height;
          const i = ty * width + tx;
          const opaque = !inside || table[cells[i]!]! !== 0;
          if (inside && j * j + k * k <= r2) {
            // See-through tiles need their centre j/k inside [a/b, c/d]; opaque ones only need to be in the sector.
            if (opaque || (a * k <= j * b && j * d <= c * k)) out[i] = 1;
          }
          if (opaque) {
            if (!inRun) {
              inRun = true;
              runStart = j;
            }
          } else if (inRun) {
            inRun = false;
            // Open piece [p, left edge of the run], then the next piece starts at the run's right edge.
            const ln = 2 * runStart - 1;
            if (pn * k2 <= ln * pd) {
              tn[next] = pn;
              td[next] = pd;
              un[next] = ln;
              ud[next] = k2;
              next++;
            }
            pn = 2 * j - 1;
            pd = k2;
          }
        }
        if (inRun) {
          const ln = 2 * runStart - 1;
          if (pn * k2 <= ln * pd) {
            tn[next] = pn;
            td[next] = pd;
            un[next] = ln;
            ud[next] = k2;
            next++;
          }
        } else if (pn * d <= c * pd) {
          tn[next] = pn;
          td[next] = pd;
          un[next] = c;
          ud[next] = d;
          next++;
        }
      }
      // Swap current and next.
      let t = sn;
      sn = tn;
      tn = t;
      t = sd;
      sd = td;
      td = t;
      t = en;
      en = un;
      un = t;
      t = ed;
      ed = ud;
      ud = t;
      count = next;
    }
  }
}
