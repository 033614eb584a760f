import { apply, type Command, createGame, Faction, visibleTo } from '@denizens/engine';
import type { MapData } from '@denizens/maps';

/**
 * The tiles the squad has seen so far in a game (1 = seen), recomputed from its map, seed and
 * accepted commands on a world of its own: the union of `visibleTo(world, squad)` at the start
 * and after each command (turn ends included). It is exactly what the play screen remembers
 * while playing (it adds the squad's view after each command), so a continued game shows the map
 * as it was explored. Stops at a refused command (the log does not belong to this game from there).
 */
export function exploredTiles(map: MapData, seed: string, commands: readonly Command[]): Uint8Array {
  const world = createGame(map, seed);
  const seen = visibleTo(world, Faction.squad).tiles;
  for (const command of commands) {
    if (!apply(world, command).ok) break;
    const view = visibleTo(world, Faction.squad).tiles;
    for (let i = 0; i < seen.length; i++) seen[i] = seen[i]! | view[i]!;
  }
  return seen;
}
