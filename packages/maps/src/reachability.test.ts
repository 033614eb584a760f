import { describe, expect, it } from 'vitest';
import { type MapData, type MapInput, MapSchema } from './format';
import {
  inside,
  isBreachableHull,
  labelRegions,
  openableHullMask,
  passableMask,
  regionsOf,
  type TileGrid,
  tileGridOf,
} from './reachability';
import { DEFAULT_LEGEND, type TerrainName } from './terrain';

/** A small map from its rows (default legend), with extras (strikes, breaches, breachable rects). */
function mapOf(rows: string[], extra: Partial<MapInput> = {}): MapData {
  return MapSchema.parse({
    format: 'denizens-map',
    version: 1,
    id: 'reach',
    name: 'Reach',
    width: rows[0]!.length,
    height: rows.length,
    terrain: rows,
    squad: [{ id: 'a', name: 'A', hp: 5, aim: 50, mobility: 4, weapon: 'webley', x: 0, y: 0 }],
    objective: { kind: 'eliminate' },
    ...extra,
  });
}

const gridOf = (map: MapData) => tileGridOf(map, { ...DEFAULT_LEGEND, ...map.legend });

/** The mask as rows of 0/1, for readable expectations. */
function rowsOf(g: TileGrid, mask: ArrayLike<number>): string[] {
  return Array.from({ length: g.height }, (_, y) =>
    Array.from({ length: g.width }, (_, x) => mask[y * g.width + x]).join(''),
  );
}

/**
 * 4-connected regions written out plainly: repeatedly, the first unlabelled passable tile in scan order starts
 * a new region (1, 2, …), which grows by whole passes over the grid until no tile joins.
 */
function plainRegions(w: number, h: number, mask: ArrayLike<number>): number[] {
  const label = new Array<number>(w * h).fill(0);
  let next = 0;
  for (let start = 0; start < w * h; start++) {
    if (!mask[start] || label[start]) continue;
    label[start] = ++next;
    for (let grown = true; grown; ) {
      grown = false;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const i = y * w + x;
          if (!mask[i] || label[i]) continue;
          const touches = [
            [x - 1, y],
            [x + 1, y],
            [x, y - 1],
            [x, y + 1],
          ].some(([nx, ny]) => nx! >= 0 && ny! >= 0 && nx! < w && ny! < h && label[ny! * w + nx!] === next);
          if (touches) {
            label[i] = next;
            grown = true;
          }
        }
      }
    }
  }
  return label;
}

