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
