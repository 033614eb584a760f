import type { Point } from '@denizens/maps';
import { removeComponent, removeEntity } from 'bitecs';
import type { GameEvent } from '../events/types';
import { DIRS_X, DIRS_Y } from '../path/moveCost';
import { damageUnit } from '../rules/environmentDamage';
import { enterTriggers } from '../story/runStory';
import { idx, inBounds, touchGrid } from '../world/grid';
import { T } from '../world/terrain';
import { add, entitiesSorted, has, placeUnit, spawnEntity, unitAt } from '../world/units';
import type { GameWorld } from '../world/world';

/** Damage to a unit caught in a breach as the hull seals and nobody hauls it in. */
export const CRUSH_DAMAGE = 5;
/** Height of the breach's raised lip (for the height modifier of shots). */
export const BREACH_ELEVATION = 1;

export function isInside(world: GameWorld, x: number, y: number): boolean {
  if (!inBounds(world.grid, x, y)) return false;
  const t = world.grid.terrain[idx(world.grid, x, y)];
  return t === T.deck || t === T.conduit || t === T.cell;
}

export function isOutside(world: GameWorld, x: number, y: number): boolean {
  if (!inBounds(world.grid, x, y)) return false;
  const t = world.grid.terrain[idx(world.grid, x, y)];
  return t === T.ground || t === T.rubble || t === T.crater;
}

/** Tears a breach into the hull at (x, y); the hull seals it after `sealsIn` environment phases. */
export function openBreach(world: GameWorld, x: number, y: number, sealsIn: number): GameEvent[] {
  const g = world.grid;
  const i = idx(g, x, y);
  g.terrain[i] = T.breach;
  g.elevation[i] = BREACH_ELEVATION;
  touchGrid(g);
  const eid = spawnEntity(world);
  add(world, eid, 'Breach');
  world.c.Breach.x[eid] = x;
  world.c.Breach.y[eid] = y;
  world.c.Breach.sealsIn[eid] = sealsIn;
  return [{ type: 'breach_opened', x, y, sealsIn }];
}

/** The open breaches, in the order they were torn. */
export function openBreaches(world: GameWorld): { x: number; y: number; sealsIn: number }[] {
  const { Breach } = world.c;
  return entitiesSorted(world, ['Breach']).map((e) => ({
    x: Breach.x[e]!,
    y: Breach.y[e]!,
    sealsIn: Breach.sealsIn[e]!,
  }));
}

function freeNeighbour(
  world: GameWorld,
  x: number,
  y: number,
  side: (x: number, y: number) => boolean,
  near?: Point,
): Point | null {
  let best: Point | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (let d = 0; d < 8; d++) {
    const nx = x + DIRS_X[d]!;
    const ny = y + DIRS_Y[d]!;
    if (!side(nx, ny) || unitAt(world, nx, ny) !== undefined) continue;
    const dist = near ? Math.max(Math.abs(nx - near.x), Math.abs(ny - near.y)) : 0;
    if (dist < bestD) {
      bestD = dist;
      best = { x: nx, y: ny };
    }
  }
  return best;
}

/** Seals one breach: a unit standing in it is hauled in (if pulled this turn by a pilot with the haul trait) or crushed and pushed out. */
function seal(world: GameWorld, eid: number): GameEvent[] {
  const { Breach, Unit, Position, Weapon, Sidearm, Pulled } = world.c;
  const x = Breach.x[eid]!;
  const y = Breach.y[eid]!;
  const events: GameEvent[] = [];
  const caught = unitAt(world, x, y);
  if (caught !== undefined) {
    const from = { x, y };
    const by = has(world, caught, 'Pulled') ? Pulled.by[caught]! : '';
    const puller = by ? world.byId.get(by) : undefined;
    // Only a pilot with the haul trait is strong enough to drag an ally through a closing hull.
    const hauler = puller !== undefined && world.c.Traits.haul[puller] === 1 ? puller : undefined;
    const inside =
      hauler !== undefined
        ? freeNeighbour(world, x, y, (a, b) => isInside(world, a, b), {
            x: Position.x[hauler]!,
            y: Position.y[hauler]!,
          })
        : null;
    if (inside) {
      const lost: string[] = [];
      if (has(world, caught, 'Pack')) {
        lost.push('pack');
        removeComponent(world, caught, world.c.Pack);
      }
      if (Weapon.id[caught]) lost.push(Weapon.id[caught]!);
      if (has(world, caught, 'Sidearm')) {
        const side = Sidearm.id[caught]!;
        Weapon.id[caught] = side;
        Weapon.ammo[caught] = world.scenario.weapons[side]?.ammo ?? -1;
        removeComponent(world, caught, world.c.Sidearm);
      } else {
        Weapon.id[caught] = '';
        Weapon.ammo[caught] = 0;
      }
      placeUnit(world, caught, inside.x, inside.y);
      events.push({ type: 'unit_hauled', unit: Unit.id[caught]!, by, from, to: inside, lost });
    } else {
      const out = freeNeighbour(world, x, y, (a, b) => isOutside(world, a, b));
      events.push({ type: 'unit_crushed', unit: Unit.id[caught]!, from, to: out, damage: CRUSH_DAMAGE });
      if (out) {
        placeUnit(world, caught, out.x, out.y);
        events.push(...damageUnit(world, caught, CRUSH_DAMAGE, 'crush'));
      } else {
        events.push(...damageUnit(world, caught, world.c.Health.hp[caught]!, 'crush'));
      }
    }
  }
  const g = world.grid;
  g.terrain[idx(g, x, y)] = T.hull;
  g.elevation[idx(g, x, y)] = 0;
  touchGrid(g);
  removeEntity(world, eid);
  events.push({ type: 'breach_sealed', x, y });
  // A unit hauled in or pushed out may now stand in a trigger's area.
  if (caught !== undefined) events.push(...enterTriggers(world));
  return events;
}

/** The hull heals: every open breach counts down; it vents steam a turn before it seals. */
export function tickBreaches(world: GameWorld): GameEvent[] {
  const { Breach } = world.c;
  const events: GameEvent[] = [];
  for (const eid of entitiesSorted(world, ['Breach'])) {
    Breach.sealsIn[eid] = Breach.sealsIn[eid]! - 1;
    const left = Breach.sealsIn[eid]!;
    if (left <= 0) events.push(...seal(world, eid));
    else if (left === 1) events.push({ type: 'breach_venting', x: Breach.x[eid]!, y: Breach.y[eid]!, sealsIn: left });
  }
  return events;
}
