import { stringifyMap } from '@denizens/maps';
import { buildMapJson, type EditorMap } from './editorMap';
import type { EditorState } from './state';

/**
 * The seed a play-test starts with: the one the author typed, else one derived from the map itself (FNV-1a of
 * the exported JSON, 1-99999), so the same draft always plays the same game and any edit gives a new one.
 */
export function playtestSeed(s: Pick<EditorState, 'seed' | 'hist'>): string {
  return s.seed ?? mapSeed(s.hist.present);
}

export function mapSeed(m: EditorMap): string {
  const text = stringifyMap(buildMapJson(m));
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return String((h % 99999) + 1);
}
