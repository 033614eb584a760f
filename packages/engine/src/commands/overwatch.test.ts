import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply, applyAs } from '../apply';
import type { GameEvent } from '../events/types';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { has, unitById } from '../world/units';

// s1 watches the corridor from (0,0) with 12 tiles of vision; e1 walks west along row 0 from (17,0).
const corridor = ['S................E', '..................', '##################'];

function watched() {
  const w = createGame(tinyMap(corridor), 5);
  const e = unitById(w, 'e1')!;
  w.c.Stats.mobility[e] = 10; // a long move: 20 move points
  w.c.Health.hp[e] = 50;
  w.c.Health.max[e] = 50;
  const ow = apply(w, { type: 'overwatch', unit: 's1' });
  expect(ow.ok && ow.events).toEqual([{ type: 'overwatch_set', unit: 's1', weapon: 'thompson', apLeft: 0 }]);
  w.header.phase = 'enemy';
  return w;
}

describe('overwatch', () => {
  it('interrupts a move at the first tile the watcher sees, and fires a reaction shot (×0.7, no crit)', () => {
    const w = watched();
    const r = applyAs(w, { type: 'move', unit: 'e1', to: { x: 8, y: 0 } }, Faction.lgf);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const moved = r.events[0] as Extract<GameEvent, { type: 'moved' }>;
    // (12,0) is the first step within 12 tiles of (0,0).
    expect(moved.path.at(-1)).toEqual({ x: 12, y: 0 });
    expect(moved.path.map((p) => p.x)).toEqual([16, 15, 14, 13, 12]);
    expect(moved.interrupted).toBe(true);
    expect(moved.cost).toBe(10);
    expect(moved.apLeft).toBe(1);
    expect(r.events[1]).toEqual({ type: 'reaction_fire', unit: 's1', target: 'e1', at: { x: 12, y: 0 } });
    // aim 70, Thompson at 12 tiles −20 = 50, ×0.7 = 35.
    expect(r.events[2]).toMatchObject({
      type: 'shot',
      unit: 's1',
      target: 'e1',
      reaction: true,
      percent: 35,
      critPercent: 0,
    });
    const e = unitById(w, 'e1')!;
    expect([w.c.Position.x[e], w.c.Position.y[e]]).toEqual([12, 0]);
    // Overwatch is spent: the next move goes through.
    expect(has(w, unitById(w, 's1')!, 'Overwatch')).toBe(false);
    const again = applyAs(w, { type: 'move', unit: 'e1', to: { x: 9, y: 0 } }, Faction.lgf);
    expect(again.ok && again.events[0]).toMatchObject({
      type: 'moved',
      path: [
        { x: 11, y: 0 },
        { x: 10, y: 0 },
        { x: 9, y: 0 },
      ],
    });
    expect(again.ok && again.events.some((ev) => ev.type === 'reaction_fire')).toBe(false);
  });

  it('passes through an ally on the first tile the watcher sees and is stopped on the next free one', () => {
    // A one-tile corridor: e1 (12,0) stands on the first tile s1 sees (12 tiles of vision); e2 walks
    // west from (14,0) through e1's tile. Stopping there would put two units on one tile.
    const w = createGame(tinyMap(['S...........E.E', '###############']), 5);
    const e2 = unitById(w, 'e2')!;
    w.c.Stats.mobility[e2] = 10;
    w.c.Health.hp[e2] = 50;
    w.c.Health.max[e2] = 50;
    expect(apply(w, { type: 'overwatch', unit: 's1' }).ok).toBe(true);
    w.header.phase = 'enemy';
    const r = applyAs(w, { type: 'move', unit: 'e2', to: { x: 8, y: 0 } }, Faction.lgf);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const moved = r.events[0] as Extract<GameEvent, { type: 'moved' }>;
    expect(moved.path.map((p) => p.x)).toEqual([13, 12, 11]);
    expect(moved.interrupted).toBe(true);
    expect(r.events[1]).toEqual({ type: 'reaction_fire', unit: 's1', target: 'e2', at: { x: 11, y: 0 } });
    expect([w.c.Position.x[e2], w.c.Position.y[e2]]).toEqual([11, 0]);
    const e1 = unitById(w, 'e1')!;
    expect([w.c.Position.x[e1], w.c.Position.y[e1]]).toEqual([12, 0]);
  });

  it('does not fire at a move that stays out of sight, and lasts until its side’s next turn', () => {
    const w = watched();
    const r = applyAs(w, { type: 'move', unit: 'e1', to: { x: 14, y: 1 } }, Faction.lgf);
    expect(r.ok && r.events.map((e) => e.type)).toEqual(['moved']);
    expect(has(w, unitById(w, 's1')!, 'Overwatch')).toBe(true);
  });

  it('several watchers fire in uid order at the same tile', () => {
    const w = createGame(tinyMap(['S................E', 'S.................', '##################']), 5);
    const e = unitById(w, 'e1')!;
    w.c.Stats.mobility[e] = 10;
    w.c.Health.hp[e] = 90;
    w.c.Health.max[e] = 90;
    expect(apply(w, { type: 'overwatch', unit: 's1' }).ok).toBe(true);
    expect(apply(w, { type: 'overwatch', unit: 's2' }).ok).toBe(true);
    const r = applyAs(w, { type: 'move', unit: 'e1', to: { x: 8, y: 0 } }, Faction.lgf);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const reactions = r.events.filter((ev) => ev.type === 'reaction_fire');
    expect(reactions.map((ev) => ev.type === 'reaction_fire' && ev.unit)).toEqual(['s1', 's2']);
    // s1 at (0,0) sees (12,0) first; s2 at (0,1) is 12 tiles from (12,0) too (rounded), so both fire there.
    expect((r.events[0] as Extract<GameEvent, { type: 'moved' }>).path.at(-1)).toEqual({ x: 12, y: 0 });
  });

  it('is cleared when the watcher’s side starts its next turn', () => {
    const w = createGame(tinyMap(['S.......#........E', '........#.........']), 5);
    apply(w, { type: 'overwatch', unit: 's1' });
    expect(has(w, unitById(w, 's1')!, 'Overwatch')).toBe(true);
    apply(w, { type: 'end_turn' });
    expect(has(w, unitById(w, 's1')!, 'Overwatch')).toBe(false);
  });

  it('needs an action point and something loaded', () => {
    const w = createGame(tinyMap(corridor), 5);
    const s = unitById(w, 's1')!;
    w.c.Weapon.ammo[s] = 0;
    const r = apply(w, { type: 'overwatch', unit: 's1' });
    expect(r.ok ? 'ok' : r.rejection.code).toBe('no_ammo');
    w.c.Weapon.ammo[s] = 4;
    w.c.Actions.ap[s] = 0;
    const r2 = apply(w, { type: 'overwatch', unit: 's1' });
    expect(r2.ok ? 'ok' : r2.rejection.code).toBe('no_action_points');
  });
});
