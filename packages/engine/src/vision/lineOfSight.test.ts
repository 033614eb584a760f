import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBlocked } from './lineOfSight';

const ANY_NONZERO = Uint8Array.from({ length: 256 }, (_, i) => (i === 0 ? 0 : 1));

/** The definition, one division per step: where the line crosses each row (or column) strictly between the ends. */
function blockedByDefinition(w: number, h: number, cells: Uint8Array, ax: number, ay: number, bx: number, by: number) {
  const opaque = (x: number, y: number) => x < 0 || y < 0 || x >= w || y >= h || cells[y * w + x] !== 0;
  const dx = bx - ax;
  const dy = by - ay;
  const yMajor = Math.abs(dy) >= Math.abs(dx);
  const d = yMajor ? Math.abs(dy) : Math.abs(dx);
  const minor = yMajor ? dx : dy;
  for (let k = 1; k < d; k++) {
    const t = 2 * minor * k + d;
    const q = Math.floor(t / (2 * d));
    const major = yMajor ? ay + Math.sign(dy) * k : ax + Math.sign(dx) * k;
    const at = (m: number) => (yMajor ? opaque(ax + m, major) : opaque(major, ay + m));
    if (t % (2 * d) === 0 ? at(q - 1) && at(q) : at(q)) return true;
  }
  return false;
}

describe('lineBlocked', () => {
  it('agrees with the per-step definition and is symmetric, on random maps, in every direction, ends on and off the map', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 24 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 576, maxLength: 576 }),
        fc.array(fc.integer({ min: -3, max: 27 }), { minLength: 4, maxLength: 4 }),
        (w, h, raw, [ax, ay, bx, by]) => {
          // About a quarter of the tiles opaque.
          const cells = Uint8Array.from(raw.slice(0, w * h), (v) => (v === 0 ? 1 : 0));
          const blocked = lineBlocked(w, h, cells, ANY_NONZERO, ax!, ay!, bx!, by!);
          expect(blocked).toBe(blockedByDefinition(w, h, cells, ax!, ay!, bx!, by!));
          // Symmetric: the AI reads one line test for both a shot and the view back.
          expect(lineBlocked(w, h, cells, ANY_NONZERO, bx!, by!, ax!, ay!)).toBe(blocked);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
