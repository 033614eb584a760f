/** The isometric projection: 2:1 diamonds. A tile is TILE_W wide and TILE_H tall on screen. */
export const TILE_W = 64;
export const TILE_H = 32;
export const HALF_W = TILE_W / 2;
export const HALF_H = TILE_H / 2;
/** Height on screen of a full wall block and of one elevation level. */
export const WALL_H = 46;
export const LEVEL_H = 10;
