import { pendingStrikes, strikeTiles } from '../environment/strikes';
import { pendingCollapses } from '../story/collapse';
import { idx } from '../world/grid';
import type { GameWorld } from '../world/world';

/**
 * Tiles to keep out of this turn: every tile of a strike landing in this turn's environment phase,
 * and the ring around it (collapsing walls throw debris there), and the tiles around a wall a story
 * trigger brings down this turn. Telegraphed threats are known to both
 * sides, so both AIs use it.
 */
export function dangerTiles(world: GameWorld): Uint8Array | null {
  const strikes = pendingStrikes(world);
  const collapses = pendingCollapses(world).filter((c) => c.turn === world.header.turn);
  if (strikes.length === 0 && collapses.length === 0) return null;
  const out = new Uint8Array(world.grid.width * world.grid.height);
  for (const s of strikes) for (const t of strikeTiles(world, s, 1)) out[idx(world.grid, t.x, t.y)] = 1;
  // A telegraphed story collapse throws debris onto the 8 tiles around its wall.
  for (const c of collapses)
    for (const t of strikeTiles(world, { x: c.x, y: c.y, radius: 1 })) out[idx(world.grid, t.x, t.y)] = 1;
  return out;
}
