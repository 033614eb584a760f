import { DEFAULT_SQUAD } from '../catalog';
import { MAP_FORMAT_VERSION, type MapData, type MapInput } from '../format';
import { findHostileKey } from '../safeJson';
import type { MapIssue } from '../semantics';
import { describeZodIssues } from '../structural';
import { DEFAULT_LEGEND, MAP_LIMITS, TERRAIN_NAMES, type TerrainName } from '../terrain';
import { validateMap } from '../validate';
import { decodeTileData, tileIdOf } from './decodeTileData';
import { type Props, propsOf, type WrongPropertyType } from './properties';
import {
  TiledGroupLayerSchema,
  TiledLayerBaseSchema,
  type TiledMap,
  TiledMapSchema,
  type TiledObject,
  TiledObjectLayerSchema,
  TiledTileLayerSchema,
} from './tiledSchema';
import { isTerrainName, resolveTilesets, type TilesetResolver, tileOf } from './tilesets';

export interface TiledImportOptions {
  /** Name of the Tiled file, used in every message. */
  file: string;
  /** Reads external tilesets (`"source": "x.tsj"`), relative to the map; needed when the map does not embed them. */
  resolveTileset?: TilesetResolver;
  /** Map id when the Tiled map has no `id` property (default: from the file name). */
  id?: string;
  /** Written as the output's `$schema` (e.g. a relative path to map.schema.json). */
  schema?: string;
}

/** `map` is the converted file (as written), `data` the validated map. On failure, nothing is converted. */
export type TiledImportResult = { ok: true; map: MapInput; data: MapData } | { ok: false; issues: MapIssue[] };

/** Object types (`type` or `class` in Tiled) the importer understands. */
export const TILED_OBJECT_TYPES = [
  'squad',
  'enemy',
  'objective',
  'breach',
  'breachable',
  'strike',
  'light',
  'patrol',
] as const;

const MAX_GROUP_DEPTH = 8;

interface Provenance {
  prefix: string;
  path: string;
  label: string;
}

interface Ctx {
  file: string;
  tmap: TiledMap;
  issues: MapIssue[];
  iso: boolean;
}

/**
 * When `text` is Tiled's XML format (`.tmx`, or a `.tsx` tileset) rather than JSON, the sentence that says so and how
 * to export JSON; undefined otherwise.
 */
export function tiledXmlProblem(text: string): string | undefined {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 200);
  if (!head.startsWith('<')) return undefined;
  const what = /<tileset[\s>]/.test(head) ? "a tileset in Tiled's XML format (.tsx)" : "Tiled's XML format (.tmx)";
  return `this file is ${what}, which the importer does not read; in Tiled use File > Export As and choose "JSON map files (*.tmj *.json)" (tilesets: "JSON tileset files (*.tsj *.json)"), then import the exported file`;
}

/** A lowercase id from a name ("Drone 2" → "drone-2"), or undefined when nothing is left. */
export function slugOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 64);
  return s.length ? s : undefined;
}

/**
 * Converts a map saved by Tiled (JSON, orthogonal or isometric) to a Denizens map and validates it. Pure: the
 * caller parses the file (`parseJsonSafely`) and supplies external tilesets through `resolveTileset`.
 * Conventions: docs/tiled.md.
 */
