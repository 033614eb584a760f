import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../validate';
import { importTiled, type TiledImportResult } from './importTiled';

const PKG = join(import.meta.dirname, '..', '..');
const read = (p: string) => JSON.parse(readFileSync(join(PKG, p), 'utf8'));
const tilesetResolver = (source: string) =>
  source === 'denizens-tiles.tsj' ? { ok: true as const, value: read('tiled/denizens-tiles.tsj') } : undefined;
const lines = (r: TiledImportResult) => (r.ok ? [] : r.issues.map(formatIssue));

/** A minimal orthogonal map for the refusal tests. */
function tiny(over: Record<string, unknown> = {}, layer: Record<string, unknown> = {}) {
  return {
    type: 'map',
    orientation: 'orthogonal',
    width: 2,
    height: 1,
    tilewidth: 16,
    tileheight: 16,
    infinite: false,
    tilesets: [
      {
        firstgid: 1,
        name: 't',
        tilecount: 1,
        tiles: [{ id: 0, properties: [{ name: 'terrain', type: 'string', value: 'ground' }] }],
      },
    ],
    layers: [
      { type: 'tilelayer', name: 'ground', width: 2, height: 1, data: [1, 1], ...layer },
      {
        type: 'objectgroup',
        name: 'entities',
        objects: [
          { id: 1, name: 'Willow', type: 'squad', x: 8, y: 8, point: true },
          {
            id: 2,
            type: 'enemy',
            x: 24,
            y: 8,
            point: true,
            properties: [{ name: 'enemyType', type: 'string', value: 'drone' }],
          },
          {
            id: 3,
            type: 'objective',
            x: 0,
            y: 0,
            point: true,
            properties: [{ name: 'kind', type: 'string', value: 'eliminate' }],
          },
        ],
      },
    ],
    ...over,
  };
}

