import { HALF_H, WALL_H } from './constants';

/** How many diagonals in front a wall block can still reach up over a standing figure. */
const REACH = Math.floor((WALL_H + HALF_H) / HALF_H);

/**
 * Does a wall block on tile (wx, wy) hide something standing on tile (tx, ty)? Only a wall drawn
 * later (in front: a larger x + y) can, and only when its sprite overlaps the target on screen:
 * at most one tile sideways, and close enough that its top rises over the target.
 */
export function occludes(wx: number, wy: number, tx: number, ty: number): boolean {
  const front = wx + wy - (tx + ty);
  if (front <= 0 || front > REACH) return false;
  return Math.abs(wx - wy - (tx - ty)) <= 1;
}
