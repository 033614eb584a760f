import { pendingStrikes, strikeTiles } from '../environment/strikes';
import { idx } from '../world/grid';
import type { GameWorld } from '../world/world';

/**
 * Tiles to keep out of this turn: every tile of a strike landing in this turn's environment phase,
 * and the ring around it (collapsing walls throw debris there). Telegraphed threats are known to both
 * sides, so both AIs use it.
 */
export function dangerTiles(world: GameWorld): Uint8Array | null {
  const strikes = pendingStrikes(world);
  if (strikes.length === 0) return null;
  const out = new Uint8Array(world.grid.width * world.grid.height);
  for (const s of strikes) for (const t of strikeTiles(world, s, 1)) out[idx(world.grid, t.x, t.y)] = 1;
  return out;
}
