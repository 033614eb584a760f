import { T } from '@denizens/engine';
import { describe, expect, it } from 'vitest';
import { conduitTiles, HUM_REACH, humLevel } from './hum';

describe('the conduits’ hum', () => {
  const g = { width: 20, height: 10, terrain: new Uint8Array(200) };
  g.terrain[3 * 20 + 5] = T.conduit;
  g.terrain[3 * 20 + 6] = T.conduit;

  it('finds the conduit tiles', () => {
    expect(conduitTiles(g)).toEqual([
      [5, 3],
      [6, 3],
    ]);
  });

  it('is loudest on a conduit, fades with distance to the nearest one, silent out of reach', () => {
    const c = conduitTiles(g);
    expect(humLevel(c, 5, 3)).toBe(1);
    expect(humLevel(c, 8, 3)).toBeCloseTo(1 - 2 / HUM_REACH);
    expect(humLevel(c, 6, 7)).toBeCloseTo(1 - 4 / HUM_REACH);
    expect(humLevel(c, 6 + HUM_REACH, 3)).toBe(0);
    expect(humLevel([], 0, 0)).toBe(0);
  });
});
