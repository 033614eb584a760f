import { z } from 'zod';

/**
 * The parts of Tiled's JSON map format (https://doc.mapeditor.org/en/stable/reference/json-map-format/) the
 * importer reads. Loose objects: Tiled writes many fields we ignore. Checked before any conversion so a
 * malformed file gets "expected X, got Y" messages with JSON paths into the Tiled file.
 */

const num = z.number().finite();
const count = (max: number) => z.number().int().min(0).max(max);

export const TiledPropertySchema = z.looseObject({
  name: z.string().max(128),
  type: z.string().max(32).optional(),
  value: z.unknown(),
});
export type TiledProperty = z.infer<typeof TiledPropertySchema>;

const properties = z.array(TiledPropertySchema).max(256).optional();

export const TiledObjectSchema = z.looseObject({
  id: count(1_000_000_000),
  name: z.string().max(256).optional(),
  type: z.string().max(64).optional(),
  class: z.string().max(64).optional(),
  x: num,
  y: num,
  width: num.optional(),
  height: num.optional(),
  rotation: num.optional(),
  gid: z.number().int().min(0).max(0xffffffff).optional(),
  point: z.boolean().optional(),
  ellipse: z.boolean().optional(),
  polyline: z
    .array(z.strictObject({ x: num, y: num }))
    .max(256)
    .optional(),
  polygon: z
    .array(z.strictObject({ x: num, y: num }))
    .max(256)
    .optional(),
  properties,
});
export type TiledObject = z.infer<typeof TiledObjectSchema>;

/** Common to every layer; the per-type fields are checked by the schemas below. */
export const TiledLayerBaseSchema = z.looseObject({
  type: z.enum(['tilelayer', 'objectgroup', 'group', 'imagelayer']),
  name: z.string().max(256),
  properties,
});

export const TiledTileLayerSchema = z.looseObject({
  type: z.literal('tilelayer'),
  name: z.string().max(256),
  width: count(100_000),
  height: count(100_000),
  data: z.union([z.array(z.number().int().min(0).max(0xffffffff)).max(65_536), z.string().max(2_000_000)]).optional(),
  chunks: z.array(z.unknown()).optional(),
  encoding: z.enum(['csv', 'base64']).optional(),
  compression: z.string().max(16).optional(),
  properties,
});
export type TiledTileLayer = z.infer<typeof TiledTileLayerSchema>;

export const TiledObjectLayerSchema = z.looseObject({
  type: z.literal('objectgroup'),
  name: z.string().max(256),
  objects: z.array(TiledObjectSchema).max(4096),
  properties,
});
export type TiledObjectLayer = z.infer<typeof TiledObjectLayerSchema>;

export const TiledGroupLayerSchema = z.looseObject({
  type: z.literal('group'),
  name: z.string().max(256),
  layers: z.array(z.unknown()).max(64),
  properties,
});

export const TiledTileSchema = z.looseObject({
  id: count(1_000_000),
  type: z.string().max(64).optional(),
  class: z.string().max(64).optional(),
  properties,
});

/** An embedded tileset, or the content of an external `.tsj`. */
export const TiledTilesetSchema = z.looseObject({
  name: z.string().max(256).optional(),
  tilecount: count(1_000_000).optional(),
  tiles: z.array(TiledTileSchema).max(4096).optional(),
  properties,
});
export type TiledTileset = z.infer<typeof TiledTilesetSchema>;

export const TiledTilesetRefSchema = z.looseObject({
  firstgid: z.number().int().min(1).max(0x0fffffff),
  source: z.string().max(1000).optional(),
});

export const TiledMapSchema = z.looseObject({
  type: z.literal('map').optional(),
  orientation: z.string().max(32),
  width: count(100_000),
  height: count(100_000),
  tilewidth: z.number().int().min(1).max(4096),
  tileheight: z.number().int().min(1).max(4096),
  infinite: z.boolean().optional(),
  layers: z.array(z.unknown()).max(256),
  tilesets: z.array(TiledTilesetRefSchema).max(64).default([]),
  properties,
});
export type TiledMap = z.infer<typeof TiledMapSchema>;
