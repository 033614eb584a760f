import type { MapIssue } from '../semantics';
import { describeZodIssues } from '../structural';
import { TERRAIN_NAMES, type TerrainName } from '../terrain';
import { propsOf } from './properties';
import { type TiledMap, type TiledTileset, TiledTilesetSchema } from './tiledSchema';

/** An external tileset read and parsed, or why it could not be (one sentence: not JSON, too big, too deep…). */
export type TilesetLoad = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Reads an external tileset named by a map (`source`, relative to the map's folder; already checked to stay inside
 * it); undefined when there is no such file.
 */
export type TilesetResolver = (source: string) => TilesetLoad | undefined;

/** What one tile of a tileset says about the map: its terrain and height, when it says so. */
export interface TileInfo {
  terrain?: TerrainName;
  height?: number;
}

export interface ResolvedTileset {
  firstgid: number;
  name: string;
  tilecount: number | undefined;
  tiles: Map<number, TileInfo>;
}

/**
 * Why a tileset `source` may not be read, or undefined when it stays inside the map's folder: an absolute path, a URL
 * or a `..` that climbs out of the folder is refused (a map must not make the tools read files elsewhere).
 */
export function tilesetSourceProblem(source: string): string | undefined {
  if (source.includes('\0')) return 'contains a NUL character';
  if (/^[\\/]/.test(source) || /^[A-Za-z]:/.test(source)) return 'is an absolute path';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(source)) return 'is a URL';
  let depth = 0;
  for (const seg of source.split(/[\\/]+/)) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      depth--;
      if (depth < 0) return "climbs out of the map's folder (..)";
    } else depth++;
  }
  return undefined;
}

export function isTerrainName(s: string | undefined): s is TerrainName {
  return s !== undefined && (TERRAIN_NAMES as readonly string[]).includes(s);
}

/** Loads every tileset (embedded or through the resolver) and reads the terrain/height of each tile. */
export function resolveTilesets(
  tmap: TiledMap,
  file: string,
  resolve: TilesetResolver | undefined,
  issues: MapIssue[],
): ResolvedTileset[] {
  const out: ResolvedTileset[] = [];
  tmap.tilesets.forEach((ref, i) => {
    const path = `$.tilesets[${i}]`;
    let raw: unknown = ref;
    let where = file;
    let base = path;
    if (ref.source !== undefined) {
      if (/\.tsx$/i.test(ref.source)) {
        issues.push({
          file,
          path: `${path}.source`,
          message: `tileset "${ref.source}" is in Tiled's XML format; export it as JSON (.tsj) in Tiled (File > Export As) and point the map at it`,
        });
        return;
      }
      const escapes = tilesetSourceProblem(ref.source);
      if (escapes) {
        issues.push({
          file,
          path: `${path}.source`,
          message: `tileset source "${ref.source}" ${escapes}; keep the tileset in the map's folder (or a folder inside it) and point at it with a relative path`,
        });
        return;
      }
      const loaded = resolve ? resolve(ref.source) : undefined;
      if (loaded === undefined) {
        issues.push({
          file,
          path: `${path}.source`,
          message: `cannot find tileset "${ref.source}"; put it next to the map file or embed it in the map (Tiled: Embed Tileset)`,
        });
        return;
      }
      if (!loaded.ok) {
        issues.push({
          file,
          path: `${path}.source`,
          message: `cannot use tileset "${ref.source}": ${loaded.message}`,
        });
        return;
      }
      raw = loaded.value;
      where = ref.source;
      base = '$';
    }
    const parsed = TiledTilesetSchema.safeParse(raw);
    if (!parsed.success) {
      for (const s of describeZodIssues(TiledTilesetSchema, raw, parsed.error)) issues.push({ file: where, ...s });
      return;
    }
    const ts: TiledTileset = parsed.data;
    const tiles = new Map<number, TileInfo>();
    (ts.tiles ?? []).forEach((t, j) => {
      const tpath = `${base === '$' ? '$' : base}.tiles[${j}]`;
      const props = propsOf(t.properties, (index, name, expected, got) =>
        issues.push({
          file: where,
          path: `${tpath}.properties[${index}]`,
          message: `tile ${t.id}: property ${name} must be ${expected}, got ${got}; fix its value or its type in Tiled`,
        }),
      );
      const info: TileInfo = {};
      const named = props.str('terrain');
      if (named !== undefined) {
        if (isTerrainName(named)) info.terrain = named;
        else
          issues.push({
            file: where,
            path: `${tpath}.properties`,
            message: `tile ${t.id} has terrain "${named}"; use one of ${TERRAIN_NAMES.join(', ')}`,
          });
      } else {
        const cls = t.type ?? t.class;
        if (isTerrainName(cls)) info.terrain = cls;
      }
      const h = props.num('height');
      if (h !== undefined) {
        if (Number.isInteger(h) && h >= 0 && h <= 9) info.height = h;
        else
          issues.push({
            file: where,
            path: `${tpath}.properties`,
            message: `tile ${t.id} has height ${h}; use a whole number 0-9`,
          });
      }
      tiles.set(t.id, info);
    });
    out.push({ firstgid: ref.firstgid, name: ts.name ?? `tileset ${i}`, tilecount: ts.tilecount, tiles });
  });
  out.sort((a, b) => a.firstgid - b.firstgid);
  return out;
}

/** The tileset a (flag-free) gid belongs to and its local id, or undefined when no tileset holds it. */
export function tileOf(
  tilesets: readonly ResolvedTileset[],
  gid: number,
): { ts: ResolvedTileset; local: number } | undefined {
  let found: ResolvedTileset | undefined;
  for (const ts of tilesets) if (ts.firstgid <= gid) found = ts;
  if (!found) return undefined;
  const local = gid - found.firstgid;
  if (found.tilecount !== undefined && local >= found.tilecount) return undefined;
  return { ts: found, local };
}
