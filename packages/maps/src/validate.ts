import type { z } from 'zod';
import { BUILTIN_ENEMY_TYPES, BUILTIN_WEAPONS } from './catalog';
import { type MapData, MapSchema } from './format';
import { DEFAULT_LEGEND, MAP_LIMITS, type TerrainName } from './terrain';

/** One problem found in a map: where (file, JSON path and/or tile) and what was expected. */
export interface MapIssue {
  file: string;
  /** JSON path of the offending value, e.g. `$.squad[2].x`. */
  path: string;
  /** Tile the problem is on, when it is about a place on the map. */
  tile?: { x: number; y: number };
  message: string;
}

export type MapResult = { ok: true; map: MapData } | { ok: false; issues: MapIssue[] };

export function formatIssue(i: MapIssue): string {
  const at = i.tile ? ` (tile ${i.tile.x},${i.tile.y})` : '';
  return `${i.file}: ${i.path}${at}: ${i.message}`;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  let s = '$';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p)) s += `.${p}`;
    else s += `[${JSON.stringify(String(p))}]`;
  }
  return s;
}

function zodIssues(file: string, error: z.ZodError): MapIssue[] {
  return error.issues.map((iss) => ({ file, path: jsonPath(iss.path), message: iss.message }));
}

/** The legend in force for a map. */
export function legendOf(map: Pick<MapData, 'legend'>): Readonly<Record<string, TerrainName>> {
  return map.legend ?? DEFAULT_LEGEND;
}

/** Parses map text from an untrusted source: size limit first, then JSON, then the checks. */
export function parseMapText(text: string, file: string): MapResult {
  if (text.length > MAP_LIMITS.maxFileBytes) {
    return {
      ok: false,
      issues: [{ file, path: '$', message: `file is ${text.length} bytes; a map may be at most ${MAP_LIMITS.maxFileBytes} bytes` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ file, path: '$', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validateMap(json, file);
}

/** Validates a parsed map: structure (against the schema), then meaning. */
export function validateMap(json: unknown, file = '<map>'): MapResult {
  const parsed = MapSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: zodIssues(file, parsed.error) };
  const map = parsed.data;
  const issues = checkSemantics(map, file);
  return issues.length ? { ok: false, issues } : { ok: true, map };
}

const PASSABLE: ReadonlySet<TerrainName> = new Set(['ground', 'rubble', 'deck', 'conduit', 'crater', 'breach', 'cell']);

/** Meaning checks: what the schema alone cannot say. */
export function checkSemantics(map: MapData, file: string): MapIssue[] {
  const issues: MapIssue[] = [];
  const legend = legendOf(map);
  if (map.terrain.length !== map.height) {
    issues.push({ file, path: '$.terrain', message: `has ${map.terrain.length} rows but height is ${map.height}; give exactly one row per y` });
  }
  map.terrain.forEach((row, y) => {
    if (row.length !== map.width) {
      issues.push({ file, path: `$.terrain[${y}]`, message: `row is ${row.length} characters long but width is ${map.width}; every row must be exactly width long` });
    }
    for (let x = 0; x < row.length; x++) {
      const ch = row[x]!;
      if (!(ch in legend)) {
        issues.push({ file, path: `$.terrain[${y}]`, tile: { x, y }, message: `unknown terrain code ${JSON.stringify(ch)}; use one of ${Object.keys(legend).map((k) => JSON.stringify(k)).join(' ')} or add it to "legend"` });
      }
    }
  });
  if (issues.length) return issues;
  const terrainAt = (x: number, y: number): TerrainName | undefined => {
    const ch = map.terrain[y]?.[x];
    return ch === undefined ? undefined : legend[ch];
  };
  const occupied = new Map<string, string>();
  const ids = new Set<string>();
  const weaponIds = new Set([...Object.keys(BUILTIN_WEAPONS), ...Object.keys(map.weapons)]);
  const typeIds = new Set([...Object.keys(BUILTIN_ENEMY_TYPES), ...Object.keys(map.enemyTypes)]);
  const place = (path: string, what: string, uid: string, x: number, y: number) => {
    if (ids.has(uid)) issues.push({ file, path: `${path}.id`, message: `duplicate unit id ${JSON.stringify(uid)}; every unit needs its own id` });
    ids.add(uid);
    const t = terrainAt(x, y);
    if (t === undefined) {
      issues.push({ file, path, tile: { x, y }, message: `${what} is outside the ${map.width}x${map.height} map` });
      return;
    }
    if (!PASSABLE.has(t)) issues.push({ file, path, tile: { x, y }, message: `${what} stands on ${t}; move it to a tile a unit can stand on` });
    const other = occupied.get(`${x},${y}`);
    if (other) issues.push({ file, path, tile: { x, y }, message: `${what} shares its tile with ${other}; give each unit its own tile` });
    occupied.set(`${x},${y}`, what);
  };
  map.squad.forEach((u, i) => {
    place(`$.squad[${i}]`, `squad member ${JSON.stringify(u.id)}`, u.id, u.x, u.y);
    if (!weaponIds.has(u.weapon)) issues.push({ file, path: `$.squad[${i}].weapon`, message: `unknown weapon ${JSON.stringify(u.weapon)}; use one of ${[...weaponIds].join(', ')} or define it in "weapons"` });
    if (u.sidearm && !weaponIds.has(u.sidearm)) issues.push({ file, path: `$.squad[${i}].sidearm`, message: `unknown weapon ${JSON.stringify(u.sidearm)}; use one of ${[...weaponIds].join(', ')} or define it in "weapons"` });
  });
  map.enemies.forEach((e, i) => {
    place(`$.enemies[${i}]`, `enemy ${JSON.stringify(e.id)}`, e.id, e.x, e.y);
    if (!typeIds.has(e.type)) issues.push({ file, path: `$.enemies[${i}].type`, message: `unknown enemy type ${JSON.stringify(e.type)}; use one of ${[...typeIds].join(', ')} or define it in "enemyTypes"` });
  });
  map.strikes.forEach((s, i) => {
    if (!terrainAt(s.x, s.y)) issues.push({ file, path: `$.strikes[${i}]`, tile: { x: s.x, y: s.y }, message: `strike target is outside the ${map.width}x${map.height} map` });
  });
  return issues;
}
