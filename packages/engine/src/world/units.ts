import { addComponent, addEntity, commitRemovals, entityExists, type Query, query, removeEntity } from 'bitecs';
import type { ComponentName, FactionId } from './components';
import { bitsCurrent, type ComponentBits, componentBits, liveQuery, withComponent } from './ecs';
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

/** Keyed by the component store, which belongs to one world. */
const maskRefs = new WeakMap<object, ComponentBits>();

function bitsOf(world: GameWorld, store: object): ComponentBits | null {
  const r = maskRefs.get(store);
  if (r !== undefined && bitsCurrent(world, r)) return r;
  const bits = componentBits(world, store);
  if (bits) maskRefs.set(store, bits);
  return bits;
}

export function has(world: GameWorld, eid: number, name: ComponentName): boolean {
  const r = bitsOf(world, world.c[name]);
  // Not registered yet: no entity has it (bitECS registers a component when it is first added).
  return r !== null && ((r.masks[eid] ?? 0) & r.bit) === r.bit;
}

/**
 * For hot loops: the membership bits of a component (`((masks[eid] ?? 0) & bit) === bit` is `has`);
 * read it once per call. Null while no entity ever had the component (then none has it).
 */
export function membership(world: GameWorld, name: ComponentName): { masks: readonly number[]; bit: number } | null {
  return bitsOf(world, world.c[name]);
}

/**
 * The sorted unit lists of a world, rebuilt only after a unit joined or left the Unit+Position query:
 * bitECS tells its query's observers of every entity added or removed. (A unit's uid and side are
 * written when it is spawned and never change.)
 */
interface UnitLists {
  query: Query | null;
  /** Set by the query's observer when a unit was added: the lists below are stale. */
  dirty: boolean;
  /** Units removed since the lists were made (the query's other observer): they are filtered out. */
  removed: number[];
  all: number[];
  byFaction: number[][];
}
const unitLists = new WeakMap<GameWorld, UnitLists>();

/** Drops the unit lists of a world whose bitECS state was replaced (save/snapshot.ts); they are rebuilt when next asked for. */
export function forgetUnitLists(world: GameWorld): void {
  unitLists.delete(world);
}

function unitListsOf(world: GameWorld): UnitLists {
  let lists = unitLists.get(world);
  if (!lists) {
    const l: UnitLists = { query: null, dirty: true, removed: [], all: [], byFaction: [] };
    l.query = liveQuery(world, [world.c.Unit, world.c.Position]);
    if (l.query) {
      l.query.addObservable.subscribe(() => {
        l.dirty = true;
      });
      l.query.removeObservable.subscribe((eid: number) => {
        l.removed.push(eid);
      });
    }
    unitLists.set(world, l);
    lists = l;
  }
  return lists;
}

/**
 * The live units (Unit and Position) in no particular order: bitECS's own query result (do not keep
 * it or change it), without re-hashing the query terms on every call.
 */
export function unitDense(world: GameWorld): readonly number[] {
  const q = unitListsOf(world).query;
  if (!q) return query(world, [world.c.Unit, world.c.Position]) as unknown as readonly number[];
  commitRemovals(world);
  return q.dense as unknown as readonly number[];
}

function listsFor(world: GameWorld): UnitLists {
  const lists = unitListsOf(world);
  // The query's observers hear of every unit added or removed (a removal as soon as it is asked for,
  // before bitECS commits it): with neither, the lists are current.
  if (!lists.dirty && lists.query) {
    if (lists.removed.length === 0) return lists;
    // Units only went: the same order without them (new arrays, as a rebuild gives).
    const gone = lists.removed;
    const keep = (eid: number) => !gone.includes(eid);
    lists.all = lists.all.filter(keep);
    lists.byFaction = lists.byFaction.map((units) => units.filter(keep));
    gone.length = 0;
    return lists;
  }
  const { Unit, Meta } = world.c;
  const dense = unitDense(world);
  const all = Array.from(dense).sort((a, b) => Meta.uid[a]! - Meta.uid[b]!);
  const byFaction: number[][] = [];
  for (const eid of all) {
    const f = Unit.faction[eid]!;
    while (byFaction.length <= f) byFaction.push([]);
    byFaction[f]!.push(eid);
  }
  lists.all = all;
  lists.byFaction = byFaction;
  lists.dirty = false;
  lists.removed.length = 0;
  return lists;
}

