import { TERRAIN_NAMES } from '@denizens/maps';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORACLE_MUL, type OracleGrid, oracleCosts, oraclePathCost } from '../../test/pathOracle';
import { createGrid, type Grid } from '../world/grid';
import { T } from '../world/terrain';
import { findPath, findPathAStar } from './findPath';
import { reachMap } from './reach';

/**
 * Every path-finder the rules use (findPath with its jump search, findPathAStar, reachable) against a
 * Dijkstra written in the test from the rules text (test/pathOracle.ts, no shared code): the same
 * optimal cost, and a path that the oracle walks step by step for that cost. Maps big enough and trips
 * long enough that findPath takes its jump search; rough ground and units in the way.
 */
const SEED = 1_812_026;

const arb = fc
  .record({
    w: fc.integer({ min: 8, max: 40 }),
    h: fc.integer({ min: 8, max: 40 }),
    cells: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1600, maxLength: 1600 }),
    wallShare: fc.integer({ min: 0, max: 35 }),
    roughShare: fc.integer({ min: 0, max: 20 }),
    blockers: fc.array(fc.nat(), { maxLength: 12 }),
    ends: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
  })
  .map(({ w, h, cells, wallShare, roughShare, blockers, ends }) => {
    const g = createGrid(w, h);
    for (let i = 0; i < w * h; i++) {
      const v = cells[i]!;
      g.terrain[i] = v < wallShare ? T.wall : v < wallShare + roughShare ? (v % 2 ? T.rubble : T.crater) : T.ground;
    }
    // Ends in opposite corners' halves: long trips (the jump search's range).
    const sx = ends[0]! % Math.ceil(w / 3);
    const sy = ends[1]! % h;
    const tx = w - 1 - (ends[2]! % Math.ceil(w / 3));
    const ty = ends[3]! % h;
    g.terrain[sy * w + sx] = T.ground;
    const blocked = new Uint8Array(w * h);
    for (const b of blockers) if (b % (w * h) !== sy * w + sx) blocked[b % (w * h)] = 1;
    return { g, sx, sy, tx, ty, blocked: blockers.length > 0 ? blocked : null };
  });

function oracleGrid(g: Grid): OracleGrid {
  return { width: g.width, height: g.height, mul: Array.from(g.terrain, (t) => ORACLE_MUL[TERRAIN_NAMES[t]!]!) };
}

describe(`path-finders against an independent Dijkstra (fast-check seed ${SEED})`, () => {
  it('findPath and findPathAStar: the oracle cost, on a path the oracle walks for that cost', () => {
    let found = 0;
    let rough = 0;
    fc.assert(
      fc.property(arb, ({ g, sx, sy, tx, ty, blocked }) => {
        const og = oracleGrid(g);
        const want = oracleCosts(og, sx, sy, blocked)[ty * g.width + tx]!;
        for (const search of [findPath, findPathAStar]) {
          const got = search(g, sx, sy, tx, ty, { blocked });
          if (want < 0) {
            expect(got, search.name).toBeNull();
            continue;
          }
          expect(got?.cost, search.name).toBe(want);
          expect(oraclePathCost(og, sx, sy, got!.path, blocked), search.name).toBe(want);
          expect(got!.path.at(-1) ?? { x: sx, y: sy }).toEqual({ x: tx, y: ty });
        }
        if (want >= 0) found++;
        if (want >= 0 && Array.from(og.mul).some((m) => m === 2)) rough++;
      }),
      { numRuns: 250, seed: SEED },
    );
    expect(found).toBeGreaterThan(120);
    expect(rough).toBeGreaterThan(60);
  });

  it('reachable: every tile within the budget at its oracle cost, none beyond it', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 40 }), ({ g, sx, sy, blocked }, budget) => {
        const want = oracleCosts(oracleGrid(g), sx, sy, blocked);
        const r = reachMap(g, sx, sy, budget, blocked ?? undefined);
        for (let i = 0; i < want.length; i++) {
          const expected = want[i]! >= 0 && want[i]! <= budget ? want[i]! : -1;
          expect(r.cost[i], `tile ${i % g.width},${Math.floor(i / g.width)}`).toBe(expected);
        }
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});
