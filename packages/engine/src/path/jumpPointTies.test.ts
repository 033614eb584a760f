import { describe, expect, it } from 'vitest';
import { hashJson } from '../hash/hasher';
import { createGrid, type Grid } from '../world/grid';
import { T } from '../world/terrain';
import { findJumpPath } from './jumpPoint';

// Which of several equally cheap paths the jump search takes is part of the rules: a move's path decides which
// overwatchers may fire on it. These answers are the jump search's as the golden corpus was recorded (replay
// version 10). If one changes on purpose: bump REPLAY_VERSION, run `pnpm golden` and record the new answers here.
// Each small map below is one where a looser pruning of the search (a side direction tried where it is not
// forced) or a dropped one finds another path of the same cost.

/** A grid from rows: '#' wall, anything else ground; S the start, G the goal, x ground with a unit in the way, r rubble. */
function parse(rows: string[]): { g: Grid; sx: number; sy: number; tx: number; ty: number } {
  const g = createGrid(rows[0]!.length, rows.length);
  let [sx, sy, tx, ty] = [-1, -1, -1, -1];
  rows.forEach((row, y) => {
    [...row].forEach((c, x) => {
      g.terrain[y * g.width + x] = c === '#' ? T.wall : c === 'r' ? T.rubble : T.ground;
      if (c === 'S') [sx, sy] = [x, y];
      if (c === 'G') [tx, ty] = [x, y];
    });
  });
  return { g, sx, sy, tx, ty };
}

/** A path as "x,y x,y ...". */
function steps(path: { x: number; y: number }[]): string {
  return path.map((p) => `${p.x},${p.y}`).join(' ');
}

describe('the jump search between equally cheap paths', () => {
  it.each([
    {
      why: 'entered going east, the north side is not forced: no turn north-east from the first jump point',
      rows: ['......', 'S..#..', '#...#G'],
      path: '1,0 2,0 3,0 4,0 5,1 5,2',
      cost: 14,
    },
    {
      why: 'entered going west, the south side is not forced: no turn south-west there',
      rows: ['G##.#', '.#..S', '.....'],
      path: '3,2 2,2 1,2 0,2 0,1 0,0',
      cost: 13,
    },
    {
      why: 'entered going north, the west side is not forced',
      rows: ['.S#', '...', '..#', '.#.', '.G.', '#..', '#.#'],
      path: '0,1 0,2 0,3 0,4 1,4',
      cost: 11,
    },
    {
      why: 'entered going north, the east side is not forced',
      rows: ['.##', '#G.', '.#.', '...', '...', '#S.'],
      path: '2,4 2,3 2,2 2,1 1,1',
      cost: 11,
    },
    {
      why: 'entered going east, a move along a row checks the rows beside it, not the columns',
      rows: ['...G', '#.#.', 'S...'],
      path: '1,2 2,2 3,2 3,1 3,0',
      cost: 10,
    },
    {
      why: 'entered going north, an unforced east side drops north-east and east, not north-west',
      rows: ['#S.', '...', '...', '.#.', '.G.'],
      path: '2,1 2,2 2,3 2,4 1,4',
      cost: 11,
    },
    {
      why: 'entered going north, a west side counts as forced only where the tile behind it is not walkable',
      rows: ['.S#', '...', '..#', '.#.', '.G#'],
      path: '0,1 0,2 0,3 0,4 1,4',
      cost: 11,
    },
    {
      why: 'entered going south, an unforced west side drops south-west and west, not south-east',
      rows: ['.G#', '.##', '...', '...', '.S#', '.#.'],
      path: '0,3 0,2 0,1 0,0 1,0',
      cost: 11,
    },
    {
      why: 'entered going west, a north side counts as forced only where the tile behind it is not walkable',
      rows: ['......', '.#...S', 'G#..##'],
      path: '4,0 3,0 2,0 1,0 0,0 0,1 0,2',
      cost: 15,
    },
    {
      why: 'entered going west, a south side counts as forced only where the tile behind it is not walkable (x: a unit)',
      rows: ['..x.#', 'G#..S', '.....'],
      path: '3,2 2,2 1,2 0,2 0,1',
      cost: 11,
    },
    {
      why: 'entered going east, an unforced south side drops south-east and south, not south-west',
      rows: ['.#....', 'S...#G', '......'],
      path: '1,2 2,2 3,2 4,2 5,2 5,1',
      cost: 13,
    },
    {
      why: 'a jump stops short at the goal row or column only when it heads toward the goal on both axes',
      rows: ['S...', '..#.', '.#G.', '....', '..##'],
      path: '1,0 2,0 3,0 3,1 3,2 2,2',
      cost: 12,
    },
  ])('$why', ({ rows, path, cost }) => {
    const { g, sx, sy, tx, ty } = parse(rows);
    const blocked = Uint8Array.from(rows.join(''), (c) => (c === 'x' ? 1 : 0));
    const found = findJumpPath(g, sx, sy, tx, ty, blocked, 1000);
    expect(found).not.toBe('inexact');
    expect(found).not.toBeNull();
    const got = found as { path: { x: number; y: number }[]; cost: number };
    expect(got.cost).toBe(cost);
    expect(steps(got.path)).toBe(path);
  });

  it('a jump heading away from the goal on one axis does not stop at its row: the way found crosses rough ground', () => {
    // The search's own way here runs through rubble, so it answers 'inexact' and A* decides; a jump that stopped at
    // the goal's row would find another way of the same relaxed cost, on ground only, and answer with it.
    const { g, sx, sy, tx, ty } = parse(['.#r#', '..r.', '.G#r', '.#.r', '...S']);
    expect(findJumpPath(g, sx, sy, tx, ty, null, 1000)).toBe('inexact');
  });

  it('takes the same path as recorded on 3,000 small walled maps, with and without units in the way', () => {
    // A fixed generator (no library), so the maps stay the same across fast-check versions too.
    let seed = 20261201;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const answers: unknown[] = [];
    let paths = 0;
    let inexact = 0;
    for (let k = 0; k < 3000; k++) {
      const w = 2 + next(13);
      const h = 2 + next(13);
      const g = createGrid(w, h);
      const walls = 1 + next(4);
      for (let i = 0; i < w * h; i++) g.terrain[i] = next(10) < walls ? T.wall : T.ground;
      const blocked = k % 3 === 0 ? Uint8Array.from({ length: w * h }, () => (next(8) === 0 ? 1 : 0)) : null;
      const s = next(w * h);
      const t = next(w * h);
      if (s === t || g.terrain[s] === T.wall || g.terrain[t] === T.wall || blocked?.[t]) continue;
      const limit = k % 7 === 0 ? next(30) : 1000;
      const found = findJumpPath(g, s % w, (s / w) | 0, t % w, (t / w) | 0, blocked, limit);
      if (found === 'inexact') inexact++;
      else if (found) paths += found.path.length > 1 ? 1 : 0;
      answers.push(found === null || found === 'inexact' ? found : [found.cost, steps(found.path)]);
    }
    // Enough of every kind of answer that a changed choice shows.
    expect(paths).toBeGreaterThan(900);
    expect(inexact).toBeGreaterThan(100);
    expect(hashJson(answers)).toBe(TIES_DIGEST);
  });
});

/** hashJson of the answers in the test above, as recorded with REPLAY_VERSION 10. */
const TIES_DIGEST = 'bf71525df85c9b2e';
