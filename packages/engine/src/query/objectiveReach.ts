import type { Point } from '@denizens/maps';
import { DIRS_X, DIRS_Y } from '../path/moveCost';
import { currentObjective, hasFired } from '../story/state';
import { Faction } from '../world/components';
import { idx, inBounds } from '../world/grid';
import { T, TERRAIN_RULES } from '../world/terrain';
import { entitiesSorted, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';

// Can the objective in force still be reached? Asked by the client to warn the player (and offer to end the
// mission) instead of letting them press End turn until the turn limit. Pure: reads the world, never changes it.

/**
 * `reachable: false` only when it is certain: no squad member has any way left to the objective, whatever
 * they do, and nothing still to come can change the map (a scheduled strike on a wall or breachable hull,
 * a telegraphed collapse, a story beat not yet fired that collapses a wall, tears a breach or changes the
 * objective). `stuck`: the squad members who cannot get there (every one for a cell or ground to reach;
 * those who cannot get out for an extraction), in uid order.
 */
export type ObjectiveReach = { reachable: true } | { reachable: false; stuck: string[] };

/**
 * The squad's ways are the tiles it can ever stand on: walkable terrain and open breaches (climbed into),
 * 4-connected (movement never cuts corners, so diagonal steps join no more regions), units ignored (they
 * move and die). An eliminate objective is never called unreachable.
 */
export function objectiveReach(world: GameWorld): ObjectiveReach {
  const REACHABLE: ObjectiveReach = { reachable: true };
  if (world.header.outcome !== 'ongoing') return REACHABLE;
  const o = currentObjective(world);
  if (o.kind === 'eliminate') return REACHABLE;
  if (mapMayChange(world)) return REACHABLE;
  const g = world.grid;
  const goal = new Uint8Array(g.width * g.height);
  if (o.kind === 'cell') {
    // opened from the cell's tile or any tile next to it
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) if (inBounds(g, o.x + dx, o.y + dy)) goal[idx(g, o.x + dx, o.y + dy)] = 1;
  } else {
    for (const t of o.tiles) if (inBounds(g, t.x, t.y)) goal[idx(g, t.x, t.y)] = 1;
  }
  const { Position, Unit } = world.c;
  const stuck: string[] = [];
  const squad = unitsSorted(world, Faction.squad);
  for (const eid of squad) {
    if (!canGetTo(world, { x: Position.x[eid]!, y: Position.y[eid]! }, goal)) stuck.push(Unit.id[eid]!);
  }
  // a cell or ground to reach needs one squad member there; an extraction needs everyone out
  const lost = o.kind === 'extract' ? stuck.length > 0 : squad.length > 0 && stuck.length === squad.length;
  return lost ? { reachable: false, stuck } : REACHABLE;
}

/** Something still to come can change which tiles the squad can stand on, or the objective itself. */
function mapMayChange(world: GameWorld): boolean {
  const g = world.grid;
  const { turn } = world.header;
  const limit = world.scenario.map.turnLimit;
  for (const s of world.scenario.map.strikes) {
    if (s.turn < turn || (limit !== undefined && s.turn > limit)) continue;
    for (let y = s.y - s.radius; y <= s.y + s.radius; y++) {
      for (let x = s.x - s.radius; x <= s.x + s.radius; x++) {
        if (!inBounds(g, x, y)) continue;
        const t = g.terrain[idx(g, x, y)];
        if (t === T.wall || t === T.hull) return true;
      }
    }
  }
  if (entitiesSorted(world, ['Pending']).some((e) => world.c.Pending.kind[e] === 'collapse')) return true;
  const triggers = world.scenario.map.triggers;
  for (let i = 0; i < triggers.length; i++) {
    if (hasFired(world, i)) continue;
    if (triggers[i]!.do.some((e) => e.kind === 'collapse' || e.kind === 'breach' || e.kind === 'objective'))
      return true;
  }
  return false;
}

/** A flood fill from `from` over the tiles the squad can stand on; true when it meets a goal tile. */
function canGetTo(world: GameWorld, from: Point, goal: Uint8Array): boolean {
  const g = world.grid;
  const start = idx(g, from.x, from.y);
  if (goal[start]) return true;
  const seen = new Uint8Array(g.width * g.height);
  seen[start] = 1;
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q]!;
    const x = i % g.width;
    const y = (i - x) / g.width;
    for (let d = 0; d < 4; d++) {
      const nx = x + DIRS_X[d]!;
      const ny = y + DIRS_Y[d]!;
      if (!inBounds(g, nx, ny)) continue;
      const n = idx(g, nx, ny);
      if (seen[n]) continue;
      seen[n] = 1;
      const t = g.terrain[n]!;
      if (TERRAIN_RULES[t]!.moveMul === 0 && t !== T.breach) continue;
      if (goal[n]) return true;
      queue.push(n);
    }
  }
  return false;
}
