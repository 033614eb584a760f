import {
  BUILTIN_MAPS,
  DEFAULT_LEGEND,
  importTiled,
  MAP_LIMITS,
  type MapData,
  type MapIssue,
  MapSchema,
  parseJsonSafely,
  parseMapText,
  validateMap,
} from '@denizens/maps';
import type { Platform } from '../platform/platform';
import { buildMapJson, type EditorMap, editorMapFrom, newEditorMap } from './editorMap';

export type EditorLoad = { ok: true; map: EditorMap } | { ok: false; issues: MapIssue[] };

/**
 * Opens map text from a file. Everything goes through `parseMapText` (size, nesting and hostile-key limits, then
 * the schema), so a hostile or malformed file is refused with the validator's own messages. A map whose
 * structure is fine but whose meaning is not (a unit on a wall, an unknown terrain code …) is opened as it is:
 * fixing it is what the editor is for, and the issue list shows the validator's messages. Nothing is guessed:
 * unknown codes stay in the draft (marked on the grid), and what the grid cannot hold (rows of the wrong length)
 * refuses the file with the reason.
 */
export function openMapText(text: string, file: string): EditorLoad {
  const r = parseMapText(text, file);
  if (r.ok) return fromMapData(r.map, file);
  const parsed = parseJsonSafely(text, { maxChars: MAP_LIMITS.maxFileBytes, maxDepth: 32 });
  if (!parsed.ok) return r;
  const s = MapSchema.safeParse(parsed.value);
  return s.success ? fromMapData(s.data, file) : r;
}

/**
 * The draft of a structurally valid map, or why the grid cannot hold it: terrain or height rows that do not match
 * the size, or a code unknown to the map's own legend that means something else in the default legend the editor
 * writes.
 */
export function fromMapData(map: MapData, file: string, schema?: string): EditorLoad {
  const issues: MapIssue[] = [];
  const rows = (name: 'terrain' | 'heights', list: readonly string[] | undefined) => {
    if (!list) return;
    if (list.length !== map.height)
      issues.push({
        file,
        path: `$.${name}`,
        message: `has ${list.length} rows but height is ${map.height}; the editor draws one row per y: fix the rows or the height, then open it again`,
      });
    list.forEach((row, y) => {
      if (row.length !== map.width)
        issues.push({
          file,
          path: `$.${name}[${y}]`,
          message: `row is ${row.length} characters long but width is ${map.width}; the editor draws exactly width tiles a row: fix the row, then open it again`,
        });
    });
  };
  rows('terrain', map.terrain);
  rows('heights', map.heights);
  if (issues.length) return { ok: false, issues };
  const conflicts: { x: number; y: number }[] = [];
  const m = editorMapFrom(map, schema, conflicts);
  if (conflicts.length) {
    return {
      ok: false,
      issues: conflicts.map((t) => {
        const c = map.terrain[t.y]![t.x]!;
        return {
          file,
          path: `$.terrain[${t.y}]`,
          tile: t,
          message: `terrain code ${JSON.stringify(c)} is not in the map's legend, and the editor writes the default legend, where ${JSON.stringify(c)} means ${DEFAULT_LEGEND[c]}; add it to "legend" or use another code, then open it again`,
        };
      }),
    };
  }
  return { ok: true, map: m };
}

/**
 * Opens a Tiled map (`.tmj`, JSON) through `importTiled`; `siblings` are the other files picked with it (external
 * tilesets are looked up there by file name). Refused with the importer's messages when it does not convert.
 */
export function openTiledText(text: string, file: string, siblings: ReadonlyMap<string, string>): EditorLoad {
  const parsed = parseJsonSafely(text, { maxChars: MAP_LIMITS.maxFileBytes, maxDepth: 32 });
  if (!parsed.ok) return { ok: false, issues: [{ file, ...parsed.problem }] };
  const r = importTiled(parsed.value, {
    file,
    resolveTileset: (source) => {
      const name = source.split(/[\\/]/).pop() ?? source;
      const t = siblings.get(name);
      if (t === undefined) return undefined;
      const p = parseJsonSafely(t);
      return p.ok ? { ok: true, value: p.value } : { ok: false, message: `${p.problem.path}: ${p.problem.message}` };
    },
  });
  return r.ok ? fromMapData(r.data, file) : r;
}

/** True when parsed JSON looks like a Tiled map rather than a Denizens map. */
export function looksLikeTiled(text: string): boolean {
  return /"(tiledversion|orientation)"\s*:/.test(text.slice(0, 100_000)) && !/"format"\s*:\s*"denizens-map"/.test(text);
}

