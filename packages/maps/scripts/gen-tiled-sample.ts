// Writes the Tiled starter kit: packages/maps/tiled/denizens-tiles.png (a 2:1 isometric tileset drawn here,
// one diamond per terrain kind), denizens-tiles.tsj (its tile properties) and sample.tmj (a small map).
// Run: pnpm exec tsx packages/maps/scripts/gen-tiled-sample.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { TERRAIN_NAMES, type TerrainName } from '../src/terrain';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'tiled');
const TW = 64;
const TH = 32;

const COLORS: Record<TerrainName, [number, number, number]> = {
  ground: [92, 84, 70],
  rubble: [128, 112, 92],
  wall: [150, 140, 128],
  hull: [70, 78, 96],
  deck: [52, 58, 66],
  conduit: [60, 200, 110],
  crater: [58, 50, 42],
  void: [12, 12, 16],
  breach: [210, 120, 60],
  cell: [220, 200, 80],
};
const HEIGHTS: Partial<Record<TerrainName, number>> = { breach: 1 };

// --- PNG (RGBA, no filter) ---------------------------------------------------------------------------
const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    sig,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

// --- tileset image: one diamond per terrain, darker rim; walls and hull get a raised face ----------------
const W = TW * TERRAIN_NAMES.length;
const img = new Uint8Array(W * TH * 4);
TERRAIN_NAMES.forEach((name, i) => {
  const [r, g, b] = COLORS[name];
  for (let y = 0; y < TH; y++) {
    for (let x = 0; x < TW; x++) {
      // Inside the diamond |x - 32| / 32 + |y - 16| / 16 <= 1 (pixel centres).
      const d = Math.abs(x + 0.5 - TW / 2) / (TW / 2) + Math.abs(y + 0.5 - TH / 2) / (TH / 2);
      if (d > 1) continue;
      const rim = d > 0.9;
      const stripe = (name === 'conduit' && Math.abs(y + 0.5 - TH / 2) < 3) || (name === 'crater' && d < 0.5);
      const k = rim ? 0.6 : stripe ? (name === 'conduit' ? 1.3 : 0.7) : 1;
      const o = (y * W + i * TW + x) * 4;
      img[o] = Math.min(255, Math.round(r * k));
      img[o + 1] = Math.min(255, Math.round(g * k));
      img[o + 2] = Math.min(255, Math.round(b * k));
      img[o + 3] = 255;
    }
  }
});
writeFileSync(join(OUT, 'denizens-tiles.png'), png(W, TH, img));

// --- tileset (.tsj): each tile says its terrain (and height) ---------------------------------------------
const tileset = {
  type: 'tileset',
  version: '1.10',
  tiledversion: '1.10.2',
  name: 'denizens-tiles',
  tilewidth: TW,
  tileheight: TH,
  tilecount: TERRAIN_NAMES.length,
  columns: TERRAIN_NAMES.length,
  margin: 0,
  spacing: 0,
  image: 'denizens-tiles.png',
  imagewidth: W,
  imageheight: TH,
  tiles: TERRAIN_NAMES.map((name, id) => ({
    id,
    properties: [
      ...(HEIGHTS[name] !== undefined ? [{ name: 'height', type: 'int', value: HEIGHTS[name] }] : []),
      { name: 'terrain', type: 'string', value: name },
    ],
  })),
};
writeFileSync(join(OUT, 'denizens-tiles.tsj'), `${JSON.stringify(tileset, null, 1)}\n`);

