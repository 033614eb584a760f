import { BUILTIN_MAPS, formatIssue, type MapData, type MapInput, validateMap } from '@denizens/maps';

export type MapLoad = { ok: true; map: MapData } | { ok: false; error: string };

/** A built-in map by id, validated; or the reason it cannot be used. */
export function loadBuiltinMap(id: string): MapLoad {
  const input: MapInput | undefined = Object.hasOwn(BUILTIN_MAPS, id) ? BUILTIN_MAPS[id] : undefined;
  if (!input)
    return { ok: false, error: `there is no built-in map "${id}" (maps: ${Object.keys(BUILTIN_MAPS).join(', ')})` };
  return checkMap(input, `${id}.json`);
}

/** Validates map data from anywhere (a save, an editor, a file). */
export function checkMap(input: unknown, file: string): MapLoad {
  const r = validateMap(input, file);
  if (!r.ok) return { ok: false, error: r.issues.slice(0, 5).map(formatIssue).join('\n') };
  return { ok: true, map: r.map };
}
