import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGrid, recountDust } from '../world/grid';
import { dustOnLine, lineBlocked } from './lineOfSight';

const ANY_NONZERO = Uint8Array.from({ length: 256 }, (_, i) => (i === 0 ? 0 : 1));

/** The definition, one division per step: where the line crosses each row (or column) strictly between the ends. */
function blockedByDefinition(w: number, h: number, cells: Uint8Array, ax: number, ay: number, bx: number, by: number) {
  const opaque = (x: number, y: number) => x < 0 || y < 0 || x >= w || y >= h || cells[y * w + x] !== 0;
  const dx = bx - ax;
  const dy = by - ay;
  const yMajor = Math.abs(dy) >= Math.abs(dx);
  const d = yMajor ? Math.abs(dy) : Math.abs(dx);
  const minor = yMajor ? dx : dy;
  for (let k = 1; k < d; k++) {
    const t = 2 * minor * k + d;
    const q = Math.floor(t / (2 * d));
    const major = yMajor ? ay + Math.sign(dy) * k : ax + Math.sign(dx) * k;
    const at = (m: number) => (yMajor ? opaque(ax + m, major) : opaque(major, ay + m));
    if (t % (2 * d) === 0 ? at(q - 1) && at(q) : at(q)) return true;
  }
  return false;
}

describe('lineBlocked', () => {
  it('agrees with the per-step definition and is symmetric, on random maps, in every direction, ends on and off the map', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 576, maxLength: 576 }),
        fc.array(fc.integer({ min: -3, max: 27 }), { minLength: 4, maxLength: 4 }),
        (w, h, raw, [ax, ay, bx, by]) => {
          // About a quarter of the tiles opaque.
          const cells = Uint8Array.from(raw.slice(0, w * h), (v) => (v === 0 ? 1 : 0));
          const blocked = lineBlocked(w, h, cells, ANY_NONZERO, ax!, ay!, bx!, by!);
          expect(blocked).toBe(blockedByDefinition(w, h, cells, ax!, ay!, bx!, by!));
          // Symmetric: the AI reads one line test for both a shot and the view back.
          expect(lineBlocked(w, h, cells, ANY_NONZERO, bx!, by!, ax!, ay!)).toBe(blocked);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** A grid of w × h with dust on the given tiles (index y·w + x). */
function dustGrid(w: number, h: number, dusty: number[]) {
  const g = createGrid(w, h);
  for (const i of dusty) g.dust[i] = 2;
  recountDust(g);
  return g;
}

/**
 * Dust on the line by its definition, tile by tile: a tile on the map with dust is touched when it lies on
 * a row (column, for lines nearer horizontal) k = 0 … d of the line, both ends included, and the line's
 * crossing of that row, minor·k/d from the start, is at most half a tile from the tile's centre.
 */
function dustByDefinition(w: number, h: number, dust: Uint8Array, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const yMajor = Math.abs(dy) >= Math.abs(dx);
  const d = yMajor ? Math.abs(dy) : Math.abs(dx);
  const minor = yMajor ? dx : dy;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (dust[y * w + x] === 0) continue;
      if (d === 0) {
        if (x === ax && y === ay) return true;
        continue;
      }
      const along = yMajor ? (y - ay) * Math.sign(dy) : (x - ax) * Math.sign(dx);
      const across = yMajor ? x - ax : y - ay;
      if (along < 0 || along > d) continue;
      if (Math.abs(2 * minor * along - 2 * across * d) <= d) return true;
    }
  }
  return false;
}

describe('dustOnLine', () => {
  it('agrees with the tile-by-tile definition and is symmetric, on random maps, ends on and off the map', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 16 }),
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: -3, max: 19 }), { minLength: 4, maxLength: 4 }),
        (w, h, spots, [ax, ay, bx, by]) => {
          // A few dusty tiles (as on a battlefield after a blast or two).
          const g = dustGrid(
            w,
            h,
            spots.map((v) => v % (w * h)),
          );
          const seen = dustOnLine(g, ax!, ay!, bx!, by!);
          expect(seen).toBe(dustByDefinition(w, h, g.dust, ax!, ay!, bx!, by!));
          expect(dustOnLine(g, bx!, by!, ax!, ay!)).toBe(seen);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('counts both ends, and both tiles where the line crosses exactly on their edge', () => {
    // (0,0) to (2,1): the line crosses column 1 exactly between (1,0) and (1,1).
    const w = 4;
    const at = (x: number, y: number) => y * w + x;
    expect(dustOnLine(dustGrid(w, 3, [at(1, 0)]), 0, 0, 2, 1)).toBe(true);
    expect(dustOnLine(dustGrid(w, 3, [at(1, 1)]), 0, 0, 2, 1)).toBe(true);
    expect(dustOnLine(dustGrid(w, 3, [at(1, 2)]), 0, 0, 2, 1)).toBe(false);
    expect(dustOnLine(dustGrid(w, 3, [at(0, 0)]), 0, 0, 2, 1)).toBe(true);
    expect(dustOnLine(dustGrid(w, 3, [at(2, 1)]), 0, 0, 2, 1)).toBe(true);
    expect(dustOnLine(dustGrid(w, 3, [at(3, 1)]), 0, 0, 2, 1)).toBe(false);
    // (0,0) to (3,1): no edge crossing; column 1 at row 0, column 2 at row 1.
    expect(dustOnLine(dustGrid(w, 3, [at(1, 1)]), 0, 0, 3, 1)).toBe(false);
    expect(dustOnLine(dustGrid(w, 3, [at(2, 1)]), 0, 0, 3, 1)).toBe(true);
    expect(dustOnLine(dustGrid(w, 3, [at(2, 0)]), 0, 0, 3, 1)).toBe(false);
  });

  it('a line of one tile: dust there or not; a tile off the map has none, whatever its index would wrap to', () => {
    // Dust on (3,1), (0,0) and (0,1).
    const g = dustGrid(4, 3, [1 * 4 + 3, 0, 1 * 4 + 0]);
    expect(dustOnLine(g, 3, 1, 3, 1)).toBe(true);
    expect(dustOnLine(g, 2, 1, 2, 1)).toBe(false);
    expect(dustOnLine(g, 0, 1, 0, 1)).toBe(true);
    expect(dustOnLine(g, 0, 0, 0, 0)).toBe(true);
    // (-1, 2) would be index 7 = (3, 1); (4, 0) index 4 = (0, 1); (4, -1) index 0 = (0, 0).
    expect(dustOnLine(g, -1, 2, -1, 2)).toBe(false);
    expect(dustOnLine(g, 4, 0, 4, 0)).toBe(false);
    expect(dustOnLine(g, 4, -1, 4, -1)).toBe(false);
    // Along column −1 and row −1 past dusty tiles' wrapped indices.
    expect(dustOnLine(g, -1, 0, -1, 2)).toBe(false);
    expect(dustOnLine(g, 4, -1, 4, 1)).toBe(false);
  });
});
