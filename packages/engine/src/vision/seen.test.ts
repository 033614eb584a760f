import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { Faction, type FactionId } from '../world/components';
import { T } from '../world/terrain';
import { placeUnit, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';
import { canSeeUnit, seenEnemies } from './sight';
import { unitCells, unitsNear } from './unitCells';

/**
 * seenEnemies (vision/sight.ts) and the unit cells it finds nearby units with (vision/unitCells.ts),
 * against a check of every pair: the other side's units that some unit of the side sees (canSeeUnit),
 * in uid order, each with a witness that does see it. Worlds of 17 to 40 tiles a side (so more than one
 * 16-tile cell each way), walls scattered for corners to peek round, up to 24 units a side (more than
 * the cells' first buffer of 16), each with its own vision. Fixed seed: a failure is the same every run.
 */
const SEED = 1_812_026;

/** A world with `squad` and `enemies` units on an open map, walls painted on, units moved to the given tiles. */
function world(
  width: number,
  height: number,
  walls: number[],
  squad: [number, number][],
  enemies: [number, number][],
): GameWorld {
  // Letters on row 0 make the units (tinyMap), then they are moved: the map needs room for them.
  const n = Math.max(squad.length + enemies.length, 1);
  const w = Math.max(width, n + 1);
  const rows = Array.from({ length: height }, () => '.'.repeat(w));
  rows[0] = `${'S'.repeat(squad.length)}${'E'.repeat(enemies.length)}`.padEnd(w, '.');
  const game = createGame(tinyMap(rows), 1);
  const g = game.grid;
  const squadIds = unitsSorted(game, Faction.squad);
  const lgfIds = unitsSorted(game, Faction.lgf);
  // Park everyone on free tiles at the bottom-right first, so the moves below never find a tile taken.
  const all = [...squadIds, ...lgfIds];
  const wanted = new Set([...squad, ...enemies].map(([x, y]) => y * w + x));
  let park = w * height - 1;
  for (const eid of all) {
    while (wanted.has(park)) park--;
    placeUnit(game, eid, park % w, Math.floor(park / w));
    park--;
  }
  for (const [k, [x, y]] of squad.entries()) placeUnit(game, squadIds[k]!, x, y);
  for (const [k, [x, y]] of enemies.entries()) placeUnit(game, lgfIds[k]!, x, y);
  const taken = new Set(all.map((e) => game.c.Position.y[e]! * w + game.c.Position.x[e]!));
  for (const i of walls) if (!taken.has(i % (w * height))) g.terrain[i % (w * height)] = T.wall;
  return game;
}

/** Distinct tiles from raw numbers (duplicates dropped). */
function tiles(raw: number[], width: number, height: number): [number, number][] {
  const seen = new Set<number>();
  const out: [number, number][] = [];
  for (const r of raw) {
    const i = r % (width * height);
    if (seen.has(i)) continue;
    seen.add(i);
    out.push([i % width, Math.floor(i / width)]);
  }
  return out;
}

const caseArb = fc
  .record({
    width: fc.integer({ min: 25, max: 40 }),
    height: fc.integer({ min: 17, max: 36 }),
    walls: fc.array(fc.nat(), { maxLength: 160 }),
    units: fc.array(fc.nat(), { minLength: 2, maxLength: 48 }),
    split: fc.nat(),
    visions: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 48, maxLength: 48 }),
  })
  .map(({ width, height, walls, units, split, visions }) => {
    const t = tiles(units, width, height);
    const s = 1 + (split % (t.length - 1 || 1));
    return { width, height, walls, squad: t.slice(0, s), enemies: t.slice(s), visions };
  });

/** The other side's units some unit of `faction` sees, in uid order (every pair checked). */
function seenByEveryPair(w: GameWorld, faction: FactionId): number[] {
  const other = faction === Faction.squad ? Faction.lgf : Faction.squad;
  return unitsSorted(w, other).filter((e) => unitsSorted(w, faction).some((m) => canSeeUnit(w, m, e)));
}

