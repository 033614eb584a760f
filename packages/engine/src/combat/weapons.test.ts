import type { Weapon } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { add, unitById } from '../world/units';
import { coverSidesOnGrid, hasAnyCover } from './cover';
import { armOf, longestRange, rangeMod, readyArm } from './weapons';

/** Weapons in hand (combat/weapons.ts) and cover on the sides of a tile (combat/cover.ts), on tiny worlds. */
const weapon = (rangeMods: { upTo: number; mod: number }[]): Weapon =>
  ({ name: 'Test gun', kind: 'rifle', damage: { min: 1, max: 1 }, ammo: 2, rangeMods, crit: 0 }) as Weapon;

describe('range bands', () => {
  it('rangeMod is the first band whose upTo reaches the distance, null beyond every band; longestRange the largest upTo in any order', () => {
    const bands = weapon([
      { upTo: 2, mod: 20 },
      { upTo: 5, mod: 10 },
      { upTo: 9, mod: -15 },
    ]);
    expect([0, 1, 2, 3, 5, 6, 9, 10].map((d) => rangeMod(bands, d))).toEqual([20, 20, 20, 10, 10, -15, -15, null]);
    expect(longestRange(bands)).toBe(9);
    // Bands out of order: the first that reaches wins, and the reach is still the largest upTo.
    const unordered = weapon([
      { upTo: 6, mod: 5 },
      { upTo: 11, mod: -30 },
      { upTo: 3, mod: 40 },
    ]);
    expect([2, 6, 7, 11, 12].map((d) => rangeMod(unordered, d))).toEqual([5, 5, -30, -30, null]);
    expect(longestRange(unordered)).toBe(11);
    expect(longestRange(weapon([]))).toBe(0);
  });
});

describe('arms', () => {
  const make = () => {
    const map = tinyMap(['S.S', '...', '..E']);
    // s1 carries a Webley as sidearm; s2 none.
    return createGame({ ...map, squad: map.squad.map((u, k) => (k === 0 ? { ...u, sidearm: 'webley' } : u)) }, 1);
  };

  it('the primary while it has a shot left (or never runs dry), else the sidearm, else nothing', () => {
    const w = make();
    const [s1, s2] = [unitById(w, 's1')!, unitById(w, 's2')!];
    expect(armOf(w, s1)).toMatchObject({ id: 'thompson', sidearm: false, ammo: w.c.Weapon.ammo[s1] });
    expect(armOf(w, s1, true)).toMatchObject({ id: 'webley', sidearm: true, ammo: -1 });
    expect(armOf(w, s2, true)).toBeUndefined();
    expect(readyArm(w, s1)?.id).toBe('thompson');
    w.c.Weapon.ammo[s1] = 0;
    w.c.Weapon.ammo[s2] = 0;
    expect(readyArm(w, s1)).toMatchObject({ id: 'webley', sidearm: true });
    expect(readyArm(w, s2)).toBeUndefined();
    // A primary that never runs dry (-1) is always ready.
    w.c.Weapon.ammo[s2] = -1;
    expect(readyArm(w, s2)).toMatchObject({ id: 'thompson', ammo: -1 });
    // A weapon id the scenario does not know is no weapon.
    w.c.Sidearm.id[s1] = 'nothing-here';
    expect(armOf(w, s1, true)).toBeUndefined();
    w.c.Weapon.id[s2] = 'nothing-here';
    expect(armOf(w, s2)).toBeUndefined();
  });

  it('a unit without the Weapon component has no primary, one with a Sidearm component has that', () => {
    const w = make();
    const s2 = unitById(w, 's2')!;
    add(w, s2, 'Sidearm');
    w.c.Sidearm.id[s2] = 'webley';
    expect(armOf(w, s2, true)?.id).toBe('webley');
    const e1 = unitById(w, 'e1')!;
    expect(armOf(w, e1)?.sidearm).toBe(false);
  });
});

describe('cover on the sides of a tile', () => {
  it('each side is the cover of its neighbour; beyond the map edge there is none; any side is enough to hunker', () => {
    const w = createGame(tinyMap(['S#.', ',..', '..E']), 1);
    const g = w.grid;
    expect(coverSidesOnGrid(g, 0, 0)).toEqual({ n: 0, e: 2, s: 1, w: 0 });
    expect(coverSidesOnGrid(g, 2, 2)).toEqual({ n: 0, e: 0, s: 0, w: 0 });
    expect(coverSidesOnGrid(g, 1, 1)).toEqual({ n: 2, e: 0, s: 0, w: 1 });
    expect(coverSidesOnGrid(g, 2, 0)).toEqual({ n: 0, e: 0, s: 0, w: 2 });
    expect(coverSidesOnGrid(g, 0, 2)).toEqual({ n: 1, e: 0, s: 0, w: 0 });
    // One side each: north, east, south, west; none.
    expect(hasAnyCover(g, 1, 1)).toBe(true);
    expect(hasAnyCover(g, 0, 0)).toBe(true);
    expect(hasAnyCover(g, 2, 0)).toBe(true);
    expect(hasAnyCover(g, 0, 2)).toBe(true);
    expect(hasAnyCover(g, 1, 2)).toBe(false);
    expect(hasAnyCover(g, 2, 2)).toBe(false);
    const s = createGame(tinyMap(['S..', '...', '.,E']), 1).grid;
    expect(hasAnyCover(s, 1, 1)).toBe(true); // south only
    expect(hasAnyCover(s, 2, 1)).toBe(false);
    expect(hasAnyCover(s, 0, 2)).toBe(true); // east only
  });
});
