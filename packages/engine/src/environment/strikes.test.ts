import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { idx } from '../world/grid';
import { T, TERRAIN_RULES } from '../world/terrain';
import { unitById } from '../world/units';
import { landStrike } from './strikes';

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
