import { apply, createGame, Faction, type GameEvent, unitsSorted, visibleTo } from '@denizens/engine';
import { BUILTIN_MAPS, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { describeEvent } from './describeEvent';
import { type FogStart, fogEvents } from './fogEvents';
import type { ShownEvent } from './shownEvents';
import { squadSight } from './squadSight';

// A 6x1 corridor: the squad sees tiles 0-2 only.
const W = 6;
const sightOf = (...xs: number[]) => {
  const s = new Uint8Array(W);
  for (const x of xs) s[x] = 1;
  return s;
};
const start = (over: Partial<FogStart> = {}): FogStart => ({
  width: W,
  sight: sightOf(0, 1, 2),
  units: new Map([
    ['willow', { x: 0, y: 0, squad: true }],
    ['faith', { x: 1, y: 0, squad: true }],
    ['drone', { x: 5, y: 0, squad: false }],
  ]),
  ...over,
});
const p = (x: number) => ({ x, y: 0 });
const moved = (unit: string, ...xs: number[]): GameEvent => ({
  type: 'moved',
  unit,
  faction: unit === 'drone' ? 'lgf' : 'squad',
  path: xs.map(p),
  cost: xs.length * 2,
  dash: false,
  apLeft: 1,
});
const names = new Map([
  ['willow', 'Willow'],
  ['faith', 'Faith'],
  ['drone', 'LGF drone'],
]);
const log = (events: ShownEvent[]) => events.map((e) => describeEvent(e, names)).filter((l) => l !== null);

describe('fogEvents', () => {
  it('drops an enemy move that never touches a seen tile and does not log it', () => {
    const out = fogEvents([moved('drone', 4, 3)], start());
    expect(out).toEqual([]);
    expect(log(out)).toEqual([]);
  });

  it('shows an enemy from the tile where it enters sight to where it stops', () => {
    const out = fogEvents([moved('drone', 4, 3, 2, 1)], start({ sight: sightOf(0, 1, 2) }));
    expect(out).toEqual([
      { type: 'moved_in_sight', unit: 'drone', faction: 'lgf', dash: false, segments: [[p(2), p(1)]], end: p(1) },
    ]);
    expect(log(out)).toEqual(['LGF drone moves to 1,0.']);
  });

  it('lets an enemy vanish where it leaves sight, and reappear where it enters again', () => {
    const units = new Map([
      ['willow', { x: 0, y: 0, squad: true }],
      ['drone', { x: 1, y: 0, squad: false }],
    ]);
    const out = fogEvents([moved('drone', 2, 3, 4, 5)], start({ units, sight: sightOf(0, 1, 2, 4) }));
    expect(out).toEqual([
      {
        type: 'moved_in_sight',
        unit: 'drone',
        faction: 'lgf',
        dash: false,
        segments: [[p(1), p(2)], [p(4)]],
        end: null,
      },
    ]);
    expect(log(out)).toEqual(['LGF drone moves out of sight.']);
  });

  it('tracks an enemy across several moves (the second move starts where the first ended)', () => {
    const out = fogEvents([moved('drone', 4), moved('drone', 3, 2)], start());
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'moved_in_sight', segments: [[p(2)]], end: p(2) });
  });

  it('reports a shot from an unseen shooter as coming from the dark, naming neither shooter nor tile', () => {
    const shot: GameEvent = {
      type: 'shot',
      unit: 'drone',
      target: 'willow',
      weapon: 'needler',
      from: p(5),
      to: p(0),
      percent: 41,
      critPercent: 0,
      roll: 12,
      hit: true,
      reaction: false,
      ammo: -1,
    };
    const hit: GameEvent = {
      type: 'hit',
      unit: 'drone',
      target: 'willow',
      damage: 2,
      crit: false,
      flanked: false,
      critRoll: 50,
      damageRoll: 2,
      hp: 5,
    };
    const out = fogEvents([shot, hit], start());
    expect(out).toEqual([
      { type: 'shot_from_dark', target: 'willow', to: p(0), hit: true, reaction: false },
      { ...hit, unit: null },
    ]);
    const text = log(out).join(' ');
    expect(text).toBe('A shot from the dark at Willow! Hit: Willow takes 2 damage (5 HP left).');
    expect(text).not.toMatch(/drone|5,0|41/i);
    expect(JSON.stringify(out)).not.toMatch(/drone|"x":5/);
  });

  it('shows a shot from a seen shooter as it is', () => {
    const units = new Map([
      ['willow', { x: 0, y: 0, squad: true }],
      ['drone', { x: 2, y: 0, squad: false }],
    ]);
    const shot: GameEvent = {
      type: 'shot',
      unit: 'drone',
      target: 'willow',
      weapon: 'needler',
      from: p(2),
      to: p(0),
      percent: 41,
      critPercent: 0,
      roll: 80,
      hit: false,
      reaction: false,
      ammo: -1,
    };
    expect(fogEvents([shot], start({ units }))).toEqual([shot]);
  });

  it('hides reaction fire, deaths and other news of unseen enemies', () => {
    const events: GameEvent[] = [
      { type: 'reaction_fire', unit: 'drone', target: 'willow', at: p(0) },
      { type: 'overwatch_set', unit: 'drone', weapon: 'needler', apLeft: 0 },
      { type: 'spotted', unit: 'drone', target: 'willow', reason: 'sight' },
      { type: 'unit_died', unit: 'drone', faction: 'lgf', x: 5, y: 0, cause: 'blast' },
      { type: 'strike_landed', x: 5, y: 0, radius: 0, damage: 4, tiles: [p(5)] },
    ];
    const out = fogEvents(events, start());
    expect(out.map((e) => e.type)).toEqual(['reaction_from_dark', 'strike_landed']);
    expect(log(out)[0]).toBe('Something in the dark reacts to Willow moving at 0,0!');
  });

  it('asks for the sight again after a squad member dies, then filters with it', () => {
    const calls: string[][] = [];
    const out = fogEvents(
      [{ type: 'unit_died', unit: 'faith', faction: 'squad', x: 1, y: 0, cause: 'shot' }, moved('drone', 4, 3, 2)],
      start({
        resight: (dead, terrain) => {
          calls.push([...dead, String(terrain)]);
          return sightOf(0, 1); // faith saw tile 2; without her it is dark
        },
      }),
    );
    expect(calls).toEqual([['faith', 'false']]);
    expect(out.map((e) => e.type)).toEqual(['unit_died']);
  });

  it('asks for the sight again after a wall collapses', () => {
    const out = fogEvents([{ type: 'wall_collapsed', x: 3, y: 0 }, moved('drone', 4, 3)], {
      ...start(),
      resight: (_dead, terrain) => (terrain ? sightOf(0, 1, 2, 3) : sightOf(0, 1, 2)),
    });
    expect(out[1]).toMatchObject({ type: 'moved_in_sight', segments: [[p(3)]], end: p(3) });
  });
});

