import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import { apply } from '../apply';
import type { Command } from '../commands/types';
import type { GameEvent } from '../events/types';
import { simulate } from '../replay/simulate';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { idx } from '../world/grid';
import { T } from '../world/terrain';
import { placeUnit, removeUnit, unitById, unitsView } from '../world/units';
import type { GameWorld } from '../world/world';

function run(w: GameWorld, cmd: Command): GameEvent[] {
  const r = apply(w, cmd);
  if (!r.ok) throw new Error(r.rejection.message);
  return r.events;
}
const endTurn = (w: GameWorld) => run(w, { type: 'end_turn' });
const fired = (events: GameEvent[]) => events.flatMap((e) => (e.type === 'trigger_fired' ? [e.trigger] : []));
const speakers = (events: GameEvent[]) => events.flatMap((e) => (e.type === 'story_line' ? [e.speaker] : []));

describe('the ruins’ beats', () => {
  it('opens with the night narration on the first command', () => {
    const w = createGame(builtin('ruins'), 1);
    const ev = run(w, { type: 'overwatch', unit: 'willow' });
    expect(fired(ev)).toEqual(['night']);
    expect(speakers(ev)).toEqual(['', 'willow']);
  });

  it('warns of the wall beside Charlie when he reaches it, and brings it down a full turn later', () => {
    const w = createGame(builtin('ruins'), 1);
    const ev = run(w, { type: 'move', unit: 'charlie', to: { x: 5, y: 11 } });
    expect(fired(ev)).toContain('charlie-wall');
    expect(ev).toContainEqual({ type: 'collapse_warned', x: 6, y: 10, turn: 2 });
    expect(endTurn(w).some((e) => e.type === 'wall_collapsed' && e.x === 6)).toBe(false);
    expect(w.grid.terrain[idx(w.grid, 6, 10)]).toBe(T.wall);
    const fall = endTurn(w);
    expect(fall).toContainEqual({ type: 'wall_collapsed', x: 6, y: 10 });
    expect(w.grid.terrain[idx(w.grid, 6, 10)]).toBe(T.rubble);
  });

  it('wounds Barrel with a splinter when the first strike lands (turn 2), and tears the hull on turn 3', () => {
    const w = createGame(builtin('ruins'), 1);
    const barrel = unitById(w, 'barrel')!;
    const hp = w.c.Health.hp[barrel]!;
    endTurn(w);
    const t2 = endTurn(w);
    expect(fired(t2)).toContain('stake');
    expect(t2).toContainEqual({ type: 'unit_damaged', unit: 'barrel', amount: 1, hp: hp - 1, cause: 'splinter' });
    expect(t2).toContainEqual({ type: 'bleeding_started', unit: 'barrel', perTurn: 1 });
    expect(fired(t2)).not.toContain('hull-torn');
    const t3 = endTurn(w);
    expect(t3.some((e) => e.type === 'breach_opened')).toBe(true);
    expect(fired(t3)).toContain('hull-torn');
  });

  it('seals the hull behind the last one in, who is hauled through and loses pack and gun', () => {
    // The LGF (and the reinforcement that arrives) are taken off the board every turn, so nobody shoots
    // Faith or Willow while the strikes tear the hull and the breach counts down: this is about the
    // haul, not the fight.
    const w = createGame(builtin('ruins'), 4);
    const clear = () => {
      for (const e of [...unitsView(w, Faction.lgf)]) removeUnit(w, e);
    };
    clear();
    let breach: { x: number; y: number } | undefined;
    for (let i = 0; i < 3 && !breach; i++) {
      for (const e of endTurn(w)) if (e.type === 'breach_opened' && !breach) breach = { x: e.x, y: e.y };
    }
    expect(breach).toBeDefined();
    if (!breach) return;
    // Stage it: Faith inside next to the breach, Willow in it.
    placeUnit(w, unitById(w, 'faith')!, breach.x + 1, breach.y);
    placeUnit(w, unitById(w, 'willow')!, breach.x, breach.y);
    let events: GameEvent[] = [];
    for (let i = 0; i < 6 && !events.some((e) => e.type === 'unit_hauled'); i++) {
      if (unitById(w, 'faith') === undefined || unitById(w, 'willow') === undefined) break;
      clear();
      run(w, { type: 'pull', unit: 'faith', target: 'willow' });
      events = endTurn(w);
    }
    const hauled = events.find((e) => e.type === 'unit_hauled');
    expect(hauled).toMatchObject({ type: 'unit_hauled', unit: 'willow', by: 'faith', lost: ['pack', 'thompson'] });
    expect(fired(events)).toContain('sealed-behind');
  });
});

describe('the ship’s beats and Tara', () => {
  it('sees the cell, frees Tara (reinforcements arrive by difficulty) and gets her out: simulate wins on seed 1', () => {
    const events: GameEvent[] = [];
    const replay = simulate(builtin('ship'), 1, 40, { onEvent: (e) => events.push(e) });
    expect(replay.result.outcome).toBe('victory');
    const order = fired(events);
    expect(order).toEqual(['inside', 'the-cell', 'freed', 'tara-out']);
    expect(events.filter((e) => e.type === 'unit_arrived').map((e) => (e as { unit: string }).unit)).toEqual([
      'trooper-6',
    ]);
    expect(events.some((e) => e.type === 'cell_opened')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'game_over', outcome: 'victory', reason: 'extracted' });
    // And again: the same commands, the same hashes.
    expect(simulate(builtin('ship'), 1, 40)).toEqual(replay);
  });

  it('Tara is in the cell and nobody’s to command', () => {
    const w = createGame(builtin('ship'), 1);
    const t = unitById(w, 'tara')!;
    expect([w.c.Position.x[t], w.c.Position.y[t]]).toEqual([33, 14]);
    const r = apply(w, { type: 'move', unit: 'tara', to: { x: 32, y: 14 } });
    expect(r.ok).toBe(false);
  });
});