function checkSide(w: GameWorld, faction: FactionId): number {
  const other = faction === Faction.squad ? Faction.lgf : Faction.squad;
  const witness = new Int32Array(256).fill(-7);
  const got = seenEnemies(w, faction, witness);
  expect(got).toEqual(seenByEveryPair(w, faction));
  expect(seenEnemies(w, faction)).toEqual(got);
  for (const e of unitsSorted(w, other)) {
    if (got.includes(e)) {
      expect(unitsSorted(w, faction)).toContain(witness[e]);
      expect(canSeeUnit(w, witness[e]!, e)).toBe(true);
    } else expect(witness[e], `witness of unseen ${e}`).toBe(-1);
  }
  // Only the other side's entries are written.
  for (const m of unitsSorted(w, faction)) expect(witness[m]).toBe(-7);
  return got.length;
}

describe(`seenEnemies against every pair (fast-check seed ${SEED})`, () => {
  it('finds exactly the enemies some unit sees, in uid order, each with a witness that sees it, before and after units move', () => {
    let seen = 0;
    let unseen = 0;
    fc.assert(
      fc.property(caseArb, fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (c, moves) => {
        const w = world(c.width, c.height, c.walls, c.squad, c.enemies);
        unitsSorted(w).forEach((eid, k) => {
          w.c.Stats.vision[eid] = c.visions[k]!;
        });
        for (const f of [Faction.squad, Faction.lgf]) {
          const n = checkSide(w, f);
          seen += n;
          unseen += unitsSorted(w, f === Faction.squad ? Faction.lgf : Faction.squad).length - n;
        }
        // Move a few units to free floor and ask again (the cells are reused per grid and slot).
        const all = unitsSorted(w);
        for (const r of moves) {
          const eid = all[r % all.length]!;
          const i = Math.floor(r / 7) % (w.grid.width * w.grid.height);
          if (w.grid.occupant[i] !== 0 || w.grid.terrain[i] === T.wall) continue;
          placeUnit(w, eid, i % w.grid.width, Math.floor(i / w.grid.width));
        }
        for (const f of [Faction.squad, Faction.lgf]) checkSide(w, f);
      }),
      { numRuns: 60, seed: SEED },
    );
    // Both answers are common (a generator that lost either would test little).
    expect(seen).toBeGreaterThan(150);
    expect(unseen).toBeGreaterThan(150);
  });

  it('sees an enemy at the edge of the longest vision on the side only through the unit that has it', () => {
    // s1 sees 3 tiles, s2 sees 10: e1 is 10 tiles east of s2 (seen), e2 11 (not seen).
    const w = world(
      30,
      20,
      [],
      [
        [0, 5],
        [2, 10],
      ],
      [
        [12, 10],
        [13, 10],
      ],
    );
    const [s1, s2] = unitsSorted(w, Faction.squad);
    const [e1, e2] = unitsSorted(w, Faction.lgf);
    w.c.Stats.vision[s1!] = 3;
    w.c.Stats.vision[s2!] = 10;
    const witness = new Int32Array(256).fill(-7);
    expect(seenEnemies(w, Faction.squad, witness)).toEqual([e1]);
    expect(witness[e1!]).toBe(s2);
    expect(witness[e2!]).toBe(-1);
  });

  it('sees an enemy one tile beyond its vision from the unit itself through its peek tile', () => {
    // S on (2,2) under the east end of a wall on row 1: its peek tile (3,2) sees v tiles east along
    // the row, so it sees E on (3 + v, 2), v + 1 tiles from S.
    for (const v of [1, 2, 3, 5, 8]) {
      const w = world(v + 7, 17, [1 * (v + 7), 1 * (v + 7) + 1, 1 * (v + 7) + 2], [[2, 2]], [[3 + v, 2]]);
      const [s] = unitsSorted(w, Faction.squad);
      const [e] = unitsSorted(w, Faction.lgf);
      w.c.Stats.vision[s!] = v;
      const witness = new Int32Array(256).fill(-7);
      expect(canSeeUnit(w, s!, e!), `vision ${v}`).toBe(true);
      expect(seenEnemies(w, Faction.squad, witness), `vision ${v}`).toEqual([e]);
      expect(witness[e!]).toBe(s);
      // One tile further: not seen.
      placeUnit(w, e!, 4 + v, 2);
      expect(seenEnemies(w, Faction.squad, witness), `vision ${v}`).toEqual([]);
      expect(witness[e!]).toBe(-1);
    }
  });
});

