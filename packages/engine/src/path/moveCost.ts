import { TERRAIN_RULES } from '../world/terrain';

/** Move points for a straight step and a diagonal step onto normal ground (rough terrain multiplies). */
export const STEP_COST = 2;
export const DIAGONAL_COST = 3;

/** moveMul per terrain id, as a flat table for the hot loops. */
export const MOVE_MUL: Uint8Array = Uint8Array.from(TERRAIN_RULES.map((r) => r.moveMul));

export const DIRS_X = [0, 1, 0, -1, 1, 1, -1, -1] as const;
export const DIRS_Y = [-1, 0, 1, 0, -1, 1, 1, -1] as const;

/** Admissible octile estimate of the move points from (dx, dy) away. */
export function octile(dx: number, dy: number): number {
  const ax = dx < 0 ? -dx : dx;
  const ay = dy < 0 ? -dy : dy;
  return ax < ay ? DIAGONAL_COST * ax + STEP_COST * (ay - ax) : DIAGONAL_COST * ay + STEP_COST * (ax - ay);
}
