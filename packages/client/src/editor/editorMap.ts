import {
  DEFAULT_LEGEND,
  type EnemySpawn,
  type EnemyType,
  legendOf,
  MAP_FORMAT_VERSION,
  MAP_SCHEMA_ID,
  type MapData,
  type MapInput,
  type Objective,
  type Point,
  type RosterUnit,
  type Strike,
  TERRAIN_NAMES,
  type TerrainName,
  type Weapon,
} from '@denizens/maps';

/** Sizes the editor offers for new and resized maps (the format allows up to 256). */
export const EDITOR_MIN_SIZE = 8;
export const EDITOR_MAX_SIZE = 96;

/**
 * The `$schema` the editor writes: a path relative to a file (the built-in maps' `../../schema/…`) means nothing
 * in a downloaded map, so the export names the schema by its stable public id (`MAP_SCHEMA_ID`); a map that
 * names its schema by URL keeps it.
 */
export function exportedSchema(schema: string | undefined): string {
  return schema !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(schema) ? schema : MAP_SCHEMA_ID;
}

/** Terrain code of each kind in the default legend (the editor always writes the default legend). */
export const CODE_OF = Object.fromEntries(Object.entries(DEFAULT_LEGEND).map(([c, n]) => [n, c])) as Record<
  TerrainName,
  string
>;

/**
 * The map being edited: the map format's fields with defaults filled in and terrain in the default legend, so
 * every edit is a small pure function. Plain data, never mutated: each edit returns a new map (rows and lists
 * that did not change are shared, which keeps the undo history cheap).
 */
export interface EditorMap {
  $schema?: string;
  id: string;
  name: string;
  description: string;
  author?: string;
  next?: string;
  width: number;
  height: number;
  /** Rows of default-legend codes, top first. */
  terrain: readonly string[];
  heights?: readonly string[];
  lights: readonly Point[];
  weapons: Readonly<Record<string, Weapon>>;
  enemyTypes: Readonly<Record<string, EnemyType>>;
  squad: readonly RosterUnit[];
  enemies: readonly EnemySpawn[];
  objective: Objective;
  breachable?: readonly { x: number; y: number; w: number; h: number }[];
  breaches: readonly { x: number; y: number; sealsIn?: number }[];
  strikes: readonly Strike[];
  sealTurns: number;
  turnLimit?: number;
  /** Story triggers and the captive: kept as the file has them (the editor has no tools for them yet). */
  triggers?: MapInput['triggers'];
  captive?: MapInput['captive'];
  /**
   * Fields of the map format the editor has no tools for (e.g. ones added after it was written): carried through
   * untouched and written back on export, never dropped.
   */
  extra?: Readonly<Record<string, unknown>>;
}

/** The map fields the editor reads and writes itself; any other field goes to `extra`. */
export const EDITOR_FIELDS: ReadonlySet<string> = new Set([
  '$schema',
  'format',
  'version',
  'id',
  'name',
  'description',
  'author',
  'next',
  'width',
  'height',
  'legend',
  'terrain',
  'heights',
  'lights',
  'weapons',
  'enemyTypes',
  'squad',
  'enemies',
  'objective',
  'breachable',
  'breaches',
  'strikes',
  'sealTurns',
  'turnLimit',
  'triggers',
  'captive',
]);

export const clampSize = (n: number): number =>
  Math.min(EDITOR_MAX_SIZE, Math.max(EDITOR_MIN_SIZE, Math.round(Number.isFinite(n) ? n : EDITOR_MIN_SIZE)));

/** A blank map: ground everywhere, nobody placed, objective "eliminate". */
export function newEditorMap(width: number, height: number, id = 'custom'): EditorMap {
  const w = clampSize(width);
  const h = clampSize(height);
  return {
    $schema: MAP_SCHEMA_ID,
    id,
    name: 'Custom map',
    description: '',
    width: w,
    height: h,
    terrain: Array.from({ length: h }, () => CODE_OF.ground.repeat(w)),
    lights: [],
    weapons: {},
    enemyTypes: {},
    squad: [],
    enemies: [],
    objective: { kind: 'eliminate' },
    breaches: [],
    strikes: [],
    sealTurns: 3,
  };
}

/**
 * A terrain code no legend knows: kept in the draft as it was (drawn as a marked "unknown" tile, exported
 * unchanged, reported by the validator) instead of being guessed into some other kind.
 */
export const UNKNOWN = 'unknown';
export type EditorTerrain = TerrainName | typeof UNKNOWN;

/**
 * An editor map from a map whose structure is valid (defaults applied): terrain is rewritten in the default
 * legend. A code the map's legend does not know is kept as it is (the validator then names it, tile by tile);
 * only when that very character means something in the default legend (a map with its own legend) can it not be
 * kept: `conflicts` lists those tiles, which become void and are reported by the caller.
 */