export function importTiled(json: unknown, options: TiledImportOptions): TiledImportResult {
  const { file } = options;
  const issues: MapIssue[] = [];
  const hostile = findHostileKey(json);
  if (hostile) return { ok: false, issues: [{ file, ...hostile }] };
  const parsed = TiledMapSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, issues: describeZodIssues(TiledMapSchema, json, parsed.error).map((s) => ({ file, ...s })) };
  }
  const tmap = parsed.data;
  if (tmap.orientation !== 'orthogonal' && tmap.orientation !== 'isometric') {
    issues.push({
      file,
      path: '$.orientation',
      message: `"${tmap.orientation}" maps are not supported; make an orthogonal or isometric map (Tiled: Map > Map Properties > Orientation)`,
    });
  }
  if (tmap.infinite) {
    issues.push({
      file,
      path: '$.infinite',
      message:
        'infinite maps are not supported; untick Map > Map Properties > Infinite (Tiled crops the map to the tiles in use) and save again',
    });
  }
  if (tmap.width < 1 || tmap.height < 1 || tmap.width > MAP_LIMITS.maxWidth || tmap.height > MAP_LIMITS.maxHeight) {
    issues.push({
      file,
      path: '$.width',
      message: `map is ${tmap.width}x${tmap.height} tiles; a map must be 1x1 to ${MAP_LIMITS.maxWidth}x${MAP_LIMITS.maxHeight} (Tiled: Map > Resize Map)`,
    });
  }
  if (issues.length) return { ok: false, issues };

  const ctx: Ctx = { file, tmap, issues, iso: tmap.orientation === 'isometric' };
  const tilesets = resolveTilesets(tmap, file, options.resolveTileset, issues);
  if (issues.length) return { ok: false, issues };
  const mapProps = propsOf(tmap.properties, wrongTypeReporter(ctx, '$', 'map'));
  const W = tmap.width;
  const H = tmap.height;
  const terrain: (TerrainName | undefined)[] = new Array(W * H).fill(undefined);
  const heights = new Uint8Array(W * H);
  const objectLayers: { layer: { objects: TiledObject[]; name: string }; path: string }[] = [];

  // Layers, depth first in drawing order (later layers draw over earlier ones).
  const walk = (layers: readonly unknown[], base: string, depth: number) => {
    layers.forEach((raw, i) => {
      const path = `${base}[${i}]`;
      const b = TiledLayerBaseSchema.safeParse(raw);
      if (!b.success) {
        for (const s of describeZodIssues(TiledLayerBaseSchema, raw, b.error))
          issues.push({ file, ...s, path: path + s.path.slice(1) });
        return;
      }
      const props = propsOf(b.data.properties, wrongTypeReporter(ctx, path, `layer "${b.data.name}"`));
      if (props.bool('ignore') === true) return;
      if (b.data.type === 'group') {
        const g = TiledGroupLayerSchema.safeParse(raw);
        if (!g.success) {
          pushZod(ctx, TiledGroupLayerSchema, raw, g.error, path);
          return;
        }
        if (depth >= MAX_GROUP_DEPTH) {
          issues.push({ file, path, message: `group layers nest deeper than ${MAX_GROUP_DEPTH}; flatten them` });
          return;
        }
        walk(g.data.layers, `${path}.layers`, depth + 1);
      } else if (b.data.type === 'tilelayer') {
        readTileLayer(ctx, raw, path, tilesets, terrain, heights);
      } else if (b.data.type === 'objectgroup') {
        const o = TiledObjectLayerSchema.safeParse(raw);
        if (!o.success) {
          pushZod(ctx, TiledObjectLayerSchema, raw, o.error, path);
          return;
        }
        objectLayers.push({ layer: o.data, path });
      }
    });
  };
  walk(tmap.layers, '$.layers', 0);

  const fillName = mapProps.str('fill');
  let fill: TerrainName = 'void';
  if (fillName !== undefined) {
    if (isTerrainName(fillName)) fill = fillName;
    else
      issues.push({
        file,
        path: '$.properties',
        message: `map property fill is "${fillName}"; use one of ${TERRAIN_NAMES.join(', ')}`,
      });
  }

  const codeOf = new Map<TerrainName, string>();
  for (const [ch, name] of Object.entries(DEFAULT_LEGEND)) if (!codeOf.has(name)) codeOf.set(name, ch);
  const rows: string[] = [];
  const heightRows: string[] = [];
  for (let y = 0; y < H; y++) {
    let row = '';
    let hrow = '';
    for (let x = 0; x < W; x++) {
      row += codeOf.get(terrain[y * W + x] ?? fill)!;
      hrow += String(heights[y * W + x]);
    }
    rows.push(row);
    heightRows.push(hrow);
  }

  const ents = readObjects(ctx, objectLayers, mapProps);
  const numbers: Record<string, number> = {};
  for (const k of ['sealTurns', 'turnLimit'] as const) {
    const v = mapProps.num(k);
    if (v !== undefined) numbers[k] = v;
  }
  const texts: Record<string, string> = {};
  for (const k of ['id', 'name', 'description', 'author', 'next'] as const) {
    const v = mapProps.str(k);
    if (v !== undefined) texts[k] = v;
  }
  if (issues.length) return { ok: false, issues };

  const id = texts.id ?? options.id ?? slugOf(file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')) ?? 'tiled-map';
  const out: Record<string, unknown> = {};
  if (options.schema !== undefined) out.$schema = options.schema;
  out.format = 'denizens-map';
  out.version = MAP_FORMAT_VERSION;
  out.id = id;
  out.name = texts.name ?? id;
  for (const k of ['description', 'author', 'next'] as const) if (texts[k] !== undefined) out[k] = texts[k];
  out.width = W;
  out.height = H;
  out.terrain = rows;
  if (heights.some((h) => h > 0)) out.heights = heightRows;
  if (ents.lights.length) out.lights = ents.lights;
  out.squad = ents.squad;
  if (ents.enemies.length) out.enemies = ents.enemies;
  out.objective = ents.objective;
  if (ents.breachable.length) out.breachable = ents.breachable;
  if (ents.breaches.length) out.breaches = ents.breaches;
  if (ents.strikes.length) out.strikes = ents.strikes;
  for (const k of ['sealTurns', 'turnLimit'] as const) if (numbers[k] !== undefined) out[k] = numbers[k];
  const map = out as MapInput;
  const v = validateMap(map, file);
  if (!v.ok) return { ok: false, issues: [...v.issues.map((i) => traceBack(i, ents.provenance)), ...v.notes] };
  return { ok: true, map, data: v.map };
}

