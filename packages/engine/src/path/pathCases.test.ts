import { TERRAIN_NAMES } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { ORACLE_MUL, type OracleGrid, oracleCosts, oraclePathCost } from '../../test/pathOracle';
import { createGrid, type Grid } from '../world/grid';
import { T } from '../world/terrain';
import { findPath, findPathAStar, previousTile, runSearch, type SearchSpec, scratchIn, settledCost } from './findPath';
import { findJumpPath, INEXACT } from './jumpPoint';
import { buildJumpTable, jumpTableOf } from './jumpTable';
import { pathTo, reachList, reachMap } from './reach';

/**
 * Every path-finder against the oracle (test/pathOracle.ts: the movement rules written out again, no code
 * shared with src/path) on small hand-made maps, for every start and every goal: quick and exhaustive where
 * the property tests sample. Legend: `.` ground, `,` rubble (rough), `#` wall, `x` ground with a unit of the
 * other side on it (blocked). Corners of every kind (for the no-corner-cutting rule in all four diagonal
 * directions), rough ground, units in the way, the map's edges, and sizes that grow (search buffers re-made).
 */
const MAPS: Record<string, string[]> = {
  row: ['..,.x..#.'],
  column: ['.', ',', '.', 'x', '.', '#', '.', '.'],
  open: ['.....', '.....', '.....', '.....'],
  corners: ['.........', '.#..,.#..', '...#.....', '.,..x..#.', '..#...,..', '.#..#....', '....,..#.'],
  rooms: [
    '....#.......',
    '.,..#..,..#.',
    '....#.....#.',
    '.##.###.###.',
    '...,........',
    '.#....#,,#..',
    '.#.x..#..#..',
    '...#....x...',
  ],
  // Long and thin after the others: more open-list buckets for the jump search than any map before.
  corridor: ['.'.repeat(30), `${'#'.repeat(29)}.`, '.'.repeat(30)],
};

interface Case {
  name: string;
  g: Grid;
  og: OracleGrid;
  blocked: Uint8Array;
}

function caseOf(name: string, rows: string[]): Case {
  const w = rows[0]!.length;
  const h = rows.length;
  const g = createGrid(w, h);
  const blocked = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const c = rows[y]![x]!;
      g.terrain[y * w + x] = c === '#' ? T.wall : c === ',' ? T.rubble : T.ground;
      if (c === 'x') blocked[y * w + x] = 1;
    }
  }
  const og = { width: w, height: h, mul: Array.from(g.terrain, (t) => ORACLE_MUL[TERRAIN_NAMES[t]!]!) };
  return { name, g, og, blocked };
}

const CASES = Object.entries(MAPS).map(([name, rows]) => caseOf(name, rows));

interface Start {
  c: Case;
  sx: number;
  sy: number;
  blocked: Uint8Array | null;
  label: string;
  /** The oracle's cost to every tile (-1: unreachable). */
  want: Int32Array;
}

/** Every start (enterable, not blocked) of every map, with and without the units in the way. */
const STARTS: Start[] = CASES.flatMap((c) => {
  const { width: w, height: h } = c.g;
  const out: Start[] = [];
  for (const blocked of [null, c.blocked]) {
    for (let sy = 0; sy < h; sy++) {
      for (let sx = 0; sx < w; sx++) {
        if (c.og.mul[sy * w + sx] === 0 || c.blocked[sy * w + sx]) continue;
        const label = `${c.name} from ${sx},${sy}${blocked ? ' (units)' : ''}`;
        out.push({ c, sx, sy, blocked, label, want: oracleCosts(c.og, sx, sy, blocked) });
      }
    }
  }
  return out;
});

