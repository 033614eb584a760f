import type { Point, TerrainName } from '@denizens/maps';
import { CODE_OF, type EditorMap, inBounds, terrainAt } from './editorMap';

/** Sets the terrain of the given tiles (those outside the map are skipped); the same map when nothing changes. */
export function paintTiles(m: EditorMap, tiles: readonly Point[], kind: TerrainName): EditorMap {
  const code = CODE_OF[kind];
  const rows = [...m.terrain];
  let changed = false;
  for (const { x, y } of tiles) {
    if (!inBounds(m, x, y)) continue;
    const row = rows[y]!;
    if (row[x] === code) continue;
    rows[y] = row.slice(0, x) + code + row.slice(x + 1);
    changed = true;
  }
  return changed ? { ...m, terrain: rows } : m;
}

/** Every tile of the rectangle spanned by two corners (any order), clipped to the map. */
export function rectTiles(m: Pick<EditorMap, 'width' | 'height'>, a: Point, b: Point): Point[] {
  const x0 = Math.max(0, Math.min(a.x, b.x));
  const x1 = Math.min(m.width - 1, Math.max(a.x, b.x));
  const y0 = Math.max(0, Math.min(a.y, b.y));
  const y1 = Math.min(m.height - 1, Math.max(a.y, b.y));
  const out: Point[] = [];
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) out.push({ x, y });
  return out;
}

export function fillRect(m: EditorMap, a: Point, b: Point, kind: TerrainName): EditorMap {
  return paintTiles(m, rectTiles(m, a, b), kind);
}

/** Tiles on the straight line from a to b (inclusive), so a fast brush stroke leaves no gaps. */
export function lineTiles(a: Point, b: Point): Point[] {
  const out: Point[] = [];
  let { x, y } = a;
  const dx = Math.abs(b.x - x);
  const dy = -Math.abs(b.y - y);
  const sx = x < b.x ? 1 : -1;
  const sy = y < b.y ? 1 : -1;
  let err = dx + dy;
  for (;;) {
    out.push({ x, y });
    if (x === b.x && y === b.y) return out;
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y += sy;
    }
  }
}

/** Repaints the 4-connected area of the same terrain as the start tile. */
export function floodFill(m: EditorMap, start: Point, kind: TerrainName): EditorMap {
  if (!inBounds(m, start.x, start.y) || terrainAt(m, start.x, start.y) === kind) return m;
  // by code, so two different unknown codes are two areas
  return paintTiles(
    m,
    connectedTiles(m, start, (x, y) => m.terrain[y]![x]),
    kind,
  );
}

/** The 4-connected area around the start tile where `valueAt` gives the same value as at the start. */
export function connectedTiles<V>(
  m: Pick<EditorMap, 'width' | 'height'>,
  start: Point,
  valueAt: (x: number, y: number) => V,
): Point[] {
  if (!inBounds(m, start.x, start.y)) return [];
  const from = valueAt(start.x, start.y);
  const seen = new Uint8Array(m.width * m.height);
  const stack: Point[] = [start];
  const tiles: Point[] = [];
  seen[start.y * m.width + start.x] = 1;
  while (stack.length) {
    const p = stack.pop()!;
    tiles.push(p);
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const x = p.x + dx;
      const y = p.y + dy;
      if (!inBounds(m, x, y) || seen[y * m.width + x] || valueAt(x, y) !== from) continue;
      seen[y * m.width + x] = 1;
      stack.push({ x, y });
    }
  }
  return tiles;
}