describe('Tiled import', () => {
  it('converts the shipped sample (isometric, external tileset) to a valid map', () => {
    const r = importTiled(read('tiled/sample.tmj'), { file: 'sample.tmj', resolveTileset: tilesetResolver });
    if (!r.ok) throw new Error(lines(r).join('\n'));
    expect(r.data.id).toBe('sample');
    expect(r.data.terrain[6]).toBe('...........H===H');
    expect(r.data.squad.map((u) => [u.id, u.x, u.y, u.weapon])).toEqual([
      ['willow', 1, 5, 'thompson'],
      ['faith', 1, 6, 'bren'],
      ['barrel', 1, 7, 'thompson'],
    ]);
    expect(r.data.enemies.map((e) => [e.id, e.x, e.y, e.patrol])).toEqual([
      [
        'trooper-1',
        8,
        3,
        [
          { x: 8, y: 3 },
          { x: 8, y: 9 },
        ],
      ],
      [
        'drone-1',
        5,
        10,
        [
          { x: 5, y: 10 },
          { x: 9, y: 10 },
          { x: 9, y: 1 },
        ],
      ],
    ]);
    expect(r.data.strikes).toEqual([{ turn: 3, x: 11, y: 6, radius: 1, damage: 8 }]);
    expect(r.data.breachable).toEqual([{ x: 11, y: 5, w: 1, h: 3 }]);
    expect(r.data.turnLimit).toBe(12);
  });

  it('orthogonal fixture: terrain from layer names, flipped tiles, a group layer with base64 data, custom stats, a tile object', () => {
    const r = importTiled(read('test/fixtures/tiled/ortho-layers.json'), {
      file: 'ortho-layers.json',
      schema: 'map.schema.json',
    });
    if (!r.ok) throw new Error(lines(r).join('\n'));
    expect(r.map).toEqual({
      $schema: 'map.schema.json',
      format: 'denizens-map',
      version: 1,
      id: 'ortho-fixture',
      name: 'Orthogonal fixture',
      width: 8,
      height: 6,
      terrain: ['........', '...#.,..', '...#.,..', '...#....', '...#....', '........'],
      heights: ['00000000', '00000100', '00000100', '00000000', '00000000', '00000000'],
      squad: [
        {
          id: 'willow',
          name: 'Willow',
          role: 'Captain',
          hp: 7,
          aim: 70,
          mobility: 5,
          weapon: 'thompson',
          sidearm: 'webley',
          pack: { medkits: 1 },
          x: 0,
          y: 2,
        },
        {
          id: 'rook',
          name: 'Rook',
          hp: 5,
          aim: 55,
          mobility: 6,
          weapon: 'webley',
          pack: { medkits: 1 },
          traits: ['boost', 'medic'],
          x: 1,
          y: 2,
        },
      ],
      enemies: [
        {
          id: 'trooper-1',
          type: 'trooper',
          x: 6,
          y: 1,
          patrol: [
            { x: 6, y: 1 },
            { x: 6, y: 4 },
            { x: 4, y: 4 },
          ],
        },
        { id: 'drone-1', type: 'drone', x: 6, y: 5 },
      ],
      objective: { kind: 'cell', x: 7, y: 0 },
      strikes: [{ turn: 2, x: 3, y: 3, radius: 1, damage: 8 }],
      turnLimit: 9,
    });
  });

  it('isometric fixture: tile properties and class fallback, base64 with flip flags, rect/point/polyline/tile objects', () => {
    const r = importTiled(read('test/fixtures/tiled/iso-properties.json'), { file: 'iso-properties.json' });
    if (!r.ok) throw new Error(lines(r).join('\n'));
    const m = r.map;
    expect(m.terrain).toEqual([
      '..........',
      '..#.......',
      '..#...HHHH',
      '......H__H',
      '..,,..H_CH',
      '......HHHH',
      '....o.....',
      '..........',
    ]);
    expect(m.squad.map((u) => [u.id, u.x, u.y])).toEqual([
      ['buffy', 0, 3],
      ['charlie', 0, 4],
      ['alex', 0, 5],
    ]);
    expect(m.enemies).toEqual([
      {
        id: 'sentry',
        type: 'drone',
        x: 4,
        y: 0,
        patrol: [
          { x: 4, y: 0 },
          { x: 8, y: 0 },
          { x: 8, y: 6 },
        ],
      },
    ]);
    expect(m.objective).toEqual({
      kind: 'reach',
      tiles: [
        { x: 7, y: 3 },
        { x: 8, y: 3 },
        { x: 7, y: 4 },
        { x: 8, y: 4 },
      ],
    });
    expect(m.breaches).toEqual([{ x: 6, y: 3, sealsIn: 4 }]);
    expect(m.breachable).toEqual([{ x: 6, y: 3, w: 1, h: 2 }]);
    expect(m.strikes).toEqual([{ turn: 4, x: 6, y: 4, radius: 0, damage: 6 }]);
    expect(m.lights).toEqual([
      { x: 4, y: 6 },
      { x: 5, y: 6 },
    ]);
    expect(m.sealTurns).toBe(2);
    expect(m.id).toBe('iso-fixture');
  });

  it('takes the map id from the file name when the map has no id property', () => {
    const r = importTiled(tiny(), { file: 'maps/My Level.tmj' });
    expect(r.ok && r.map.id).toBe('my-level');
  });

  describe('refuses what it cannot convert faithfully', () => {
    const cases: [string, unknown, string[]][] = [
      [
        'staggered',
        tiny({ orientation: 'staggered' }),
        [
          'm.tmj: $.orientation: "staggered" maps are not supported; make an orthogonal or isometric map (Tiled: Map > Map Properties > Orientation)',
        ],
      ],
      [
        'hexagonal',
        tiny({ orientation: 'hexagonal' }),
        [
          'm.tmj: $.orientation: "hexagonal" maps are not supported; make an orthogonal or isometric map (Tiled: Map > Map Properties > Orientation)',
        ],
      ],
      [
        'infinite',
        tiny({ infinite: true }),
        [
          'm.tmj: $.infinite: infinite maps are not supported; untick Map > Map Properties > Infinite (Tiled crops the map to the tiles in use) and save again',
        ],
      ],
      [
        'oversized',
        tiny({ width: 300, height: 10 }),
        ['m.tmj: $.width: map is 300x10 tiles; a map must be 1x1 to 256x256 (Tiled: Map > Resize Map)'],
      ],
      [
        'zlib data',
        tiny({}, { data: 'eJxjZGBgYAQAAA0ABA==', encoding: 'base64', compression: 'zlib' }),
        [
          'm.tmj: $.layers[0].compression: layer "ground": layer data is zlib-compressed, which the importer does not read; in Tiled set Map > Map Properties > Tile Layer Format to "CSV" or "Base64 (uncompressed)" and save again',
        ],
      ],
      [
        'XML tileset',
        tiny({ tilesets: [{ firstgid: 1, source: 'tiles.tsx' }] }),
        [
          'm.tmj: $.tilesets[0].source: tileset "tiles.tsx" is in Tiled\'s XML format; export it as JSON (.tsj) in Tiled (File > Export As) and point the map at it',
        ],
      ],
      [
        'missing tileset',
        tiny({ tilesets: [{ firstgid: 1, source: 'gone.tsj' }] }),
        [
          'm.tmj: $.tilesets[0].source: cannot find tileset "gone.tsj"; put it next to the map file or embed it in the map (Tiled: Embed Tileset)',
        ],
      ],
      [
        'tile without terrain',
        tiny({ tilesets: [{ firstgid: 1, name: 'bare', tilecount: 1 }] }, { name: 'floor' }),
        [
          'm.tmj: $.layers[0].data (tile 0,0): tile 0 of tileset "bare" in layer "floor" has no terrain; give the tile a "terrain" property in the tileset, or name the layer after a terrain kind (ground, rubble, wall, hull, deck, conduit, crater, void, breach, cell)',
        ],
      ],
      [
        'gid outside every tileset',
        tiny({}, { data: [1, 5] }),
        [
          'm.tmj: $.layers[0].data (tile 1,0): layer "ground" uses tile id 5, which no tileset holds; fix or re-add the tileset',
        ],
      ],
      [
        'layer of the wrong size',
        tiny({}, { width: 1, data: [1] }),
        ['m.tmj: $.layers[0]: layer "ground" is 1x1 but the map is 2x1; resize the map (Map > Resize Map, all layers)'],
      ],
      [
        'not a Tiled map',
        { hello: 'world' },
        [
          'm.tmj: $.orientation: missing required field "orientation" (expected a string); add it',
          'm.tmj: $.width: missing required field "width" (expected a number); add it',
          'm.tmj: $.height: missing required field "height" (expected a number); add it',
          'm.tmj: $.tilewidth: missing required field "tilewidth" (expected a number); add it',
          'm.tmj: $.tileheight: missing required field "tileheight" (expected a number); add it',
          'm.tmj: $.layers: missing required field "layers" (expected an array); add it',
        ],
      ],
    ];
    for (const [name, input, expected] of cases) {
      it(name, () => {
        const r = importTiled(input, { file: 'm.tmj', resolveTileset: () => undefined });
        expect(r.ok).toBe(false);
        expect(lines(r)).toEqual(expected);
      });
    }
  });

  it('names the Tiled object behind each problem', () => {
    const m = tiny();
    const objs = (m.layers[1] as { objects: Record<string, unknown>[] }).objects;
    objs.push({ id: 4, name: 'odd', type: 'tree', x: 0, y: 0, point: true });
    objs.push({ id: 5, name: 'spin', type: 'light', x: 0, y: 0, width: 16, height: 16, rotation: 45 });
    objs.push({ id: 6, type: 'enemy', x: 0, y: 0, point: true });
    objs.push({ id: 7, type: 'strike', x: 0, y: 0, point: true });
    expect(lines(importTiled(m, { file: 'm.tmj' }))).toEqual([
      'm.tmj: $.layers[1].objects[3]: object 4 "odd" has type "tree"; use one of squad, enemy, objective, breach, breachable, strike, light, patrol, or put it in a layer with the custom property ignore = true',
      'm.tmj: $.layers[1].objects[4].rotation: object 5 "spin" is rotated; set its rotation to 0 (the importer reads tiles, not angles)',
      'm.tmj: $.layers[1].objects[5].properties: object 6 (enemy) has no "enemyType" property; add one: drone, trooper, heavy or a type defined in the map',
      'm.tmj: $.layers[1].objects[6].properties: object 7 (strike) has no "turn" property; add the turn it lands on (int)',
    ]);
  });

  it('traces validation problems of the converted map back to the Tiled objects', () => {
    const m = tiny({}, { data: [1, 0] });
    const objs = (m.layers[1] as { objects: Record<string, unknown>[] }).objects;
    objs.push({ id: 4, name: 'Nobody', type: 'squad', x: 24, y: 8, point: true });
    expect(lines(importTiled(m, { file: 'm.tmj' }))).toEqual([
      'm.tmj: $.layers[1].objects[3]: object 4 "Nobody": missing required field "hp" (expected a number); add it (converted field hp; set it with the object\'s custom properties)',
      'm.tmj: $.layers[1].objects[3]: object 4 "Nobody": missing required field "aim" (expected a number); add it (converted field aim; set it with the object\'s custom properties)',
      'm.tmj: $.layers[1].objects[3]: object 4 "Nobody": missing required field "mobility" (expected a number); add it (converted field mobility; set it with the object\'s custom properties)',
      'm.tmj: $.layers[1].objects[3]: object 4 "Nobody": missing required field "weapon" (expected a string); add it (converted field weapon; set it with the object\'s custom properties)',
      'm.tmj: $.layers[1].objects[1] (tile 1,0): object 2: enemy "drone-1" stands on void; move it to a tile a unit can stand on (ground, rubble, deck, conduit, crater or cell)',
      'm.tmj: $: not checked until the problems above in squad are fixed: objective reachability, story triggers and the captive; fix them and validate again',
    ]);
    const ok = tiny({}, { data: [1, 0] });
    const r = importTiled(ok, { file: 'm.tmj' });
    expect(lines(r)).toEqual([
      'm.tmj: $.layers[1].objects[1] (tile 1,0): object 2: enemy "drone-1" stands on void; move it to a tile a unit can stand on (ground, rubble, deck, conduit, crater or cell)',
    ]);
  });

  it('refuses prototype keys in a Tiled file', () => {
    const m = JSON.parse(
      '{"orientation":"orthogonal","properties":[{"name":"x","value":{"__proto__":{"polluted":1}}}]}',
    );
    expect(lines(importTiled(m, { file: 'm.tmj' }))).toEqual([
      'm.tmj: $.properties[0].value.__proto__: the key "__proto__" is not allowed (it could alter object prototypes); remove it',
    ]);
  });

  it('clips every area object to the map before walking its tiles (a 10⁹-tile-wide object allocates nothing)', () => {
    const m = tiny();
    const objs = (m.layers[1] as { objects: Record<string, unknown>[] }).objects;
    const huge = 1e9 * 16;
    objs.push({ id: 4, type: 'light', x: -huge, y: 0, width: 2 * huge, height: 16 });
    objs.push({ id: 5, type: 'breachable', x: 0, y: -huge, width: huge, height: 2 * huge });
    const r = importTiled(m, { file: 'm.tmj' });
    if (!r.ok) throw new Error(lines(r).join('\n'));
    expect(r.data.lights).toEqual([
      { x: 0, y: 0 },
      { x: 1, y: 0 },
    ]);
    expect(r.data.breachable).toEqual([{ x: 0, y: 0, w: 2, h: 1 }]);
    const far = tiny();
    (far.layers[1] as { objects: Record<string, unknown>[] }).objects.push(
      { id: 4, name: 'lamp', type: 'light', x: huge, y: 0, width: huge, height: 16 },
      { id: 5, type: 'objective', x: 0, y: huge, width: huge, height: huge, properties: [] },
    );
    expect(lines(importTiled(far, { file: 'm.tmj' }))).toEqual([
      'm.tmj: $.layers[1].objects[3]: object 4 "lamp" lies entirely outside the 2x1 map; move it onto the map or delete it',
      'm.tmj: $.layers[1].objects[4]: object 5 is a second objective (reach) but the map already has one (eliminate); keep one (several "reach" objectives merge)',
    ]);
  });

  it('keeps tileset sources inside the map folder: no absolute path, URL or climbing out with ..', () => {
    const asked: string[] = [];
    const resolver = (source: string) => {
      asked.push(source);
      return undefined;
    };
    for (const [source, why] of [
      ['/etc/passwd', 'is an absolute path'],
      ['C:\\tiles\\t.tsj', 'is an absolute path'],
      ['\\\\server\\share\\t.tsj', 'is an absolute path'],
      ['file:///etc/t.tsj', 'is a URL'],
      ['../t.tsj', "climbs out of the map's folder (..)"],
      ['sets/../../t.tsj', "climbs out of the map's folder (..)"],
    ] as const) {
      expect(
        lines(importTiled(tiny({ tilesets: [{ firstgid: 1, source }] }), { file: 'm.tmj', resolveTileset: resolver })),
      ).toEqual([
        `m.tmj: $.tilesets[0].source: tileset source "${source}" ${why}; keep the tileset in the map's folder (or a folder inside it) and point at it with a relative path`,
      ]);
    }
    expect(asked).toEqual([]);
    importTiled(tiny({ tilesets: [{ firstgid: 1, source: 'sets/../t.tsj' }] }), {
      file: 'm.tmj',
      resolveTileset: resolver,
    });
    expect(asked).toEqual(['sets/../t.tsj']);
  });

  it('says why an external tileset could not be used', () => {
    const m = tiny({ tilesets: [{ firstgid: 1, source: 't.tsj' }] });
    const r = importTiled(m, { file: 'm.tmj', resolveTileset: () => ({ ok: false, message: 'file is too big' }) });
    expect(lines(r)).toEqual(['m.tmj: $.tilesets[0].source: cannot use tileset "t.tsj": file is too big']);
  });

  it('refuses Tiled properties of the wrong type, naming the object, the property and the type expected', () => {
    const m = tiny({ properties: [{ name: 'turnLimit', type: 'string', value: 'x' }] });
    const objs = (m.layers[1] as { objects: Record<string, unknown>[] }).objects;
    objs[0]!.properties = [{ name: 'hp', type: 'string', value: 'lots' }];
    objs.push({
      id: 4,
      name: 'boom',
      type: 'strike',
      x: 0,
      y: 0,
      point: true,
      properties: [{ name: 'turn', type: 'string', value: 'abc' }],
    });
    objs.push({ id: 5, type: 'light', x: 0, y: 0, point: true });
    (m.layers[0] as Record<string, unknown>).properties = [{ name: 'height', type: 'bool', value: true }];
    expect(lines(importTiled(m, { file: 'm.tmj' }))).toEqual([
      'm.tmj: $.layers[0].properties[0]: layer "ground": property height must be a number (Tiled type int), got true; fix its value or its type in Tiled',
      'm.tmj: $.layers[1].objects[0].properties[0]: object 1 "Willow": property hp must be a number (Tiled type int), got the string "lots"; fix its value or its type in Tiled',
      'm.tmj: $.layers[1].objects[3].properties[0]: object 4 "boom": property turn must be a number (Tiled type int), got the string "abc"; fix its value or its type in Tiled',
      'm.tmj: $.properties[0]: map: property turnLimit must be a number (Tiled type int), got the string "x"; fix its value or its type in Tiled',
    ]);
  });
});
