import type { Point } from '@denizens/maps';
import { removeComponent } from 'bitecs';
import type { GameEvent } from '../events/types';
import { radius2, tileDistance } from '../vision/distance';
import { canSeeTileFrom } from '../vision/sight';
import { Faction } from '../world/components';
import { membership, unitById, unitsView } from '../world/units';
import type { GameWorld } from '../world/world';
import { fireShot } from './fire';
import { type Arm, longestRange, rangeMod, readyArm } from './weapons';

/** Where reaction fire stops a move: the index of the step in the path and who fires, in uid order. */
export interface ReactionPlan {
  step: number;
  watchers: number[];
}

/** The other side's units on overwatch that would fire at a unit entering (x, y): they see the tile and it is in range. */
export function watchersOf(world: GameWorld, mover: number, x: number, y: number): number[] {
  return watchersAt(world, overwatchers(world, mover), x, y);
}

interface Overwatcher {
  eid: number;
  arm: Arm;
}

/** The other side's units on overwatch with a weapon ready, in uid order. */
function overwatchers(world: GameWorld, mover: number): Overwatcher[] {
  const other = world.c.Unit.faction[mover] === Faction.squad ? Faction.lgf : Faction.squad;
  const out: Overwatcher[] = [];
  const ow = membership(world, 'Overwatch');
  if (ow === null) return out;
  const units = unitsView(world, other);
  for (let k = 0; k < units.length; k++) {
    const w = units[k]!;
    if (((ow.masks[w] ?? 0) & ow.bit) !== ow.bit) continue;
    const arm = readyArm(world, w);
    if (arm) out.push({ eid: w, arm });
  }
  return out;
}

function watchersAt(world: GameWorld, candidates: readonly Overwatcher[], x: number, y: number): number[] {
  const { Position, Stats } = world.c;
  const out: number[] = [];
  for (const { eid: w, arm } of candidates) {
    const wx = Position.x[w]!;
    const wy = Position.y[w]!;
    if (rangeMod(arm.weapon, tileDistance(x - wx, y - wy)) === null) continue;
    if (canSeeTileFrom(world.grid, wx, wy, Stats.vision[w]!, x, y)) out.push(w);
  }
  return out;
}

/**
 * Walks the path step by step (the start tile is not a step): the first step seen by at least one
 * watcher stops the move there, and every watcher that sees that step fires. Null: the move is not
 * interrupted.
 */
export function planReaction(world: GameWorld, mover: number, path: readonly Point[]): ReactionPlan | null {
  const all = overwatchers(world, mover);
  if (all.length === 0 || path.length === 0) return null;
  // Only watchers that could see and reach some tile of the path's bounding box (a watcher fires at a
  // tile only within its vision and its weapon's longest range), in the same (uid) order.
  let minX = path[0]!.x;
  let maxX = minX;
  let minY = path[0]!.y;
  let maxY = minY;
  for (const p of path) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  const { Position, Stats } = world.c;
  const candidates: Overwatcher[] = [];
  for (const c of all) {
    const wx = Position.x[c.eid]!;
    const wy = Position.y[c.eid]!;
    const ex = wx < minX ? minX - wx : wx > maxX ? wx - maxX : 0;
    const ey = wy < minY ? minY - wy : wy > maxY ? wy - maxY : 0;
    if (ex * ex + ey * ey <= radius2(Math.min(Stats.vision[c.eid]!, longestRange(c.arm.weapon)))) candidates.push(c);
  }
  if (candidates.length === 0) return null;
  for (let step = 0; step < path.length; step++) {
    const p = path[step]!;
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
