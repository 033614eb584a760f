import { addComponent } from 'bitecs';
import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import type { Command } from '../commands/types';
import type { GameEvent } from '../events/types';
import { hashWorld } from '../hash/hashWorld';
import { damageUnit } from '../rules/environmentDamage';
import { deserializeGame, serializeGame } from '../save/serialize';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { has, unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { currentObjective, extractedIds } from './state';

function run(w: GameWorld, cmd: Command): GameEvent[] {
  const r = apply(w, cmd);
  if (!r.ok) throw new Error(r.rejection.message);
  return r.events;
}
const tara = {
  id: 'tara',
  name: 'Tara',
  hp: 4,
  aim: 55,
  mobility: 5,
  extraction: [{ x: 0, y: 2 }],
};
// S1 next to the cell at (3,0); S2 further back; the way out is (0,2).
const rows = ['..SC.....', '.S.......', '.........'];
const map = () => tinyMap(rows, { objective: { kind: 'cell', x: 3, y: 0 }, captive: tara, turnLimit: 6 });

describe('the captive', () => {
  it('stands in the cell and takes no orders', () => {
    const w = createGame(map(), 1);
    const t = unitById(w, 'tara')!;
    expect(w.c.Unit.faction[t]).toBe(Faction.captive);
    expect(w.c.Position.x[t]).toBe(3);
    const r = apply(w, { type: 'move', unit: 'tara', to: { x: 4, y: 1 } });
    expect(r.ok ? 'accepted' : r.rejection.code).toBe('not_your_unit');
  });

  it('opening the cell frees her into the squad with her rescuer’s sidearm, and the objective becomes extraction', () => {
    const w = createGame(map(), 1);
    const s1 = unitById(w, 's1')!;
    // tinyMap's pilots carry no sidearm: give s1 one.
    addComponent(w, s1, w.c.Sidearm);
    w.c.Sidearm.id[s1] = 'webley';
    const ev = run(w, { type: 'interact', unit: 's1' });
    expect(ev.map((e) => e.type)).toEqual(['cell_opened', 'captive_freed', 'objective_changed']);
    expect(ev[1]).toEqual({ type: 'captive_freed', unit: 'tara', by: 's1', weapon: 'webley', x: 3, y: 0 });
    const t = unitById(w, 'tara')!;
    expect(w.c.Unit.faction[t]).toBe(Faction.squad);
    expect(w.c.Weapon.id[t]).toBe('webley');
    expect(has(w, s1, 'Sidearm')).toBe(false);
    expect(w.c.Actions.ap[t]).toBe(0);
    expect(currentObjective(w)).toEqual({ kind: 'extract', tiles: [{ x: 0, y: 2 }] });
    expect(w.header.outcome).toBe('ongoing');
    // Nothing left to open.
    const again = apply(w, { type: 'interact', unit: 's1' });
    expect(again.ok ? 'accepted' : again.rejection.code).toBe('nothing_to_interact');
  });

  it('is unarmed when her rescuer has no sidearm', () => {
    const w = createGame(map(), 1);
    const ev = run(w, { type: 'interact', unit: 's1' });
    expect(ev).toContainEqual({ type: 'captive_freed', unit: 'tara', by: 's1', weapon: '', x: 3, y: 0 });
    expect(w.c.Weapon.id[unitById(w, 'tara')!]).toBe('');
  });

  it('freeing her and getting everyone out wins; each leaves on an extraction tile', () => {
    const w = createGame(map(), 1);
    run(w, { type: 'interact', unit: 's1' });
    const out = run(w, { type: 'move', unit: 's2', to: { x: 0, y: 2 } });
    expect(out).toContainEqual({ type: 'unit_extracted', unit: 's2', x: 0, y: 2, hp: 6 });
    expect(unitById(w, 's2')).toBeUndefined();
    run(w, { type: 'end_turn' });
    run(w, { type: 'move', unit: 'tara', to: { x: 0, y: 2 } });
    expect(w.header.outcome).toBe('ongoing');
    const last = run(w, { type: 'move', unit: 's1', to: { x: 0, y: 2 } });
    expect(last.at(-1)).toEqual({ type: 'game_over', outcome: 'victory', reason: 'extracted', turn: 2 });
    expect(extractedIds(w)).toEqual(['s1', 's2', 'tara']);
  });

  it('only a move onto an extraction tile takes a unit out: one already standing there stays until it steps off and on', () => {
    // S2 starts on the way out (0,2), as the squad starts on the ship's way in.
    const w = createGame(
      tinyMap(['..SC.....', '.........', 'S........'], {
        objective: { kind: 'cell', x: 3, y: 0 },
        captive: tara,
        turnLimit: 6,
      }),
      1,
    );
    const freed = run(w, { type: 'interact', unit: 's1' });
    expect(freed.some((e) => e.type === 'unit_extracted')).toBe(false);
    expect(unitById(w, 's2')).toBeDefined();
    // Another command (not a move of s2's) does not take it out either.
    expect(run(w, { type: 'overwatch', unit: 's1' }).some((e) => e.type === 'unit_extracted')).toBe(false);
    expect(run(w, { type: 'end_turn' }).some((e) => e.type === 'unit_extracted')).toBe(false);
    expect(extractedIds(w)).toEqual([]);
    run(w, { type: 'move', unit: 's2', to: { x: 1, y: 2 } });
    expect(unitById(w, 's2')).toBeDefined();
    const out = run(w, { type: 'move', unit: 's2', to: { x: 0, y: 2 } });
    expect(out).toContainEqual({ type: 'unit_extracted', unit: 's2', x: 0, y: 2, hp: 6 });
    expect(extractedIds(w)).toEqual(['s2']);
  });

  it('the squad out without her is no win yet', () => {
    const w = createGame(map(), 1);
    run(w, { type: 'interact', unit: 's1' });
    run(w, { type: 'move', unit: 's2', to: { x: 0, y: 2 } });
    run(w, { type: 'end_turn' });
    const ev = run(w, { type: 'move', unit: 's1', to: { x: 0, y: 2 } });
    // Everyone of the squad but Tara is out: she is still on the map, so the game goes on.
    expect(ev.some((e) => e.type === 'game_over')).toBe(false);
    expect(w.header.outcome).toBe('ongoing');
  });

  it('losing her loses the game', () => {
    const w = createGame(map(), 1);
    run(w, { type: 'interact', unit: 's1' });
    const t = unitById(w, 'tara')!;
    w.c.Health.hp[t] = 1;
    damageUnit(w, t, 1, 'shot');
    const ev = run(w, { type: 'overwatch', unit: 's2' });
    expect(ev.at(-1)).toEqual({ type: 'game_over', outcome: 'defeat', reason: 'captive_lost', turn: 1 });
  });

  it('her state is hashed and saved', () => {
    const w = createGame(map(), 1);
    run(w, { type: 'interact', unit: 's1' });
    run(w, { type: 'move', unit: 's2', to: { x: 0, y: 2 } });
    const loaded = deserializeGame(JSON.parse(JSON.stringify(serializeGame(w))));
    expect(loaded.ok && hashWorld(loaded.world)).toBe(hashWorld(w));
    if (!loaded.ok) return;
    expect(currentObjective(loaded.world).kind).toBe('extract');
    expect(extractedIds(loaded.world)).toEqual(['s2']);
  });
});
