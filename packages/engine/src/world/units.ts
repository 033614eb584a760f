import {
  $internal,
  addComponent,
  addEntity,
  commitRemovals,
  entityExists,
  hasComponent,
  type InternalWorld,
  type Query,
  query,
  removeEntity,
} from 'bitecs';
import { type ComponentName, Faction, type FactionId } from './components';
import { idx } from './grid';
import type { GameWorld } from './world';

/** Adds an entity with a fresh, never-reused uid. */
export function spawnEntity(world: GameWorld): number {
  const eid = addEntity(world);
  addComponent(world, eid, world.c.Meta);
  world.c.Meta.uid[eid] = world.header.nextUid++;
  return eid;
}

export function add(world: GameWorld, eid: number, name: ComponentName): void {
  addComponent(world, eid, world.c[name]);
}

export function has(world: GameWorld, eid: number, name: ComponentName): boolean {
  return hasComponent(world, eid, world.c[name]);
}

/**
 * The sorted unit lists of a world, with the query result they were made from (entity, uid and side
 * of each): reused while the query returns the same units in the same order. Uids are never reused,
 * so an entity id recycled for a new unit never matches an old entry.
 */
interface UnitLists {
  eids: number[];
  uids: number[];
  factions: number[];
  all: number[];
  byFaction: number[][];
}
const unitLists = new WeakMap<GameWorld, UnitLists>();
const unitQueries = new WeakMap<GameWorld, Query>();

/**
 * The live units (Unit and Position) in no particular order: bitECS's own query result (do not keep
 * it or change it), without re-hashing the query terms on every call.
 */
export function unitDense(world: GameWorld): readonly number[] {
  let q = unitQueries.get(world);
  if (!q) {
    const dense = query(world, [world.c.Unit, world.c.Position]);
    for (const candidate of (world as unknown as InternalWorld)[$internal].queries) {
      if (candidate.dense === dense) q = candidate;
    }
    if (!q) return dense as unknown as readonly number[];
    unitQueries.set(world, q);
  }
  commitRemovals(world);
  return q.dense as unknown as readonly number[];
}

function listsFor(world: GameWorld): UnitLists {
  const { Unit, Meta } = world.c;
  const dense = unitDense(world);
  const cached = unitLists.get(world);
  if (cached && cached.eids.length === dense.length) {
    let same = true;
    for (let k = 0; k < dense.length; k++) {
      const eid = dense[k]!;
      if (cached.eids[k] !== eid || cached.uids[k] !== Meta.uid[eid] || cached.factions[k] !== Unit.faction[eid]) {
        same = false;
        break;
      }
    }
    if (same) return cached;
  }
  const eids = Array.from(dense);
  const all = eids.slice().sort((a, b) => Meta.uid[a]! - Meta.uid[b]!);
  const byFaction: number[][] = [];
  for (const eid of all) {
    const f = Unit.faction[eid]!;
    while (byFaction.length <= f) byFaction.push([]);
    byFaction[f]!.push(eid);
  }
  const lists: UnitLists = {
    eids,
    uids: eids.map((e) => Meta.uid[e]!),
    factions: eids.map((e) => Unit.faction[e]!),
    all,
    byFaction,
  };
  unitLists.set(world, lists);
  return lists;
}

/** Every live unit, ordered by uid: the one order the rules may iterate in (query order is not stable across loads). */
export function unitsSorted(world: GameWorld, faction?: FactionId): number[] {
  const lists = listsFor(world);
  if (faction === undefined) return lists.all.slice();
  return lists.byFaction[faction]?.slice() ?? [];
}

/** All entities with the given components, ordered by uid. */
export function entitiesSorted(world: GameWorld, names: ComponentName[]): number[] {
  const { Meta } = world.c;
  return [
    ...query(
      world,
      names.map((n) => world.c[n]),
    ),
  ].sort((a, b) => Meta.uid[a]! - Meta.uid[b]!);
}

export function unitById(world: GameWorld, id: string): number | undefined {
  const eid = world.byId.get(id);
  return eid !== undefined && entityExists(world, eid) ? eid : undefined;
}

export function unitAt(world: GameWorld, x: number, y: number): number | undefined {
  const o = world.grid.occupant[idx(world.grid, x, y)];
  return o ? o - 1 : undefined;
}

export function placeUnit(world: GameWorld, eid: number, x: number, y: number): void {
  const { Position } = world.c;
  const g = world.grid;
  const px = Position.x[eid];
  const py = Position.y[eid];
  if (px !== undefined && py !== undefined && g.occupant[idx(g, px, py)] === eid + 1) g.occupant[idx(g, px, py)] = 0;
  Position.x[eid] = x;
  Position.y[eid] = y;
  g.occupant[idx(g, x, y)] = eid + 1;
}

/** Removes a unit from the world (its death is told by an event; the body is no obstacle). */
export function removeUnit(world: GameWorld, eid: number): void {
  const { Position, Unit } = world.c;
  const g = world.grid;
  const i = idx(g, Position.x[eid]!, Position.y[eid]!);
  if (g.occupant[i] === eid + 1) g.occupant[i] = 0;
  world.byId.delete(Unit.id[eid]!);
  removeEntity(world, eid);
}

export function factionOf(world: GameWorld, eid: number): FactionId {
  return world.c.Unit.faction[eid] as FactionId;
}

export function isSquad(world: GameWorld, eid: number): boolean {
  return world.c.Unit.faction[eid] === Faction.squad;
}

/** Rebuilds the derived indexes (occupancy, id lookup) from the components. */
export function rebuildIndexes(world: GameWorld): void {
  world.grid.occupant.fill(0);
  world.byId.clear();
  for (const eid of unitsSorted(world)) {
    world.grid.occupant[idx(world.grid, world.c.Position.x[eid]!, world.c.Position.y[eid]!)] = eid + 1;
    world.byId.set(world.c.Unit.id[eid]!, eid);
  }
}