describe('reachability (the validator\'s "objective reachable" and patrol checks)', () => {
  it('tileGridOf: width × height tiles from the legend; missing or short rows give unknown tiles', () => {
    const map = mapOf(['.#', 'H ']);
    expect(gridOf(map)).toEqual({ width: 2, height: 2, terrain: ['ground', 'wall', 'hull', 'void'] });
    // A map whose rows do not match its size (the rows check reports it; the grid still has the map's shape).
    // A map whose rows do not match its size (the rows check reports it): the grid still has the map's shape,
    // and a tile with no code is unknown (even where the legend has a code for a space).
    const ragged = { ...map, width: 8, height: 3, terrain: ['.#......', '.'] };
    expect(gridOf(ragged).terrain).toEqual<(TerrainName | undefined)[]>([
      'ground',
      'wall',
      ...new Array<TerrainName>(6).fill('ground'),
      'ground',
      ...new Array<undefined>(15).fill(undefined),
    ]);
  });

  it('inside: only 0 ≤ x < width and 0 ≤ y < height', () => {
    const g: TileGrid = { width: 3, height: 2, terrain: [] };
    const got = [-1, 0, 1, 2, 3].map((x) => [-1, 0, 1, 2].map((y) => (inside(g, x, y) ? 1 : 0)).join(''));
    expect(got).toEqual(['0000', '0110', '0110', '0110', '0000']);
  });

  it('isBreachableHull: any hull without rects; else inside some rect (its far edges excluded)', () => {
    expect(isBreachableHull(mapOf(['H']), 5, 5)).toBe(true);
    const map = mapOf(['HHHHHH', 'HHHHHH', 'HHHHHH', 'HHHHHH'], {
      breachable: [
        { x: 1, y: 1, w: 2, h: 2 },
        { x: 4, y: 0, w: 1, h: 1 },
      ],
    });
    const got = Array.from({ length: 4 }, (_, y) =>
      Array.from({ length: 6 }, (_, x) => (isBreachableHull(map, x, y) ? 1 : 0)).join(''),
    );
    expect(got).toEqual(['000010', '011000', '011000', '000000']);
  });

  it("openableHullMask: breachable hull within a strike's Chebyshev radius, clipped at the map edges", () => {
    const rows = ['HHHHHH', 'HHHHHH', 'HHHH.H', 'HHHHHH'];
    const strikes = [
      { turn: 1, x: 0, y: 0, radius: 1, damage: 1 },
      { turn: 2, x: 5, y: 3, radius: 2, damage: 1 },
    ];
    const all = mapOf(rows, { strikes });
    expect(rowsOf(gridOf(all), openableHullMask(all, gridOf(all)))).toEqual(['110000', '110111', '000101', '000111']);
    const rect = mapOf(rows, { strikes, breachable: [{ x: 1, y: 1, w: 4, h: 3 }] });
    expect(rowsOf(gridOf(rect), openableHullMask(rect, gridOf(rect)))).toEqual([
      '000000',
      '010110',
      '000100',
      '000110',
    ]);
    // A rect reaching past the map (the rects check reports it) is clipped, not wrapped onto the next row.
    const past = mapOf(rows, { strikes, breachable: [{ x: 4, y: 2, w: 5, h: 5 }] });
    expect(rowsOf(gridOf(past), openableHullMask(past, gridOf(past)))).toEqual([
      '000000',
      '000000',
      '000001',
      '000011',
    ]);
  });

  it('passableMask: walk is walkable terrain only; squad adds breaches and openable hull; anyHull every hull', () => {
    const rows = ['.,B#', 'HH_ ', '=oCH'];
    const map = mapOf(rows, { strikes: [{ turn: 1, x: 0, y: 1, radius: 0, damage: 1 }], breaches: [{ x: 3, y: 2 }] });
    const g = gridOf(map);
    expect(rowsOf(g, passableMask(map, g, 'walk'))).toEqual(['1100', '0010', '1110']);
    expect(rowsOf(g, passableMask(map, g, 'squad'))).toEqual(['1110', '1010', '1111']);
    expect(rowsOf(g, passableMask(map, g, 'anyHull'))).toEqual(['1110', '1110', '1111']);
    // A breach outside the map (the breaches check reports it) opens nothing, not the tile it would wrap onto.
    const out = {
      ...map,
      breaches: [
        { x: -1, y: 1 },
        { x: 4, y: 0 },
      ],
    };
    expect(rowsOf(g, passableMask(out, gridOf(out), 'anyHull'))).toEqual(['1110', '1110', '1111']);
  });

  it('labelRegions: 4-connected regions numbered 1, 2, … in scan order, never joined across a row end', () => {
    const maps = [
      // Passable tiles at the end of one row and the start of the next are not neighbours.
      ['..#..', '#.#..', '..#.#', '#...#'],
      ['##.', '.##', '..#'],
      ['#.#.#', '.#.#.', '#.#.#'],
      ['.', '.', '#', '.'],
      ['.#.#.'],
      ['#....#', '.####.', '.#..#.', '......'],
    ];
    for (const rows of maps) {
      const map = mapOf(rows);
      const g = gridOf(map);
      const mask = passableMask(map, g, 'walk');
      expect(Array.from(labelRegions(g, mask)), rows.join('/')).toEqual(plainRegions(g.width, g.height, mask));
    }
  });

  it('regionsOf: the labels under the given tiles, leaving out tiles off the map or impassable', () => {
    const map = mapOf(['.#.', '.#.', '###']);
    const g = gridOf(map);
    const label = labelRegions(g, passableMask(map, g, 'walk'));
    expect([...regionsOf(g, label, [{ x: 0, y: 1 }])]).toEqual([1]);
    expect([
      ...regionsOf(g, label, [
        { x: 2, y: 0 },
        { x: 0, y: 0 },
        { x: 2, y: 1 },
      ]),
    ]).toEqual([2, 1]);
    // Off the map (x -1 would be the row above's last tile, x 3 the next row's first) or on a wall: nothing.
    expect([
      ...regionsOf(g, label, [
        { x: -1, y: 1 },
        { x: 3, y: 0 },
        { x: 1, y: 0 },
        { x: 0, y: 3 },
      ]),
    ]).toEqual([]);
  });
});
