import { describe, expect, it } from 'vitest';
import { createGrid, type Grid } from '../world/grid';
import { T } from '../world/terrain';
import { findPathAStar } from './findPath';
import { findJumpPath, INEXACT, jumpScratch } from './jumpPoint';

/**
 * The jump search's buffers are kept between calls and remade when a grid needs more. Its open list has a bucket
 * per f-cost modulo the bucket count, which must exceed the largest rise of f in one jump (6 × the map's longer
 * side): a long thin map needs more buckets than a square one with more tiles. (This file's first search runs on
 * fresh buffers: vitest gives each test file its own modules.)
 */
describe('findJumpPath buffers', () => {
  it('a long thin map after a square one with more tiles: enough buckets for its long jumps', () => {
    // 20×20 = 400 tiles, longer side 20: 128 buckets.
    const square = createGrid(20, 20);
    expect((findJumpPath(square, 0, 0, 19, 19, null, 1_000) as { cost: number }).cost).toBe(57);
    // 112×3 = 336 tiles (the tile buffers are large enough), longer side 112: jumps raise f by up to 224, past
    // 128. Two rows joined through gaps in a wall row at x = 19 and x = 86.
    const thin = corridor(112, [19, 86]);
    for (const [sx, sy, tx, ty] of [
      [50, 2, 23, 0],
      [23, 0, 50, 2],
      [60, 0, 90, 2],
      [5, 2, 100, 0],
    ] as const) {
      const jump = findJumpPath(thin, sx, sy, tx, ty, null, 1_000);
      const exact = findPathAStar(thin, sx, sy, tx, ty);
      expect(jump === INEXACT || jump === null ? jump : jump.cost, `${sx},${sy} to ${tx},${ty}`).toBe(exact!.cost);
    }
  });
});

describe('findJumpPath path buffer', () => {
  it('walks back a path of more than 64 jump points (the smallest size of the path buffer): a serpentine of 40 rows', () => {
    // Wall rows with a gap at alternate ends: the path turns at every gap, two jump points a row.
    const w = 6;
    const h = 81;
    const g = createGrid(w, h);
    for (let y = 1; y < h; y += 2)
      for (let x = 0; x < w; x++) if (x !== ((y >> 1) % 2 === 0 ? w - 1 : 0)) g.terrain[y * w + x] = T.wall;
    const jump = findJumpPath(g, 0, 0, 0, h - 1, null, 100_000);
    const exact = findPathAStar(g, 0, 0, 0, h - 1)!;
    expect(jump).not.toBe(INEXACT);
    expect((jump as { cost: number }).cost).toBe(exact.cost);
    expect((jump as { path: unknown[] }).path).toEqual(exact.path);
  });
});

describe('findJumpPath search stamps', () => {
  it('never uses a stamp twice, and clears its buffers at the largest 32-bit stamp', () => {
    const g = corridor(40, [3, 30]);
    const want = findPathAStar(g, 0, 0, 39, 2)!.cost;
    const cost = () => (findJumpPath(g, 0, 0, 39, 2, null, 1_000) as { cost: number } | null)?.cost;
    // Clean buffers at stamp 0 (whatever ran before), then one search at stamp 1 leaves its marks.
    expect(cost()).toBe(want);
    const s = jumpScratch()!;
    s.node.fill(0);
    s.stamp = 0;
    expect(cost()).toBe(want);
    // The next stamp would not fit the buffers: they are cleared and counting starts again at 1, where the same
    // search must not meet the marks of the one before (it would find its start already expanded).
    s.stamp = 0x7fffffff;
    expect(cost()).toBe(want);
    expect(s.stamp).toBe(1);
    // Moved one ahead (as if a search had run between): the next search takes a stamp not used before.
    s.stamp++;
    expect(cost()).toBe(want);
    expect(s.stamp).toBe(3);
  });
});

/** Rows 0 and 2 open, row 1 wall but for the gaps. */
function corridor(w: number, gaps: number[]): Grid {
  const g = createGrid(w, 3);
  for (let x = 0; x < w; x++) if (!gaps.includes(x)) g.terrain[w + x] = T.wall;
  return g;
}