/**
 * unitsSorted without the copy, for hot loops that only read it: a snapshot that is never changed
 * afterwards (the lists are rebuilt as new arrays when units come or go).
 */
export function unitsView(world: GameWorld, faction?: FactionId): readonly number[] {
  const lists = listsFor(world);
  if (faction === undefined) return lists.all;
  return lists.byFaction[faction] ?? NONE;
}
const NONE: readonly number[] = [];

/** Every live unit, ordered by uid: the one order the rules may iterate in (query order is not stable across loads). */
export function unitsSorted(world: GameWorld, faction?: FactionId): number[] {
  const lists = listsFor(world);
  if (faction === undefined) return lists.all.slice();
  return lists.byFaction[faction]?.slice() ?? [];
}

/** All entities with the given components, ordered by uid. */
export function entitiesSorted(world: GameWorld, names: readonly ComponentName[]): number[] {
  const { Meta } = world.c;
  const found =
    names.length === 1
      ? withComponent(world, world.c[names[0]!])
      : query(
          world,
          names.map((n) => world.c[n]),
        );
  return Array.from(found).sort((a, b) => Meta.uid[a]! - Meta.uid[b]!);
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
  const { Position, Unit } = world.c;
  const g = world.grid;
  // One unit per tile: the derived occupancy (occupant, occupiedBy) counts on it.
  const there = g.occupant[idx(g, x, y)]!;
  if (there !== 0 && there !== eid + 1) throw new Error(`placeUnit: tile ${x},${y} is taken by entity ${there - 1}`);
  const side = g.occupiedBy[Unit.faction[eid]!]!;
  const px = Position.x[eid];
  const py = Position.y[eid];
  if (px !== undefined && py !== undefined && g.occupant[idx(g, px, py)] === eid + 1) {
    g.occupant[idx(g, px, py)] = 0;
    side[idx(g, px, py)] = 0;
  }
  Position.x[eid] = x;
  Position.y[eid] = y;
  g.occupant[idx(g, x, y)] = eid + 1;
  side[idx(g, x, y)] = 1;
  g.unitChanges++;
  g.lastPlaced = eid;
}

/** Removes a unit from the world (its death is told by an event; the body is no obstacle). */
export function removeUnit(world: GameWorld, eid: number): void {
  const { Position, Unit } = world.c;
  const g = world.grid;
  const i = idx(g, Position.x[eid]!, Position.y[eid]!);
  if (g.occupant[i] === eid + 1) {
    g.occupant[i] = 0;
    g.occupiedBy[Unit.faction[eid]!]![i] = 0;
  }
  g.unitChanges++;
  g.lastPlaced = -1;
  world.byId.delete(Unit.id[eid]!);
  removeEntity(world, eid);
}

/** Rebuilds the derived indexes (occupancy, id lookup) from the components. */
export function rebuildIndexes(world: GameWorld): void {
  const g = world.grid;
  g.occupant.fill(0);
  for (const side of g.occupiedBy) side.fill(0);
  g.unitChanges++;
  g.lastPlaced = -1;
  world.byId.clear();
  for (const eid of unitsSorted(world)) {
    const i = idx(g, world.c.Position.x[eid]!, world.c.Position.y[eid]!);
    g.occupant[i] = eid + 1;
    g.occupiedBy[world.c.Unit.faction[eid]!]![i] = 1;
    world.byId.set(world.c.Unit.id[eid]!, eid);
  }
}
