import type { Point } from '@denizens/maps';
import { type EditorMap, inBounds } from './editorMap';
import { connectedTiles, rectTiles } from './editTerrain';

/** Height levels a tile can have (one digit each in the map's `heights` rows). */
export const MAX_HEIGHT = 9;

/** Height level of a tile: 0 outside the map, without `heights`, or where a (malformed) row is too short. */
export function heightAt(m: EditorMap, x: number, y: number): number {
  if (!inBounds(m, x, y)) return 0;
  const d = m.heights?.[y]?.charCodeAt(x) ?? 48;
  return d >= 48 && d <= 57 ? d - 48 : 0;
}

/** True when no tile is raised (the map then needs no `heights` at all). */
export function isFlat(heights: readonly string[] | undefined): boolean {
  return !heights || heights.every((row) => /^0*$/.test(row));
}

/** The map with `heights` left out when every tile is 0 (the same map when there is nothing to drop). */
export function dropFlatHeights(m: EditorMap): EditorMap {
  if (!m.heights || !isFlat(m.heights)) return m;
  const { heights: _, ...rest } = m;
  return rest;
}

/**
 * Sets the height level (0-9) of the given tiles (those outside the map are skipped); the same map when nothing
 * changes. The rows are rebuilt in the terrain's shape, and `heights` is dropped once every tile is back to 0.
 */
export function paintHeights(m: EditorMap, tiles: readonly Point[], level: number): EditorMap {
  const code = String(Math.min(MAX_HEIGHT, Math.max(0, Math.round(level))));
  let rows: string[] | null = null;
  for (const { x, y } of tiles) {
    if (!inBounds(m, x, y) || heightAt(m, x, y) === Number(code)) continue;
    rows ??= Array.from({ length: m.height }, (_, r) => shapeRow(m.heights?.[r], m.width));
    const row = rows[y]!;
    rows[y] = row.slice(0, x) + code + row.slice(x + 1);
  }
  if (!rows) return m;
  // rows that did not change are shared with the previous map (cheap undo history)
  const heights = rows.map((r, y) => (m.heights?.[y] === r ? m.heights[y]! : r));
  return dropFlatHeights({ ...m, heights });
}

/** A heights row of exactly `width` digits (missing or non-digit places read as 0). */
function shapeRow(row: string | undefined, width: number): string {
  return (row ?? '')
    .slice(0, width)
    .replace(/[^0-9]/g, '0')
    .padEnd(width, '0');
}

export function fillHeightRect(m: EditorMap, a: Point, b: Point, level: number): EditorMap {
  return paintHeights(m, rectTiles(m, a, b), level);
}

/** Sets the height of the 4-connected area of tiles at the start tile's height. */
export function floodFillHeight(m: EditorMap, start: Point, level: number): EditorMap {
  if (!inBounds(m, start.x, start.y) || heightAt(m, start.x, start.y) === level) return m;
  return paintHeights(
    m,
    connectedTiles(m, start, (x, y) => heightAt(m, x, y)),
    level,
  );
}
