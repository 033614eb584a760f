import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import type { GameEvent } from '../events/types';
import { createGame } from '../setup/createGame';
import { has, placeUnit, unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { breachNextTo, climbCost } from './breach';
import type { Command } from './types';

function run(w: GameWorld, cmd: Command): GameEvent[] {
  const r = apply(w, cmd);
  if (!r.ok) throw new Error(`${cmd.type}: ${r.rejection.message}`);
  return r.events;
}
const code = (w: GameWorld, cmd: Command) => {
  const r = apply(w, cmd);
  return r.ok ? 'ok' : r.rejection.code;
};
const at = (w: GameWorld, id: string) => {
  const e = unitById(w, id)!;
  return [w.c.Position.x[e], w.c.Position.y[e]];
};
const ap = (w: GameWorld, id: string) => w.c.Actions.ap[unitById(w, id)!];

// A 7×6 ship: deck (inside) on rows 0-2, hull on row 3 with breaches at (1,3) and (5,3), ground (outside) below.
const rows = [
  '_______', //
  '_______',
  '_______',
  'HHHHHHH',
  '.......',
  '.......',
];
/** A world with the given squad units placed at the given tiles (Pilot 1..n, ids s1..sn). */
function world(units: [number, number][], traits: Record<number, ('boost' | 'haul')[]> = {}) {
  const squad = units.map(([x, y0], i) => ({
    id: `s${i + 1}`,
    name: `Pilot ${i + 1}`,
    hp: 6,
    aim: 70,
    mobility: 5,
    weapon: 'thompson',
    traits: traits[i] ?? [],
    x,
    y: y0 === 3 ? 4 + (i % 2) : y0,
  }));
  const map = tinyMap(rows, {
    squad,
    breaches: [
      { x: 1, y: 3 },
      { x: 5, y: 3 },
    ],
    sealTurns: 3,
  });
  const w = createGame(map, 1);
  // A unit may stand in a breach (after a climb), never start there: placed afterwards.
  units.forEach(([x, y], i) => {
    if (y === 3) placeUnit(w, unitById(w, `s${i + 1}`)!, x, y);
  });
  return w;
}

describe('climb', () => {
  it('climbs from any of the 8 tiles around a breach onto it, for 2 AP alone', () => {
    for (const [x, y] of [
      [0, 4],
      [1, 4],
      [2, 4],
      [0, 2],
      [2, 2],
      [1, 2],
    ] as [number, number][]) {
      const w = world([[x, y]]);
      const ev = run(w, { type: 'climb', unit: 's1', to: { x: 1, y: 3 } });
      expect(ev[0], `${x},${y}`).toEqual({
        type: 'climbed',
        unit: 's1',
        from: { x, y },
        to: { x: 1, y: 3 },
        ap: 2,
        apLeft: 0,
      });
      expect(at(w, 's1')).toEqual([1, 3]);
    }
  });

  it('refuses a breach two tiles off in either direction, or a knight’s move away', () => {
    for (const [x, y] of [
      [1, 5],
      [3, 4],
      [2, 5],
      [0, 5],
      [3, 2],
      [1, 1],
    ] as [number, number][]) {
      const w = world([[x, y]]);
      expect(code(w, { type: 'climb', unit: 's1', to: { x: 1, y: 3 } }), `${x},${y}`).toBe('not_adjacent');
      expect(at(w, 's1')).toEqual([x, y]);
    }
  });

  it('costs what climbCost says: 2 alone, 1 pulled or boosted, 0 boosted by a strong ally', () => {
    const w = world([
      [1, 4],
      [2, 4],
      [1, 2],
    ]);
    const s1 = unitById(w, 's1')!;
    expect(climbCost(w, s1)).toBe(2);
    run(w, { type: 'pull', unit: 's3', target: 's1' });
    expect(climbCost(w, s1)).toBe(1);
    const v = world(
      [
        [1, 4],
        [2, 4],
      ],
      { 1: ['boost'] },
    );
    const b = run(v, { type: 'boost', unit: 's2', target: 's1' });
    expect(b).toEqual([{ type: 'boosted', unit: 's2', target: 's1', free: true, apLeft: 1 }]);
    expect(climbCost(v, unitById(v, 's1')!)).toBe(0);
    expect(run(v, { type: 'climb', unit: 's1', to: { x: 1, y: 3 } })[0]).toMatchObject({ ap: 0, apLeft: 2 });
  });

  it('needs the action points it costs, but at least one even when free', () => {
    const v = world(
      [
        [1, 4],
        [2, 4],
      ],
      { 1: ['boost'] },
    );
    run(v, { type: 'boost', unit: 's2', target: 's1' });
    v.c.Actions.ap[unitById(v, 's1')!] = 0;
    expect(code(v, { type: 'climb', unit: 's1', to: { x: 1, y: 3 } })).toBe('no_action_points');
    const w = world([[1, 4]]);
    w.c.Actions.ap[unitById(w, 's1')!] = 1;
    expect(code(w, { type: 'climb', unit: 's1', to: { x: 1, y: 3 } })).toBe('no_action_points');
    w.c.Actions.ap[unitById(w, 's1')!] = 2;
    expect(code(w, { type: 'climb', unit: 's1', to: { x: 1, y: 3 } })).toBe('ok');
  });
});

describe('boost', () => {
  it('is given by an adjacent ally (diagonals too) to a unit next to a breach, for 1 AP; not free without the trait', () => {
    for (const [x, y] of [
      [0, 5],
      [2, 5],
      [0, 4],
      [2, 4],
    ] as [number, number][]) {
      const w = world([
        [1, 4],
        [x, y],
      ]);
      const ev = run(w, { type: 'boost', unit: 's2', target: 's1' });
      expect(ev, `${x},${y}`).toEqual([{ type: 'boosted', unit: 's2', target: 's1', free: false, apLeft: 1 }]);
      expect(has(w, unitById(w, 's1')!, 'Boosted')).toBe(true);
      expect(w.c.Boosted.free[unitById(w, 's1')!]).toBe(0);
      expect(climbCost(w, unitById(w, 's1')!)).toBe(1);
    }
  });

  it('refuses from two tiles away or a knight’s move, and a target with no breach beside it', () => {
    for (const [x, y] of [
      [3, 4],
      [3, 5],
      [1, 2],
      [0, 2],
    ] as [number, number][]) {
      const w = world([
        [1, 4],
        [x, y],
      ]);
      expect(code(w, { type: 'boost', unit: 's2', target: 's1' }), `${x},${y}`).toBe('not_adjacent');
    }
    // s1 at (3,5) is two rows below the hull; s2 at (2,4) is next to the breach at (1,3).
    const w = world([
      [3, 5],
      [2, 4],
    ]);
    expect(code(w, { type: 'boost', unit: 's1', target: 's2' })).toBe('ok');
    expect(code(w, { type: 'boost', unit: 's2', target: 's1' })).toBe('no_breach');
  });
});

describe('breachNextTo', () => {
  it('finds an open breach among the 8 neighbours, in row order, and none beyond them', () => {
    const w = world([[3, 5]]);
    expect(breachNextTo(w, 0, 4)).toEqual({ x: 1, y: 3 });
    expect(breachNextTo(w, 2, 2)).toEqual({ x: 1, y: 3 });
    expect(breachNextTo(w, 6, 4)).toEqual({ x: 5, y: 3 });
    expect(breachNextTo(w, 4, 2)).toEqual({ x: 5, y: 3 });
    expect(breachNextTo(w, 3, 4)).toBeNull();
    expect(breachNextTo(w, 1, 5)).toBeNull();
    // Standing on a breach is not standing next to one.
    expect(breachNextTo(w, 1, 3)).toBeNull();
    // (3,3) is hull two tiles from each breach.
    expect(breachNextTo(w, 3, 3)).toBeNull();
  });
});

describe('pull', () => {
  it('reaches a unit standing in a breach next to the puller', () => {
    const w = world([
      [1, 3],
      [2, 2],
    ]);
    expect(run(w, { type: 'pull', unit: 's2', target: 's1' })).toEqual([
      { type: 'pulled', unit: 's2', target: 's1', apLeft: 1 },
    ]);
    const s1 = unitById(w, 's1')!;
    expect(has(w, s1, 'Pulled')).toBe(true);
    expect(w.c.Pulled.by[s1]).toBe('s2');
    expect(ap(w, 's2')).toBe(1);
  });

  it('reaches through a breach next to the puller for a unit next to that breach outside', () => {
    for (const [tx, ty] of [
      [0, 4],
      [1, 4],
      [2, 4],
    ] as [number, number][]) {
      const w = world([
        [tx, ty],
        [1, 2],
      ]);
      expect(code(w, { type: 'pull', unit: 's2', target: 's1' }), `${tx},${ty}`).toBe('ok');
    }
  });

  it('cannot reach a unit next to a breach the puller is not next to, nor one two tiles from every breach', () => {
    const cases: [[number, number], [number, number]][] = [
      [
        [1, 4],
        [3, 2],
      ], // the breach (1,3) is two tiles from the puller
      [
        [1, 5],
        [1, 2],
      ], // the target is two tiles below the breach
      [
        [1, 3],
        [3, 2],
      ], // in the breach, but the puller is two tiles off
      [
        [5, 4],
        [1, 2],
      ], // next to the other breach
    ];
    for (const [t, p] of cases) {
      const w = world([t, p]);
      expect(code(w, { type: 'pull', unit: 's2', target: 's1' }), JSON.stringify([t, p])).toBe('not_adjacent');
    }
  });

  it('reaches through a breach below and beside the target (a vertical hull)', () => {
    // Hull at x = 2, inside to the west; the breach (2,2) is one row below and one column left of the target.
    const v = (units: [number, number][]) => {
      const squad = units.map(([x, y], i) => ({
        id: `s${i + 1}`,
        name: `P${i + 1}`,
        hp: 6,
        aim: 70,
        mobility: 5,
        weapon: 'thompson',
        x,
        y,
      }));
      return createGame(
        tinyMap(['__H..', '__H..', '__H..', '__H..', '__H..'], { squad, breaches: [{ x: 2, y: 2 }], sealTurns: 3 }),
        1,
      );
    };
    const w = v([
      [3, 1],
      [1, 2],
    ]);
    expect(code(w, { type: 'pull', unit: 's2', target: 's1' })).toBe('ok');
  });

  it('only from inside the ship', () => {
    const w = world([
      [1, 4],
      [0, 4],
    ]);
    expect(code(w, { type: 'pull', unit: 's2', target: 's1' })).toBe('not_inside');
  });
});

describe('interact', () => {
  const cellMap = (extra = {}) =>
    tinyMap(['S__C_', '_____'], {
      objective: { kind: 'cell', x: 3, y: 0 },
      legend: { _: 'deck', C: 'cell', '.': 'ground' },
      ...extra,
    });

  it('opens the cell from next to it (diagonals too) for 1 AP: with no captive the squad wins', () => {
    for (const [x, y] of [
      [2, 0],
      [2, 1],
      [4, 1],
      [3, 1],
    ] as [number, number][]) {
      const w = createGame(cellMap(), 1);
      placeUnit(w, unitById(w, 's1')!, x, y);
      const ev = run(w, { type: 'interact', unit: 's1' });
      expect(ev.slice(0, 2), `${x},${y}`).toEqual([
        { type: 'cell_opened', unit: 's1', x: 3, y: 0 },
        { type: 'game_over', outcome: 'victory', reason: 'objective', turn: 1 },
      ]);
      expect(w.header).toMatchObject({ outcome: 'victory', reason: 'objective' });
      expect(ap(w, 's1')).toBe(1);
    }
  });

  it('opens a cell on a lower row from beside it', () => {
    const w = createGame(
      tinyMap(['_____', '_S_C_', '_____'], {
        objective: { kind: 'cell', x: 3, y: 1 },
        legend: { _: 'deck', C: 'cell', '.': 'ground' },
      }),
      1,
    );
    placeUnit(w, unitById(w, 's1')!, 2, 1);
    expect(code(w, { type: 'interact', unit: 's1' })).toBe('ok');
  });

  it('from two tiles off it refuses, in either direction', () => {
    for (const [x, y] of [
      [1, 0],
      [1, 1],
    ] as [number, number][]) {
      const w = createGame(cellMap(), 1);
      placeUnit(w, unitById(w, 's1')!, x, y);
      expect(code(w, { type: 'interact', unit: 's1' })).toBe('not_adjacent');
    }
    const tall = createGame(
      tinyMap(['___C_', '_____', '___S_'], {
        objective: { kind: 'cell', x: 3, y: 0 },
        legend: { _: 'deck', C: 'cell', '.': 'ground' },
      }),
      1,
    );
    expect(code(tall, { type: 'interact', unit: 's1' })).toBe('not_adjacent');
  });

  it('with a captive: frees her, spends the AP, and the game goes on', () => {
    const tara = { id: 'tara', name: 'Tara', hp: 4, aim: 55, mobility: 5, extraction: [{ x: 0, y: 1 }] };
    const w = createGame(cellMap({ captive: tara }), 1);
    placeUnit(w, unitById(w, 's1')!, 2, 0);
    const ev = run(w, { type: 'interact', unit: 's1' });
    expect(ev[0]).toEqual({ type: 'cell_opened', unit: 's1', x: 3, y: 0 });
    expect(ev.map((e) => e.type)).toContain('captive_freed');
    expect(ev.map((e) => e.type)).not.toContain('game_over');
    expect(w.header.outcome).toBe('ongoing');
    expect(ap(w, 's1')).toBe(1);
  });
});
