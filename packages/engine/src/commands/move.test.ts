import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply, applyAs } from '../apply';
import type { GameEvent } from '../events/types';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { unitById } from '../world/units';
import { blockersFor, moveBudget, reachOneMove, reachThisTurn } from './move';

/** s1 on overwatch, then the LGF's e1 (10 mobility, 50 HP so the shots cannot stop it dead) moves to `to`: its move event. */
function watchedMove(rows: string[], to: { x: number; y: number }): Extract<GameEvent, { type: 'moved' }> {
  const w = createGame(tinyMap(rows), 5);
  const e = unitById(w, 'e1')!;
  w.c.Stats.mobility[e] = 10;
  w.c.Health.hp[e] = 50;
  w.c.Health.max[e] = 50;
  expect(apply(w, { type: 'overwatch', unit: 's1' }).ok).toBe(true);
  w.header.phase = 'enemy';
  const r = applyAs(w, { type: 'move', unit: 'e1', to }, Faction.lgf);
  return (r.ok ? r.events[0] : undefined) as Extract<GameEvent, { type: 'moved' }>;
}

describe('a move interrupted by overwatch', () => {
  // s1 watches from (0,0) (12 tiles of vision); e1 walks from (17,2) towards (9,0) across a column of
  // rubble at x = 14 (rough ground: double cost) and up two diagonal steps.
  const rows = ['S.............,...', '..............,...', '..............,..E', '##################'];

  it('costs the move points of the steps walked, diagonals 3 and rough ground double, not the plan’s', () => {
    const moved = watchedMove(rows, { x: 9, y: 0 });
    expect(moved.interrupted).toBe(true);
    expect(moved.path).toEqual([
      { x: 16, y: 2 },
      { x: 15, y: 2 },
      { x: 14, y: 2 }, // rubble: 2 × 2
      { x: 13, y: 1 }, // diagonal: 3
      { x: 12, y: 0 }, // diagonal: 3, the first tile the watcher sees
    ]);
    expect(moved.cost).toBe(2 + 2 + 4 + 3 + 3);
    // One move's worth (20 points) was planned: a move, not a dash, whatever the cut.
    expect([moved.dash, moved.apLeft]).toEqual([false, 1]);
  });
});

describe('a move north interrupted by overwatch', () => {
  it('counts straight steps along a column as straight (2 each)', () => {
    // s1 watches from (0,0); e1 walks up column 3 from (3,15).
    const rows = ['S....', ...Array.from({ length: 14 }, () => '.....'), '...E.'];
    const moved = watchedMove(rows, { x: 3, y: 6 });
    expect(moved.interrupted).toBe(true);
    expect(moved.path.every((p) => p.x === 3)).toBe(true);
    expect(moved.path.length).toBeLessThan(9);
    expect(moved.cost).toBe(2 * moved.path.length);
  });
});

describe('dash', () => {
  it('a move costing exactly the budget is one move, one point more is a dash', () => {
    const rows = ['S.........', 'S.........', '.........E'];
    const w = createGame(tinyMap(rows), 1);
    // Five straight steps: 10 move points, all of s1's budget.
    const r = apply(w, { type: 'move', unit: 's1', to: { x: 5, y: 0 } });
    expect(r.ok && r.events[0]).toMatchObject({ cost: 10, dash: false, apLeft: 1 });
    // Four straight steps and a diagonal: 11.
    const d = apply(w, { type: 'move', unit: 's2', to: { x: 5, y: 2 } });
    expect(d.ok && d.events[0]).toMatchObject({ cost: 11, dash: true, apLeft: 0 });
  });

  it('marks the unit as having dashed (a heavy weapon cannot fire after it); a single move does not', () => {
    const rows = ['S.........', 'S.........', '.........E'];
    const w = createGame(tinyMap(rows), 1);
    const s1 = unitById(w, 's1')!;
    const s2 = unitById(w, 's2')!;
    expect(apply(w, { type: 'move', unit: 's1', to: { x: 8, y: 0 } }).ok).toBe(true);
    expect(apply(w, { type: 'move', unit: 's2', to: { x: 3, y: 1 } }).ok).toBe(true);
    expect([w.c.Actions.dashed[s1], w.c.Actions.ap[s1]]).toEqual([1, 0]);
    expect([w.c.Actions.dashed[s2], w.c.Actions.ap[s2]]).toEqual([0, 1]);
  });
});

describe('what a unit can reach', () => {
  // s1 at (0,1), mobility 5: 10 move points a move; an enemy at (3,2).
  const rows = ['............', 'S...........', '...E........'];
  const reachable = (cost: Int32Array, width: number) => {
    const out: string[] = [];
    cost.forEach((c, i) => {
      if (c >= 0) out.push(`${i % width},${Math.floor(i / width)}`);
    });
    return out;
  };

  it('moveBudget is two move points per tile of mobility', () => {
    const w = createGame(tinyMap(rows), 1);
    const s = unitById(w, 's1')!;
    expect(moveBudget(w, s)).toBe(10);
    w.c.Stats.mobility[s] = 7;
    expect(moveBudget(w, s)).toBe(14);
  });

  it('reachThisTurn: up to a dash with two action points or more, one move with one, the start with none', () => {
    const w = createGame(tinyMap(rows), 1);
    const s = unitById(w, 's1')!;
    const at = (ap: number) => {
      w.c.Actions.ap[s] = ap;
      const { budget, reach } = reachThisTurn(w, s);
      expect(budget).toBe(10);
      return reach;
    };
    const two = at(2);
    expect(two.cost[1 * 12 + 10]).toBe(20); // (10,1): ten straight steps
    expect(two.cost[1 * 12 + 11]).toBe(-1); // beyond a dash
    expect(two.cost[2 * 12 + 3]).toBe(-1); // the enemy's tile
    expect(two.cost[2 * 12 + 4]).toBe(9); // (4,2): beside it, 3 straight steps and a diagonal
    expect(reachable(at(3).cost, 12)).toEqual(reachable(two.cost, 12));
    const one = at(1);
    expect(one.cost[1 * 12 + 5]).toBe(10);
    expect(one.cost[1 * 12 + 6]).toBe(-1);
    expect(reachable(at(0).cost, 12)).toEqual(['0,1']);
  });

  it('reachOneMove: one move even with two action points, nothing but the start with none', () => {
    const w = createGame(tinyMap(rows), 1);
    const s = unitById(w, 's1')!;
    const tiles = (ap: number) => {
      w.c.Actions.ap[s] = ap;
      const { budget, reach } = reachOneMove(w, s);
      expect(budget).toBe(10);
      const out = new Map<number, number>();
      for (let k = 0; k < reach.count; k++) out.set(reach.tiles[k]!, reach.costs[k]!);
      return out;
    };
    const two = tiles(2);
    expect(two.get(1 * 12 + 5)).toBe(10);
    expect(two.has(1 * 12 + 6)).toBe(false);
    expect(two.has(2 * 12 + 3)).toBe(false); // the enemy's tile
    expect([...tiles(0)]).toEqual([[1 * 12 + 0, 0]]);
  });

  it('blockersFor is the other side’s tiles, as a copy the caller may change', () => {
    const w = createGame(tinyMap(rows), 1);
    const b = blockersFor(w, Faction.squad);
    expect([...b.keys()].filter((i) => b[i])).toEqual([2 * 12 + 3]);
    const l = blockersFor(w, Faction.lgf);
    expect([...l.keys()].filter((i) => l[i])).toEqual([1 * 12 + 0]);
    b[5] = 1;
    expect(blockersFor(w, Faction.squad)[5]).toBe(0);
  });
});