describe('fogEvents on engine worlds', () => {
  it('never shows an enemy on a tile the squad does not see (ruins, several enemy phases)', () => {
    const m = validateMap(BUILTIN_MAPS.ruins);
    if (!m.ok) throw new Error('ruins map invalid');
    const world = createGame(m.map, '1');
    let rawEnemyMoves = 0;
    let shownMoves = 0;
    for (let turn = 0; turn < 4 && world.header.outcome === 'ongoing'; turn++) {
      const before = squadSight(world, () => world);
      const r = apply(world, { type: 'end_turn' });
      if (!r.ok) throw new Error(r.rejection.message);
      const after = visibleTo(world, Faction.squad).tiles;
      const seen = (t: { x: number; y: number }) =>
        before.sight[t.y * before.width + t.x] === 1 || after[t.y * before.width + t.x] === 1;
      const out = fogEvents(r.events, before);
      rawEnemyMoves += r.events.filter((e) => e.type === 'moved' && e.faction === 'lgf').length;
      for (const e of out) {
        expect(e.type === 'moved' && e.faction === 'lgf').toBe(false);
        if (e.type === 'moved_in_sight') {
          shownMoves++;
          for (const seg of e.segments) for (const t of seg) expect(seen(t)).toBe(true);
        }
        if (e.type === 'shot' && before.units.get(e.unit)?.squad === false) expect(seen(e.from)).toBe(true);
      }
    }
    expect(rawEnemyMoves).toBeGreaterThan(shownMoves);
    expect(unitsSorted(world, Faction.squad).length).toBeGreaterThan(0);
  });
});
