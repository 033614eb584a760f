/**
 * A minimal valid map to start from (`denizens maps new`): open ground, the story's seven-person squad in the
 * top-left corner and a "reach" objective in the far corner. Every field an author usually edits is there.
 */
import { DEFAULT_SQUAD } from './catalog';
import { MAP_FORMAT_VERSION, type MapInput } from './format';
import { MAP_LIMITS } from './terrain';

export interface NewMapOptions {
  width: number;
  height: number;
  id?: string;
  name?: string;
  /** Written as `$schema`. */
  schema?: string;
}

/** Smallest map `newMap` makes: room for the seven-person squad and the objective. */
export const NEW_MAP_MIN_TILES = DEFAULT_SQUAD.length + 1;

/** Why a size cannot make a new map, or undefined when it can. */
export function newMapSizeProblem(width: number, height: number): string | undefined {
  const ok = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  if (!ok(width, MAP_LIMITS.maxWidth) || !ok(height, MAP_LIMITS.maxHeight))
    return `a map is 1x1 to ${MAP_LIMITS.maxWidth}x${MAP_LIMITS.maxHeight} tiles, got ${width}x${height}`;
  if (width * height < NEW_MAP_MIN_TILES)
    return `a ${width}x${height} map has no room for the ${DEFAULT_SQUAD.length}-person squad and an objective; make it at least ${NEW_MAP_MIN_TILES} tiles`;
  return undefined;
}

/** The map as written to a file (call `newMapSizeProblem` first). */
export function newMap({ width, height, id = 'new-map', name = 'New map', schema }: NewMapOptions): MapInput {
  const squad = DEFAULT_SQUAD.map((p, i) => {
    const u: Record<string, unknown> = { id: p.id, name: p.name, role: p.role, hp: p.hp, aim: p.aim };
    u.mobility = p.mobility;
    u.weapon = p.weapon;
    if (p.sidearm) u.sidearm = p.sidearm;
    if (p.pack.medkits) u.pack = { medkits: p.pack.medkits };
    if (p.traits.length) u.traits = [...p.traits];
    // Column by column from the top-left corner.
    u.x = Math.floor(i / height);
    u.y = i % height;
    return u;
  });
  const map: Record<string, unknown> = {};
  if (schema !== undefined) map.$schema = schema;
  Object.assign(map, {
    format: 'denizens-map',
    version: MAP_FORMAT_VERSION,
    id,
    name,
    description: '',
    width,
    height,
    terrain: Array.from({ length: height }, () => '.'.repeat(width)),
    squad,
    enemies: [],
    objective: { kind: 'reach', tiles: [{ x: width - 1, y: height - 1 }] },
  });
  return map as MapInput;
}
