import { type MapData, MapSchema } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { buildMapJson, EDITOR_FIELDS, editorMapFrom, terrainAt } from './editorMap';
import { floodFill, paintTiles } from './editTerrain';
import { openMapText } from './loadEditorMap';
import { validateDraft } from './state';

/** A valid 8x4 map but for the terrain rows given. */
const file = (terrain: string[], more: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'denizens-map',
    version: 1,
    id: 'odd',
    name: 'Odd',
    width: 8,
    height: 4,
    terrain,
    squad: [{ id: 'willow', name: 'Willow', hp: 7, aim: 70, mobility: 5, weapon: 'thompson', x: 0, y: 0 }],
    enemies: [{ id: 'drone-1', type: 'drone', x: 7, y: 3 }],
    objective: { kind: 'eliminate' },
    ...more,
  });

describe('the editor never guesses a terrain code', () => {
  it('keeps an unknown code in the draft, marks the tile unknown, exports it unchanged and lists the issue', () => {
    const r = openMapText(file(['........', '...X....', '...XY...', '........']), 'odd.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.map;
    expect(terrainAt(m, 3, 1)).toBe('unknown');
    expect(terrainAt(m, 4, 2)).toBe('unknown');
    expect(terrainAt(m, 2, 1)).toBe('ground');
    expect((buildMapJson(m) as { terrain: string[] }).terrain).toEqual([
      '........',
      '...X....',
      '...XY...',
      '........',
    ]);
    const issues = validateDraft(m);
    expect(issues.map((i) => [i.path, i.tile])).toEqual([
      ['$.terrain[1]', { x: 3, y: 1 }],
      ['$.terrain[2]', { x: 3, y: 2 }],
      ['$.terrain[2]', { x: 4, y: 2 }],
    ]);
    expect(issues[0]!.message).toMatch(/unknown terrain code "X"/);
    // the author decides: painting over it fixes it
    const fixed = paintTiles(
      m,
      [
        { x: 3, y: 1 },
        { x: 3, y: 2 },
        { x: 4, y: 2 },
      ],
      'rubble',
    );
    expect(validateDraft(fixed)).toEqual([]);
  });

  it('flood-fills each unknown code as its own area', () => {
    const r = openMapText(file(['........', '...X....', '...XY...', '........']), 'odd.json');
    if (!r.ok) throw new Error('not opened');
    const f = floodFill(r.map, { x: 3, y: 1 }, 'wall');
    expect(terrainAt(f, 3, 2)).toBe('wall');
    expect(terrainAt(f, 4, 2)).toBe('unknown');
    expect(terrainAt(f, 2, 1)).toBe('ground');
  });

  it('refuses, with the tile, a code its own legend lacks that the default legend would read as something else', () => {
    const r = openMapText(
      file(['aaaaaaaa', 'aaa.aaaa', 'aaaaaaaa', 'aaaaaaaa'], { legend: { a: 'ground', '#': 'wall' } }),
      'legend.json',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ path: '$.terrain[1]', tile: { x: 3, y: 1 } });
    expect(r.issues[0]!.message).toMatch(/"\." is not in the map's legend.*means ground/);
  });

  it('translates a legend it knows and keeps a code it does not', () => {
    const r = openMapText(
      file(['aaaaaaaa', 'aaa#aaaa', 'aaa?aaaa', 'aaaaaaaa'], { legend: { a: 'ground', '#': 'wall' } }),
      'legend.json',
    );
    if (!r.ok) throw new Error(r.issues[0]!.message);
    expect(r.map.terrain.slice(1, 3)).toEqual(['...#....', '...?....']);
  });

  it('refuses rows that do not match the size (the grid cannot hold them) with the row named', () => {
    const r = openMapText(file(['........', '......', '........', '........']), 'short.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(['$.terrain[1]']);
    expect(r.issues[0]!.message).toMatch(/row is 6 characters long but width is 8/);
  });

  it('keeps a unit standing off the map where it is, exported unchanged, and lists the issue', () => {
    const r = openMapText(
      file(['........', '........', '........', '........'], {
        enemies: [{ id: 'drone-1', type: 'drone', x: 11, y: 2 }],
      }),
      'off.json',
    );
    if (!r.ok) throw new Error(r.issues[0]!.message);
    expect(r.map.enemies[0]).toMatchObject({ x: 11, y: 2 });
    expect((buildMapJson(r.map) as { enemies: unknown[] }).enemies[0]).toMatchObject({ id: 'drone-1', x: 11, y: 2 });
    const issues = validateDraft(r.map);
    expect(issues.some((i) => i.path.startsWith('$.enemies[0]') && /outside the 8x4 map/.test(i.message))).toBe(true);
  });
});

describe('fields the editor has no tools for', () => {
  it('are carried through untouched and written back on export', () => {
    const parsed = MapSchema.parse(JSON.parse(file(['........', '........', '........', '........'])));
    // a field a later format version might add (this schema would refuse it): the editor keeps what it has no tool for
    const data = { ...parsed, futureField: [{ on: 'turn', n: 2 }] };
    const m = editorMapFrom(data as unknown as MapData);
    expect(m.extra).toEqual({ futureField: [{ on: 'turn', n: 2 }] });
    const out = buildMapJson(paintTiles(m, [{ x: 1, y: 1 }], 'wall')) as Record<string, unknown>;
    expect(out.futureField).toEqual([{ on: 'turn', n: 2 }]);
    expect(out.futureField).not.toBe(data.futureField); // a copy
  });

  it('are only those the editor does not know: every field of the map schema is either edited or carried', () => {
    const known = Object.keys(MapSchema.shape);
    const m = editorMapFrom(MapSchema.parse(JSON.parse(file(['........', '........', '........', '........']))));
    expect(m.extra).toBeUndefined();
    // the fields the editor edits are all real schema fields (a renamed one would be carried twice)
    for (const k of EDITOR_FIELDS) expect(known).toContain(k);
  });
});
