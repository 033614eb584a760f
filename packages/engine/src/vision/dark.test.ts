import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { unitById } from '../world/units';
import { canSeeTileFrom, DARK_VISION, inDark, visibleTo } from './sight';

/**
 * The darkness rule (vision/sight.ts): on the ship's floors (deck, conduit, cell) an unlit tile is dark; a
 * viewer standing in the dark sees an unlit tile only within DARK_VISION tiles (a lit one as far as its
 * vision). A viewer in the light, or outside on the ground, is not limited.
 */
describe('darkness', () => {
  // Row 0: deck (ship floor); row 2: ground outside. Nothing is lit until the test lights it.
  const rows = ['S__________', '___________', '..........E'];
  const make = () => createGame(tinyMap(rows), 1);

  it('the ship floor is dark where unlit; the ground never is', () => {
    const w = make();
    expect(DARK_VISION).toBe(4);
    expect(inDark(w.grid, 3, 0)).toBe(true);
    expect(inDark(w.grid, 3, 2)).toBe(false);
    w.grid.lit[0 * w.grid.width + 3] = 1;
    expect(inDark(w.grid, 3, 0)).toBe(false);
  });

  it('a viewer in the dark sees unlit tiles only within DARK_VISION, lit ones as far as its vision', () => {
    const w = make();
    const g = w.grid;
    // Exactly 4 tiles along the row: seen; 5: not.
    expect(canSeeTileFrom(g, 0, 0, 12, 4, 0)).toBe(true);
    expect(canSeeTileFrom(g, 0, 0, 12, 5, 0)).toBe(false);
    expect(canSeeTileFrom(g, 0, 0, 12, 3, 1)).toBe(true);
    expect(canSeeTileFrom(g, 0, 0, 12, 5, 1)).toBe(false);
    g.lit[0 * g.width + 9] = 1;
    expect(canSeeTileFrom(g, 0, 0, 12, 9, 0)).toBe(true);
    // Standing in the light, or on the ground, the viewer sees the unlit deck as far as its vision.
    g.lit[0] = 1;
    expect(canSeeTileFrom(g, 0, 0, 12, 8, 0)).toBe(true);
    expect(canSeeTileFrom(g, 0, 2, 12, 8, 1)).toBe(true);
  });

  it("a unit's view of the map follows the rule tile by tile", () => {
    const w = make();
    const g = w.grid;
    g.lit[1 * g.width + 10] = 1;
    const v = visibleTo(w, Faction.squad);
    const vision = w.c.Stats.vision[unitById(w, 's1')!]!;
    for (let y = 0; y < g.height; y++)
      for (let x = 0; x < g.width; x++)
        expect(v.tiles[y * g.width + x], `${x},${y}`).toBe(canSeeTileFrom(g, 0, 0, vision, x, y) ? 1 : 0);
    // The lit tile far away is seen, the unlit ones beside it are not; the ground row is seen only near.
    expect(v.tiles[1 * g.width + 10]).toBe(1);
    expect(v.tiles[1 * g.width + 9]).toBe(0);
  });
});
