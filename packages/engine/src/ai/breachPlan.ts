import type { Point } from '@denizens/maps';
import { breachNextTo, climbCost } from '../commands/breach';
import type { Command } from '../commands/types';
import { isInside, openBreaches } from '../environment/breaches';
import { octile } from '../path/moveCost';
import type { FactionId } from '../world/components';
import { idx } from '../world/grid';
import { T } from '../world/terrain';
import { has, unitAt, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';
import { canWalkTo, stepToward } from './position';

/**
 * The squad's way through the hull when its goal cannot be walked to: climb into a free breach it
 * stands next to (when it has the action points), else head for the nearest open breach. Null when
 * the goal is walkable, or when there is nothing useful to do about the hull this turn.
 */
export function breachPlan(
  world: GameWorld,
  eid: number,
  faction: FactionId,
  goal: Point,
  danger: Uint8Array | null,
): Command | null {
  const { Position, Actions, Unit } = world.c;
  const g = world.grid;
  const x = Position.x[eid]!;
  const y = Position.y[eid]!;
  if (g.terrain[idx(g, x, y)] === T.breach) return null;
  if (canWalkTo(world, x, y, goal.x, goal.y, faction)) return null;
  const ap = Actions.ap[eid]!;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const bx = x + dx;
      const by = y + dy;
      if (!(dx || dy) || bx < 0 || by < 0 || bx >= g.width || by >= g.height) continue;
      if (g.terrain[idx(g, bx, by)] !== T.breach) continue;
      if (unitAt(world, bx, by) !== undefined) continue;
      if (danger?.[idx(g, bx, by)]) continue;
      if (ap >= Math.max(1, climbCost(world, eid))) return { type: 'climb', unit: Unit.id[eid]!, to: { x: bx, y: by } };
    }
  }
  if (breachNextTo(world, x, y)) return null;
  let best: Point | null = null;
  for (const b of openBreaches(world)) {
    if (unitAt(world, b.x, b.y) !== undefined) continue;
    if (!best || octile(b.x - x, b.y - y) < octile(best.x - x, best.y - y)) best = b;
  }
  if (!best) return null;
  const to = stepToward(world, eid, best.x, best.y, faction, danger);
  if (to < 0) return null;
  return { type: 'move', unit: Unit.id[eid]!, to: { x: to % g.width, y: Math.floor(to / g.width) } };
}

/** A squad member inside the ship pulls an ally who stands in a breach next to it (saving it from the sealing hull). */
export function pullPlan(world: GameWorld, eid: number, faction: FactionId): Command | null {
  const { Position, Actions, Unit } = world.c;
  const g = world.grid;
  const x = Position.x[eid]!;
  const y = Position.y[eid]!;
  if (Actions.ap[eid]! < 1 || !isInside(world, x, y)) return null;
  for (const ally of unitsSorted(world, faction)) {
    if (ally === eid || has(world, ally, 'Pulled')) continue;
    const ax = Position.x[ally]!;
    const ay = Position.y[ally]!;
    if (g.terrain[idx(g, ax, ay)] !== T.breach || Math.max(Math.abs(ax - x), Math.abs(ay - y)) !== 1) continue;
    return { type: 'pull', unit: Unit.id[eid]!, target: Unit.id[ally]! };
  }
  return null;
}
