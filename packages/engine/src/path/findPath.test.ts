import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns, walkPath } from '../../test/support';
import { createGrid, type Grid } from '../world/grid';
import { T } from '../world/terrain';
import { findPath } from './findPath';
import { pathTo, reachMap } from './reach';

function gridOf(width: number, height: number, cells: number[]): Grid {
  const g = createGrid(width, height);
  const kinds = [T.ground, T.ground, T.ground, T.rubble, T.wall];
  for (let i = 0; i < width * height; i++) g.terrain[i] = kinds[cells[i]! % kinds.length]!;
  return g;
}

const arbGrid = fc
  .record({ w: fc.integer({ min: 2, max: 14 }), h: fc.integer({ min: 2, max: 14 }) })
  .chain(({ w, h }) =>
    fc.record({
      w: fc.constant(w),
      h: fc.constant(h),
      cells: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: w * h, maxLength: w * h }),
      s: fc.integer({ min: 0, max: w * h - 1 }),
      t: fc.integer({ min: 0, max: w * h - 1 }),
    }),
  );

describe('findPath', () => {
  it('finds the same optimal cost as an exhaustive Dijkstra, with legal steps only (property)', () => {
    fc.assert(
      fc.property(arbGrid, ({ w, h, cells, s, t }) => {
        const g = gridOf(w, h, cells);
        g.terrain[s] = T.ground;
        const sx = s % w;
        const sy = Math.floor(s / w);
        const tx = t % w;
        const ty = Math.floor(t / w);
        const reach = reachMap(g, sx, sy, 1_000_000);
        const found = findPath(g, sx, sy, tx, ty);
        const best = reach.cost[t]!;
        if (best < 0) {
          expect(found).toBeNull();
          return;
        }
        expect(found).not.toBeNull();
        expect(found!.cost).toBe(best);
        expect(walkPath(g, sx, sy, found!.path)).toBe(best);
        const viaReach = pathTo(reach, tx, ty)!;
        expect(walkPath(g, sx, sy, viaReach)).toBe(best);
      }),
      { numRuns: propertyRuns(300), seed: 20261125 },
    );
  });

  it('respects blockers and the cost limit', () => {
    const g = gridOf(5, 1, [0, 0, 0, 0, 0]);
    const blocked = new Uint8Array(5);
    blocked[2] = 1;
    expect(findPath(g, 0, 0, 4, 0, { blocked })).toBeNull();
    expect(findPath(g, 0, 0, 4, 0, { maxCost: 7 })).toBeNull();
    expect(findPath(g, 0, 0, 4, 0, { maxCost: 8 })?.cost).toBe(8);
  });
});