// --- sample map (.tmj): isometric, one terrain layer, one entities layer --------------------------------
const rows = [
  '................',
  '..##.....,,.....',
  '..#......,,.....',
  '......o.........',
  '...........HHHHH',
  '..,,.......H___H',
  '...........H===H',
  '.....o.....H___H',
  '...........HHHHH',
  '..#.............',
  '..#....,,.......',
  '................',
];
const CODE: Record<string, TerrainName> = {
  '.': 'ground',
  ',': 'rubble',
  '#': 'wall',
  H: 'hull',
  _: 'deck',
  '=': 'conduit',
  o: 'crater',
};
const data = rows.flatMap((row) => [...row].map((ch) => TERRAIN_NAMES.indexOf(CODE[ch]!) + 1));
const U = TH; // isometric object coordinates: both axes in tile heights
let nextId = 1;
const prop = (name: string, type: string, value: unknown) => ({ name, type, value });
const point = (type: string, name: string, tx: number, ty: number, properties: unknown[] = []) => ({
  id: nextId++,
  name,
  type,
  x: (tx + 0.5) * U,
  y: (ty + 0.5) * U,
  width: 0,
  height: 0,
  rotation: 0,
  visible: true,
  point: true,
  ...(properties.length ? { properties } : {}),
});
const rect = (
  type: string,
  name: string,
  tx: number,
  ty: number,
  w: number,
  h: number,
  properties: unknown[] = [],
) => ({
  id: nextId++,
  name,
  type,
  x: tx * U,
  y: ty * U,
  width: w * U,
  height: h * U,
  rotation: 0,
  visible: true,
  ...(properties.length ? { properties } : {}),
});
const route = {
  id: nextId++,
  name: 'trooper route',
  type: 'patrol',
  x: 8.5 * U,
  y: 3.5 * U,
  width: 0,
  height: 0,
  rotation: 0,
  visible: true,
  polyline: [
    { x: 0, y: 0 },
    { x: 0, y: 6 * U },
  ],
};
const objects = [
  point('squad', 'Willow', 1, 5),
  point('squad', 'Faith', 1, 6),
  point('squad', 'Barrel', 1, 7),
  point('enemy', 'trooper-1', 8, 3, [prop('enemyType', 'string', 'trooper'), prop('patrol', 'object', route.id)]),
  route,
  {
    id: nextId++,
    name: 'drone-1',
    type: 'enemy',
    x: 5.5 * U,
    y: 10.5 * U,
    width: 0,
    height: 0,
    rotation: 0,
    visible: true,
    polyline: [
      { x: 0, y: 0 },
      { x: 4 * U, y: 0 },
      { x: 4 * U, y: -9 * U },
    ],
    properties: [prop('enemyType', 'string', 'drone')],
  },
  rect('objective', 'inside the hull', 12, 5, 3, 3, [prop('kind', 'string', 'reach')]),
  rect('breachable', 'weak plating', 11, 5, 1, 3),
  point('strike', 'opening salvo', 11, 6, [prop('turn', 'int', 3), prop('radius', 'int', 1), prop('damage', 'int', 8)]),
  point('light', 'burning wreck', 5, 7),
];
const sample = {
  type: 'map',
  version: '1.10',
  tiledversion: '1.10.2',
  orientation: 'isometric',
  renderorder: 'right-down',
  width: 16,
  height: 12,
  tilewidth: TW,
  tileheight: TH,
  infinite: false,
  nextlayerid: 3,
  nextobjectid: nextId,
  compressionlevel: -1,
  properties: [
    prop('id', 'string', 'sample'),
    prop('name', 'string', 'Sample: a corner of the ruins'),
    prop(
      'description',
      'string',
      'A starting point for Tiled authors: three pilots, two patrols, a strike on weak hull plating.',
    ),
    prop('turnLimit', 'int', 12),
  ],
  tilesets: [{ firstgid: 1, source: 'denizens-tiles.tsj' }],
  layers: [
    { id: 1, name: 'terrain', type: 'tilelayer', x: 0, y: 0, width: 16, height: 12, opacity: 1, visible: true, data },
    {
      id: 2,
      name: 'entities',
      type: 'objectgroup',
      draworder: 'topdown',
      x: 0,
      y: 0,
      opacity: 1,
      visible: true,
      objects,
    },
  ],
};
writeFileSync(join(OUT, 'sample.tmj'), `${JSON.stringify(sample, null, 1)}\n`);
console.log(`wrote ${OUT}/sample.tmj, denizens-tiles.tsj, denizens-tiles.png`);
