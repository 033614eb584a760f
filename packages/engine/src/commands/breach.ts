import type { Point } from '@denizens/maps';
import { hasComponent } from 'bitecs';
import { isInside } from '../environment/breaches';
import type { GameEvent } from '../events/types';
import { freeCaptive } from '../story/captive';
import { enterTriggers } from '../story/runStory';
import { currentObjective } from '../story/state';
import { idx, inBounds } from '../world/grid';
import { T } from '../world/terrain';
import { add, has, placeUnit, unitAt } from '../world/units';
import type { GameWorld } from '../world/world';
import { type Rejection, reject } from './types';

type Check = { ok: true } | { ok: false; rejection: Rejection };
const OK: Check = { ok: true };

function adjacent(ax: number, ay: number, bx: number, by: number): boolean {
  return Math.max(Math.abs(ax - bx), Math.abs(ay - by)) === 1;
}

function isBreach(world: GameWorld, x: number, y: number): boolean {
  return inBounds(world.grid, x, y) && world.grid.terrain[idx(world.grid, x, y)] === T.breach;
}

/** A breach tile next to (x, y), in a fixed scan order; null if none. */
export function breachNextTo(world: GameWorld, x: number, y: number): Point | null {
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++) if ((dx || dy) && isBreach(world, x + dx, y + dy)) return { x: x + dx, y: y + dy };
  return null;
}

/** Action points a climb into a breach costs this unit now: 2 alone, 1 boosted or pulled, 0 boosted by a strong ally. */
export function climbCost(world: GameWorld, eid: number): number {
  if (hasComponent(world, eid, world.c.Boosted) && world.c.Boosted.free[eid] === 1) return 0;
  if (hasComponent(world, eid, world.c.Boosted) || hasComponent(world, eid, world.c.Pulled)) return 1;
  return 2;
}

function needsAp(world: GameWorld, eid: number, ap: number): Check {
  const have = world.c.Actions.ap[eid]!;
  if (have < Math.max(1, ap))
    return reject(
      'no_action_points',
      `${world.c.Unit.name[eid]} needs ${Math.max(1, ap)} action point${ap > 1 ? 's' : ''} and has ${have}`,
    );
  return OK;
}

/** Climb from a tile next to a breach up into it (its raised lip), or from the breach's lip down is a normal move. */
export function climb(
  world: GameWorld,
  eid: number,
  to: Point,
): { ok: true; events: GameEvent[] } | { ok: false; rejection: Rejection } {
  const { Position, Actions, Unit } = world.c;
  if (!Number.isInteger(to?.x) || !Number.isInteger(to?.y))
    return reject('invalid_command', 'climb needs "to": {x, y}, the breach tile');
  if (!isBreach(world, to.x, to.y)) return reject('no_breach', `there is no open breach at ${to.x},${to.y}`);
  const x = Position.x[eid]!;
  const y = Position.y[eid]!;
  if (!adjacent(x, y, to.x, to.y))
    return reject(
      'not_adjacent',
      `${Unit.name[eid]} must stand next to the breach at ${to.x},${to.y} to climb into it`,
    );
  const there = unitAt(world, to.x, to.y);
  if (there !== undefined) return reject('occupied', `${Unit.name[there]} is already in the breach at ${to.x},${to.y}`);
  const ap = climbCost(world, eid);
  const enough = needsAp(world, eid, ap);
  if (!enough.ok) return enough;
  placeUnit(world, eid, to.x, to.y);
  Actions.ap[eid] = Actions.ap[eid]! - ap;
  return {
    ok: true,
    events: [
      { type: 'climbed', unit: Unit.id[eid]!, from: { x, y }, to: { ...to }, ap, apLeft: Actions.ap[eid]! },
      ...enterTriggers(world),
    ],
  };
}

