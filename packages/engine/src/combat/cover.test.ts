import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { unitById } from '../world/units';
import { coverAt, coverToward } from './cover';
import { hitChance } from './hitChance';

describe('cover and flanking', () => {
  const rows = [
    '...........',
    '...........',
    '...........',
    '...........',
    '.....#.....',
    '.....E,....',
    '...........',
    '...........',
    '...........',
    '...........',
    '...........',
  ];

  it('reports cover per side for the move preview', () => {
    const w = createGame(tinyMap([...rows.slice(0, 10), '.....S.....']), 1);
    expect(coverAt(w, 5, 5)).toEqual({ n: 2, e: 1, s: 0, w: 0 });
    expect(coverAt(w, 0, 0)).toEqual({ n: 0, e: 0, s: 0, w: 0 });
  });

  it('a target with a wall north and rubble east is flanked exactly from the south-west half-planes', () => {
    const w = createGame(tinyMap([...rows.slice(0, 10), '.....S.....']), 1);
    for (let sy = 0; sy < 11; sy++) {
      for (let sx = 0; sx < 11; sx++) {
        if (sx === 5 && sy === 5) continue;
        const level = coverToward(w.grid, 5, 5, sx, sy);
        // North wall faces shooters on rows above; east rubble faces shooters on columns to the right.
        const expected = sy < 5 ? 2 : sx > 5 ? 1 : 0;
        expect([sx, sy, level]).toEqual([sx, sy, expected]);
      }
    }
  });

  it('cover on one side only counts against shooters beyond that side (each side in turn)', () => {
    // Rubble beside the target (2,2) on one side; the rule: north faces rows above, south rows below,
    // west columns to the left, east columns to the right.
    const sides = [
      { rows: ['.....', '..,..', '..E..', '.....', 'S....'], faces: (_x: number, y: number) => y < 2 },
      { rows: ['.....', '.....', '..E..', '..,..', 'S....'], faces: (_x: number, y: number) => y > 2 },
      { rows: ['.....', '.....', '.,E..', '.....', 'S....'], faces: (x: number) => x < 2 },
      { rows: ['.....', '.....', '..E,.', '.....', 'S....'], faces: (x: number) => x > 2 },
    ];
    for (const { rows, faces } of sides) {
      const w = createGame(tinyMap(rows), 1);
      for (let sy = 0; sy < 5; sy++) {
        for (let sx = 0; sx < 5; sx++) {
          if (sx === 2 && sy === 2) continue;
          expect([rows, sx, sy, coverToward(w.grid, 2, 2, sx, sy)]).toEqual([rows, sx, sy, faces(sx, sy) ? 1 : 0]);
        }
      }
    }
  });

  it('hitChance says flanked from the right directions only (with line of sight)', () => {
    const flankedFrom = (sx: number, sy: number) => {
      const r = rows.map((row, y) => (y === sy ? row.slice(0, sx) + 'S' + row.slice(sx + 1) : row));
      const w = createGame(tinyMap(r), 1);
      const h = hitChance(w, unitById(w, 's1')!, unitById(w, 'e1')!);
      return h.canSee ? h.flanked : null;
    };
    expect(flankedFrom(5, 9)).toBe(true); // straight south
    expect(flankedFrom(1, 5)).toBe(true); // same row, west
    expect(flankedFrom(1, 8)).toBe(true); // south-west
    expect(flankedFrom(9, 5)).toBe(false); // same row, east: the rubble covers (and does not block sight)
    expect(flankedFrom(5, 1)).toBe(null); // straight north: the wall blocks the line of sight
    expect(flankedFrom(9, 7)).toBe(false); // south-east: the rubble to the east covers
    expect(flankedFrom(9, 2)).toBe(false); // north-east: the wall covers
    expect(flankedFrom(2, 1)).toBe(false); // north-west: the wall covers
  });
});
