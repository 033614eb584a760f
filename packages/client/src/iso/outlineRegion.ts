import { HALF_H, HALF_W } from './constants';
import { tileToScreen } from './tileToScreen';

/**
 * The outline of a set of tiles as screen-space segments [x0, y0, x1, y1]: every diamond edge whose
 * neighbour across it is outside the set. Drawing only the border (not every tile) keeps the move
 * range readable.
 */
export function outlineRegion(inSet: (x: number, y: number) => boolean, width: number, height: number): number[][] {
  const out: number[][] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!inSet(x, y)) continue;
      const { sx, sy } = tileToScreen(x, y);
      const top = [sx, sy - HALF_H];
      const right = [sx + HALF_W, sy];
      const bottom = [sx, sy + HALF_H];
      const left = [sx - HALF_W, sy];
      if (!inSet(x, y - 1)) out.push([...top, ...right]);
      if (!inSet(x + 1, y)) out.push([...right, ...bottom]);
      if (!inSet(x, y + 1)) out.push([...bottom, ...left]);
      if (!inSet(x - 1, y)) out.push([...left, ...top]);
    }
  }
  return out;
}