export function openBuiltin(id: string): EditorLoad {
  const input = Object.hasOwn(BUILTIN_MAPS, id) ? BUILTIN_MAPS[id] : undefined;
  if (!input) return { ok: false, issues: [{ file: `${id}.json`, path: '$', message: `no built-in map "${id}"` }] };
  const r = validateMap(input, `${id}.json`);
  return r.ok ? fromMapData(r.map, `${id}.json`) : r;
}

/** The editor's work in progress (separate from the game's saves). */
export const EDITOR_WORK_KEY = 'denizens.editor.work';
const WORK_FORMAT = 'denizens-editor-work';

/** Saves the draft and the play-test seed the author typed (null: the map's own). */
export function saveWork(platform: Platform, m: EditorMap, seed: string | null = null): void {
  const work = { format: WORK_FORMAT, version: 1, map: buildMapJson(m), ...(seed === null ? {} : { seed }) };
  platform.save(EDITOR_WORK_KEY, JSON.stringify(work));
}

/** The play-test seed kept with the work in progress, or null. */
function workSeed(platform: Platform): string | null {
  const p = parseJsonSafely(platform.load(EDITOR_WORK_KEY) ?? '', {
    maxChars: MAP_LIMITS.maxFileBytes * 2,
    maxDepth: 32,
  });
  const seed = p.ok ? (p.value as { seed?: unknown })?.seed : undefined;
  return typeof seed === 'string' && seed.length > 0 && seed.length <= 32 ? seed : null;
}

/**
 * The work in progress, or null. Its free-text fields may be mid-edit (an id with capitals, an empty name), so
 * they are checked apart: the rest must pass the map schema, else the saved work is ignored.
 */
export function loadWork(platform: Platform): EditorMap | null {
  const text = platform.load(EDITOR_WORK_KEY);
  if (!text) return null;
  const parsed = parseJsonSafely(text, { maxChars: MAP_LIMITS.maxFileBytes * 2, maxDepth: 32 });
  if (!parsed.ok) return null;
  const work = parsed.value as { format?: unknown; map?: Record<string, unknown> };
  if (work?.format !== WORK_FORMAT || typeof work.map !== 'object' || work.map === null) return null;
  const raw = work.map;
  const text80 = (v: unknown, max: number) => (typeof v === 'string' && v.length <= max ? v : undefined);
  const enemies = Array.isArray(raw.enemies) ? raw.enemies : [];
  const s = MapSchema.safeParse({
    ...raw,
    id: 'work',
    name: 'work',
    description: '',
    enemies: enemies.map((e: Record<string, unknown>, i: number) => ({ ...e, id: `e${i}` })),
  });
  if (!s.success) return null;
  const m = editorMapFrom(s.data, text80(raw.$schema, 1000));
  return {
    ...m,
    id: text80(raw.id, 64) ?? 'custom',
    name: text80(raw.name, 80) ?? '',
    description: text80(raw.description, 2000) ?? '',
    enemies: m.enemies.map((e, i) => ({ ...e, id: text80((enemies[i] as { id?: unknown }).id, 64) ?? e.id })),
  };
}

/** Where work in progress that cannot be read is moved: `denizens.editor.work.unreadable.<n>`. */
export const UNREADABLE_WORK_PREFIX = `${EDITOR_WORK_KEY}.unreadable.`;

/**
 * The map the editor opens with: the work in progress, else a blank map. Work that is stored but cannot be read
 * is never overwritten unseen: it is copied to the first free `UNREADABLE_WORK_PREFIX<n>` (checked) before the
 * blank map replaces it, and `note` says where (if the copy fails, the blank map is kept in memory only:
 * `keep` is false and the stored work is left alone).
 */
export function startingWork(platform: Platform): {
  map: EditorMap;
  seed: string | null;
  note: string;
  keep: boolean;
} {
  const work = loadWork(platform);
  if (work) return { map: work, seed: workSeed(platform), note: '', keep: true };
  const blank = newEditorMap(24, 16);
  const text = platform.load(EDITOR_WORK_KEY);
  if (text === null) return { map: blank, seed: null, note: '', keep: true };
  let n = 1;
  while (platform.load(`${UNREADABLE_WORK_PREFIX}${n}`) !== null) n++;
  const key = `${UNREADABLE_WORK_PREFIX}${n}`;
  platform.save(key, text);
  if (platform.load(key) !== text)
    return {
      map: blank,
      seed: null,
      note: `The saved work in progress could not be read, nor copied aside; it is left in "${EDITOR_WORK_KEY}" and this new map is not saved over it.`,
      keep: false,
    };
  platform.remove(EDITOR_WORK_KEY);
  return {
    map: blank,
    seed: null,
    note: `The saved work in progress could not be read; it was kept as "${key}" in this browser's storage, and a new map was started.`,
    keep: true,
  };
}
