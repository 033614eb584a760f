import { commit } from '../state';
import { paintLayerRect, pickLayer } from './height';
import type { Tool } from './tool';

/** Rectangle: drag from corner to corner; letting go fills it with the terrain (or height). */
export const rectangle: Tool = {
  id: 'rect',
  key: 'R',
  label: 'Rectangle',
  hint: 'Drag a rectangle to fill it with the terrain (or height).',
  press: (s, p, how) => (how.right || how.alt ? pickLayer(s, p) : { ...s, drag: { kind: 'rect', a: p, b: p } }),
  drag: (s, p) => (s.drag?.kind === 'rect' ? { ...s, drag: { ...s.drag, b: p } } : s),
  release: (s) => (s.drag?.kind === 'rect' ? commit({ ...s, drag: null }, paintLayerRect(s, s.drag.a, s.drag.b)) : s),
};
