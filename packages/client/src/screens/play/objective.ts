import { currentObjective, type GameWorld, objectiveWords, openBreaches } from '@denizens/engine';
import type { Tile } from './state';

/**
 * The mission in one line for the top bar: the objective in force (the engine's words), the turn
 * limit, and the soonest a breach seals. And the tiles it is about, to mark on the map.
 */
export function objectiveLine(world: GameWorld): string {
  const o = currentObjective(world);
  const parts = [objectiveWords(o, world.scenario.map)];
  const limit = world.scenario.map.turnLimit;
  if (limit !== undefined) {
    const left = limit - world.header.turn;
    parts.push(left > 0 ? `${left + 1} turns left (limit ${limit})` : `last turn (limit ${limit})`);
  }
  const seals = openBreaches(world).map((b) => b.sealsIn);
  if (seals.length) {
    const soonest = Math.min(...seals);
    parts.push(soonest > 1 ? `a breach seals in ${soonest} turns` : 'a breach seals at the end of this turn');
  }
  return parts.join(' · ');
}

/** The tiles the objective in force is about: the cell, or the ground to reach or leave by. */
export function objectiveTiles(world: GameWorld): Tile[] {
  const o = currentObjective(world);
  if (o.kind === 'cell') return [{ x: o.x, y: o.y }];
  if (o.kind === 'reach' || o.kind === 'extract') return o.tiles.map((t) => ({ x: t.x, y: t.y }));
  return [];
}
