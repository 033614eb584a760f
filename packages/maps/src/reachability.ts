import type { MapData, Point } from './format';
import { type TerrainName, WALKABLE_TERRAIN } from './terrain';

/**
 * Which tiles the squad can ever reach, for the "objective reachable" checks. Movement never cuts corners
 * (the engine's rule), so 4-connectivity gives the same regions as 8-neighbour moves.
 *
 * Passable: walkable terrain, breach terrain and pre-placed breaches (entered by climbing), and hull tiles
 * that bombardment can open: inside a `breachable` rect (any hull when the map gives none) and inside the
 * area of a scheduled strike (Chebyshev distance at most its radius).
 */
export interface TileGrid {
  width: number;
  height: number;
  terrain: (TerrainName | undefined)[];
}

export function tileGridOf(map: MapData, legend: Readonly<Record<string, TerrainName>>): TileGrid {
  const terrain: (TerrainName | undefined)[] = [];
  for (let y = 0; y < map.height; y++) {
    const row = map.terrain[y] ?? '';
    for (let x = 0; x < map.width; x++) terrain.push(legend[row[x] ?? '']);
  }
  return { width: map.width, height: map.height, terrain };
}

export function inside(g: TileGrid, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x < g.width && y < g.height;
}

/** Is this hull tile in a breachable area? */
export function isBreachableHull(map: MapData, x: number, y: number): boolean {
  if (!map.breachable) return true;
  return map.breachable.some((r) => x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h);
}

export type PassMode = 'walk' | 'squad' | 'anyHull';

/**
 * 1 where passable. `walk`: walkable terrain only (patrols). `squad`: plus breaches and hull that strikes can
 * open. `anyHull`: plus every hull tile (to tell "inside the ship" from "walled off").
 */
export function passableMask(map: MapData, g: TileGrid, mode: PassMode): Uint8Array {
  const mask = new Uint8Array(g.width * g.height);
  const openable = mode === 'squad' ? openableHullMask(map, g) : undefined;
  for (let i = 0; i < mask.length; i++) {
    const t = g.terrain[i];
    if (t !== undefined && WALKABLE_TERRAIN.has(t)) mask[i] = 1;
    else if (mode === 'walk') continue;
    else if (t === 'breach') mask[i] = 1;
    else if (t === 'hull' && (mode === 'anyHull' || openable![i])) mask[i] = 1;
  }
  if (mode !== 'walk') for (const b of map.breaches) if (inside(g, b.x, b.y)) mask[b.y * g.width + b.x] = 1;
  return mask;
}

/** 1 on hull tiles that are breachable and inside some strike's area: O(tiles + strike areas + rect areas). */
export function openableHullMask(map: MapData, g: TileGrid): Uint8Array {
  const struck = new Uint8Array(g.width * g.height);
  for (const s of map.strikes) {
    for (let y = Math.max(0, s.y - s.radius); y <= Math.min(g.height - 1, s.y + s.radius); y++) {
      for (let x = Math.max(0, s.x - s.radius); x <= Math.min(g.width - 1, s.x + s.radius); x++)
        struck[y * g.width + x] = 1;
    }
  }
  let breachable: Uint8Array | undefined;
  if (map.breachable) {
    breachable = new Uint8Array(g.width * g.height);
    for (const r of map.breachable) {
      for (let y = r.y; y < Math.min(g.height, r.y + r.h); y++) {
        for (let x = r.x; x < Math.min(g.width, r.x + r.w); x++) breachable[y * g.width + x] = 1;
      }
    }
  }
  const out = new Uint8Array(g.width * g.height);
  for (let i = 0; i < out.length; i++) {
    if (g.terrain[i] === 'hull' && struck[i] && (!breachable || breachable[i])) out[i] = 1;
  }
  return out;
}

/** Labels 4-connected regions of passable tiles: 0 = impassable, 1.. = region number (scan order, deterministic). */
export function labelRegions(g: TileGrid, mask: Uint8Array): Int32Array {
  const label = new Int32Array(mask.length);
  const queue = new Int32Array(mask.length);
  let next = 0;
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || label[start]) continue;
    next++;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    label[start] = next;
    while (head < tail) {
      const i = queue[head++]!;
      const x = i % g.width;
      const y = (i - x) / g.width;
      const ns = [
        x > 0 ? i - 1 : -1,
        x < g.width - 1 ? i + 1 : -1,
        y > 0 ? i - g.width : -1,
        y < g.height - 1 ? i + g.width : -1,
      ];
      for (const n of ns) {
        if (n < 0 || !mask[n] || label[n]) continue;
        label[n] = next;
        queue[tail++] = n;
      }
    }
  }
  return label;
}

/** The region labels of a set of tiles (ignoring tiles outside the grid or impassable). */
export function regionsOf(g: TileGrid, label: Int32Array, tiles: readonly Point[]): Set<number> {
  const out = new Set<number>();
  for (const p of tiles) {
    if (!inside(g, p.x, p.y)) continue;
    const l = label[p.y * g.width + p.x]!;
    if (l) out.add(l);
  }
  return out;
}