export function editorMapFrom(map: MapData, schema?: string, conflicts?: Point[]): EditorMap {
  const legend = legendOf(map);
  const terrain = map.terrain.map((row, y) =>
    Array.from(row, (c, x) => {
      const kind = Object.hasOwn(legend, c) ? legend[c] : undefined;
      if (kind) return CODE_OF[kind];
      if (!Object.hasOwn(DEFAULT_LEGEND, c)) return c;
      conflicts?.push({ x, y });
      return CODE_OF.void;
    }).join(''),
  );
  const out: EditorMap = {
    id: map.id,
    name: map.name,
    description: map.description,
    width: map.width,
    height: map.height,
    terrain,
    lights: map.lights,
    weapons: map.weapons,
    enemyTypes: map.enemyTypes,
    squad: map.squad,
    enemies: map.enemies,
    objective: map.objective,
    breaches: map.breaches,
    strikes: map.strikes,
    sealTurns: map.sealTurns,
  };
  const s = schema ?? map.$schema ?? MAP_SCHEMA_ID;
  if (s) out.$schema = s;
  if (map.author !== undefined) out.author = map.author;
  if (map.next !== undefined) out.next = map.next;
  if (map.heights !== undefined) out.heights = map.heights;
  if (map.breachable !== undefined) out.breachable = map.breachable;
  if (map.turnLimit !== undefined) out.turnLimit = map.turnLimit;
  if (map.triggers.length) out.triggers = structuredClone(map.triggers);
  if (map.captive !== undefined) out.captive = structuredClone(map.captive);
  const extra = Object.entries(map).filter(([k, v]) => !EDITOR_FIELDS.has(k) && v !== undefined);
  if (extra.length) out.extra = Object.fromEntries(extra);
  return out;
}

/**
 * The map file the editor exports, play-tests and validates: the format's field order (as the built-in maps
 * write it), `$schema` first, empty optional lists (and heights with every tile 0) left out.
 */
export function buildMapJson(m: EditorMap): MapInput {
  const out: Record<string, unknown> = {};
  out.$schema = exportedSchema(m.$schema);
  out.format = 'denizens-map';
  out.version = MAP_FORMAT_VERSION;
  out.id = m.id;
  out.name = m.name;
  if (m.description) out.description = m.description;
  if (m.author !== undefined) out.author = m.author;
  if (m.next !== undefined) out.next = m.next;
  out.width = m.width;
  out.height = m.height;
  out.terrain = [...m.terrain];
  // all-zero heights say nothing: left out
  if (m.heights?.some((row) => /[1-9]/.test(row))) out.heights = [...m.heights];
  if (m.lights.length) out.lights = m.lights.map((p) => ({ x: p.x, y: p.y }));
  if (Object.keys(m.weapons).length) out.weapons = m.weapons;
  if (Object.keys(m.enemyTypes).length) out.enemyTypes = m.enemyTypes;
  out.squad = m.squad.map((u) => ({ ...u }));
  out.enemies = m.enemies.map((e) =>
    e.patrol.length ? { ...e, patrol: e.patrol.map((p) => ({ ...p })) } : omitPatrol(e),
  );
  out.objective = structuredClone(m.objective);
  if (m.breachable) out.breachable = m.breachable.map((r) => ({ ...r }));
  if (m.breaches.length) out.breaches = m.breaches.map((b) => ({ ...b }));
  if (m.strikes.length) out.strikes = m.strikes.map((s) => ({ ...s }));
  out.sealTurns = m.sealTurns;
  if (m.triggers?.length) out.triggers = structuredClone(m.triggers);
  if (m.captive !== undefined) out.captive = structuredClone(m.captive);
  if (m.turnLimit !== undefined) out.turnLimit = m.turnLimit;
  for (const [k, v] of Object.entries(m.extra ?? {})) out[k] = structuredClone(v);
  return out as MapInput;
}

function omitPatrol(e: EnemySpawn): Omit<EnemySpawn, 'patrol'> {
  const { patrol: _, ...rest } = e;
  return rest;
}

export const inBounds = (m: Pick<EditorMap, 'width' | 'height'>, x: number, y: number): boolean =>
  x >= 0 && y >= 0 && x < m.width && y < m.height;

/** Terrain kind at a tile: void outside the map, "unknown" for a code the default legend does not know. */
export function terrainAt(m: EditorMap, x: number, y: number): EditorTerrain {
  if (!inBounds(m, x, y)) return 'void';
  const c = m.terrain[y]?.[x];
  return c !== undefined && Object.hasOwn(DEFAULT_LEGEND, c) ? DEFAULT_LEGEND[c]! : UNKNOWN;
}

export const TERRAIN_KINDS: readonly TerrainName[] = TERRAIN_NAMES;
