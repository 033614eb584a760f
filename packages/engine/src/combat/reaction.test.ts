import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { T } from '../world/terrain';
import { add, has, placeUnit, unitById, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';
import { firingTile } from './firingTile';
import { planReaction, resolveReaction } from './reaction';
import { longestRange, readyArm } from './weapons';

/**
 * Reaction fire (combat/reaction.ts) against its rule written out: the first step of the path no
 * other unit stands on that at least one of the other side's overwatchers with a ready weapon can
 * fire at (combat/firingTile.ts: from its tile or a peek tile, within its vision and weapon range)
 * stops the move, and all of those fire, in uid order. Short random paths anywhere on the map and
 * watchers all around them, each with its own vision (1-14) and a weapon reaching 3, 4, 7 or 16
 * tiles, so the quick filter by the path's bounding box meets watchers level with the path, beside
 * it and at every distance. Fixed seed.
 */
const SEED = 1_812_028;

const WEAPONS = {
  snub: { name: 'Snub pistol', kind: 'pistol', damage: { min: 1, max: 1 }, ammo: 3, rangeMods: [{ upTo: 3, mod: 0 }] },
  sawnoff: {
    name: 'Sawn-off shotgun',
    kind: 'rifle',
    damage: { min: 1, max: 1 },
    ammo: 2,
    rangeMods: [
      { upTo: 2, mod: 10 },
      { upTo: 4, mod: 0 },
    ],
  },
  carbine: { name: 'Carbine', kind: 'rifle', damage: { min: 1, max: 2 }, ammo: 4, rangeMods: [{ upTo: 7, mod: 0 }] },
} as const;
const WEAPON_IDS = ['snub', 'sawnoff', 'carbine', 'thompson'] as const;

interface Case {
  width: number;
  height: number;
  walls: number[];
  units: number[];
  squadCount: number;
  visions: number[];
  weapons: number[];
  overwatch: boolean[];
  dry: boolean[];
  moverPick: number;
  steps: number[];
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  width: fc.integer({ min: 10, max: 34 }),
  height: fc.integer({ min: 6, max: 30 }),
  walls: fc.array(fc.nat(), { maxLength: 90 }),
  units: fc.array(fc.nat(), { minLength: 3, maxLength: 10 }),
  squadCount: fc.nat(),
  visions: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 10, maxLength: 10 }),
  weapons: fc.array(fc.nat({ max: 3 }), { minLength: 10, maxLength: 10 }),
  overwatch: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
  dry: fc.array(
    fc.nat({ max: 9 }).map((n) => n === 0),
    { minLength: 10, maxLength: 10 },
  ),
  moverPick: fc.nat(),
  steps: fc.array(fc.nat({ max: 7 }), { minLength: 1, maxLength: 14 }),
});

/** The world of a case: units on distinct tiles (squad first), walls, visions, weapons, overwatch. */
function build(c: Case): { w: GameWorld; mover: number; path: { x: number; y: number }[] } {
  const n = c.width * c.height;
  const at = [...new Set(c.units.map((u) => u % n))];
  while (at.length < 2) at.push((at[0]! + 1) % n);
  const squadCount = 1 + (c.squadCount % (at.length - 1));
  const rows = Array.from({ length: c.height }, (_, y) =>
    Array.from({ length: c.width }, (_, x) => {
      const k = at.indexOf(y * c.width + x);
      return k < 0 ? '.' : k < squadCount ? 'S' : 'E';
    }).join(''),
  );
  const w = createGame(tinyMap(rows, { weapons: WEAPONS as never }), 1);
  for (const i of c.walls) if (!at.includes(i % n)) w.grid.terrain[i % n] = T.wall;
  unitsSorted(w).forEach((eid, k) => {
    w.c.Stats.vision[eid] = c.visions[k]!;
    w.c.Weapon.id[eid] = WEAPON_IDS[c.weapons[k]!]!;
    w.c.Weapon.ammo[eid] = c.dry[k] ? 0 : 2;
    if (c.overwatch[k]) add(w, eid, 'Overwatch');
  });
  const all = unitsSorted(w);
  const mover = all[c.moverPick % all.length]!;
  // A walk in the eight directions from the mover's tile, staying on the map (walls and units included:
  // the plan looks only at who holds a tile and who sees it).
  const DX = [0, 1, 1, 1, 0, -1, -1, -1];
  const DY = [-1, -1, 0, 1, 1, 1, 0, -1];
  let x = w.c.Position.x[mover]!;
  let y = w.c.Position.y[mover]!;
  const path: { x: number; y: number }[] = [];
  for (const d of c.steps) {
    const nx = x + DX[d]!;
    const ny = y + DY[d]!;
    if (nx < 0 || ny < 0 || nx >= c.width || ny >= c.height) continue;
    x = nx;
    y = ny;
    path.push({ x, y });
  }
  return { w, mover, path };
}

