import type { Point } from '@denizens/maps';
import { type EditorMap, inBounds } from './editorMap';

/** True when the map lists a light on the tile (conduits light themselves and are not listed). */
export const lightAt = (m: EditorMap, p: Point): boolean => m.lights.some((l) => l.x === p.x && l.y === p.y);

/** Adds a map light on a tile, or removes the one there; the same map outside the map. */
export function toggleLight(m: EditorMap, p: Point): EditorMap {
  if (!inBounds(m, p.x, p.y)) return m;
  return {
    ...m,
    lights: lightAt(m, p) ? m.lights.filter((l) => l.x !== p.x || l.y !== p.y) : [...m.lights, { x: p.x, y: p.y }],
  };
}
