import type { Point } from '@denizens/maps';
import { removeComponent } from 'bitecs';
import type { GameEvent } from '../events/types';
import { radius2 } from '../vision/distance';
import { Faction } from '../world/components';
import { membership, unitById, unitsView } from '../world/units';
import type { GameWorld } from '../world/world';
import { fireShot } from './fire';
import { firingTile } from './firingTile';
import { type Arm, longestRange, readyArm } from './weapons';

/** Where reaction fire stops a move: the index of the step in the path and who fires, in uid order. */
export interface ReactionPlan {
  step: number;
  watchers: number[];
}

interface Overwatcher {
  eid: number;
  arm: Arm;
}

/**
 * The other side's units on overwatch with a weapon ready, in uid order; with a box, only those
 * that could fire at some tile of it (within their vision and their weapon's longest range).
 */
function overwatchers(world: GameWorld, mover: number, box: Box | null = null): Overwatcher[] {
  const { Position, Stats } = world.c;
  const other = world.c.Unit.faction[mover] === Faction.squad ? Faction.lgf : Faction.squad;
  const out: Overwatcher[] = [];
  const ow = membership(world, 'Overwatch');
  if (ow === null) return out;
  const units = unitsView(world, other);
  for (let k = 0; k < units.length; k++) {
    const w = units[k]!;
    if (((ow.masks[w] ?? 0) & ow.bit) !== ow.bit) continue;
    let d2 = 0;
    if (box) {
      const wx = Position.x[w]!;
      const wy = Position.y[w]!;
      const ex = wx < box.minX ? box.minX - wx : wx > box.maxX ? wx - box.maxX : 0;
      const ey = wy < box.minY ? box.minY - wy : wy > box.maxY ? wy - box.maxY : 0;
      d2 = ex * ex + ey * ey;
      // Beyond its vision from every tile of the box, even from a peek tile one step away (within r of
      // a neighbour is within r + 1 of the unit): the weapon need not be looked at.
      if (d2 > radius2(Stats.vision[w]! + 1)) continue;
    }
    const arm = readyArm(world, w);
    if (arm && (!box || d2 <= radius2(Math.min(Stats.vision[w]!, longestRange(arm.weapon)) + 1)))
      out.push({ eid: w, arm });
  }
  return out;
}

interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function watchersAt(world: GameWorld, candidates: readonly Overwatcher[], x: number, y: number): number[] {
  const { Position, Stats } = world.c;
  const out: number[] = [];
  for (const { eid: w, arm } of candidates) {
    // From its own tile or a peek tile (the same rule as any shot: combat/firingTile.ts).
    const from = firingTile(
      world.grid,
      Position.x[w]!,
      Position.y[w]!,
      Stats.vision[w]!,
      longestRange(arm.weapon),
      x,
      y,
    );
    if (from >= 0) out.push(w);
  }
  return out;
}

/**
 * Walks the path step by step (the start tile is not a step): the first free step (no other unit on
 * it) seen by at least one watcher (from its tile or a peek tile, within its weapon's range) stops the move there, and every watcher that sees that step fires.
 * A step through an ally's tile is not a place to stop, so it does not interrupt. Null: the move is
 * not interrupted.
 */
export function planReaction(world: GameWorld, mover: number, path: readonly Point[]): ReactionPlan | null {
  if (path.length === 0) return null;
  // Only watchers that could see and reach some tile of the path's bounding box (a watcher fires at a
  // tile only within its vision and its weapon's longest range), in the same (uid) order.
  const box: Box = { minX: path[0]!.x, maxX: path[0]!.x, minY: path[0]!.y, maxY: path[0]!.y };
  for (const p of path) {
    if (p.x < box.minX) box.minX = p.x;
    if (p.x > box.maxX) box.maxX = p.x;
    if (p.y < box.minY) box.minY = p.y;
    if (p.y > box.maxY) box.maxY = p.y;
  }
  const candidates = overwatchers(world, mover, box);
  if (candidates.length === 0) return null;
  const g = world.grid;
  for (let step = 0; step < path.length; step++) {
    const p = path[step]!;
    // A tile another unit holds is passed through, never stopped on: the move is interrupted at the
    // first step the mover could stand on (its destination is always one).
    if (g.occupant[p.y * g.width + p.x] !== 0) continue;
    const watchers = watchersAt(world, candidates, p.x, p.y);
    if (watchers.length > 0) return { step, watchers };
  }
  return null;
}

/**
 * The watchers fire, in uid order, each once (its overwatch is spent), until the mover is dead.
 * Reaction shots: hit chance ×0.7, no crits.
 */
export function resolveReaction(world: GameWorld, mover: number, watchers: readonly number[]): GameEvent[] {
  const { Position, Unit } = world.c;
  const events: GameEvent[] = [];
  const moverId = Unit.id[mover]!;
  for (const w of watchers) {
    if (unitById(world, moverId) !== mover) break;
    const arm = readyArm(world, w);
    removeComponent(world, w, world.c.Overwatch);
    if (!arm) continue;
    events.push({
      type: 'reaction_fire',
      unit: Unit.id[w]!,
      target: Unit.id[mover]!,
      at: { x: Position.x[mover]!, y: Position.y[mover]! },
    });
    events.push(...fireShot(world, w, mover, arm, true));
  }
  return events;
}