/** An ally outside gives a leg up to a unit next to a breach: its climb costs 1 AP (0 from a unit with the boost trait). */
export function boost(
  world: GameWorld,
  eid: number,
  target: number,
): { ok: true; events: GameEvent[] } | { ok: false; rejection: Rejection } {
  const { Position, Actions, Unit, Traits } = world.c;
  if (target === eid) return reject('invalid_command', 'a unit cannot boost itself');
  if (Unit.faction[target] !== Unit.faction[eid]) return reject('not_your_unit', `${Unit.name[target]} is not an ally`);
  if (!adjacent(Position.x[eid]!, Position.y[eid]!, Position.x[target]!, Position.y[target]!))
    return reject('not_adjacent', `${Unit.name[eid]} must stand next to ${Unit.name[target]} to boost`);
  if (!breachNextTo(world, Position.x[target]!, Position.y[target]!))
    return reject('no_breach', `${Unit.name[target]} is not next to an open breach`);
  if (has(world, target, 'Boosted'))
    return reject('already_helped', `${Unit.name[target]} has already been boosted this turn`);
  const enough = needsAp(world, eid, 1);
  if (!enough.ok) return enough;
  Actions.ap[eid] = Actions.ap[eid]! - 1;
  add(world, target, 'Boosted');
  const free = has(world, eid, 'Traits') && Traits.boost[eid] === 1;
  world.c.Boosted.free[target] = free ? 1 : 0;
  return {
    ok: true,
    events: [{ type: 'boosted', unit: Unit.id[eid]!, target: Unit.id[target]!, free, apLeft: Actions.ap[eid]! }],
  };
}

/** An ally inside the ship reaches through a breach for a unit in it or next to it. */
export function pull(
  world: GameWorld,
  eid: number,
  target: number,
): { ok: true; events: GameEvent[] } | { ok: false; rejection: Rejection } {
  const { Position, Actions, Unit } = world.c;
  if (target === eid) return reject('invalid_command', 'a unit cannot pull itself');
  if (Unit.faction[target] !== Unit.faction[eid]) return reject('not_your_unit', `${Unit.name[target]} is not an ally`);
  const px = Position.x[eid]!;
  const py = Position.y[eid]!;
  if (!isInside(world, px, py))
    return reject('not_inside', `${Unit.name[eid]} must be inside the ship to pull someone through`);
  const tx = Position.x[target]!;
  const ty = Position.y[target]!;
  // The breach the target is in, or one it is next to, must be within the puller's reach.
  let reachable = isBreach(world, tx, ty) && adjacent(px, py, tx, ty);
  for (let dy = -1; dy <= 1 && !reachable; dy++) {
    for (let dx = -1; dx <= 1 && !reachable; dx++) {
      const bx = tx + dx;
      const by = ty + dy;
      if ((dx || dy) && isBreach(world, bx, by) && adjacent(px, py, bx, by)) reachable = true;
    }
  }
  if (!reachable)
    return reject('not_adjacent', `${Unit.name[eid]} cannot reach ${Unit.name[target]} through a breach from here`);
  if (has(world, target, 'Pulled'))
    return reject('already_helped', `${Unit.name[target]} is already being pulled this turn`);
  const enough = needsAp(world, eid, 1);
  if (!enough.ok) return enough;
  Actions.ap[eid] = Actions.ap[eid]! - 1;
  add(world, target, 'Pulled');
  world.c.Pulled.by[target] = Unit.id[eid]!;
  return {
    ok: true,
    events: [{ type: 'pulled', unit: Unit.id[eid]!, target: Unit.id[target]!, apLeft: Actions.ap[eid]! }],
  };
}

/** Opens the cell (the objective) from its tile or next to it: frees the captive if the map has one, else the squad wins. */
export function interact(
  world: GameWorld,
  eid: number,
): { ok: true; events: GameEvent[] } | { ok: false; rejection: Rejection } {
  const { Position, Actions, Unit } = world.c;
  const obj = currentObjective(world);
  if (obj.kind !== 'cell') return reject('nothing_to_interact', 'there is nothing to open on this map');
  const x = Position.x[eid]!;
  const y = Position.y[eid]!;
  if (Math.max(Math.abs(x - obj.x), Math.abs(y - obj.y)) > 1)
    return reject('not_adjacent', `${Unit.name[eid]} must stand on or next to the cell at ${obj.x},${obj.y}`);
  const enough = needsAp(world, eid, 1);
  if (!enough.ok) return enough;
  Actions.ap[eid] = Actions.ap[eid]! - 1;
  if (world.scenario.map.captive) {
    return {
      ok: true,
      events: [{ type: 'cell_opened', unit: Unit.id[eid]!, x: obj.x, y: obj.y }, ...freeCaptive(world, eid)],
    };
  }
  world.header.outcome = 'victory';
  world.header.reason = 'objective';
  return {
    ok: true,
    events: [
      { type: 'cell_opened', unit: Unit.id[eid]!, x: obj.x, y: obj.y },
      { type: 'game_over', outcome: 'victory', reason: 'objective', turn: world.header.turn },
    ],
  };
}