/** Collects the differences, the first ten (one expect per test keeps the exhaustive loops quick). */
function differences(check: (differ: (where: string, got: unknown, want: unknown) => void) => void): string[] {
  const out: string[] = [];
  const enough = new Error('enough');
  try {
    check((where, got, want) => {
      if (got === want || JSON.stringify(got) === JSON.stringify(want)) return;
      out.push(`${where}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      if (out.length === 10) throw enough;
    });
  } catch (e) {
    if (e !== enough) throw e;
  }
  return out;
}

type Search = typeof findPath;

/** The search's answer for every goal from every start: the oracle's cost, on a path the oracle walks for it. */
function checkEveryGoal(search: Search) {
  const found = differences((differ) => {
    for (const { c, sx, sy, blocked, label, want } of STARTS) {
      const w = c.g.width;
      for (let i = 0; i < want.length; i++) {
        const tx = i % w;
        const ty = (i - tx) / w;
        const got = search(c.g, sx, sy, tx, ty, { blocked });
        const where = `${label} to ${tx},${ty}`;
        if (want[i]! < 0 || got === null) {
          differ(where, got?.cost ?? -1, want[i]);
          continue;
        }
        differ(`${where} cost`, got.cost, want[i]);
        differ(`${where} walked`, oraclePathCost(c.og, sx, sy, got.path, blocked), want[i]);
        const end = got.path.at(-1) ?? { x: sx, y: sy };
        differ(`${where} end`, end.y * w + end.x, i);
      }
    }
  });
  expect(found).toEqual([]);
}

/**
 * The jump table's definition (jumpTable.ts) written out plainly: from a tile, walk one way tile by tile. A
 * straight walk stops at the first tile with a forced neighbour (a side tile that can be entered where the side
 * tile beside the previous one cannot): a jump point, k > 0 steps away. A diagonal walk needs both tiles beside
 * each step enterable, and stops at the first tile from which a straight walk along either of its two parts
 * finds a jump point. Running into a wall, a corner or the edge after k steps gives -k.
 */
function plainJump(og: OracleGrid, x: number, y: number, dx: number, dy: number): number {
  const open = (px: number, py: number) =>
    px >= 0 && py >= 0 && px < og.width && py < og.height && og.mul[py * og.width + px] !== 0;
  let k = 0;
  let cx = x;
  let cy = y;
  for (;;) {
    const nx = cx + dx;
    const ny = cy + dy;
    if (!open(nx, ny)) return -k;
    if (dx !== 0 && dy !== 0 && (!open(cx + dx, cy) || !open(cx, cy + dy))) return -k;
    k++;
    if (dx === 0 || dy === 0) {
      const [sx, sy] = dx === 0 ? [1, 0] : [0, 1];
      if ((open(nx + sx, ny + sy) && !open(cx + sx, cy + sy)) || (open(nx - sx, ny - sy) && !open(cx - sx, cy - sy)))
        return k;
    } else if (plainJump(og, nx, ny, dx, 0) > 0 || plainJump(og, nx, ny, 0, dy) > 0) return k;
    cx = nx;
    cy = ny;
  }
}

const DIRS = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, 1],
  [-1, -1],
] as const;

describe('the jump table', () => {
  it('holds, for every tile and direction, the jump written out plainly', () => {
    for (const c of CASES) {
      const t = buildJumpTable(c.g);
      for (let i = 0; i < c.g.width * c.g.height; i++) {
        const x = i % c.g.width;
        const y = (i - x) / c.g.width;
        const got = Array.from(t.dist.subarray(i * 8, i * 8 + 8));
        // (+ 0 makes the plain walk's -0 a 0, as the table stores it.)
        expect(got, `${c.name} ${x},${y}`).toEqual(DIRS.map(([dx, dy]) => plainJump(c.og, x, y, dx, dy) + 0));
      }
    }
  });

  it('is made again when any one tile of the terrain changes, wherever it lies (also on an unaligned view)', () => {
    // 9×5 = 45 tiles: four-word rounds, single words after them, single bytes after those.
    for (const offset of [0, 1]) {
      const buffer = new Uint8Array(45 + offset);
      const g = { ...createGrid(9, 5), terrain: buffer.subarray(offset) };
      for (let i = 0; i < 45; i++) {
        jumpTableOf(g);
        g.terrain[i] = T.wall;
        expect(jumpTableOf(g).dist, `offset ${offset}, wall at ${i}`).toEqual(buildJumpTable(g).dist);
        g.terrain[i] = T.ground;
      }
      // A grid of another shape with the same tiles is another terrain.
      const wide = { ...createGrid(15, 3), terrain: g.terrain };
      jumpTableOf(g);
      expect(jumpTableOf(wide).width).toBe(15);
      expect(jumpTableOf(wide).dist).toEqual(buildJumpTable(wide).dist);
    }
  });
});

describe('path-finders on small hand-made maps, every start and goal, against the oracle', () => {
  it('findPathAStar: the cheapest cost, on a legal path to the goal; null where the oracle finds none', () => {
    checkEveryGoal(findPathAStar);
  });

  it('findPath (jump search on the longer trips): the same', () => {
    checkEveryGoal(findPath);
  });

  it('findPath answers with the search its rule names: A* for a short trip (estimate² · 10 < tiles), else the jump search unless its path crosses rough ground or a unit', () => {
    // Which of several cheapest paths a move takes is part of the rules (it decides who fires at the mover).
    let short = 0;
    let jumped = 0;
    let differ = 0;
    const found = differences((check) => {
      for (const { c, sx, sy, blocked, label, want } of STARTS) {
        const { width: w, height: h } = c.g;
        for (let i = 0; i < want.length; i++) {
          const tx = i % w;
          const ty = (i - tx) / w;
          if (want[i]! <= 0) continue;
          const ax = Math.abs(tx - sx);
          const ay = Math.abs(ty - sy);
          const estimate = 3 * Math.min(ax, ay) + 2 * Math.abs(ax - ay);
          const aStar = findPathAStar(c.g, sx, sy, tx, ty, { blocked });
          let expected = aStar;
          if (estimate * estimate * 10 < w * h) short++;
          else {
            const jump = findJumpPath(c.g, sx, sy, tx, ty, blocked, 0x3fffffff);
            if (jump !== INEXACT) {
              expected = jump;
              jumped++;
              if (JSON.stringify(jump) !== JSON.stringify(aStar)) differ++;
            }
          }
          check(`${label} to ${tx},${ty}`, findPath(c.g, sx, sy, tx, ty, { blocked }), expected);
        }
      }
    });
    expect(found).toEqual([]);
    // Both searches answer, and the two often choose different paths of the same cost.
    expect(short).toBeGreaterThan(100);
    expect(jumped).toBeGreaterThan(100);
    expect(differ).toBeGreaterThan(20);
  });

  it('findPath on both sides of the threshold: estimate² · 10 below the tile count takes A*, equal to it the jump search', () => {
    // 18×20 = 360 tiles, a wall on about one tile in five: estimate 6 (three straight steps, or two diagonal)
    // is the threshold, estimate 5 just below it; on both sides A* and the jump search sometimes choose
    // different paths of the same cost.
    const g = createGrid(18, 20);
    let seed = 5;
    for (let i = 0; i < 360; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      if ((seed >>> 16) % 5 === 0) g.terrain[i] = T.wall;
    }
    const differ = [0, 0];
    const found = differences((check) => {
      for (let s = 0; s < 360; s++) {
        for (let t = 0; t < 360; t++) {
          const [sx, sy, tx, ty] = [s % 18, Math.floor(s / 18), t % 18, Math.floor(t / 18)];
          const ax = Math.abs(tx - sx);
          const ay = Math.abs(ty - sy);
          const estimate = 3 * Math.min(ax, ay) + 2 * Math.abs(ax - ay);
          if ((estimate !== 5 && estimate !== 6) || g.terrain[s] === T.wall) continue;
          const jump = findJumpPath(g, sx, sy, tx, ty, null, 0x3fffffff);
          const aStar = findPathAStar(g, sx, sy, tx, ty);
          if (jump !== INEXACT && jump !== null && JSON.stringify(jump) !== JSON.stringify(aStar))
            differ[estimate - 5]!++;
          const want = estimate === 5 || jump === INEXACT ? aStar : jump;
          check(`${sx},${sy} to ${tx},${ty}`, findPath(g, sx, sy, tx, ty), want);
        }
      }
    });
    expect(found).toEqual([]);
    expect(differ[0]).toBeGreaterThan(3);
    expect(differ[1]).toBeGreaterThan(20);
  });

  it('both give up past the cost limit: a path costing exactly the limit is found, one point less is not', () => {
    const found = differences((differ) => {
      for (const { c, sx, sy, blocked, label, want } of STARTS) {
        const w = c.g.width;
        for (let i = 0; i < want.length; i++) {
          if (want[i]! <= 0) continue;
          const tx = i % w;
          const ty = (i - tx) / w;
          for (const search of [findPath, findPathAStar]) {
            const where = `${search.name} ${label} to ${tx},${ty}`;
            differ(`${where} at the limit`, search(c.g, sx, sy, tx, ty, { blocked, maxCost: want[i]! })?.cost, want[i]);
            differ(`${where} below it`, search(c.g, sx, sy, tx, ty, { blocked, maxCost: want[i]! - 1 }), null);
          }
        }
      }
    });
    expect(found).toEqual([]);
  });

  it('no path to a goal just off the map, left or right of any row, from any start', () => {
    const found = differences((check) => {
      for (const { c, sx, sy, blocked, label } of STARTS) {
        for (let y = 0; y < c.g.height; y++) {
          for (const x of [-1, c.g.width]) {
            for (const search of [findPath, findPathAStar])
              check(`${search.name} ${label} to ${x},${y}`, search(c.g, sx, sy, x, y, { blocked }), null);
          }
        }
      }
    });
    expect(found).toEqual([]);
  });

  it('no path to a goal off the map, and none without a start-to-goal way', () => {
    const { g } = CASES.find((c) => c.name === 'open')!;
    for (const search of [findPath, findPathAStar]) {
      // (-1, 1) and (5, 0) would be tiles (4, 0) and (0, 1) if the row wrapped.
      for (const [tx, ty] of [
        [-1, 1],
        [-1, 0],
        [0, -1],
        [5, 0],
        [0, 4],
      ] as const)
        expect(search(g, 2, 2, tx, ty), `${search.name} to ${tx},${ty}`).toBeNull();
    }
  });

  it('reachMap: every tile within the budget at its oracle cost, the path to it walks for that cost, none beyond', () => {
    const found = differences((differ) => {
      for (const { c, sx, sy, blocked, label, want } of STARTS) {
        const w = c.g.width;
        for (const budget of [0, 3, 8, 1_000]) {
          const r = reachMap(c.g, sx, sy, budget, blocked);
          for (let i = 0; i < want.length; i++) {
            const x = i % w;
            const y = (i - x) / w;
            const expected = want[i]! >= 0 && want[i]! <= budget ? want[i]! : -1;
            const where = `${label} budget ${budget} to ${x},${y}`;
            differ(where, r.cost[i], expected);
            // The previous tile: -1 for the start and for a tile not reached.
            if (expected <= 0) differ(`${where} previous`, r.from[i], -1);
            const path = pathTo(r, x, y);
            if (expected < 0 || path === null) differ(`${where} path`, path, expected < 0 ? null : 'a path');
            else {
              differ(`${where} walked`, oraclePathCost(c.og, sx, sy, path, blocked), expected);
              const end = path.at(-1) ?? { x: sx, y: sy };
              differ(`${where} end`, end.y * w + end.x, i);
            }
          }
        }
      }
    });
    expect(found).toEqual([]);
  });

  it('pathTo: no path to a tile off the map', () => {
    const { g } = CASES.find((c) => c.name === 'open')!;
    const r = reachMap(g, 2, 2, 1_000);
    for (const [x, y] of [
      [0, 4],
      [2, 7],
      [-1, -1],
    ] as const)
      expect(pathTo(r, x, y), `${x},${y}`).toBeNull();
  });

  it('reachList: the start first, then every reached tile once, cheapest first, with its oracle cost', () => {
    const found = differences((differ) => {
      for (const { c, sx, sy, blocked, label, want } of STARTS) {
        const list = reachList(c.g, sx, sy, 1_000, blocked);
        differ(`${label} count`, list.count, want.filter((v) => v >= 0).length);
        differ(`${label} first`, list.tiles[0], sy * c.g.width + sx);
        // previousTile's promise: -1 for the start (a walk back stops there).
        differ(`${label} start's previous tile`, previousTile(list.scratch, sy * c.g.width + sx), -1);
        const seen = new Set<number>();
        for (let k = 0; k < list.count; k++) {
          const i = list.tiles[k]!;
          differ(`${label} tile ${i} again`, seen.has(i), false);
          seen.add(i);
          differ(`${label} tile ${i}`, list.costs[k], want[i]);
          if (k > 0) differ(`${label} cheapest first at ${k}`, list.costs[k]! >= list.costs[k - 1]!, true);
        }
      }
    });
    expect(found).toEqual([]);
  });

  it('runSearch toward tiles around a centre (estimate less slack, as the AI asks): their exact costs', () => {
    // The AI's distance search: from a goal toward the tiles within `slack` (octile) of a centre, stopping
    // once they are all settled; the estimate is the octile distance to the centre less the slack. The AI's slack
    // can be large (the farthest reachable tile's distance): slacks of 14 and 40 put the start inside it, where
    // its estimate must stop at 0 (the open list's 16 buckets wrap, so a start f far below the rest misorders it).
    const found = differences((differ) => {
      for (const c of CASES) {
        const { width: w, height: h } = c.g;
        const s = scratchIn({ s: null }, c.g);
        // Every start of the map: on `open` only some of them (3,3 toward 2,2 with slack 5) show a step whose
        // estimate less slack goes below 0 instead of stopping at 0.
        for (const { sx, sy, blocked, want } of STARTS.filter((st) => st.c === c)) {
          for (const [cx, cy] of [
            [0, 0],
            [w - 1, h - 1],
            [w >> 1, h >> 1],
            [w - 1, 0],
          ] as const) {
            for (const slack of [0, 2, 3, 5, 14, 40]) {
              const wanted = new Set<number>();
              for (let i = 0; i < w * h; i++) {
                const ax = Math.abs((i % w) - cx);
                const ay = Math.abs(Math.floor(i / w) - cy);
                if (2 * Math.max(ax, ay) + Math.min(ax, ay) <= slack) wanted.add(i);
              }
              let left = wanted.size;
              const spec: SearchSpec = {
                blocked,
                maxCost: 1_000,
                heuristic: 2,
                tx: cx,
                ty: cy,
                slack,
                goal: -1,
                onSettle: (i) => wanted.has(i) && --left === 0,
              };
              const stamp = runSearch(c.g, sx, sy, spec, s);
              for (const i of wanted)
                differ(
                  `${c.name} from ${sx},${sy} centre ${cx},${cy} slack ${slack}: tile ${i}`,
                  settledCost(s, stamp, i),
                  want[i],
                );
            }
          }
        }
      }
    });
    expect(found).toEqual([]);
  });

  it('runSearch with the plain octile estimate (heuristic 1) ignores the slack, which is for heuristic 2 only', () => {
    // The same tiles settled in the same order toward the same goal, whatever the slack says.
    const found = differences((differ) => {
      for (const c of CASES) {
        const { width: w, height: h } = c.g;
        for (const { sx, sy, blocked } of STARTS.filter((st, k) => st.c === c && k % 3 === 0)) {
          const goal = (h - 1 - sy) * w + (w - 1 - sx);
          const order = (slack: number) => {
            const settled: number[] = [];
            const spec: SearchSpec = {
              blocked,
              maxCost: 1_000,
              heuristic: 1,
              tx: w - 1 - sx,
              ty: h - 1 - sy,
              slack,
              goal,
              onSettle: (i) => settled.push(i) < 0,
            };
            runSearch(c.g, sx, sy, spec, scratchIn({ s: null }, c.g));
            return settled.join(' ');
          };
          differ(`${c.name} from ${sx},${sy}`, order(40), order(0));
        }
      }
    });
    expect(found).toEqual([]);
  });

  it('search buffers: clear again when the stamp wraps; grow the open list past its first size', () => {
    const c = CASES.find((k) => k.name === 'rooms')!;
    const want = (sx: number, sy: number) => Array.from(oracleCosts(c.og, sx, sy, null));
    const costs = (list: ReturnType<typeof reachList>) => {
      const out = new Array<number>(c.g.width * c.g.height).fill(-1);
      for (let k = 0; k < list.count; k++) out[list.tiles[k]!] = list.costs[k]!;
      return out;
    };
    // A search at stamp 1 from one corner; then the stamp runs out and the next search (stamp 1 again)
    // must not take the first one's tiles for its own. (The buffers start clean, as they would at stamp 0, so the
    // test does not depend on the searches run before it.)
    const scratch = reachList(c.g, 0, 0, 1_000).scratch;
    scratch.node.fill(0);
    scratch.stamp = 0;
    const atOne = reachList(c.g, 0, 0, 1_000);
    expect(costs(atOne)).toEqual(want(0, 0));
    atOne.scratch.stamp = 0x7ffffff0;
    expect(costs(reachList(c.g, 11, 7, 1_000))).toEqual(want(11, 7));
    // A stamp is never used twice: a search whose stamp was moved one ahead (as if a search had run between) must
    // not meet the marks of the search before it.
    const before = reachList(c.g, 0, 0, 1_000);
    before.scratch.stamp++;
    expect(costs(reachList(c.g, 11, 7, 1_000))).toEqual(want(11, 7));
    // At the largest 32-bit stamp the next one would not fit the buffers: they are cleared and counting starts again.
    before.scratch.stamp = 0x7fffffff;
    expect(costs(reachList(c.g, 11, 7, 1_000))).toEqual(want(11, 7));
    expect(before.scratch.stamp).toBe(1);
    // Rough ground everywhere but a ground lattice: tiles are reached again and again at lower costs, so the
    // open list holds more entries than the map has tiles.
    const g = createGrid(12, 12);
    for (let i = 0; i < 144; i++)
      g.terrain[i] = (i % 12) % 3 === 0 || Math.floor(i / 12) % 3 === 0 ? T.ground : T.rubble;
    const og = { width: 12, height: 12, mul: Array.from(g.terrain, (t) => ORACLE_MUL[TERRAIN_NAMES[t]!]!) };
    const list = reachList(g, 5, 5, 1_000);
    const got = new Array<number>(144).fill(-1);
    for (let k = 0; k < list.count; k++) got[list.tiles[k]!] = list.costs[k]!;
    expect(got).toEqual(Array.from(oracleCosts(og, 5, 5, null)));
  });

  it('search buffers: the open list grows at a push toward any of the eight directions, each search on new buffers', () => {
    // Rough ground but a ground lattice: tiles are reached again at lower costs, so the open list outgrows its first
    // size (one entry a tile). With new buffers for every start, the push that outgrows it comes from another
    // direction each time; a push that does not grow the list loses its entry.
    const g = createGrid(12, 12);
    for (let i = 0; i < 144; i++)
      g.terrain[i] = (i % 12) % 3 === 0 || Math.floor(i / 12) % 3 === 0 ? T.ground : T.rubble;
    const og = { width: 12, height: 12, mul: Array.from(g.terrain, (t) => ORACLE_MUL[TERRAIN_NAMES[t]!]!) };
    let grew = 0;
    const found = differences((differ) => {
      for (let start = 0; start < 144; start++) {
        const [sx, sy] = [start % 12, Math.floor(start / 12)];
        const want = oracleCosts(og, sx, sy, null);
        const s = scratchIn({ s: null }, g);
        const first = s.poolTile.length;
        const spec: SearchSpec = {
          blocked: null,
          maxCost: 1_000,
          heuristic: 0,
          tx: 0,
          ty: 0,
          slack: 0,
          goal: -1,
          onSettle: null,
        };
        const stamp = runSearch(g, sx, sy, spec, s);
        if (s.poolTile.length > first) grew++;
        for (let i = 0; i < 144; i++) differ(`from ${sx},${sy} tile ${i}`, settledCost(s, stamp, i), want[i]);
      }
    });
    expect(found).toEqual([]);
    expect(grew).toBeGreaterThan(100);
  });
});