/** The rule, every overwatcher checked at every step. */
function plainPlan(w: GameWorld, mover: number, path: { x: number; y: number }[]) {
  const g = w.grid;
  const other = w.c.Unit.faction[mover] === Faction.squad ? Faction.lgf : Faction.squad;
  for (let step = 0; step < path.length; step++) {
    const p = path[step]!;
    if (g.occupant[p.y * g.width + p.x] !== 0) continue;
    const watchers = unitsSorted(w, other).filter((u) => {
      const arm = has(w, u, 'Overwatch') ? readyArm(w, u) : undefined;
      if (!arm) return false;
      const { x, y } = { x: w.c.Position.x[u]!, y: w.c.Position.y[u]! };
      return firingTile(g, x, y, w.c.Stats.vision[u]!, longestRange(arm.weapon), p.x, p.y) >= 0;
    });
    if (watchers.length > 0) return { step, watchers };
  }
  return null;
}

describe(`planReaction against every overwatcher at every step (fast-check seed ${SEED})`, () => {
  it('stops the move where the rule says and names the same watchers, for short paths anywhere', () => {
    let stopped = 0;
    let free = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const { w, mover, path } = build(c);
        const want = plainPlan(w, mover, path);
        expect(planReaction(w, mover, path)).toEqual(want);
        if (want) stopped++;
        else if (path.length > 0) free++;
      }),
      { numRuns: 400, seed: SEED },
    );
    expect(stopped).toBeGreaterThan(60);
    expect(free).toBeGreaterThan(60);
  });
});

describe('resolveReaction', () => {
  /** s1 and s2 on overwatch with Thompsons at point-blank range of e1 (1 HP). */
  function ambush(seed: number) {
    const w = createGame(tinyMap(['S.S', '...', '.E.']), seed);
    const [s1, s2, e1] = [unitById(w, 's1')!, unitById(w, 's2')!, unitById(w, 'e1')!];
    for (const s of [s1, s2]) add(w, s, 'Overwatch');
    w.c.Health.hp[e1] = 1;
    return { w, s1, s2, e1 };
  }

  it('the watchers fire in the order given until the mover is dead; a watcher left over keeps its overwatch', () => {
    let killedFirst = 0;
    let bothFired = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const { w, s1, s2, e1 } = ambush(seed);
      const events = resolveReaction(w, e1, [s1, s2]);
      const fired = events.filter((e) => e.type === 'reaction_fire').map((e) => e.unit);
      const firstHit = events.some((e) => e.type === 'hit' && e.unit === 's1');
      expect(has(w, s1, 'Overwatch')).toBe(false);
      if (firstHit) {
        // Dead after the first shot: s2 does not fire at the body and stays on overwatch.
        killedFirst++;
        expect(fired).toEqual(['s1']);
        expect(events.filter((e) => e.type === 'unit_died').length).toBe(1);
        expect(has(w, s2, 'Overwatch')).toBe(true);
      } else {
        bothFired++;
        expect(fired).toEqual(['s1', 's2']);
        expect(has(w, s2, 'Overwatch')).toBe(false);
      }
    }
    expect(killedFirst).toBeGreaterThan(0);
    expect(bothFired).toBeGreaterThan(0);
  });

  it('a watcher with nothing ready loses its overwatch without firing; the next one fires', () => {
    const { w, s1, s2, e1 } = ambush(3);
    w.c.Weapon.ammo[s1] = 0;
    // No sidearm either (tinyMap's pilots carry none): nothing to fire.
    expect(has(w, s1, 'Sidearm')).toBe(false);
    expect(readyArm(w, s1)).toBeUndefined();
    const events = resolveReaction(w, e1, [s1, s2]);
    expect(events[0]).toEqual({ type: 'reaction_fire', unit: 's2', target: 'e1', at: { x: 1, y: 2 } });
    expect(events.filter((e) => e.type === 'reaction_fire').length).toBe(1);
    expect(has(w, s1, 'Overwatch')).toBe(false);
    expect(has(w, s2, 'Overwatch')).toBe(false);
  });

  it('a unit moved into the path of a watcher is stopped there and its position is where it is shot at', () => {
    const { w, s1, e1 } = ambush(5);
    placeUnit(w, e1, 0, 2);
    const events = resolveReaction(w, e1, [s1]);
    expect(events[0]).toEqual({ type: 'reaction_fire', unit: 's1', target: 'e1', at: { x: 0, y: 2 } });
  });
});
