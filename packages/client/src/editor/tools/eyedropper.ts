import { pickLayer } from './height';
import type { Tool } from './tool';

/** Eyedropper: takes a tile's terrain (or height) and goes back to the last terrain tool. */
export const eyedropper: Tool = {
  id: 'pick',
  key: 'I',
  label: 'Eyedropper',
  hint: 'Click a tile to take its terrain (or height).',
  press: (s, p) => ({ ...pickLayer(s, p), tool: s.lastTerrainTool }),
};
