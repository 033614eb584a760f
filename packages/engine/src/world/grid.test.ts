import { DEFAULT_LEGEND, type MapInput, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { computeLight, gridFromMap } from './grid';
import { T, TERRAIN_RULES } from './terrain';

function mapOf(extra: Partial<MapInput>, terrain: string[]): ReturnType<typeof gridFromMap> {
  const input: MapInput = {
    format: 'denizens-map',
    version: 1,
    id: 'grid-test',
    name: 'Grid test',
    width: terrain[0]!.length,
    height: terrain.length,
    terrain,
    squad: [{ id: 's1', name: 'Pilot', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 0, y: 0 }],
    objective: { kind: 'reach', tiles: [{ x: 1, y: 0 }] },
    ...extra,
  };
  const r = validateMap(input, 'grid-test');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return gridFromMap(r.map);
}

describe('gridFromMap', () => {
  it('reads terrain through the default legend, with wall hit points and flat ground', () => {
    const rows = ['..#,', '.o..', '....'];
    const g = mapOf({}, rows);
    for (let y = 0; y < rows.length; y++) {
      for (let x = 0; x < 4; x++) {
        const t = T[DEFAULT_LEGEND[rows[y]![x]!]!];
        expect(g.terrain[y * 4 + x], `${x},${y}`).toBe(t);
        expect(g.wallHp[y * 4 + x]).toBe(TERRAIN_RULES[t]!.hp);
        expect(g.elevation[y * 4 + x]).toBe(0);
      }
    }
  });

  it('reads a custom legend, including characters beyond ASCII, and digit heights', () => {
    const legend = { a: 'ground', é: 'wall', '█': 'hull', '1': 'rubble' } as const;
    const rows = ['aaé█', 'a1aa', 'aaaa'];
    const heights = ['0129', '3000', '0000'];
    const g = mapOf({ legend, heights }, rows);
    for (let y = 0; y < rows.length; y++) {
      for (let x = 0; x < 4; x++) {
        const ch = rows[y]![x]! as keyof typeof legend;
        expect(g.terrain[y * 4 + x], `${x},${y}`).toBe(T[legend[ch]]);
        expect(g.wallHp[y * 4 + x]).toBe(TERRAIN_RULES[T[legend[ch]]]!.hp);
        expect(g.elevation[y * 4 + x]).toBe(Number(heights[y]![x]));
      }
    }
  });

  it('lights conduits and their eight neighbours, clipped at the map edge, and map lights', () => {
    const g = mapOf({ lights: [{ x: 5, y: 2 }] }, ['=.....', '......', '......', '......']);
    g.terrain[3 * 6 + 2] = T.conduit;
    computeLight(g, [{ x: 5, y: 0 }]);
    const lit = (x: number, y: number) => g.lit[y * 6 + x];
    const expected = new Set(['0,0', '1,0', '0,1', '1,1', '1,2', '2,2', '3,2', '1,3', '2,3', '3,3', '5,0']);
    for (let y = 0; y < 4; y++)
      for (let x = 0; x < 6; x++) expect(lit(x, y), `${x},${y}`).toBe(expected.has(`${x},${y}`) ? 1 : 0);
  });
});