describe(`unitsNear against every unit (fast-check seed ${SEED})`, () => {
  it('lists exactly the units within the radius (dx² + dy² ≤ r² + r), appended to the list, counted', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(
          fc.tuple(
            fc.integer({ min: -20, max: 60 }),
            fc.integer({ min: -20, max: 60 }),
            fc.integer({ min: 0, max: 20 }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (c, queries) => {
          const w = world(c.width, c.height, [], c.squad, c.enemies);
          const { Position } = w.c;
          // Two lists in the same slot one after the other: the second must not see the first's units.
          const first = unitsSorted(w);
          unitCells(w, first, 0);
          const list = unitsSorted(w)
            .filter((_, k) => k % 3 !== 1)
            .reverse();
          const cells = unitCells(w, list, 0);
          for (const [x, y, r] of queries) {
            const out = [-1];
            const n = unitsNear(w, cells, x, y, r, out);
            const expected = list
              .map((u, k) => [u, k] as const)
              .filter(([u]) => (Position.x[u]! - x) ** 2 + (Position.y[u]! - y) ** 2 <= r * r + r)
              .map(([, k]) => k);
            expect(out[0]).toBe(-1);
            expect(n).toBe(out.length - 1);
            expect(
              out.slice(1).sort((a, b) => a - b),
              `${x},${y} r ${r}`,
            ).toEqual(expected);
          }
        },
      ),
      { numRuns: 100, seed: SEED },
    );
  });

  it('keeps each slot apart: a list sorted into slot 1 leaves slot 0 as it was', () => {
    const w = world(
      40,
      36,
      [],
      [
        [1, 1],
        [30, 30],
      ],
      [[20, 5]],
    );
    const squad = unitsSorted(w, Faction.squad);
    const lgf = unitsSorted(w, Faction.lgf);
    const a = unitCells(w, squad, 0);
    unitCells(w, lgf, 1);
    const out: number[] = [];
    expect(unitsNear(w, a, 30, 30, 2, out)).toBe(1);
    expect(a.units[out[0]!]).toBe(squad[1]);
    expect(unitsNear(w, a, 20, 5, 2, [])).toBe(0);
  });
});

describe('unitsNear on the edge', () => {
  it('finds a unit exactly radius rows away and at exactly r² + r, among more than 16 units in one cell', () => {
    // 20 units on rows 3 and 4 of one 16-tile cell (more than the cells' first buffer of 16).
    const squad: [number, number][] = Array.from({ length: 10 }, (_, k) => [k, 3]);
    const enemies: [number, number][] = Array.from({ length: 10 }, (_, k) => [k, 4]);
    const w = world(30, 20, [], squad, enemies);
    const all = unitsSorted(w);
    const cells = unitCells(w, all, 0);
    const near = (x: number, y: number, r: number) => {
      const out: number[] = [];
      unitsNear(w, cells, x, y, r, out);
      return out.map((k) => `${w.c.Position.x[all[k]!]},${w.c.Position.y[all[k]!]}`).sort();
    };
    // Every unit of the cell is listed for a radius covering them all.
    expect(near(5, 3, 12)).toHaveLength(20);
    // Straight above the topmost row, exactly r rows away: (2,3) only, dx² + dy² = 4 ≤ 6.
    expect(near(2, 1, 2)).toEqual(['1,3', '2,3', '3,3']);
    // Exactly on the bound r² + r: (9,4) from (10,5) is 1² + 1² = 2 = 1 + 1.
    expect(near(10, 5, 1)).toEqual(['9,4']);
  });
});
