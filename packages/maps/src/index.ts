export { BUILTIN_MAPS, builtinMap, DEFAULT_MAP_ID } from './builtin';
export * from './catalog';
export * from './format';
export { buildMapJsonSchema, MAP_SCHEMA_FILE, mapJsonSchemaText } from './jsonSchema';
export { type JsonProblem, jsonPath, parseJsonSafely, type SafeJsonResult } from './safeJson';
export * from './story';
export { stringifyMap } from './stringify';
export * from './terrain';
export {
  importTiled,
  slugOf,
  TILED_OBJECT_TYPES,
  type TiledImportOptions,
  type TiledImportResult,
  tiledXmlProblem,
} from './tiled/importTiled';
export type { TilesetLoad, TilesetResolver } from './tiled/tilesets';
export * from './validate';
