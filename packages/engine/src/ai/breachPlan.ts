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
  // A leg up is coming (an ally beside it that is not at a breach itself boosts first): wait for it.
  if (
    !has(world, eid, 'Boosted') &&
    !has(world, eid, 'Pulled') &&
    freeBreachNextTo(world, x, y, danger) &&
    booster(world, eid, faction) >= 0
  )
    return null;
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

/** A free breach next to (x, y), out of the danger tiles, or null. */
function freeBreachNextTo(world: GameWorld, x: number, y: number, danger: Uint8Array | null): Point | null {
  const g = world.grid;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const bx = x + dx;
      const by = y + dy;
      if (!(dx || dy) || bx < 0 || by < 0 || bx >= g.width || by >= g.height) continue;
      if (g.terrain[idx(g, bx, by)] !== T.breach || unitAt(world, bx, by) !== undefined) continue;
      if (danger?.[idx(g, bx, by)]) continue;
      return { x: bx, y: by };
    }
  }
  return null;
}

/** An ally outside the ship, beside `eid`, with an action point, not at a free breach itself: who can boost it; -1 if none. */
function booster(world: GameWorld, eid: number, faction: FactionId): number {
  const { Position, Actions } = world.c;
  const x = Position.x[eid]!;
  const y = Position.y[eid]!;
  for (const ally of unitsSorted(world, faction)) {
    if (ally === eid || Actions.ap[ally]! < 1) continue;
    const ax = Position.x[ally]!;
    const ay = Position.y[ally]!;
    if (Math.max(Math.abs(ax - x), Math.abs(ay - y)) !== 1 || isInside(world, ax, ay)) continue;
    if (world.grid.terrain[idx(world.grid, ax, ay)] === T.breach) continue;
    if (freeBreachNextTo(world, ax, ay, null)) continue;
    return ally;
  }
  return -1;
}

/**
 * A squad member outside the ship, not at a breach itself, gives a leg up to an ally beside it who
 * stands next to a free breach and can still climb this turn (boost: its climb then costs 1 AP, or 0
 * from a unit with the boost trait). Only while the goal lies across the hull.
 */
export function boostPlan(
  world: GameWorld,
  eid: number,
  faction: FactionId,
  goal: Point | null,
  danger: Uint8Array | null,
): Command | null {
  const { Position, Actions, Unit } = world.c;
  if (!goal || Actions.ap[eid]! < 1) return null;
  const x = Position.x[eid]!;
  const y = Position.y[eid]!;
  const g = world.grid;
  if (isInside(world, x, y) || g.terrain[idx(g, x, y)] === T.breach || freeBreachNextTo(world, x, y, null)) return null;
  for (const ally of unitsSorted(world, faction)) {
    if (ally === eid || Actions.ap[ally]! < 1 || has(world, ally, 'Boosted') || has(world, ally, 'Pulled')) continue;
    const ax = Position.x[ally]!;
    const ay = Position.y[ally]!;
    if (Math.max(Math.abs(ax - x), Math.abs(ay - y)) !== 1) continue;
    if (!freeBreachNextTo(world, ax, ay, danger)) continue;
    if (canWalkTo(world, ax, ay, goal.x, goal.y, faction)) continue;
    return { type: 'boost', unit: Unit.id[eid]!, target: Unit.id[ally]! };
  }
  return null;
}