/** Reports Tiled properties of the wrong type on the thing at `path` (named `label` in messages). */
function wrongTypeReporter(ctx: Pick<Ctx, 'file' | 'issues'>, path: string, label: string): WrongPropertyType {
  return (index, name, expected, got) =>
    ctx.issues.push({
      file: ctx.file,
      path: `${path}.properties[${index}]`,
      message: `${label}: property ${name} must be ${expected}, got ${got}; fix its value or its type in Tiled`,
    });
}

function pushZod(
  ctx: Ctx,
  schema: Parameters<typeof describeZodIssues>[0],
  raw: unknown,
  error: Parameters<typeof describeZodIssues>[2],
  path: string,
) {
  for (const s of describeZodIssues(schema, raw, error))
    ctx.issues.push({ file: ctx.file, ...s, path: path + s.path.slice(1) });
}

/** Points a validation issue on the converted map back at the Tiled object it came from. */
function traceBack(issue: MapIssue, provenance: readonly Provenance[]): MapIssue {
  if (issue.path === '$') return issue;
  let best: Provenance | undefined;
  for (const p of provenance) {
    const hit =
      issue.path === p.prefix || issue.path.startsWith(`${p.prefix}.`) || issue.path.startsWith(`${p.prefix}[`);
    if (hit && (!best || p.prefix.length > best.prefix.length)) best = p;
  }
  if (!best)
    return {
      ...issue,
      message: `${issue.message} (in the converted map at ${issue.path}; set it with a map property or object in Tiled)`,
    };
  const deeper = issue.path !== best.prefix;
  return {
    ...issue,
    path: best.path,
    message: `${best.label}: ${issue.message}${deeper ? ` (converted field ${issue.path.slice(best.prefix.length + 1)}; set it with the object's custom properties)` : ''}`,
  };
}

function readTileLayer(
  ctx: Ctx,
  raw: unknown,
  path: string,
  tilesets: ReturnType<typeof resolveTilesets>,
  terrain: (TerrainName | undefined)[],
  heights: Uint8Array,
): void {
  const { file, issues, tmap } = ctx;
  const p = TiledTileLayerSchema.safeParse(raw);
  if (!p.success) {
    pushZod(ctx, TiledTileLayerSchema, raw, p.error, path);
    return;
  }
  const layer = p.data;
  if (layer.chunks !== undefined) {
    issues.push({
      file,
      path: `${path}.chunks`,
      message: 'layer is stored in chunks (an infinite map); untick Map > Map Properties > Infinite and save again',
    });
    return;
  }
  if (layer.width !== tmap.width || layer.height !== tmap.height) {
    issues.push({
      file,
      path,
      message: `layer "${layer.name}" is ${layer.width}x${layer.height} but the map is ${tmap.width}x${tmap.height}; resize the map (Map > Resize Map, all layers)`,
    });
    return;
  }
  const decoded = decodeTileData(layer.data, layer.encoding, layer.compression, layer.width * layer.height);
  if (!decoded.ok) {
    issues.push({
      file,
      path: `${path}.${layer.compression ? 'compression' : 'data'}`,
      message: `layer "${layer.name}": ${decoded.message}`,
    });
    return;
  }
  const props = propsOf(layer.properties, wrongTypeReporter(ctx, path, `layer "${layer.name}"`));
  const named = props.str('terrain') ?? layer.name.trim().toLowerCase();
  const layerTerrain = isTerrainName(named) ? named : undefined;
  if (props.has('terrain') && !layerTerrain) {
    issues.push({
      file,
      path: `${path}.properties`,
      message: `layer property terrain is "${props.str('terrain')}"; use one of ${TERRAIN_NAMES.join(', ')}`,
    });
    return;
  }
  const layerHeight = props.num('height');
  const W = tmap.width;
  let missingTile = false;
  let missingTerrain = false;
  for (let i = 0; i < decoded.gids.length; i++) {
    const gid = tileIdOf(decoded.gids[i]!);
    if (gid === 0) continue;
    const x = i % W;
    const y = (i - x) / W;
    const t = tileOf(tilesets, gid);
    if (!t) {
      if (!missingTile)
        issues.push({
          file,
          path: `${path}.data`,
          tile: { x, y },
          message: `layer "${layer.name}" uses tile id ${gid}, which no tileset holds; fix or re-add the tileset`,
        });
      missingTile = true;
      continue;
    }
    const info = t.ts.tiles.get(t.local);
    const name = info?.terrain ?? layerTerrain;
    if (!name) {
      if (!missingTerrain) {
        issues.push({
          file,
          path: `${path}.data`,
          tile: { x, y },
          message: `tile ${t.local} of tileset "${t.ts.name}" in layer "${layer.name}" has no terrain; give the tile a "terrain" property in the tileset, or name the layer after a terrain kind (${TERRAIN_NAMES.join(', ')})`,
        });
      }
      missingTerrain = true;
      continue;
    }
    terrain[i] = name;
    const h = info?.height ?? layerHeight;
    if (h !== undefined && Number.isInteger(h) && h >= 0 && h <= 9) heights[i] = h;
  }
}

interface Entities {
  squad: Record<string, unknown>[];
  enemies: Record<string, unknown>[];
  objective: Record<string, unknown> | undefined;
  breaches: Record<string, unknown>[];
  breachable: Record<string, unknown>[];
  strikes: Record<string, unknown>[];
  lights: { x: number; y: number }[];
  provenance: Provenance[];
}

function readObjects(
  ctx: Ctx,
  layers: { layer: { objects: TiledObject[]; name: string }; path: string }[],
  mapProps: Props,
): Entities {
  const { file, issues, tmap, iso } = ctx;
  const e: Entities = {
    squad: [],
    enemies: [],
    objective: undefined,
    breaches: [],
    breachable: [],
    strikes: [],
    lights: [],
    provenance: [],
  };
  const byId = new Map<number, TiledObject>();
  for (const { layer } of layers) for (const o of layer.objects) if (!byId.has(o.id)) byId.set(o.id, o);
  // Pixel → tile: orthogonal maps measure x in tile widths; isometric maps measure both axes in tile heights.
  const ux = iso ? tmap.tileheight : tmap.tilewidth;
  const uy = tmap.tileheight;
  const cell = (px: number, py: number) => ({ x: Math.floor(px / ux + 1e-6), y: Math.floor(py / uy + 1e-6) });
  const isArea = (o: TiledObject) =>
    !o.point && o.gid === undefined && !o.polyline && !o.polygon && (o.width ?? 0) > 0 && (o.height ?? 0) > 0;
  const center = (o: TiledObject) => {
    if (o.gid !== undefined) {
      return iso ? cell(o.x - uy / 2, o.y - uy / 2) : cell(o.x + (o.width ?? ux) / 2, o.y - (o.height ?? uy) / 2);
    }
    if (isArea(o)) return cell(o.x + o.width! / 2, o.y + o.height! / 2);
    return cell(o.x, o.y);
  };
  const rectOf = (o: TiledObject) => {
    const a = cell(o.x, o.y);
    const x1 = Math.ceil((o.x + (o.width ?? 0)) / ux - 1e-6);
    const y1 = Math.ceil((o.y + (o.height ?? 0)) / uy - 1e-6);
    return { x: a.x, y: a.y, w: Math.max(1, x1 - a.x), h: Math.max(1, y1 - a.y) };
  };
  // Every area is clipped to the map before its tiles are walked, so a huge object cannot exhaust memory.
  const clipped = (o: TiledObject, path: string, label: string) => {
    const r = rectOf(o);
    const x0 = Math.max(0, r.x);
    const y0 = Math.max(0, r.y);
    const x1 = Math.min(tmap.width, r.x + r.w);
    const y1 = Math.min(tmap.height, r.y + r.h);
    if (x1 > x0 && y1 > y0) return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
    issues.push({
      file,
      path,
      message: `${label} lies entirely outside the ${tmap.width}x${tmap.height} map; move it onto the map or delete it`,
    });
    return undefined;
  };
  const tilesOf = (o: TiledObject, path: string, label: string) => {
    if (!isArea(o)) return [center(o)];
    const r = clipped(o, path, label);
    const out: { x: number; y: number }[] = [];
    if (r) for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) out.push({ x, y });
    return out;
  };
  const vertices = (o: TiledObject) => (o.polyline ?? o.polygon ?? []).map((p) => cell(o.x + p.x, o.y + p.y));
  const usedIds = new Set<string>();
  const freshId = (base: string) => {
    let n = 1;
    while (usedIds.has(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  };
  const pending: { want: string | undefined; rec: Record<string, unknown>; base: string }[] = [];

  for (const { layer, path: lpath } of layers) {
    layer.objects.forEach((o, j) => {
      const path = `${lpath}.objects[${j}]`;
      const label = `object ${o.id}${o.name ? ` "${o.name}"` : ''}`;
      const kind = (o.type || o.class || '').trim().toLowerCase();
      const props = propsOf(o.properties, wrongTypeReporter(ctx, path, label));
      if (o.rotation) {
        issues.push({
          file,
          path: `${path}.rotation`,
          message: `${label} is rotated; set its rotation to 0 (the importer reads tiles, not angles)`,
        });
        return;
      }
      const at = center(o);
      const note = (prefix: string) => e.provenance.push({ prefix, path, label });
      switch (kind) {
        case 'squad': {
          const name = props.str('name') ?? o.name;
          const wantId = props.str('id') ?? slugOf(name);
          const base = DEFAULT_SQUAD.find(
            (p) => p.id === wantId || p.name.toLowerCase() === (name ?? '').toLowerCase(),
          );
          const u: Record<string, unknown> = {};
          u.id = wantId ?? base?.id;
          u.name = name || base?.name;
          const role = props.str('role') ?? base?.role;
          if (role) u.role = role;
          for (const k of ['hp', 'aim', 'mobility'] as const) {
            const v = props.num(k) ?? base?.[k];
            if (v !== undefined) u[k] = v;
          }
          for (const k of ['vision', 'defense'] as const) {
            const v = props.num(k);
            if (v !== undefined) u[k] = v;
          }
          u.weapon = props.str('weapon') ?? base?.weapon;
          const side = props.str('sidearm') ?? base?.sidearm;
          if (side) u.sidearm = side;
          const medkits = props.num('medkits') ?? base?.pack.medkits;
          if (medkits) u.pack = { medkits };
          const traits = props.has('traits')
            ? (props.str('traits') ?? '')
                .split(',')
                .map((s) => s.trim())
                .filter((s) => s.length > 0)
            : (base?.traits ?? []);
          if (traits.length) u.traits = traits;
          u.x = at.x;
          u.y = at.y;
          note(`$.squad[${e.squad.length}]`);
          e.squad.push(u);
          if (typeof u.id === 'string') usedIds.add(u.id);
          return;
        }
        case 'enemy': {
          const type = props.str('enemyType') ?? props.str('enemy');
          if (!type) {
            issues.push({
              file,
              path: `${path}.properties`,
              message: `${label} (enemy) has no "enemyType" property; add one: drone, trooper, heavy or a type defined in the map`,
            });
            return;
          }
          let spawn = at;
          let patrol: { x: number; y: number }[] = [];
          if (o.polyline || o.polygon) {
            patrol = vertices(o);
            spawn = patrol[0] ?? at;
          } else if (props.has('patrol')) {
            const ref = props.num('patrol');
            const route = ref === undefined ? undefined : byId.get(ref);
            if (!route || !(route.polyline || route.polygon)) {
              issues.push({
                file,
                path: `${path}.properties`,
                message: `${label}: property patrol must name a polyline object (Tiled: property of type "object"); got ${ref === undefined ? 'no object' : `object ${ref}`}`,
              });
              return;
            }
            patrol = vertices(route);
          }
          const rec: Record<string, unknown> = { id: undefined, type, x: spawn.x, y: spawn.y };
          if (patrol.length) rec.patrol = patrol;
          const want = props.str('id') ?? slugOf(o.name);
          if (want) usedIds.add(want);
          pending.push({ want, rec, base: slugOf(type) ?? 'enemy' });
          note(`$.enemies[${e.enemies.length}]`);
          e.enemies.push(rec);
          return;
        }
        case 'objective': {
          const k = (props.str('kind') ?? (isArea(o) ? 'reach' : 'cell')).toLowerCase();
          const prev = e.objective;
          if (k === 'reach' && prev?.kind === 'reach') {
            for (const t of tilesOf(o, path, label)) (prev.tiles as unknown[]).push(t);
            return;
          }
          if (prev) {
            issues.push({
              file,
              path,
              message: `${label} is a second objective (${k}) but the map already has one (${String(prev.kind)}); keep one (several "reach" objectives merge)`,
            });
            return;
          }
          if (k === 'cell') e.objective = { kind: 'cell', x: at.x, y: at.y };
          else if (k === 'reach') e.objective = { kind: 'reach', tiles: tilesOf(o, path, label) };
          else if (k === 'eliminate') e.objective = { kind: 'eliminate' };
          else {
            issues.push({
              file,
              path: `${path}.properties`,
              message: `${label}: objective kind "${k}" is unknown; use cell, reach or eliminate`,
            });
            return;
          }
          note('$.objective');
          return;
        }
        case 'breach': {
          const sealsIn = props.num('sealsIn');
          for (const t of tilesOf(o, path, label)) {
            note(`$.breaches[${e.breaches.length}]`);
            e.breaches.push(sealsIn === undefined ? t : { ...t, sealsIn });
          }
          return;
        }
        case 'breachable': {
          const r = isArea(o) ? clipped(o, path, label) : { ...at, w: 1, h: 1 };
          if (!r) return;
          note(`$.breachable[${e.breachable.length}]`);
          e.breachable.push(r);
          return;
        }
        case 'strike': {
          const turn = props.num('turn');
          if (turn === undefined && !props.has('turn')) {
            issues.push({
              file,
              path: `${path}.properties`,
              message: `${label} (strike) has no "turn" property; add the turn it lands on (int)`,
            });
            return;
          }
          if (turn === undefined) return;
          note(`$.strikes[${e.strikes.length}]`);
          e.strikes.push({
            turn,
            x: at.x,
            y: at.y,
            radius: props.num('radius') ?? 1,
            damage: props.num('damage') ?? 8,
          });
          return;
        }
        case 'light':
          for (const t of tilesOf(o, path, label)) {
            note(`$.lights[${e.lights.length}]`);
            e.lights.push(t);
          }
          return;
        case 'patrol':
          return;
        default:
          issues.push({
            file,
            path,
            message: `${label} has type "${kind}"; use one of ${TILED_OBJECT_TYPES.join(', ')}, or put it in a layer with the custom property ignore = true`,
          });
      }
    });
  }
  for (const p of pending) {
    const id = p.want ?? freshId(p.base);
    usedIds.add(id);
    p.rec.id = id;
  }
  if (!e.objective) {
    const k = mapProps.str('objective');
    if (k === 'eliminate') e.objective = { kind: 'eliminate' };
    else if (issues.length === 0) {
      issues.push({
        file,
        path: '$.layers',
        message:
          'no objective; add an object of type "objective" (a point for a cell, a rectangle for reach) or the map property objective = eliminate',
      });
    }
  }
  if (e.squad.length === 0 && issues.length === 0) {
    issues.push({
      file,
      path: '$.layers',
      message: 'no squad; add point objects of type "squad" (named after pilots, e.g. Willow) to an object layer',
    });
  }
  return e;
}
