import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import type { GameEvent } from '../events/types';
import { hashWorld } from '../hash/hashWorld';
import { deserializeGame, serializeGame } from '../save/serialize';
import { createGame } from '../setup/createGame';
import { idx } from '../world/grid';
import { T } from '../world/terrain';
import { has, unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { openBreaches } from './breaches';
import { pendingStrikes } from './strikes';

const types = (events: GameEvent[]) => events.map((e) => e.type);
function endTurn(w: GameWorld): GameEvent[] {
  const r = apply(w, { type: 'end_turn' });
  if (!r.ok) throw new Error(r.rejection.message);
  return r.events;
}
const terrain = (w: GameWorld, x: number, y: number) => w.grid.terrain[idx(w.grid, x, y)];

describe('bombardment', () => {
  // A wall at (4,2) with units around it; the strike lands on turn 2 at (4,2), radius 1.
  const rows = [
    '.........', //
    '....S....',
    '....#S...',
    '.........',
    '........S',
  ];
  const strike = { turn: 2, x: 4, y: 2, radius: 1, damage: 6 };

  it('is telegraphed in the environment phase before it lands, with its tiles', () => {
    const w = createGame(tinyMap(rows, { strikes: [strike] }), 1);
    expect(pendingStrikes(w)).toEqual([]);
    const events = endTurn(w);
    const warn = events.find((e) => e.type === 'strike_warned');
    expect(warn).toMatchObject({ turn: 2, x: 4, y: 2, radius: 1, damage: 6 });
    expect(warn?.type === 'strike_warned' && warn.tiles).toHaveLength(9);
    expect(pendingStrikes(w)).toEqual([strike]);
  });

  it('collapses a wall into rubble, throws debris, wounds and kills, and raises dust that settles', () => {
    const map = tinyMap(rows, { strikes: [strike] });
    const w = createGame(map, 1);
    endTurn(w);
    const before = { s1: w.c.Health.hp[unitById(w, 's1')!]!, s2: w.c.Health.hp[unitById(w, 's2')!]! };
    const events = endTurn(w);
    expect(terrain(w, 4, 2)).toBe(T.rubble);
    expect(types(events)).toContain('wall_collapsed');
    // s1 (4,1) and s2 (5,2) are next to the wall (debris 4) and in the blast (half of 6 = 3): 6 HP each, both die in the blast.
    expect(events.filter((e) => e.type === 'debris').map((e) => e.type === 'debris' && e.unit)).toEqual(['s1', 's2']);
    expect(before).toEqual({ s1: 6, s2: 6 });
    expect(
      events.filter((e) => e.type === 'unit_died').map((e) => e.type === 'unit_died' && [e.unit, e.cause]),
    ).toEqual([
      ['s1', 'blast'],
      ['s2', 'blast'],
    ]);
    expect(unitById(w, 's1')).toBeUndefined();
    // Dust over the blast and one tile around it, for two turns.
    expect(w.grid.dust[idx(w.grid, 4, 2)]).toBe(2);
    expect(w.grid.dust[idx(w.grid, 6, 2)]).toBe(2);
    // The count of dusty tiles (what lets a shot skip looking for dust) follows the dust.
    const dusty = () => w.grid.dust.reduce((n, d) => n + (d > 0 ? 1 : 0), 0);
    expect(dusty()).toBeGreaterThan(0);
    expect(w.grid.dusty).toBe(dusty());
    const loaded = deserializeGame(JSON.parse(JSON.stringify(serializeGame(w))));
    expect(loaded.ok && loaded.world.grid.dusty).toBe(dusty());
    endTurn(w);
    expect(w.grid.dust[idx(w.grid, 4, 2)]).toBe(1);
    expect(w.grid.dusty).toBe(dusty());
    endTurn(w);
    expect(w.grid.dust[idx(w.grid, 4, 2)]).toBe(0);
    expect(w.grid.dusty).toBe(0);
  });

  it('kills with debris alone: a collapsing wall can kill', () => {
    const map = tinyMap(rows, { strikes: [{ turn: 1, x: 4, y: 2, radius: 0, damage: 6 }] });
    map.squad[0]!.hp = 4;
    const w = createGame(map, 1);
    const events = endTurn(w);
    expect(events).toContainEqual({ type: 'unit_died', unit: 's1', faction: 'squad', x: 4, y: 1, cause: 'debris' });
    expect(events).toContainEqual({ type: 'unit_damaged', unit: 's2', amount: 4, hp: 2, cause: 'debris' });
  });

  it('wounds a unit in the blast with splinters that bleed every turn', () => {
    const w = createGame(tinyMap(rows, { strikes: [{ turn: 1, x: 8, y: 3, radius: 1, damage: 2 }] }), 1);
    const s3 = unitById(w, 's3')!;
    const events = endTurn(w);
    expect(events).toContainEqual({ type: 'unit_damaged', unit: 's3', amount: 1, hp: 5, cause: 'blast' });
    expect(events).toContainEqual({ type: 'bleeding_started', unit: 's3', perTurn: 1 });
    expect(has(w, s3, 'Bleeding')).toBe(true);
    const next = endTurn(w);
    expect(next).toContainEqual({ type: 'unit_damaged', unit: 's3', amount: 1, hp: 4, cause: 'bleeding' });
  });

  it('only damages a wall that is stronger than the blast', () => {
    const w = createGame(tinyMap(rows, { strikes: [{ turn: 1, x: 4, y: 2, radius: 0, damage: 2 }] }), 1);
    const events = endTurn(w);
    expect(events).toContainEqual({ type: 'wall_damaged', x: 4, y: 2, hp: 4 });
    expect(terrain(w, 4, 2)).toBe(T.wall);
  });
});

describe('breaches', () => {
  // Inside (deck) above the hull row, outside below. A pre-placed breach at (2,2).
  const rows = [
    '_____', //
    '__S__',
    'HHHHH',
    '.S...',
    '..S..',
  ];
  const make = (extra = {}) => {
    const map = tinyMap(rows, { breaches: [{ x: 2, y: 2 }], sealTurns: 2, ...extra });
    map.squad[2]!.traits = ['boost'];
    map.squad[0]!.traits = ['haul'];
    map.squad[1]!.sidearm = 'webley';
    map.squad[1]!.pack = { medkits: 1 };
    return createGame(map, 1);
  };

  it('costs 2 AP to climb alone, 1 when boosted, 0 when boosted by a strong ally', () => {
    const w = make();
    const r = apply(w, { type: 'climb', unit: 's2', to: { x: 2, y: 2 } });
    expect(r.ok && r.events[0]).toMatchObject({ type: 'climbed', ap: 2, apLeft: 0 });
    const w2 = make();
    expect(apply(w2, { type: 'boost', unit: 's3', target: 's2' })).toMatchObject({ ok: true });
    expect(apply(w2, { type: 'climb', unit: 's2', to: { x: 2, y: 2 } })).toMatchObject({
      ok: true,
      events: [{ type: 'climbed', ap: 0, apLeft: 2 }],
    });
    const w3 = make();
    expect(apply(w3, { type: 'pull', unit: 's1', target: 's2' })).toMatchObject({ ok: true });
    expect(apply(w3, { type: 'climb', unit: 's2', to: { x: 2, y: 2 } })).toMatchObject({
      ok: true,
      events: [{ type: 'climbed', ap: 1, apLeft: 1 }],
    });
    // From the lip, a normal move goes inside.
    expect(apply(w3, { type: 'move', unit: 's2', to: { x: 2, y: 0 } })).toMatchObject({ ok: true });
  });

  it('refuses bad breach commands without changing anything', () => {
    const w = make();
    const hash = hashWorld(w);
    const bad = [
      [{ type: 'climb', unit: 's2', to: { x: 0, y: 2 } }, 'no_breach'],
      [{ type: 'climb', unit: 's2', to: { x: 3, y: 2 } }, 'no_breach'],
      [{ type: 'pull', unit: 's3', target: 's2' }, 'not_inside'],
      [{ type: 'boost', unit: 's2', target: 's2' }, 'invalid_command'],
      [{ type: 'interact', unit: 's2' }, 'nothing_to_interact'],
    ] as const;
    for (const [cmd, code] of bad) {
      const r = apply(w, cmd);
      expect(!r.ok && r.rejection.code, JSON.stringify(cmd)).toBe(code);
    }
    expect(hashWorld(w)).toBe(hash);
  });

  it('vents a turn before it seals, hauls in a pulled unit (losing pack and primary weapon)', () => {
    const w = make();
    apply(w, { type: 'climb', unit: 's2', to: { x: 2, y: 2 } });
    const first = endTurn(w);
    expect(first).toContainEqual({ type: 'breach_venting', x: 2, y: 2, sealsIn: 1 });
    apply(w, { type: 'pull', unit: 's1', target: 's2' });
    const sealing = endTurn(w);
    expect(sealing).toContainEqual({
      type: 'unit_hauled',
      unit: 's2',
      by: 's1',
      from: { x: 2, y: 2 },
      to: { x: 3, y: 1 },
      lost: ['pack', 'thompson'],
    });
    expect(sealing).toContainEqual({ type: 'breach_sealed', x: 2, y: 2 });
    const s2 = unitById(w, 's2')!;
    expect(w.c.Weapon.id[s2]).toBe('webley');
    expect(has(w, s2, 'Pack')).toBe(false);
    expect(terrain(w, 2, 2)).toBe(T.hull);
    expect(openBreaches(w)).toEqual([]);
  });

  it('hauls only when the puller has the haul trait: a pull by anyone else eases the climb but cannot beat the seal', () => {
    const w = make();
    w.c.Traits.haul[unitById(w, 's1')!] = 0;
    apply(w, { type: 'climb', unit: 's2', to: { x: 2, y: 2 } });
    endTurn(w);
    expect(apply(w, { type: 'pull', unit: 's1', target: 's2' })).toMatchObject({ ok: true });
    const sealing = endTurn(w);
    expect(sealing.some((e) => e.type === 'unit_hauled')).toBe(false);
    expect(sealing).toContainEqual({
      type: 'unit_crushed',
      unit: 's2',
      from: { x: 2, y: 2 },
      to: { x: 2, y: 3 },
      damage: 5,
    });
  });

  it('crushes a unit nobody pulls and pushes it back out', () => {
    const w = make();
    apply(w, { type: 'climb', unit: 's2', to: { x: 2, y: 2 } });
    endTurn(w);
    const sealing = endTurn(w);
    expect(sealing).toContainEqual({
      type: 'unit_crushed',
      unit: 's2',
      from: { x: 2, y: 2 },
      to: { x: 2, y: 3 },
      damage: 5,
    });
    const s2 = unitById(w, 's2')!;
    expect([w.c.Position.x[s2], w.c.Position.y[s2], w.c.Health.hp[s2]]).toEqual([2, 3, 1]);
  });

  it('tears a breach where a strike hits breachable hull, open for sealTurns player turns', () => {
    const w = make({ breaches: [], strikes: [{ turn: 1, x: 0, y: 2, radius: 0, damage: 5 }] });
    const events = endTurn(w);
    expect(events).toContainEqual({ type: 'breach_opened', x: 0, y: 2, sealsIn: 2 });
    expect(terrain(w, 0, 2)).toBe(T.breach);
    expect(types(endTurn(w))).toContain('breach_venting');
    expect(types(endTurn(w))).toContain('breach_sealed');
  });

  it('leaves hull outside the breachable areas closed', () => {
    const w = make({
      breaches: [],
      breachable: [{ x: 3, y: 2, w: 2, h: 1 }],
      strikes: [{ turn: 1, x: 0, y: 2, radius: 0, damage: 5 }],
    });
    expect(types(endTurn(w))).not.toContain('breach_opened');
    expect(terrain(w, 0, 2)).toBe(T.hull);
  });
});

describe('the cell', () => {
  it('is opened from next to it and wins the game', () => {
    const map = tinyMap(['_S_C_'], {
      objective: { kind: 'cell', x: 3, y: 0 },
      legend: { _: 'deck', C: 'cell', '.': 'ground' },
    });
    const w = createGame(map, 1);
    expect(apply(w, { type: 'interact', unit: 's1' })).toMatchObject({
      ok: false,
      rejection: { code: 'not_adjacent' },
    });
    apply(w, { type: 'move', unit: 's1', to: { x: 2, y: 0 } });
    expect(apply(w, { type: 'interact', unit: 's1' })).toMatchObject({
      ok: true,
      events: [{ type: 'cell_opened' }, { type: 'game_over', outcome: 'victory' }],
    });
    expect(w.header.outcome).toBe('victory');
  });
});
