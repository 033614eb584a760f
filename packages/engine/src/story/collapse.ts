import { removeEntity } from 'bitecs';
import { collapseWall } from '../environment/strikes';
import type { GameEvent } from '../events/types';
import { idx } from '../world/grid';
import { T } from '../world/terrain';
import { add, entitiesSorted, spawnEntity } from '../world/units';
import type { GameWorld } from '../world/world';

/**
 * A story collapse is telegraphed: it is announced when its trigger fires and the wall comes down in the
 * environment phase of the landing turn, after the player has had `turns` player phases to move away:
 * warned during a player phase, it lands that turn + turns - 1; warned later in a turn, one turn after.
 */
export function warnCollapse(world: GameWorld, x: number, y: number, turns: number): GameEvent[] {
  const { header } = world;
  const turn = (header.phase === 'player' ? header.turn : header.turn + 1) + turns - 1;
  const eid = spawnEntity(world);
  add(world, eid, 'Pending');
  world.c.Pending.kind[eid] = 'collapse';
  world.c.Pending.x[eid] = x;
  world.c.Pending.y[eid] = y;
  world.c.Pending.turn[eid] = turn;
  return [{ type: 'collapse_warned', x, y, turn }];
}

/** Collapses due this turn, in the order they were warned (a wall a strike already brought down stays rubble). */
export function landCollapses(world: GameWorld): GameEvent[] {
  const { Pending } = world.c;
  const events: GameEvent[] = [];
  for (const eid of entitiesSorted(world, ['Pending'])) {
    if (Pending.kind[eid] !== 'collapse' || Pending.turn[eid]! > world.header.turn) continue;
    const x = Pending.x[eid]!;
    const y = Pending.y[eid]!;
    removeEntity(world, eid);
    if (world.grid.terrain[idx(world.grid, x, y)] === T.wall) events.push(...collapseWall(world, x, y));
  }
  return events;
}

/** The collapses announced and not yet landed: where and on which turn (for the client's warning marks). */
export function pendingCollapses(world: GameWorld): { x: number; y: number; turn: number }[] {
  const { Pending } = world.c;
  return entitiesSorted(world, ['Pending'])
    .filter((e) => Pending.kind[e] === 'collapse')
    .map((e) => ({ x: Pending.x[e]!, y: Pending.y[e]!, turn: Pending.turn[e]! }));
}
