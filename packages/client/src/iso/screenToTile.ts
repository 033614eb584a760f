import { HALF_H, HALF_W } from './constants';

/**
 * The tile under a world-layer pixel (the inverse of tileToScreen at elevation 0): the diamond that
 * contains the point, as whole tile coordinates.
 */
export function screenToTile(sx: number, sy: number): { x: number; y: number } {
  const fx = sx / HALF_W;
  const fy = sy / HALF_H;
  // tile centres sit at integer (x, y); the diamond of (x, y) spans x±0.5, y±0.5 in tile space.
  return { x: Math.floor((fy + fx) / 2 + 0.5), y: Math.floor((fy - fx) / 2 + 0.5) };
}
