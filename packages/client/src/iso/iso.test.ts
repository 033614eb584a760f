import { describe, expect, it } from 'vitest';
import { HALF_H, HALF_W, LEVEL_H } from './constants';
import { depthOf, Layer } from './depthOf';
import { occludes } from './occludes';
import { outlineRegion } from './outlineRegion';
import { screenToTile } from './screenToTile';
import { tileToScreen } from './tileToScreen';

describe('tileToScreen', () => {
  it('puts the origin tile at 0,0 and steps half a diamond per axis', () => {
    expect(tileToScreen(0, 0)).toEqual({ sx: 0, sy: 0 });
    expect(tileToScreen(1, 0)).toEqual({ sx: HALF_W, sy: HALF_H });
    expect(tileToScreen(0, 1)).toEqual({ sx: -HALF_W, sy: HALF_H });
    expect(tileToScreen(3, 3)).toEqual({ sx: 0, sy: 6 * HALF_H });
  });
  it('raises a tile by its elevation', () => {
    expect(tileToScreen(2, 1, 2).sy).toBe(3 * HALF_H - 2 * LEVEL_H);
  });
});

describe('screenToTile', () => {
  it('inverts tileToScreen at every tile centre', () => {
    for (let y = 0; y < 20; y++) {
      for (let x = 0; x < 20; x++) {
        const { sx, sy } = tileToScreen(x, y);
        expect(screenToTile(sx, sy)).toEqual({ x, y });
      }
    }
  });
  it('picks the diamond containing points near its corners', () => {
    const { sx, sy } = tileToScreen(5, 7);
    // just inside the four corners of the diamond
    expect(screenToTile(sx + HALF_W - 2, sy)).toEqual({ x: 5, y: 7 });
    expect(screenToTile(sx - HALF_W + 2, sy)).toEqual({ x: 5, y: 7 });
    expect(screenToTile(sx, sy - HALF_H + 1)).toEqual({ x: 5, y: 7 });
    expect(screenToTile(sx, sy + HALF_H - 1)).toEqual({ x: 5, y: 7 });
    // just outside the right corner: the neighbour on the x+1,y-1 diagonal... at the edge between (6,7) and (5,6)
    expect(screenToTile(sx + HALF_W + 2, sy - 1)).toEqual({ x: 6, y: 6 });
    // below the bottom corner: the tile in front (x+1, y+1)
    expect(screenToTile(sx, sy + HALF_H + 2)).toEqual({ x: 6, y: 8 });
  });
});

describe('depthOf', () => {
  it('draws farther diagonals first', () => {
    expect(depthOf(2, 2, Layer.wall)).toBeLessThan(depthOf(3, 2, Layer.floorDecal));
    expect(depthOf(0, 5, Layer.fx)).toBeLessThan(depthOf(3, 3, Layer.floorDecal));
  });
  it('orders layers within a tile: debris, wall, unit, effects', () => {
    expect(depthOf(4, 4, Layer.debris)).toBeLessThan(depthOf(4, 4, Layer.wall));
    expect(depthOf(4, 4, Layer.wall)).toBeLessThan(depthOf(4, 4, Layer.unit));
    expect(depthOf(4, 4, Layer.unit)).toBeLessThan(depthOf(4, 4, Layer.fx));
  });
  it('never ties two different tiles', () => {
    const seen = new Set<number>();
    for (let y = 0; y < 40; y++) for (let x = 0; x < 40; x++) seen.add(depthOf(x, y, Layer.unit));
    expect(seen.size).toBe(1600);
  });
  it('sorts a unit walking between tiles with the nearer tile', () => {
    // walking from (3,3) to (4,3): a wall on (4,2) (same diagonal as the start's front) stays behind it
    const mid = depthOf(3.5, 3, Layer.unit);
    expect(mid).toBeGreaterThan(depthOf(4, 2, Layer.wall));
    // and a wall in front of the destination (5,3) still covers it
    expect(mid).toBeLessThan(depthOf(5, 3, Layer.wall));
    // walking back the other way gives the same order mid-way
    expect(depthOf(3.5, 3, Layer.unit)).toBe(depthOf(4, 3, Layer.unit));
  });
  it('a unit in front of a wall on a nearer diagonal is drawn after it (the wall does not cover the unit)', () => {
    expect(depthOf(5, 5, Layer.unit)).toBeGreaterThan(depthOf(4, 5, Layer.wall));
    expect(depthOf(5, 5, Layer.unit)).toBeLessThan(depthOf(5, 6, Layer.wall));
  });
});

describe('occludes', () => {
  it('finds walls right in front of a tile', () => {
    expect(occludes(5, 5, 4, 4)).toBe(true);
    expect(occludes(5, 4, 4, 4)).toBe(true);
    expect(occludes(4, 5, 4, 4)).toBe(true);
  });
  it('ignores walls behind, beside on the same diagonal, far to the side or far in front', () => {
    expect(occludes(3, 3, 4, 4)).toBe(false);
    expect(occludes(5, 3, 4, 4)).toBe(false);
    expect(occludes(7, 4, 4, 4)).toBe(false);
    expect(occludes(8, 8, 4, 4)).toBe(false);
  });
});

describe('outlineRegion', () => {
  it('outlines a single tile with its four diamond edges', () => {
    const segs = outlineRegion((x, y) => x === 2 && y === 3, 5, 5);
    expect(segs).toHaveLength(4);
  });
  it('leaves out the shared edges of neighbouring tiles', () => {
    // a 2x2 block: 8 outer edges
    const segs = outlineRegion((x, y) => x >= 1 && x <= 2 && y >= 1 && y <= 2, 5, 5);
    expect(segs).toHaveLength(8);
    // the edge between (1,1) and (2,1) (right-bottom edge of (1,1)) is not drawn
    const { sx, sy } = tileToScreen(1, 1);
    const shared = [sx + HALF_W, sy, sx, sy + HALF_H];
    expect(segs.some((s) => s.join() === shared.join())).toBe(false);
    expect(segs.some((s) => s.join() === [sx, sy - HALF_H, sx + HALF_W, sy].join())).toBe(true);
  });
});
