import { removeComponent } from 'bitecs';
import { describe, expect, it } from 'vitest';
import { caughtInBreach, tickUntilSealed, tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { idx } from '../world/grid';
import { T } from '../world/terrain';
import { placeUnit, unitById } from '../world/units';
import { openBreach, openBreaches } from './breaches';
import { bleed, runEnvironment } from './runEnvironment';
import { landStrike } from './strikes';

/** The environment's rules in detail: each world small and made by hand. */
const seal = tickUntilSealed;
const caught = caughtInBreach;

describe('inside and outside the ship', () => {
  it('a hauled unit may land on a conduit or on the cell (both inside the ship)', () => {
    for (const [ch, name] of [
      ['=', 'conduit'],
      ['C', 'cell'],
    ]) {
      // The only inside tile next to the breach at (2,2) is (2,1).
      const map = tinyMap(['S____', `##${ch}##`, 'HHHHH', '.....', '.S...'], {
        breaches: [{ x: 2, y: 2 }],
        sealTurns: 2,
      });
      map.squad[0]!.traits = ['haul'];
      const w = createGame(map, 1);
      caught(w, 's2', 2, 2, 's1');
      expect(seal(w), name).toContainEqual(expect.objectContaining({ type: 'unit_hauled', to: { x: 2, y: 1 } }));
    }
  });

  it('a crushed unit may be pushed onto rubble or a crater (both outside)', () => {
    for (const [ch, name] of [
      [',', 'rubble'],
      ['o', 'crater'],
    ]) {
      // The only outside tile next to the breach at (2,2) is (2,3).
      const map = tinyMap(['S____', '_____', 'HHHHH', `##${ch}##`, '.S...'], {
        breaches: [{ x: 2, y: 2 }],
        sealTurns: 2,
      });
      const w = createGame(map, 1);
      const e = caught(w, 's2', 2, 2);
      const ev = seal(w);
      expect(ev, name).toContainEqual({
        type: 'unit_crushed',
        unit: 's2',
        from: { x: 2, y: 2 },
        to: { x: 2, y: 3 },
        damage: 5,
      });
      expect(ev, name).toContainEqual(expect.objectContaining({ type: 'unit_damaged', unit: 's2', cause: 'crush' }));
      expect([w.c.Position.x[e], w.c.Position.y[e]]).toEqual([2, 3]);
    }
  });

  it('at the right edge, never pushes a unit off the map (the tile arrays would wrap to the next row)', () => {
    // A breach at (4,2) on a 5-wide map; the walls at (3,3) and (4,3) leave no outside tile beside it.
    // Off the map at (5,2) and (5,3) the arrays hold (0,3) and (0,4): ground, free.
    const map = tinyMap(['S____', '_____', 'HHHHH', '...##', '..S..'], { breaches: [{ x: 4, y: 2 }], sealTurns: 2 });
    const w = createGame(map, 1);
    const e = caught(w, 's2', 4, 2);
    const hp = w.c.Health.hp[e]!;
    const ev = seal(w);
    expect(ev).toContainEqual({ type: 'unit_crushed', unit: 's2', from: { x: 4, y: 2 }, to: null, damage: 5 });
    expect(ev).toContainEqual(
      expect.objectContaining({ type: 'unit_damaged', unit: 's2', amount: hp, cause: 'crush' }),
    );
  });

  it('a hauled unit with neither weapon nor pack loses nothing', () => {
    const map = tinyMap(['S____', '_____', 'HHHHH', '.....', '.S...'], { breaches: [{ x: 2, y: 2 }], sealTurns: 2 });
    map.squad[0]!.traits = ['haul'];
    const w = createGame(map, 1);
    const e = caught(w, 's2', 2, 2, 's1');
    removeComponent(w, e, w.c.Pack);
    w.c.Weapon.id[e] = '';
    expect(seal(w)).toContainEqual(expect.objectContaining({ type: 'unit_hauled', unit: 's2', lost: [] }));
  });

  it('a crushed unit goes to the first free outside tile in the order N, E, S, W, NE, SE, SW, NW', () => {
    // A vertical hull at x = 2, inside to the west, outside to the east; s1 stands east of the breach (3,2),
    // so of the free tiles NE (3,1) and SE (3,3), NE comes first.
    const map = tinyMap(['__H..', '__H..', '__HS.', '__H..', 'S_H..'], { breaches: [{ x: 2, y: 2 }], sealTurns: 2 });
    const w = createGame(map, 1);
    caught(w, 's2', 2, 2);
    expect(seal(w)).toContainEqual({
      type: 'unit_crushed',
      unit: 's2',
      from: { x: 2, y: 2 },
      to: { x: 3, y: 1 },
      damage: 5,
    });
  });

  it('openBreaches lists every open breach with its countdown, in the order they were torn', () => {
    const map = tinyMap(['S____', '_____', 'HHHHH', '.....', '.....'], { breaches: [{ x: 3, y: 2 }], sealTurns: 2 });
    const w = createGame(map, 1);
    expect(openBreaches(w)).toEqual([{ x: 3, y: 2, sealsIn: 2 }]);
    openBreach(w, 1, 2, 5);
    expect(openBreaches(w)).toEqual([
      { x: 3, y: 2, sealsIn: 2 },
      { x: 1, y: 2, sealsIn: 5 },
    ]);
  });

  it('a unit hauled into an enter area fires its trigger as the breach seals; an empty breach fires none', () => {
    // s1 (haul trait) inside; the area is (3,1), the inside tile nearest s1 that s3 is hauled onto. s2 starts in
    // a second area at (0,4), which has not fired: only a move or a haul checks the areas.
    const say = (id: string) => ({
      id,
      when: { kind: 'enter' as const, area: id === 'in' ? { x: 3, y: 1, w: 1, h: 1 } : { x: 0, y: 4, w: 1, h: 1 } },
      do: [{ kind: 'say' as const, speaker: 's1', text: id }],
    });
    const map = tinyMap(['____S', '_____', 'HHHHH', '.....', 'S.S..'], {
      breaches: [{ x: 2, y: 2 }],
      sealTurns: 2,
      triggers: [say('in'), say('start')],
    });
    map.squad[0]!.traits = ['haul'];
    const w = createGame(map, 1);
    caught(w, 's3', 2, 2, 's1');
    const ev = seal(w);
    // After the haul, every enter area that holds a unit fires: s3's, then s2's (it stood there from the start).
    const from = ev.findIndex((e) => e.type === 'breach_sealed');
    expect(ev.slice(from).map((e) => (e.type === 'trigger_fired' ? e.trigger : e.type))).toEqual([
      'breach_sealed',
      'in',
      'story_line',
      'start',
      'story_line',
    ]);
    const empty = createGame(map, 1);
    expect(seal(empty).map((e) => e.type)).toEqual(['breach_venting', 'breach_sealed']);
  });
});

describe('strikes in detail', () => {
  it('tears hull inside any of several breachable rectangles', () => {
    const map = tinyMap(['S.......', 'HHHHHHHH', '.......E'], {
      breachable: [
        { x: 0, y: 1, w: 2, h: 1 },
        { x: 5, y: 1, w: 2, h: 1 },
      ],
    });
    const w = createGame(map, 1);
    for (const x of [1, 3, 6]) landStrike(w, { turn: 1, x, y: 1, radius: 0, damage: 1 });
    expect([1, 3, 6].map((x) => w.grid.terrain[idx(w.grid, x, 1)])).toEqual([T.breach, T.hull, T.breach]);
  });

  it('leaves ground as ground (only hull tears open) and ends with the dust it raised', () => {
    const w = createGame(tinyMap(['S....', '.....', '....E']), 1);
    const ev = landStrike(w, { turn: 1, x: 2, y: 1, radius: 0, damage: 1 });
    expect(w.grid.terrain[idx(w.grid, 2, 1)]).toBe(T.ground);
    expect(ev.map((e) => e.type)).toEqual(['strike_landed', 'dust_raised']);
    expect(ev[1]).toEqual({
      type: 'dust_raised',
      tiles: [
        { x: 1, y: 0 },
        { x: 2, y: 0 },
        { x: 3, y: 0 },
        { x: 1, y: 1 },
        { x: 2, y: 1 },
        { x: 3, y: 1 },
        { x: 1, y: 2 },
        { x: 2, y: 2 },
        { x: 3, y: 2 },
      ],
      turns: 2,
    });
  });

  it('a wall collapsing at the map edge throws debris only onto the map (not onto the row wrapped round)', () => {
    // Walls at (0,2) (left edge) and (2,0) (top edge). Off the map left of (0,2), the arrays hold the
    // last tiles of rows 1..3: a unit stands at (4,1).
    const w = createGame(tinyMap(['..#..', '....S', '#S...', '..S..', '.....']), 1);
    placeUnit(w, unitById(w, 's3')!, 2, 1);
    const left = landStrike(w, { turn: 1, x: 0, y: 2, radius: 0, damage: 9 });
    expect(left.filter((e) => e.type === 'debris')).toEqual([{ type: 'debris', x: 1, y: 2, unit: 's2', damage: 4 }]);
    const top = landStrike(w, { turn: 1, x: 2, y: 0, radius: 0, damage: 9 });
    expect(top.filter((e) => e.type === 'debris')).toEqual([{ type: 'debris', x: 2, y: 1, unit: 's3', damage: 4 }]);
  });
});

describe('the environment phase', () => {
  it('does nothing, and says nothing, on a quiet turn', () => {
    const w = createGame(tinyMap(['S....', '....E']), 1);
    expect(bleed(w)).toEqual([]);
    expect(runEnvironment(w)).toEqual([]);
  });

  it('on easy, telegraphs strikes two phases ahead; the first phase also the nearer ones', () => {
    const strikes = [2, 3, 4].map((turn) => ({ turn, x: turn, y: 1, radius: 0, damage: 1 }));
    const w = createGame(tinyMap(['S.......', '........', '.......E'], { strikes }), 1, { difficulty: 'easy' });
    const warned = () => runEnvironment(w).flatMap((e) => (e.type === 'strike_warned' ? [e.turn] : []));
    expect(warned()).toEqual([2, 3]);
    w.header.turn = 2;
    expect(warned()).toEqual([4]);
  });
});
