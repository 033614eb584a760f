import { commit } from '../state';
import { fillLayer, pickLayer } from './height';
import type { Tool } from './tool';

/** Flood fill: repaints the 4-connected area of the same terrain (or height) as the tile pressed. */
export const fill: Tool = {
  id: 'fill',
  key: 'F',
  label: 'Flood fill',
  hint: 'Click to repaint the connected area of the same terrain (or height).',
  press: (s, p, how) => (how.right || how.alt ? pickLayer(s, p) : commit(s, fillLayer(s, p))),
};
