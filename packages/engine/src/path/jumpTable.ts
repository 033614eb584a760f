import type { Grid } from '../world/grid';
import { MOVE_MUL } from './moveCost';

/**
 * Jump distances for jump point search (JPS+): for every tile and each of the eight directions (N E S W NE SE
 * SW NW, as DIRS_X/DIRS_Y), how far a jump goes. Positive k: the k-th tile that way is the next jump point;
 * zero or negative -k: no jump point that way, k tiles can be walked before a wall, a corner or the map edge.
 * Only walkability counts (rough is walkable, units are not considered).
 *
 * A straight jump point is a tile with a forced neighbour: a side tile that is walkable where the side tile
 * behind it is not (without corner cutting, the cheapest way there may turn on this tile). A diagonal jump
 * point is a tile from which either straight jump along the diagonal's two parts reaches a jump point.
 */
export interface JumpTable {
  width: number;
  height: number;
  /** The terrain the table was made from (compared on every use, so any change of terrain remakes it). */
  terrain: Uint8Array;
  /** The same bytes, four tiles a word (the whole words only). */
  terrain32: Int32Array;
  /** Eight distances per tile: index tile * 8 + direction. */
  dist: Int16Array;
}

/** The two most recently used tables (a game and, say, a copy of it being simulated). */
const cache: (JumpTable | null)[] = [null, null];

/** Whether `t` was made from exactly this grid's terrain. */
function matches(t: JumpTable, grid: Grid): boolean {
  if (t.width !== grid.width || t.height !== grid.height) return false;
  const a = grid.terrain;
  const b = t.terrain;
  const n = b.length;
  if (a.length !== n) return false;
  let diff = 0;
  let i = 0;
  if ((a.byteOffset & 3) === 0) {
    // Four tiles a word, four words a round, differences or-ed together: no branch per tile.
    const a32 = new Int32Array(a.buffer, a.byteOffset, n >> 2);
    const b32 = t.terrain32;
    const m = b32.length;
    let k = 0;
    for (; k + 4 <= m; k += 4)
      diff |=
        (a32[k]! ^ b32[k]!) | (a32[k + 1]! ^ b32[k + 1]!) | (a32[k + 2]! ^ b32[k + 2]!) | (a32[k + 3]! ^ b32[k + 3]!);
    for (; k < m; k++) diff |= a32[k]! ^ b32[k]!;
    i = m * 4;
  }
  for (; i < n; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** The jump table of the grid's current terrain: a cached one if the terrain is unchanged, else a new one. */
export function jumpTableOf(grid: Grid): JumpTable {
  const first = cache[0];
  if (first && matches(first, grid)) return first;
  const second = cache[1];
  if (second && matches(second, grid)) {
    cache[1] = first ?? null;
    cache[0] = second;
    return second;
  }
  const made = buildJumpTable(grid);
  cache[1] = first ?? null;
  cache[0] = made;
  return made;
}

/** Straight directions' offsets (N E S W) and diagonal ones (NE SE SW NW). */
const DX = [0, 1, 0, -1, 1, 1, -1, -1] as const;
const DY = [-1, 0, 1, 0, -1, 1, 1, -1] as const;

/** Computes the jump distances of the grid's current terrain. */
export function buildJumpTable(grid: Grid): JumpTable {
  const w = grid.width;
  const h = grid.height;
  const n = w * h;
  const terrain = Uint8Array.from(grid.terrain);
  // Walkability with a border of unwalkable tiles: row pitch w + 2, tile (x, y) at (y + 1) * pw + x + 1.
  const pw = w + 2;
  const walk = new Uint8Array(pw * (h + 2));
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) walk[(y + 1) * pw + x + 1] = MOVE_MUL[terrain[y * w + x]!] === 0 ? 0 : 1;
  const dist = new Int16Array(n * 8);
  // Straight directions first (the diagonal ones read them), each line walked from its far end back, so the
  // next tile's distance is known.
  for (let d = 0; d < 8; d++) {
    const dx = DX[d]!;
    const dy = DY[d]!;
    const step = dy * w + dx;
    const pstep = dy * pw + dx;
    // Side offsets for a straight move (perpendicular to it), and the two straight parts of a diagonal one.
    const side = dy === 0 ? pw : 1;
    const partX = dx > 0 ? 1 : 3;
    const partY = dy > 0 ? 2 : 0;
    const x0 = dx > 0 ? w - 1 : 0;
    const xs = dx > 0 ? -1 : 1;
    const y0 = dy > 0 ? h - 1 : 0;
    const ys = dy > 0 ? -1 : 1;
    for (let ky = 0, y = y0; ky < h; ky++, y += ys) {
      for (let kx = 0, x = x0; kx < w; kx++, x += xs) {
        const i = y * w + x;
        const p = (y + 1) * pw + x + 1;
        const q = p + pstep;
        let v = 0;
        if (d < 4) {
          if (walk[q] === 1) {
            const forced =
              (walk[q + side] === 1 && walk[p + side] === 0) || (walk[q - side] === 1 && walk[p - side] === 0);
            if (forced) v = 1;
            else {
              const next = dist[(i + step) * 8 + d]!;
              v = next > 0 ? next + 1 : next - 1;
            }
          }
        } else if (walk[q] === 1 && walk[p + dx] === 1 && walk[p + dy * pw] === 1) {
          const ni = (i + step) * 8;
          if (dist[ni + partX]! > 0 || dist[ni + partY]! > 0) v = 1;
          else {
            const next = dist[ni + d]!;
            v = next > 0 ? next + 1 : next - 1;
          }
        }
        dist[i * 8 + d] = v;
      }
    }
  }
  const terrain32 = new Int32Array(terrain.buffer, 0, n >> 2);
  return { width: w, height: h, terrain, terrain32, dist };
}
