import { eraseAt } from '../editEntities';
import { commitDrag } from './entities';
import type { Tool } from './tool';

/** Erase: removes the topmost thing on each tile pressed or crossed (terrain and heights stay). */
export const erase: Tool = {
  id: 'erase',
  key: 'X',
  label: 'Erase',
  hint: 'Click or drag to remove units, strikes, breaches, lights, reach tiles, waypoints or breachable areas (terrain and heights stay).',
  press: (s, p) => ({ ...s, draft: eraseAt(s.draft, p), drag: { kind: 'erase' } }),
  drag: (s, p) => (s.drag?.kind === 'erase' ? { ...s, draft: eraseAt(s.draft, p) } : s),
  release: commitDrag,
};
