import { describe, expect, it } from 'vitest';
import { radius2, tileDistance, withinRadius } from './distance';

/**
 * The one metric of vision and weapon range (vision/distance.ts): the straight-line distance between
 * tile centres rounded to the nearest whole tile, checked against the square root itself for every
 * offset up to 60 tiles each way (no integer offset ever sits on a half: (r + ½)² is never an integer).
 */
describe('tile distance', () => {
  it('is the rounded straight-line distance, and withinRadius(r) is exactly tileDistance <= r, radius2 its bound', () => {
    const wrong: string[] = [];
    for (let dy = -60; dy <= 60; dy++)
      for (let dx = -60; dx <= 60; dx++) {
        const exact = Math.round(Math.sqrt(dx * dx + dy * dy));
        const d = tileDistance(dx, dy);
        if (d !== exact) wrong.push(`tileDistance(${dx}, ${dy}) = ${d}, not ${exact}`);
        for (const r of [0, 1, 4, exact - 1, exact, exact + 1]) {
          if (r < 0) continue;
          if (withinRadius(dx, dy, r) !== exact <= r) wrong.push(`withinRadius(${dx}, ${dy}, ${r})`);
          if (dx * dx + dy * dy <= radius2(r) !== exact <= r) wrong.push(`radius2(${r}) at ${dx}, ${dy}`);
        }
      }
    expect(wrong).toEqual([]);
  });

  it('a few by hand: the diagonal of one tile is one, of two tiles three (2.83), a knight move two (2.24)', () => {
    expect(tileDistance(0, 0)).toBe(0);
    expect(tileDistance(1, 1)).toBe(1);
    expect(tileDistance(2, 2)).toBe(3);
    expect(tileDistance(1, 2)).toBe(2);
    expect(tileDistance(-12, 0)).toBe(12);
    // Far beyond the first guess of Math.sqrt: large offsets too.
    expect(tileDistance(3000, 4000)).toBe(5000);
    expect(tileDistance(2999, 4001)).toBe(5000);
  });

  it('radius2 is r² + r, and -1 (nothing within) for a negative radius', () => {
    expect([0, 1, 2, 12].map(radius2)).toEqual([0, 2, 6, 156]);
    expect(radius2(-1)).toBe(-1);
    expect(radius2(-5)).toBe(-1);
    // Nothing is within a negative radius, not even the tile itself.
    expect(0 <= radius2(-1)).toBe(false);
  });
});
