import { HALF_H, HALF_W, LEVEL_H } from './constants';

/** The screen position (in world-layer pixels) of the centre of tile (x, y), raised by its elevation. */
export function tileToScreen(x: number, y: number, elevation = 0): { sx: number; sy: number } {
  return { sx: (x - y) * HALF_W, sy: (x + y) * HALF_H - elevation * LEVEL_H };
}
