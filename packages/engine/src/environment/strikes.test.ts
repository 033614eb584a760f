import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { idx } from '../world/grid';
import { T, TERRAIN_RULES } from '../world/terrain';
import { unitById } from '../world/units';
import { landStrike, warnStrikes } from './strikes';

/** Exact numbers of one strike landing: half blast rounds down, a wall with HP left stands. */
describe('landStrike numbers', () => {
  // s1 at (2,1), s2 at (1,2), a wall at (2,2).
  const rows = [
    '......', //
    '..S...',
    '.S#...',
    '......',
  ];

  it('half blast rounds down: an odd blast of 5 takes 2 HP off a unit beside the centre, 5 on the centre', () => {
    const w = createGame(tinyMap(rows), 1);
    const s1 = unitById(w, 's1')!; // (2,1): beside the centre (2,2)
    const s2 = unitById(w, 's2')!; // (1,2): beside the centre
    w.c.Health.hp[s1] = 20;
    w.c.Health.hp[s2] = 20;
    landStrike(w, { turn: 1, x: 1, y: 2, radius: 1, damage: 5 });
    // s2 is on the centre (1,2): full 5. s1 at (2,1) is off-centre: floor(5/2) = 2.
    expect(w.c.Health.hp[s2]).toBe(15);
    expect(w.c.Health.hp[s1]).toBe(18);
  });

  it('half blast of 1 is still 1 (at least 1)', () => {
    const w = createGame(tinyMap(rows), 1);
    const s1 = unitById(w, 's1')!;
    w.c.Health.hp[s1] = 20;
    landStrike(w, { turn: 1, x: 1, y: 2, radius: 1, damage: 1 });
    expect(w.c.Health.hp[s1]).toBe(19);
  });

  it('a wall left with 1 HP stands (wall_damaged, hp 1); one more point brings it down', () => {
    const wallHp = TERRAIN_RULES[T.wall]!.hp;
    const w = createGame(tinyMap(rows), 1);
    const i = idx(w.grid, 2, 2);
    expect(w.grid.wallHp[i]).toBe(wallHp);
    const events = landStrike(w, { turn: 1, x: 2, y: 2, radius: 0, damage: wallHp - 1 });
    expect(w.grid.terrain[i]).toBe(T.wall);
    expect(w.grid.wallHp[i]).toBe(1);
    expect(events.filter((e) => e.type.startsWith('wall_'))).toEqual([{ type: 'wall_damaged', x: 2, y: 2, hp: 1 }]);
    const next = landStrike(w, { turn: 1, x: 2, y: 2, radius: 0, damage: 1 });
    expect(w.grid.terrain[i]).toBe(T.rubble);
    expect(w.grid.wallHp[i]).toBe(0);
    expect(next.filter((e) => e.type.startsWith('wall_'))).toEqual([{ type: 'wall_collapsed', x: 2, y: 2 }]);
  });
});

