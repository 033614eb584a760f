import type { Point } from '@denizens/maps';
import { planReaction, resolveReaction } from '../combat/reaction';
import type { GameEvent } from '../events/types';
import { findPath } from '../path/findPath';
import { DIAGONAL_COST, MOVE_MUL, STEP_COST } from '../path/moveCost';
import { type ReachList, reachList, reachMap } from '../path/reach';
import { advancePatrol } from '../rules/patrol';
import { enterTriggers } from '../story/runStory';
import { FACTION_NAMES, type FactionId } from '../world/components';
import { inBounds, isWalkable } from '../world/grid';
import { placeUnit, unitAt } from '../world/units';
import type { GameWorld } from '../world/world';
import { type Rejection, reject } from './types';

/** Move points one move action buys: two per tile of mobility (a straight step costs 2, a diagonal 3). */
export function moveBudget(world: GameWorld, eid: number): number {
  return world.c.Stats.mobility[eid]! * 2;
}

/** Tiles a unit may not walk through: those holding a unit of another side (a fresh copy). */
export function blockersFor(world: GameWorld, faction: FactionId): Uint8Array {
  return blockersScratch(world, faction).slice();
}

/**
 * blockersFor without the copy, for the engine's own searches: the grid's live per-side occupancy
 * (kept by world/units.ts as units move, come and go). Read it straight away; never write to it.
 */
export function blockersScratch(world: GameWorld, faction: FactionId): Uint8Array {
  const sides = world.grid.occupiedBy;
  // Two sides: the other side's units are the blockers.
  return sides[faction === 0 ? 1 : 0]!;
}

export interface MovePlan {
  path: Point[];
  cost: number;
  /** Action points it takes: 1 for a move, 2 for a dash. */
  ap: number;
}

/** Works out a move without changing anything: the path, its cost and whether it is a dash, or why not. */
export function planMove(
  world: GameWorld,
  eid: number,
  to: Point,
): { ok: true; plan: MovePlan } | { ok: false; rejection: Rejection } {
  const { Position, Actions, Unit } = world.c;
  const g = world.grid;
  const ap = Actions.ap[eid]!;
  if (ap <= 0) return reject('no_action_points', `${Unit.name[eid]} has no action points left this turn`);
  if (!Number.isInteger(to?.x) || !Number.isInteger(to?.y))
    return reject('invalid_command', 'move needs "to": {x, y} with whole numbers');
  if (!inBounds(g, to.x, to.y))
    return reject('out_of_bounds', `tile ${to.x},${to.y} is outside the ${g.width}x${g.height} map`);
  if (!isWalkable(g, to.x, to.y)) return reject('unreachable', `tile ${to.x},${to.y} cannot be stood on`);
  const there = unitAt(world, to.x, to.y);
  if (there !== undefined) {
    if (there === eid) return reject('unreachable', `${Unit.name[eid]} is already on ${to.x},${to.y}`);
    return reject('occupied', `tile ${to.x},${to.y} is taken by ${Unit.name[there]}`);
  }
  const budget = moveBudget(world, eid);
  const maxAp = Math.min(ap, 2);
  const found = findPath(g, Position.x[eid]!, Position.y[eid]!, to.x, to.y, {
    blocked: blockersScratch(world, Unit.faction[eid] as FactionId),
    maxCost: budget * maxAp,
  });
  if (!found) {
    return reject(
      'unreachable',
      `${Unit.name[eid]} cannot reach ${to.x},${to.y} with ${ap} action point${ap === 1 ? '' : 's'} (${budget} move points each)`,
    );
  }
  return { ok: true, plan: { path: found.path, cost: found.cost, ap: found.cost <= budget ? 1 : 2 } };
}

/**
 * Moves step by step: the first step an enemy on overwatch sees stops the move there (the action
 * points are spent all the same) and the watchers fire (combat/reaction.ts). The "enter" triggers are
 * checked where the unit stopped, before the watchers fire.
 */
export function executeMove(world: GameWorld, eid: number, plan: MovePlan): GameEvent[] {
  const { Actions, Unit, Position } = world.c;
  advancePatrol(world, eid);
  const reaction = planReaction(world, eid, plan.path);
  const path = reaction ? plan.path.slice(0, reaction.step + 1) : plan.path;
  const cost = reaction ? pathCost(world, Position.x[eid]!, Position.y[eid]!, path) : plan.cost;
  const last = path[path.length - 1]!;
  placeUnit(world, eid, last.x, last.y);
  Actions.ap[eid] = Actions.ap[eid]! - plan.ap;
  if (plan.ap === 2) Actions.dashed[eid] = 1;
  advancePatrol(world, eid);
  const events: GameEvent[] = [
    {
      type: 'moved',
      unit: Unit.id[eid]!,
      faction: FACTION_NAMES[Unit.faction[eid]!]!,
      path,
      cost,
      dash: plan.ap === 2,
      apLeft: Actions.ap[eid]!,
      ...(reaction ? { interrupted: true as const } : {}),
    },
  ];
  // Where it stopped may be a trigger's area: checked before the watchers fire (story/runStory.ts).
  events.push(...enterTriggers(world));
  if (reaction) events.push(...resolveReaction(world, eid, reaction.watchers));
  return events;
}

/** Move points of a path from (x, y) (straight 2, diagonal 3, times the terrain's multiplier). */
function pathCost(world: GameWorld, x: number, y: number, path: readonly Point[]): number {
  let cost = 0;
  let px = x;
  let py = y;
  for (const p of path) {
    const diagonal = p.x !== px && p.y !== py;
    cost += (diagonal ? DIAGONAL_COST : STEP_COST) * MOVE_MUL[world.grid.terrain[p.y * world.grid.width + p.x]!]!;
    px = p.x;
    py = p.y;
  }
  return cost;
}

/**
 * What a unit can reach this turn, for the client's move preview: move points and paths to every tile
 * within its action points left (up to a dash). reachOneMove is the AI's single move, in buffers.
 */
export function reachThisTurn(world: GameWorld, eid: number) {
  const { Position, Actions, Unit } = world.c;
  const budget = moveBudget(world, eid);
  const ap = Math.min(Actions.ap[eid]!, 2);
  return {
    budget,
    reach: reachMap(
      world.grid,
      Position.x[eid]!,
      Position.y[eid]!,
      budget * ap,
      blockersScratch(world, Unit.faction[eid] as FactionId),
    ),
  };
}

/**
 * The tiles within one move (not a dash: the AI only weighs single moves), for the AI, in reused
 * buffers (valid until the next reachList on the grid). Only the start with no action point left.
 * A search stopped at one move finds the same cost for every tile within it as a longer one.
 */
export function reachOneMove(world: GameWorld, eid: number): { budget: number; reach: ReachList } {
  const { Position, Actions, Unit } = world.c;
  const budget = moveBudget(world, eid);
  const ap = Math.min(Actions.ap[eid]!, 1);
  return {
    budget,
    reach: reachList(
      world.grid,
      Position.x[eid]!,
      Position.y[eid]!,
      budget * ap,
      blockersScratch(world, Unit.faction[eid] as FactionId),
    ),
  };
}
