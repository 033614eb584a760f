export * from './catalog';
export * from './format';
export * from './terrain';
export * from './validate';
export { BUILTIN_MAPS, DEFAULT_MAP_ID, builtinMap } from './builtin';
