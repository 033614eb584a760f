import type { Point } from '@denizens/maps';
import { has } from '../world/units';
import type { GameWorld } from '../world/world';

/** The unit's patrol route (waypoints, looped), or null. */
export function routeOf(world: GameWorld, eid: number): readonly Point[] | null {
  if (!has(world, eid, 'Ai')) return null;
  const r = world.c.Ai.route[eid]!;
  const route = r >= 0 ? world.scenario.patrols[r] : undefined;
  return route && route.length > 0 ? route : null;
}

/** The waypoint the unit is heading for: its current one, or the one after if it stands on it. */
export function patrolTarget(world: GameWorld, eid: number): Point | null {
  const route = routeOf(world, eid);
  if (!route) return null;
  const { Ai, Position } = world.c;
  const wp = Ai.waypoint[eid]! % route.length;
  const p = route[wp]!;
  if (p.x === Position.x[eid] && p.y === Position.y[eid])
    return route.length > 1 ? route[(wp + 1) % route.length]! : null;
  return p;
}

/** Moves the unit's waypoint on while it stands on it (called before and after each of its moves). */
export function advancePatrol(world: GameWorld, eid: number): void {
  const route = routeOf(world, eid);
  if (!route || route.length < 2) return;
  const { Ai, Position } = world.c;
  const wp = Ai.waypoint[eid]! % route.length;
  const p = route[wp]!;
  if (p.x === Position.x[eid] && p.y === Position.y[eid]) Ai.waypoint[eid] = (wp + 1) % route.length;
}
