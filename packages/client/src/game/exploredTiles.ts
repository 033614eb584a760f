import {
  type Command,
  createGame,
  Faction,
  type GameOptions,
  markUnitVision,
  replaySteps,
  unitsView,
} from '@denizens/engine';
import type { MapData } from '@denizens/maps';

/**
 * The tiles the squad has seen so far in a game (1 = seen), recomputed from its map, seed and
 * accepted commands on a world of its own: the union of `visibleTo(world, squad)` at the start
 * and after each command (turn ends included). It is exactly what the play screen remembers
 * while playing (it adds the squad's view after each command), so a continued game shows the map
 * as it was explored. Stops at a refused command (the log does not belong to this game from there).
 *
 * `visibleTo` is the union of each member's `markUnitVision`, and a member's view depends only on
 * the tiles and where it stands with what vision: each such viewpoint is marked once per version of
 * the tiles (`grid.version` counts every tile change), so a move costs one field of view, not the
 * whole squad's (a big map with many units re-opens in milliseconds, not a tenth of a second).
 */
export function exploredTiles(
  map: MapData,
  seed: string,
  commands: readonly Command[],
  start: GameOptions = {},
): Uint8Array {
  const world = createGame(map, seed, start);
  const seen = new Uint8Array(world.grid.width * world.grid.height);
  const scratch = new Uint8Array(seen.length);
  const marked = new Set<number>();
  let tiles = { grid: world.grid, version: world.grid.version };
  const look = () => {
    const g = world.grid;
    if (g !== tiles.grid || g.version !== tiles.version) {
      marked.clear();
      tiles = { grid: g, version: g.version };
    }
    const { Position, Stats } = world.c;
    for (const e of unitsView(world, Faction.squad)) {
      const viewpoint = (Stats.vision[e]! * g.height + Position.y[e]!) * g.width + Position.x[e]!;
      if (marked.has(viewpoint)) continue;
      marked.add(viewpoint);
      markUnitVision(world, e, seen, scratch);
    }
  };
  look();
  for (const step of replaySteps(world, commands)) {
    if (!step.result.ok) break;
    look();
  }
  return seen;
}
