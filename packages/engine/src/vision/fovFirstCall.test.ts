import { expect, it } from 'vitest';
import { computeFov } from './fov';

// Its own file: fov.ts's scratch arrays are module state, so this is the first view this module ever casts.
it('the very first view, of radius 1 and then 2, sees its neighbours (the scratch arrays are made for it)', () => {
  const m = { width: 5, height: 5, blocks: new Uint8Array(25) };
  const out = new Uint8Array(25);
  computeFov(m, 2, 2, 1, out);
  // Radius 1: the 3 × 3 square around the viewer (a diagonal neighbour is at 1² + 1² = 2, within 1² + 1).
  expect([...out]).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
  out.fill(0);
  computeFov(m, 2, 2, 2, out);
  expect(out.reduce((a, v) => a + v, 0)).toBe(21);
});
