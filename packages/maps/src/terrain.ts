/** Terrain kinds of the map format. Their rules (costs, cover) live in the engine; this is the vocabulary. */
export const TERRAIN_NAMES = [
  'ground',
  'rubble',
  'wall',
  'hull',
  'deck',
  'conduit',
  'crater',
  'void',
  'breach',
  'cell',
] as const;
export type TerrainName = (typeof TERRAIN_NAMES)[number];

/** Terrain a unit can walk onto (a breach is entered by climbing, not walking). */
export const WALKABLE_TERRAIN: ReadonlySet<TerrainName> = new Set([
  'ground',
  'rubble',
  'deck',
  'conduit',
  'crater',
  'cell',
]);

/** The legend used when a map does not give its own: one character per terrain kind. */
export const DEFAULT_LEGEND: Readonly<Record<string, TerrainName>> = {
  '.': 'ground',
  ',': 'rubble',
  '#': 'wall',
  H: 'hull',
  _: 'deck',
  '=': 'conduit',
  o: 'crater',
  ' ': 'void',
  B: 'breach',
  C: 'cell',
};

/** Hard limits for untrusted maps, checked before and after parsing. */
export const MAP_LIMITS = {
  maxWidth: 256,
  maxHeight: 256,
  maxFileBytes: 2 * 1024 * 1024,
  maxUnits: 512,
  maxStrikes: 1024,
  maxPatrolPoints: 64,
} as const;
