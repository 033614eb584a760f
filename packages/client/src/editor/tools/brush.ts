import { lineTiles } from '../editTerrain';
import { commit } from '../state';
import { paintLayer, pickLayer } from './height';
import type { Tool } from './tool';

/** Brush: paints the tile pressed and every tile the pointer crosses (one undo step per stroke). */
export const brush: Tool = {
  id: 'brush',
  key: 'B',
  label: 'Brush',
  hint: 'Click or drag to paint terrain (or heights: H). Alt-click or right-click picks a terrain (or height).',
  press: (s, p, how) =>
    how.right || how.alt
      ? pickLayer(s, p)
      : { ...s, draft: paintLayer(s, s.draft, [p]), drag: { kind: 'stroke', last: p } },
  drag: (s, p) =>
    s.drag?.kind === 'stroke'
      ? { ...s, draft: paintLayer(s, s.draft, lineTiles(s.drag.last, p)), drag: { kind: 'stroke', last: p } }
      : s,
  release: (s) => commit({ ...s, drag: null }, s.draft),
};