describe('landStrike details (mutation survivors)', () => {
  it('reports strike_landed first with its tiles, clipped to the map at a corner', () => {
    const w = createGame(tinyMap(['S.....', '......', '......', '.....E']), 1);
    const events = landStrike(w, { turn: 1, x: 0, y: 0, radius: 1, damage: 1 });
    expect(events[0]).toEqual({
      type: 'strike_landed',
      x: 0,
      y: 0,
      radius: 1,
      damage: 1,
      tiles: [
        { x: 0, y: 0 },
        { x: 1, y: 0 },
        { x: 0, y: 1 },
        { x: 1, y: 1 },
      ],
    });
  });

  it('a unit on the centre row but off the centre takes half', () => {
    const w = createGame(tinyMap(['......', '.SS...', '......']), 1);
    const a = unitById(w, 's1')!; // (1,1): the centre
    const b = unitById(w, 's2')!; // (2,1): same row, off the centre
    w.c.Health.hp[a] = 20;
    w.c.Health.hp[b] = 20;
    landStrike(w, { turn: 1, x: 1, y: 1, radius: 1, damage: 6 });
    expect([w.c.Health.hp[a], w.c.Health.hp[b]]).toEqual([14, 17]);
  });

  it('a unit already bleeding is not wounded again', () => {
    const w = createGame(tinyMap(['......', '.S....', '......']), 1);
    const s = unitById(w, 's1')!;
    w.c.Health.hp[s] = 20;
    const first = landStrike(w, { turn: 1, x: 1, y: 1, radius: 0, damage: 1 });
    expect(first.filter((e) => e.type === 'bleeding_started')).toHaveLength(1);
    const second = landStrike(w, { turn: 1, x: 1, y: 1, radius: 0, damage: 1 });
    expect(second.filter((e) => e.type === 'bleeding_started')).toEqual([]);
  });

  it('throws debris exactly onto the units beside a collapsing wall (each side, below included)', () => {
    //   . . . . .
    //   . . S . .    s1 above the wall
    //   . . # S .    s2 right of it
    //   . . S . .    s3 below it
    const w = createGame(tinyMap(['.....', '..S..', '..#S.', '..S..', '.....']), 1);
    for (const id of ['s1', 's2', 's3']) w.c.Health.hp[unitById(w, id)!] = 30;
    const events = landStrike(w, { turn: 1, x: 2, y: 2, radius: 0, damage: 9 });
    expect(events.filter((e) => e.type === 'debris')).toEqual([
      { type: 'debris', x: 2, y: 1, unit: 's1', damage: 4 },
      { type: 'debris', x: 3, y: 2, unit: 's2', damage: 4 },
      { type: 'debris', x: 2, y: 3, unit: 's3', damage: 4 },
    ]);
    // A strike of radius 0 hits only its centre: the units beside it lose the debris only.
    expect(['s1', 's2', 's3'].map((id) => w.c.Health.hp[unitById(w, id)!])).toEqual([26, 26, 26]);
  });

  it('no debris where no unit stands beside the wall: a unit two tiles off is untouched', () => {
    const w = createGame(tinyMap(['.......', '...#.S.', '.......']), 1);
    const s = unitById(w, 's1')!;
    const hp = w.c.Health.hp[s];
    const events = landStrike(w, { turn: 1, x: 3, y: 1, radius: 0, damage: 9 });
    expect(events.filter((e) => e.type === 'debris')).toEqual([]);
    expect(w.c.Health.hp[s]).toBe(hp);
  });

  it('tears hull open only inside the breachable rectangles, edges included and excluded exactly', () => {
    // Hull row y=1 from x=1 to x=6; breachable: x 2..4, y 1..1 (w 3, h 1).
    const map = tinyMap(['S.......', '.HHHHHH.', '.......E'], {
      breachable: [{ x: 2, y: 1, w: 3, h: 1 }],
    });
    const w = createGame(map, 1);
    const at = (x: number) => w.grid.terrain[idx(w.grid, x, 1)];
    for (const x of [1, 2, 4, 5]) landStrike(w, { turn: 1, x, y: 1, radius: 0, damage: 1 });
    expect([1, 2, 4, 5].map(at)).toEqual([T.hull, T.breach, T.breach, T.hull]);
    // The row below the rectangle: hull there would stay shut (y + h is outside).
    expect(at(3)).toBe(T.hull);
  });

  it('the same along y: rows y..y+h-1 of a rectangle tear, the rows beyond do not', () => {
    const map = tinyMap(['S..H...', '...H...', '...H...', '...H...', '...H..E'], {
      breachable: [{ x: 3, y: 1, w: 1, h: 2 }],
    });
    const w = createGame(map, 1);
    for (const y of [0, 1, 2, 3]) landStrike(w, { turn: 1, x: 3, y, radius: 0, damage: 1 });
    expect([0, 1, 2, 3].map((y) => w.grid.terrain[idx(w.grid, 3, y)])).toEqual([T.hull, T.breach, T.breach, T.hull]);
  });

  it('telegraphs only the strikes of the turn asked for', () => {
    const map = tinyMap(['S.....', '......', '.....E'], {
      strikes: [
        { turn: 2, x: 1, y: 1, radius: 0, damage: 1 },
        { turn: 3, x: 2, y: 1, radius: 0, damage: 1 },
      ],
    });
    const w = createGame(map, 1);
    expect(warnStrikes(w, 3).map((e) => e.type === 'strike_warned' && [e.turn, e.x])).toEqual([[3, 2]]);
    expect(warnStrikes(w, 4)).toEqual([]);
  });
});
