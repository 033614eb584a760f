export { BUILTIN_MAPS, builtinMap, DEFAULT_MAP_ID } from './builtin';
export * from './catalog';
export { sortByPlace } from './documentOrder';
export * from './format';
export { formatMapText } from './formatMap';
export { buildMapJsonSchema, MAP_SCHEMA_FILE, MAP_SCHEMA_ID, mapJsonSchemaText } from './jsonSchema';
export type { CheckContext, MapCheck } from './mapCheck';
export { NEW_MAP_MIN_TILES, newMap, newMapSizeProblem } from './newMap';
export { type JsonProblem, jsonPath, parseJsonSafely, type SafeJsonResult } from './safeJson';
export { salvageMap } from './salvage';
export { ERROR_CHECKS } from './semantics';
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
export { WARNING_CHECKS } from './warnings';
