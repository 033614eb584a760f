import { describe, expect, it } from 'vitest';
import { tinyMap } from '../test/support';
import { apply } from './apply';
import type { Command } from './commands/types';
import { hashWorld } from './hash/hashWorld';
import { serializeGame } from './save/serialize';
import { createGame } from './setup/createGame';
import { unitById } from './world/units';

const rows = [
  '..........', //
  '.S...#....',
  '.S...#..E.',
  '.....#....',
  '..,,,.....',
];

describe('apply', () => {
  it('moves a unit along a path and spends one action point for a move', () => {
    const w = createGame(tinyMap(rows), 1);
    const r = apply(w, { type: 'move', unit: 's1', to: { x: 4, y: 1 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events).toEqual([
      {
        type: 'moved',
        unit: 's1',
        faction: 'squad',
        path: [
          { x: 2, y: 1 },
          { x: 3, y: 1 },
          { x: 4, y: 1 },
        ],
        cost: 6,
        dash: false,
        apLeft: 1,
      },
    ]);
    const eid = unitById(w, 's1')!;
    expect([w.c.Position.x[eid], w.c.Position.y[eid]]).toEqual([4, 1]);
  });

  it('charges two action points for a dash beyond one move budget', () => {
    const w = createGame(tinyMap(rows), 1);
    // Mobility 5 = 10 move points a move; around the wall to (6,0) is more than that.
    const r = apply(w, { type: 'move', unit: 's1', to: { x: 7, y: 0 } });
    expect(r.ok && r.events[0]).toMatchObject({ type: 'moved', dash: true, apLeft: 0 });
  });

  it('counts rubble as rough ground (double cost)', () => {
    const w = createGame(tinyMap(rows), 1);
    const r = apply(w, { type: 'move', unit: 's2', to: { x: 3, y: 4 } });
    // (1,2) → (2,3) diagonal 3 → (3,4) diagonal onto rubble 6 = 9; the straight alternatives cost more.
    expect(r.ok && r.events[0]).toMatchObject({ cost: 9 });
  });

  const illegal: [string, Command, string][] = [
    ['unknown unit', { type: 'move', unit: 'nobody', to: { x: 0, y: 0 } }, 'unknown_unit'],
    ['enemy unit', { type: 'move', unit: 'e1', to: { x: 7, y: 2 } }, 'not_your_unit'],
    ['into a wall', { type: 'move', unit: 's1', to: { x: 5, y: 1 } }, 'unreachable'],
    ['off the map', { type: 'move', unit: 's1', to: { x: 40, y: 1 } }, 'out_of_bounds'],
    ['onto a unit', { type: 'move', unit: 's1', to: { x: 1, y: 2 } }, 'occupied'],
    ['too far', { type: 'move', unit: 's1', to: { x: 9, y: 4 } }, 'unreachable'],
    ['bad shape', { type: 'move', unit: 's1', to: { x: 1.5, y: 2 } } as Command, 'invalid_command'],
    ['unknown type', { type: 'teleport' } as unknown as Command, 'invalid_command'],
  ];
  for (const [name, cmd, code] of illegal) {
    it(`rejects a move ${name} with ${code} and changes nothing`, () => {
      const w = createGame(tinyMap(rows), 1);
      const hash = hashWorld(w);
      const save = serializeGame(w);
      const r = apply(w, cmd);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.rejection.code).toBe(code);
      expect(hashWorld(w)).toBe(hash);
      expect(serializeGame(w)).toEqual(save);
    });
  }

  it('rejects a move with no action points left', () => {
    const w = createGame(tinyMap(rows), 1);
    expect(apply(w, { type: 'move', unit: 's1', to: { x: 7, y: 0 } }).ok).toBe(true);
    const hash = hashWorld(w);
    const r = apply(w, { type: 'move', unit: 's1', to: { x: 6, y: 0 } });
    expect(!r.ok && r.rejection.code).toBe('no_action_points');
    expect(hashWorld(w)).toBe(hash);
  });

  it('runs the enemy and environment phases on end_turn and starts the next turn', () => {
    const w = createGame(tinyMap(rows), 1);
    apply(w, { type: 'move', unit: 's1', to: { x: 7, y: 0 } });
    w.c.Health.hp[unitById(w, 's1')!] = 99; // the enemy phase shoots at s1 now: keep it alive for this test
    const r = apply(w, { type: 'end_turn' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const phases = r.events
      .filter((e) => e.type === 'phase_started')
      .map((e) => (e.type === 'phase_started' ? e.phase : ''));
    expect(phases).toEqual(['enemy', 'environment', 'player']);
    expect(w.header.turn).toBe(2);
    const eid = unitById(w, 's1')!;
    expect(w.c.Actions.ap[eid]).toBe(2);
  });

  it('does not cut corners past walls', () => {
    const w = createGame(tinyMap(['S#.', '...', '...']), 1);
    const r = apply(w, { type: 'move', unit: 's1', to: { x: 2, y: 0 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ev = r.events[0]!;
    // (0,0) → (1,1) is diagonal with (1,0) a wall: not allowed. The path goes down first.
    expect(ev.type === 'moved' && ev.path[0]).toEqual({ x: 0, y: 1 });
  });

  it('ends the game when the turn limit passes', () => {
    const w = createGame(tinyMap(rows, { turnLimit: 2 }), 1);
    apply(w, { type: 'end_turn' });
    expect(w.header.outcome).toBe('ongoing');
    const r = apply(w, { type: 'end_turn' });
    expect(r.ok && r.events.some((e) => e.type === 'game_over')).toBe(true);
    expect(w.header).toMatchObject({ outcome: 'defeat', reason: 'turn_limit' });
    const after = apply(w, { type: 'end_turn' });
    expect(!after.ok && after.rejection.code).toBe('game_over');
  });
});

describe('apply is all or nothing', () => {
  const state = (w: ReturnType<typeof createGame>) => ({ hash: hashWorld(w), save: JSON.stringify(serializeGame(w)) });

  it('an end_turn that throws in the enemy phase leaves the world as before it, as a typed fault', () => {
    const w = createGame(tinyMap(rows), 1);
    expect(apply(w, { type: 'move', unit: 's1', to: { x: 4, y: 1 } }).ok).toBe(true);
    // A trap: writing the LGF trooper's action points throws, after the enemy phase has already
    // begun (the phase changed, the squad's unit refreshed nothing yet, the LGF's refresh under way).
    const e1 = unitById(w, 'e1')!;
    const apE = w.c.Actions.ap[e1];
    Object.defineProperty(w.c.Actions.ap, e1, {
      configurable: true,
      get: () => apE,
      set: () => {
        throw new Error('injected: the enemy phase breaks');
      },
    });
    const before = state(w);
    const r = apply(w, { type: 'end_turn' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.rejection.code).toBe('engine_fault');
    expect(r.fault).toEqual({
      command: 'end_turn',
      turn: 1,
      phase: 'player',
      message: 'injected: the enemy phase breaks',
    });
    expect(state(w)).toEqual(before);
    expect(w.header.phase).toBe('player');
    // Restored, the world has plain stores again and plays on exactly like one that never saw the fault.
    const control = createGame(tinyMap(rows), 1);
    apply(control, { type: 'move', unit: 's1', to: { x: 4, y: 1 } });
    const a = apply(w, { type: 'end_turn' });
    const b = apply(control, { type: 'end_turn' });
    expect(a).toEqual(b);
    expect(hashWorld(w)).toBe(hashWorld(control));
  });

  it('a command that throws half-way is undone, commands accepted before it in the turn are kept', () => {
    const w = createGame(tinyMap(rows), 1);
    expect(apply(w, { type: 'move', unit: 's1', to: { x: 4, y: 1 } }).ok).toBe(true);
    expect(apply(w, { type: 'reload', unit: 's1' }).ok).toBe(false); // refused (full), changes nothing
    const before = state(w);
    // A trap: writing s2's action points throws, after the move has already placed s2 on its new tile.
    const s2 = unitById(w, 's2')!;
    const ap = w.c.Actions.ap[s2];
    Object.defineProperty(w.c.Actions.ap, s2, {
      get: () => ap,
      set: () => {
        throw new Error('injected: action points cannot be written');
      },
    });
    const r = apply(w, { type: 'move', unit: 's2', to: { x: 3, y: 3 } });
    expect(r).toMatchObject({
      ok: false,
      rejection: { code: 'engine_fault' },
      fault: { command: 'move', turn: 1, phase: 'player', message: 'injected: action points cannot be written' },
    });
    expect(state(w)).toEqual(before);
    const sx = w.c.Position.x[unitById(w, 's2')!];
    expect(sx).toBe(1);
    // The restored world has plain stores again: the move now goes through, like on a world that never failed.
    const control = createGame(tinyMap(rows), 1);
    apply(control, { type: 'move', unit: 's1', to: { x: 4, y: 1 } });
    expect(apply(w, { type: 'move', unit: 's2', to: { x: 3, y: 3 } })).toEqual(
      apply(control, { type: 'move', unit: 's2', to: { x: 3, y: 3 } }),
    );
    expect(apply(w, { type: 'end_turn' })).toEqual(apply(control, { type: 'end_turn' }));
    expect(hashWorld(w)).toBe(hashWorld(control));
  });
});
