import { describe, expect, it } from 'vitest';
import { createGrid, type Grid } from '../world/grid';
import { T } from '../world/terrain';
import { buildJumpTable, jumpTableOf } from './jumpTable';

/** A w×h grid of ground with walls at the given tiles. */
function walled(w: number, h: number, walls: number[]): Grid {
  const g = createGrid(w, h);
  for (const i of walls) g.terrain[i] = T.wall;
  return g;
}

/**
 * The jump table cache (jumpTableOf): the two most recently used tables are kept and handed out again, the same
 * object, while the terrain they were made from is unchanged; a third terrain pushes out the one used least
 * recently. (pathCases.test.ts checks that any change of terrain makes a new table; this checks that no change
 * makes none.)
 */
describe('jumpTableOf: the cache of the two latest tables', () => {
  it('hands out the same table again while the terrain is unchanged, on every size of terrain', () => {
    // 1 to 40 tiles: none, some or all in four-word rounds, single words, single bytes after them.
    for (let n = 1; n <= 40; n++) {
      const g = walled(n, 1, [n >> 1]);
      const t = jumpTableOf(g);
      expect(jumpTableOf(g), `${n} tiles`).toBe(t);
      // Another grid object with equal terrain of the same shape: the same table.
      expect(jumpTableOf(walled(n, 1, [n >> 1])), `${n} tiles, a copy`).toBe(t);
      expect(t.dist).toEqual(buildJumpTable(g).dist);
    }
  });

  it('hands out the same table on an unaligned terrain view too', () => {
    for (const offset of [1, 2, 3]) {
      for (const n of [3, 4, 17, 21]) {
        const buffer = new Uint8Array(n + offset);
        const g = { ...createGrid(n, 1), terrain: buffer.subarray(offset) };
        g.terrain[n - 1] = T.wall;
        const t = jumpTableOf(g);
        expect(jumpTableOf(g), `offset ${offset}, ${n} tiles`).toBe(t);
        // A change in the last byte (never in a whole word when unaligned) is still seen.
        g.terrain[n - 1] = T.ground;
        expect(jumpTableOf(g), `offset ${offset}, ${n} tiles changed`).not.toBe(t);
      }
    }
  });

  it('keeps two terrains: each used again gets its own table back; a third pushes out the least recent', () => {
    const a = walled(6, 4, [7]);
    const b = walled(6, 4, [8]);
    const c = walled(6, 4, [9]);
    const ta = jumpTableOf(a);
    const tb = jumpTableOf(b);
    expect(tb).not.toBe(ta);
    expect(jumpTableOf(a)).toBe(ta);
    expect(jumpTableOf(b)).toBe(tb);
    expect(jumpTableOf(a)).toBe(ta);
    // a was used last, b before it: c pushes out b.
    const tc = jumpTableOf(c);
    expect(tc.dist).toEqual(buildJumpTable(c).dist);
    expect(jumpTableOf(a)).toBe(ta);
    expect(jumpTableOf(c)).toBe(tc);
    const tb2 = jumpTableOf(b);
    expect(tb2).not.toBe(tb);
    expect(tb2.dist).toEqual(buildJumpTable(b).dist);
    // Now b and c are kept, a was pushed out.
    expect(jumpTableOf(c)).toBe(tc);
    expect(jumpTableOf(b)).toBe(tb2);
    expect(jumpTableOf(a)).not.toBe(ta);
  });

  it('tells apart terrains of the same tiles in another shape, and of other lengths', () => {
    const row = walled(12, 1, [5]);
    const t = jumpTableOf(row);
    const tall = { ...createGrid(1, 12), terrain: row.terrain };
    const tt = jumpTableOf(tall);
    expect(tt).not.toBe(t);
    expect(tt.height).toBe(12);
    expect(tt.dist).toEqual(buildJumpTable(tall).dist);
    const square = { ...createGrid(4, 3), terrain: row.terrain };
    expect(jumpTableOf(square).width).toBe(4);
    // Same width, a terrain array one tile longer (the height is what the grid says): another terrain.
    const longer = { ...createGrid(12, 1), terrain: new Uint8Array(13) };
    longer.terrain.set(row.terrain);
    expect(jumpTableOf(row)).not.toBe(t);
    expect(jumpTableOf(longer).terrain.length).toBe(13);
  });
});
