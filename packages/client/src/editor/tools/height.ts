import type { Point } from '@denizens/maps';
import { fillHeightRect, floodFillHeight, heightAt, paintHeights } from '../editHeights';
import { type EditorMap, terrainAt } from '../editorMap';
import { fillRect, floodFill, paintTiles } from '../editTerrain';
import type { EditorState } from '../state';

/**
 * Heights: the terrain tools (brush, rectangle, fill, eyedropper) paint either terrain kinds or height levels
 * 0-9, by the state's layer. These are the layer-aware paint operations they share.
 */
export function paintLayer(s: EditorState, m: EditorMap, tiles: readonly Point[]): EditorMap {
  return s.layer === 'height' ? paintHeights(m, tiles, s.level) : paintTiles(m, tiles, s.terrain);
}

export function paintLayerRect(s: EditorState, a: Point, b: Point): EditorMap {
  return s.layer === 'height' ? fillHeightRect(s.draft, a, b, s.level) : fillRect(s.draft, a, b, s.terrain);
}

export function fillLayer(s: EditorState, p: Point): EditorMap {
  return s.layer === 'height' ? floodFillHeight(s.draft, p, s.level) : floodFill(s.draft, p, s.terrain);
}

/** Takes the terrain kind (or height level, by layer) of a tile as what the terrain tools paint. */
export function pickLayer(s: EditorState, p: Point): EditorState {
  if (s.layer === 'height') {
    const level = heightAt(s.draft, p.x, p.y);
    return { ...s, level, note: `Picked height ${level}.` };
  }
  const t = terrainAt(s.draft, p.x, p.y);
  if (t === 'unknown') return { ...s, note: 'That tile has an unknown terrain code: there is nothing to pick.' };
  return { ...s, terrain: t, note: `Picked ${t}.` };
}
