import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { withinRadius } from '../vision/distance';
import { peekTiles } from '../vision/peek';
import { canSeeTileFrom } from '../vision/sight';
import { Faction } from '../world/components';
import type { Grid } from '../world/grid';
import { add, unitById, unitsSorted } from '../world/units';
import { coverToward } from './cover';
import { firingTile } from './firingTile';
import { planReaction } from './reaction';
import { longestRange, readyArm } from './weapons';

/**
 * firingTile against its rule written out plainly (the docstring of combat/firingTile.ts): the own tile
 * if it sees the target within reach, else the peek tile (vision/peek.ts peekTiles, in N E S W order)
 * that sees it within reach with the least cover toward it, first on ties; -1 when none.
 */
function plainFiringTile(g: Grid, sx: number, sy: number, vision: number, reach: number, tx: number, ty: number) {
  if (withinRadius(tx - sx, ty - sy, reach) && canSeeTileFrom(g, sx, sy, vision, tx, ty)) return sy * g.width + sx;
  let best = -1;
  let bestCover = Number.POSITIVE_INFINITY;
  for (const p of peekTiles(g, sx, sy)) {
    if (!withinRadius(tx - p.x, ty - p.y, reach) || !canSeeTileFrom(g, p.x, p.y, vision, tx, ty)) continue;
    const c = coverToward(g, tx, ty, p.x, p.y);
    if (c < bestCover) {
      best = p.y * g.width + p.x;
      bestCover = c;
    }
  }
  return best;
}

// Corners every way: walls ending north, south, east and west of the units, rubble for half cover.
const maps = [
  ['...E...', '.......', '.......', '###....', '..S....', '.......'],
  ['.......', '.#.....', '.#S....', '.......', '..,....', '.......'],
  ['.......', '...#...', '..S#...', '.......', '.,.....', '...#...', '..S....'],
  ['.........', '....#....', '.........', '..#S#....', '.........', '...,.....', '.........'],
];

describe('firingTile, where a shot is fired from', () => {
  it('agrees with the rule written out, for every tile, unit and reach on maps with corners every way', () => {
    let viaPeek = 0;
    let own = 0;
    let none = 0;
    for (const rows of maps) {
      const w = createGame(tinyMap(rows), 1);
      const g = w.grid;
      for (const u of unitsSorted(w)) {
        const sx = w.c.Position.x[u]!;
        const sy = w.c.Position.y[u]!;
        for (const reach of [1, 2, 3, 4, 8])
          for (let ty = 0; ty < g.height; ty++)
            for (let tx = 0; tx < g.width; tx++) {
              const want = plainFiringTile(g, sx, sy, 12, reach, tx, ty);
              expect(firingTile(g, sx, sy, 12, reach, tx, ty), `${sx},${sy} reach ${reach} → ${tx},${ty}`).toBe(want);
              if (want === sy * g.width + sx) own++;
              else if (want >= 0) viaPeek++;
              else none++;
            }
      }
    }
    // Every kind of answer occurs, peek shots from several directions.
    expect(own).toBeGreaterThan(50);
    expect(viaPeek).toBeGreaterThan(20);
    expect(none).toBeGreaterThan(50);
  });
});

describe('planReaction, who fires at a move', () => {
  it('agrees with every overwatcher checked at every step (no watcher dropped by the quick filter)', () => {
    // Squad overwatchers around corners and in the open, near and at the edge of their sight (a 20×16
    // map: some lines are 12 or more tiles from a watcher); the trooper walks every straight line of the map.
    const rows = [
      'S...................',
      '....#...............',
      '..S.................',
      '..#S#...S...........',
      '....................',
      '...,................',
      '....................',
      '..........#.........',
      '.........#S.........',
      '....................',
      '....................',
      '....................',
      '....................',
      '....................',
      '....................',
      '...................E',
    ];
    const w = createGame(tinyMap(rows), 1);
    const g = w.grid;
    const squad = unitsSorted(w).filter((u) => w.c.Unit.faction[u] === Faction.squad);
    for (const u of squad) add(w, u, 'Overwatch');
    const mover = unitsSorted(w).find((u) => w.c.Unit.faction[u] === Faction.lgf)!;
    const plain = (path: { x: number; y: number }[]) => {
      for (let step = 0; step < path.length; step++) {
        const p = path[step]!;
        if (g.occupant[p.y * g.width + p.x] !== 0) continue;
        const watchers = squad.filter((s) => {
          const arm = readyArm(w, s)!;
          const from = firingTile(
            g,
            w.c.Position.x[s]!,
            w.c.Position.y[s]!,
            w.c.Stats.vision[s]!,
            longestRange(arm.weapon),
            p.x,
            p.y,
          );
          return from >= 0;
        });
        if (watchers.length) return { step, watchers };
      }
      return null;
    };
    let fired = 0;
    // Every row and column walked both ways, and single steps to every tile.
    const paths: { x: number; y: number }[][] = [];
    for (let y = 0; y < g.height; y++) {
      const row = Array.from({ length: g.width }, (_, x) => ({ x, y }));
      paths.push(row, [...row].reverse());
      for (const p of row) paths.push([p]);
    }
    for (let x = 0; x < g.width; x++) {
      const col = Array.from({ length: g.height }, (_, y) => ({ x, y }));
      paths.push(col, [...col].reverse());
    }
    for (const path of paths) {
      const want = plain(path);
      expect(planReaction(w, mover, path), JSON.stringify(path)).toEqual(want);
      if (want) fired++;
    }
    expect(fired).toBeGreaterThan(10);
    expect(planReaction(w, mover, [])).toBeNull();
  });

  it('a squad unit moving is watched by the LGF, never by its own side', () => {
    const w = createGame(tinyMap(['S.......', '........', '.......E', 'S.......']), 1);
    const [s1, e1, s2] = [unitById(w, 's1')!, unitById(w, 'e1')!, unitById(w, 's2')!];
    add(w, e1, 'Overwatch');
    add(w, s2, 'Overwatch');
    expect(planReaction(w, s1, [{ x: 1, y: 0 }])).toEqual({ step: 0, watchers: [e1] });
    // The trooper moving: only the squad's watcher fires.
    expect(planReaction(w, e1, [{ x: 6, y: 2 }])).toEqual({ step: 0, watchers: [s2] });
  });
});
