import type { MapInput, Trigger } from '@denizens/maps';
import { validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import type { Command } from '../commands/types';
import type { GameEvent } from '../events/types';
import { hashWorld } from '../hash/hashWorld';
import { damageUnit } from '../rules/environmentDamage';
import { deserializeGame, serializeGame } from '../save/serialize';
import { createGame } from '../setup/createGame';
import { idx } from '../world/grid';
import { T } from '../world/terrain';
import { add, has, unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { pendingCollapses } from './collapse';
import { currentObjective } from './state';

function run(w: GameWorld, cmd: Command): GameEvent[] {
  const r = apply(w, cmd);
  if (!r.ok) throw new Error(r.rejection.message);
  return r.events;
}
const endTurn = (w: GameWorld) => run(w, { type: 'end_turn' });
const lines = (events: GameEvent[]) =>
  events.flatMap((e) => (e.type === 'story_line' ? [`${e.speaker}: ${e.text}`] : []));
const fired = (events: GameEvent[]) => events.flatMap((e) => (e.type === 'trigger_fired' ? [e.trigger] : []));
const say = (text: string, speaker = 's1') => ({ kind: 'say' as const, speaker, text });
const story = (rows: string[], triggers: Trigger[] | MapInput['triggers'], extra: Partial<MapInput> = {}) =>
  tinyMap(rows, { triggers, ...extra });

const open = ['S..........', '...........', '...........', '...........', '..........E'];

describe('trigger conditions', () => {
  it('turn N fires when turn N begins, once', () => {
    const w = createGame(story(open, [{ id: 't3', when: { kind: 'turn', turn: 3 }, do: [say('Three.')] }]), 1);
    expect(lines(endTurn(w))).toEqual([]);
    expect(lines(endTurn(w))).toEqual(['s1: Three.']);
    expect(w.header.turn).toBe(3);
    expect(lines(endTurn(w))).toEqual([]);
  });

  it('enter fires when a unit of the side (or the named unit) stands in the area', () => {
    const triggers = [
      { id: 'any', when: { kind: 'enter' as const, area: { x: 3, y: 0, w: 2, h: 2 } }, do: [say('In.')] },
      {
        id: 'lgf',
        when: { kind: 'enter' as const, area: { x: 3, y: 0, w: 2, h: 2 }, side: 'lgf' as const },
        do: [say('Them.')],
      },
      { id: 'named', when: { kind: 'enter' as const, area: { x: 0, y: 3, w: 2, h: 2 }, unit: 's1' }, do: [say('Me.')] },
    ];
    const w = createGame(story(open, triggers), 1);
    expect(fired(run(w, { type: 'move', unit: 's1', to: { x: 2, y: 0 } }))).toEqual([]);
    expect(fired(run(w, { type: 'move', unit: 's1', to: { x: 3, y: 1 } }))).toEqual(['any']);
    w.c.Actions.ap[unitById(w, 's1')!] = 2;
    expect(fired(run(w, { type: 'move', unit: 's1', to: { x: 1, y: 4 } }))).toEqual(['named']);
  });

  it('enter is checked after every unit move, not only when the squad’s command is over: an LGF patrol', () => {
    // e1 walks its patrol into the area in the enemy phase, then bleeds to death in the environment
    // phase: by the end of the squad's end_turn nobody stands in the area, but it was entered.
    const rows = ['S.#........', '..#........', '..#........', '..#........', '..#.......E'];
    const map = story(rows, [
      {
        id: 'patrol-in',
        when: { kind: 'enter' as const, area: { x: 6, y: 3, w: 2, h: 2 }, side: 'lgf' as const },
        do: [say('Movement by the gate.')],
      },
    ]);
    map.enemies[0]!.patrol = [{ x: 7, y: 4 }];
    const w = createGame(map, 1);
    const e1 = unitById(w, 'e1')!;
    w.c.Health.hp[e1] = 1;
    add(w, e1, 'Bleeding');
    w.c.Bleeding.perTurn[e1] = 1;
    const events = endTurn(w);
    const moved = events.findIndex((e) => e.type === 'moved' && e.unit === 'e1');
    const died = events.findIndex((e) => e.type === 'unit_died' && e.unit === 'e1');
    expect(moved).toBeGreaterThanOrEqual(0);
    expect(died).toBeGreaterThan(moved);
    // Fired right after the move, in the enemy phase.
    expect(events[moved + 1]).toEqual({ type: 'trigger_fired', trigger: 'patrol-in' });
    expect(lines(events)).toEqual(['s1: Movement by the gate.']);
  });

  it('enter is checked after a haul through a sealing breach, in the environment phase', () => {
    // Inside (deck) above the hull, s2 in the breach, pulled by s1 (the haul trait); the area is the
    // inside tile it is hauled onto.
    const rows = ['_____', '__S__', 'HHHHH', '..S..', '.....'];
    const map = story(rows, [
      { id: 'in', when: { kind: 'enter' as const, area: { x: 3, y: 1, w: 1, h: 1 }, unit: 's2' }, do: [say('In!')] },
    ]);
    const w = createGame({ ...map, breaches: [{ x: 2, y: 2 }], sealTurns: 1 }, 1);
    w.c.Traits.haul[unitById(w, 's1')!] = 1;
    run(w, { type: 'climb', unit: 's2', to: { x: 2, y: 2 } });
    run(w, { type: 'pull', unit: 's1', target: 's2' });
    const events = endTurn(w);
    const hauled = events.findIndex((e) => e.type === 'unit_hauled');
    expect(events[hauled]).toMatchObject({ unit: 's2', to: { x: 3, y: 1 } });
    const trig = events.findIndex((e) => e.type === 'trigger_fired');
    expect(trig).toBeGreaterThan(hauled);
    expect(trig).toBeLessThan(events.findIndex((e) => e.type === 'turn_ended'));
  });

  it('sees fires the first time the side sees the tile (walls block it)', () => {
    const rows = ['S...#....', '....#....', '.........'];
    const t = [{ id: 'look', when: { kind: 'sees' as const, x: 7, y: 0 }, do: [say('There.')] }];
    const w = createGame(story(rows, t, { objective: { kind: 'reach', tiles: [{ x: 8, y: 2 }] } }), 1);
    // The wall column at x = 4 hides (7,0) from (0,0) and from (3,0).
    expect(fired(run(w, { type: 'move', unit: 's1', to: { x: 3, y: 0 } }))).toEqual([]);
    expect(fired(run(w, { type: 'move', unit: 's1', to: { x: 4, y: 2 } }))).toEqual(['look']);
  });

  it('event fires on an event of the command, filtered by unit; triggers chain in one command', () => {
    const rows = ['S.....H', '......H', '......H'];
    const triggers = [
      { id: 'open', when: { kind: 'turn' as const, turn: 2 }, do: [{ kind: 'breach' as const, x: 6, y: 1 }] },
      { id: 'saw', when: { kind: 'event' as const, event: 'breach_opened' as const }, do: [say('A hole!')] },
      { id: 'hurt', when: { kind: 'event' as const, event: 'bleeding_started' as never, unit: 's1' }, do: [say('x')] },
    ];
    const map = validateMap(
      { ...tinyMapInput(rows), objective: { kind: 'reach', tiles: [{ x: 5, y: 2 }] }, triggers: triggers.slice(0, 2) },
      't',
    );
    expect(map.ok).toBe(true);
    if (!map.ok) return;
    const w = createGame(map.map, 1);
    const ev = endTurn(w);
    expect(fired(ev)).toEqual(['open', 'saw']);
    expect(w.grid.terrain[idx(w.grid, 6, 1)]).toBe(T.breach);
    // An event type outside the list is refused by the schema.
    expect(validateMap({ ...tinyMapInput(rows), triggers: [triggers[2]] }, 't').ok).toBe(false);
  });
});

/** The raw input of tinyMap without validation (for maps with hull). */
function tinyMapInput(rows: string[]): MapInput {
  const squad = [{ id: 's1', name: 'Pilot 1', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 0, y: 0 }];
  return {
    format: 'denizens-map',
    version: 1,
    id: 'test',
    name: 'Test',
    width: rows[0]!.length,
    height: rows.length,
    terrain: rows.map((r) => r.replace('S', '.')),
    squad,
    objective: { kind: 'reach', tiles: [{ x: 5, y: 2 }] },
  };
}

describe('trigger effects', () => {
  it('say records the line with its speaker and trigger', () => {
    const w = createGame(story(open, [{ id: 'hi', when: { kind: 'turn', turn: 1 }, do: [say('Night.', '')] }]), 1);
    const ev = run(w, { type: 'overwatch', unit: 's1' });
    expect(ev).toContainEqual({ type: 'story_line', trigger: 'hi', speaker: '', text: 'Night.' });
  });

  it('say is skipped when its speaker is dead or not in the game; narration and the living still speak', () => {
    const triggers = [
      {
        id: 't2',
        when: { kind: 'turn' as const, turn: 2 },
        do: [say('Dead men.', 's1'), say('Night.', ''), say('Still here.', 's2')],
      },
    ];
    const rows = ['S.........', 'S.........', '.........E'];
    const w = createGame(story(rows, triggers), 1);
    damageUnit(w, unitById(w, 's1')!, 99, 'shot');
    expect(unitById(w, 's1')).toBeUndefined();
    const ev = endTurn(w);
    expect(fired(ev)).toEqual(['t2']);
    expect(lines(ev)).toEqual([': Night.', 's2: Still here.']);
    // A pilot absent from the carried squad (fell in an earlier mission) says nothing either.
    const w2 = createGame(story(rows, triggers), 1, {
      squad: [{ id: 's2', hp: 6, maxHp: 6, bleeding: 0, weapon: 'thompson', sidearm: '', pack: true, medkits: 0 }],
    });
    expect(lines(endTurn(w2))).toEqual([': Night.', 's2: Still here.']);
  });

  it('collapse is warned, then brings the wall down in that turn’s environment phase with debris', () => {
    const rows = ['.S#......', '.........', '.........'];
    const t = [
      { id: 'fall', when: { kind: 'turn' as const, turn: 2 }, do: [{ kind: 'collapse' as const, x: 2, y: 0 }] },
    ];
    const w = createGame(story(rows, t), 1);
    const warned = endTurn(w);
    expect(warned).toContainEqual({ type: 'collapse_warned', x: 2, y: 0, turn: 2 });
    expect(pendingCollapses(w)).toEqual([{ x: 2, y: 0, turn: 2 }]);
    expect(w.grid.terrain[idx(w.grid, 2, 0)]).toBe(T.wall);
    const hp = w.c.Health.hp[unitById(w, 's1')!]!;
    const ev = endTurn(w);
    expect(ev).toContainEqual({ type: 'wall_collapsed', x: 2, y: 0 });
    expect(ev).toContainEqual({ type: 'debris', x: 1, y: 0, unit: 's1', damage: 4 });
    expect(w.grid.terrain[idx(w.grid, 2, 0)]).toBe(T.rubble);
    expect(w.c.Health.hp[unitById(w, 's1')!]).toBe(hp - 4);
    expect(pendingCollapses(w)).toEqual([]);
  });

  it('a collapse warned in the player phase can be dodged', () => {
    const rows = ['.S#......', '.........', '.........'];
    const t = [
      { id: 'fall', when: { kind: 'turn' as const, turn: 2 }, do: [{ kind: 'collapse' as const, x: 2, y: 0 }] },
    ];
    const w = createGame(story(rows, t), 1);
    endTurn(w);
    run(w, { type: 'move', unit: 's1', to: { x: 1, y: 2 } });
    const ev = endTurn(w);
    expect(ev).toContainEqual({ type: 'wall_collapsed', x: 2, y: 0 });
    expect(ev.some((e) => e.type === 'debris')).toBe(false);
  });

  it('wound takes HP (never the last one) and starts bleeding', () => {
    const t = [
      {
        id: 'stake',
        when: { kind: 'turn' as const, turn: 2 },
        do: [{ kind: 'wound' as const, unit: 's1', damage: 9, bleed: 2 }],
      },
    ];
    const w = createGame(story(open, t), 1);
    const ev = endTurn(w);
    const s1 = unitById(w, 's1')!;
    expect(w.c.Health.hp[s1]).toBe(1);
    expect(has(w, s1, 'Bleeding')).toBe(true);
    expect(w.c.Bleeding.perTurn[s1]).toBe(2);
    expect(ev).toContainEqual({ type: 'unit_damaged', unit: 's1', amount: 5, hp: 1, cause: 'splinter' });
  });

  it('reinforce brings aware LGF units to the nearest free tile; minDifficulty holds some back', () => {
    const t = [
      {
        id: 'more',
        when: { kind: 'turn' as const, turn: 2 },
        do: [
          {
            kind: 'reinforce' as const,
            enemies: [
              { id: 'r1', type: 'trooper', x: 10, y: 4 },
              { id: 'r2', type: 'heavy', x: 5, y: 2, minDifficulty: 'hard' as const },
            ],
          },
        ],
      },
    ];
    const normal = createGame(story(open, t), 1);
    const ev = endTurn(normal);
    // (10,4) holds e1: the nearest free tile in row order of the first ring is (9,3).
    expect(ev).toContainEqual({ type: 'unit_arrived', unit: 'r1', kind: 'trooper', x: 9, y: 3 });
    expect(normal.c.Ai.aware[unitById(normal, 'r1')!]).toBe(1);
    expect(unitById(normal, 'r2')).toBeUndefined();
    const hard = createGame(story(open, t), 1, { difficulty: 'hard' });
    endTurn(hard);
    expect(unitById(hard, 'r2')).toBeDefined();
  });

  it('objective changes the goal: reaching the new tiles wins', () => {
    const t = [
      {
        id: 'go',
        when: { kind: 'turn' as const, turn: 1 },
        do: [{ kind: 'objective' as const, objective: { kind: 'reach' as const, tiles: [{ x: 2, y: 0 }] } }],
      },
    ];
    const w = createGame(story(open, t), 1);
    const ev = run(w, { type: 'overwatch', unit: 's1' });
    expect(ev).toContainEqual({ type: 'objective_changed', objective: { kind: 'reach', tiles: [{ x: 2, y: 0 }] } });
    expect(currentObjective(w)).toEqual({ kind: 'reach', tiles: [{ x: 2, y: 0 }] });
    w.c.Actions.ap[unitById(w, 's1')!] = 2;
    run(w, { type: 'move', unit: 's1', to: { x: 2, y: 0 } });
    expect(w.header.outcome).toBe('victory');
  });
});

describe('the story state', () => {
  const t = [
    { id: 'a', when: { kind: 'turn' as const, turn: 2 }, do: [say('A')] },
    { id: 'b', when: { kind: 'turn' as const, turn: 3 }, do: [{ kind: 'collapse' as const, x: 4, y: 1, turns: 2 }] },
  ];
  const rows = ['S..........', '....#......', '...........', '...........', '..........E'];

  it('is hashed: a fired trigger changes the state hash', () => {
    const a = createGame(story(rows, t), 1);
    const b = createGame(story(rows, t), 1);
    endTurn(a);
    endTurn(b);
    expect(hashWorld(a)).toBe(hashWorld(b));
    b.c.Story.fired[[...Array(64).keys()].find((e) => has(b, e, 'Story'))!] = '00';
    expect(hashWorld(a)).not.toBe(hashWorld(b));
  });

  it('saves and loads: fired triggers and pending collapses survive', () => {
    const w = createGame(story(rows, t), 1);
    endTurn(w);
    endTurn(w);
    const loaded = deserializeGame(JSON.parse(JSON.stringify(serializeGame(w))));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(hashWorld(loaded.world)).toBe(hashWorld(w));
    expect(pendingCollapses(loaded.world)).toEqual([{ x: 4, y: 1, turn: 4 }]);
    expect(lines(endTurn(loaded.world))).toEqual([]);
  });
});
