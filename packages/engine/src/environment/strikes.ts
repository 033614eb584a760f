import type { Point, Strike } from '@denizens/maps';
import type { GameEvent } from '../events/types';
import { damageUnit } from '../rules/environmentDamage';
import { idx, inBounds, setDust, touchGrid } from '../world/grid';
import { T } from '../world/terrain';
import { add, has, unitAt } from '../world/units';
import type { GameWorld } from '../world/world';
import { openBreach } from './breaches';

/** Damage a collapsing wall's debris does to a unit on a neighbouring tile. */
export const DEBRIS_DAMAGE = 4;
/** Turns dust from a strike hangs over the blast area and one tile around it. */
export const DUST_TURNS = 2;
/** HP a splinter wound bleeds every environment phase until first aid. */
export const SPLINTER_BLEED = 1;

/** Tiles a strike covers: the square of tiles within `radius` (Chebyshev distance, as the map validator uses), in row order. */
export function strikeTiles(world: GameWorld, s: Pick<Strike, 'x' | 'y' | 'radius'>, extra = 0): Point[] {
  const r = s.radius + extra;
  const out: Point[] = [];
  for (let y = s.y - r; y <= s.y + r; y++) {
    for (let x = s.x - r; x <= s.x + r; x++) if (inBounds(world.grid, x, y)) out.push({ x, y });
  }
  return out;
}

/** Strikes that land in this turn's environment phase (already telegraphed): what the player must dodge. */
export function pendingStrikes(world: GameWorld): Strike[] {
  return world.scenario.map.strikes.filter((s) => s.turn === world.header.turn);
}

/** Strikes that land next turn, announced at the end of this one. */
export function warnStrikes(world: GameWorld, landingTurn: number): GameEvent[] {
  return world.scenario.map.strikes
    .filter((s) => s.turn === landingTurn)
    .map((s) => ({
      type: 'strike_warned',
      turn: landingTurn,
      x: s.x,
      y: s.y,
      radius: s.radius,
      damage: s.damage,
      tiles: strikeTiles(world, s),
    }));
}

function isBreachable(world: GameWorld, x: number, y: number): boolean {
  const rects = world.scenario.map.breachable;
  if (!rects) return true;
  return rects.some((r) => x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h);
}

/** A wall comes down into rubble, throwing debris onto the units on the 8 tiles around it (row order). */
export function collapseWall(world: GameWorld, x: number, y: number): GameEvent[] {
  const g = world.grid;
  const i = idx(g, x, y);
  g.terrain[i] = T.rubble;
  g.wallHp[i] = 0;
  touchGrid(g);
  const events: GameEvent[] = [{ type: 'wall_collapsed', x, y }];
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      if ((dx || dy) && inBounds(g, x + dx, y + dy)) {
        const eid = unitAt(world, x + dx, y + dy);
        if (eid === undefined) continue;
        events.push({ type: 'debris', x: x + dx, y: y + dy, unit: world.c.Unit.id[eid]!, damage: DEBRIS_DAMAGE });
        events.push(...damageUnit(world, eid, DEBRIS_DAMAGE, 'debris'));
      }
    }
  }
  return events;
}

/**
 * One strike lands: walls in the blast lose HP and may collapse into rubble (throwing debris onto
 * the units around them), breachable hull tears open, units take blast damage (full on the centre
 * tile, half elsewhere, at least 1) and splinter wounds, and dust rises over the blast and one tile
 * around it. No randomness: a telegraphed strike does exactly what it says.
 */
export function landStrike(world: GameWorld, s: Strike): GameEvent[] {
  const g = world.grid;
  const tiles = strikeTiles(world, s);
  const events: GameEvent[] = [{ type: 'strike_landed', x: s.x, y: s.y, radius: s.radius, damage: s.damage, tiles }];
  // Terrain first, in row order: walls, then hull.
  for (const t of tiles) {
    const i = idx(g, t.x, t.y);
    const terrain = g.terrain[i];
    if (terrain === T.wall) {
      g.wallHp[i] = Math.max(0, g.wallHp[i]! - s.damage);
      touchGrid(g);
      if (g.wallHp[i]! > 0) {
        events.push({ type: 'wall_damaged', x: t.x, y: t.y, hp: g.wallHp[i]! });
        continue;
      }
      events.push(...collapseWall(world, t.x, t.y));
    } else if (terrain === T.hull && isBreachable(world, t.x, t.y)) {
      events.push(...openBreach(world, t.x, t.y, world.scenario.map.sealTurns));
    }
  }
  // Then units in the blast, in row order of their tiles.
  for (const t of tiles) {
    const eid = unitAt(world, t.x, t.y);
    if (eid === undefined) continue;
    const centre = t.x === s.x && t.y === s.y;
    const dmg = centre ? s.damage : Math.max(1, Math.floor(s.damage / 2));
    const hit = damageUnit(world, eid, dmg, 'blast');
    events.push(...hit);
    if (hit.some((e) => e.type === 'unit_died')) continue;
    if (!has(world, eid, 'Bleeding')) {
      add(world, eid, 'Bleeding');
      world.c.Bleeding.perTurn[eid] = SPLINTER_BLEED;
      events.push({ type: 'bleeding_started', unit: world.c.Unit.id[eid]!, perTurn: SPLINTER_BLEED });
    }
  }
  const dusty = strikeTiles(world, s, 1);
  for (const t of dusty) setDust(g, idx(g, t.x, t.y), DUST_TURNS);
  events.push({ type: 'dust_raised', tiles: dusty, turns: DUST_TURNS });
  return events;
}
