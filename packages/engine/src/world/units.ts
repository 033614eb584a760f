import { addComponent, addEntity, entityExists, hasComponent, query, removeEntity } from 'bitecs';
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

/** Every live unit, ordered by uid: the one order the rules may iterate in (query order is not stable across loads). */
export function unitsSorted(world: GameWorld, faction?: FactionId): number[] {
  const { Unit, Meta } = world.c;
  const out: number[] = [];
  for (const eid of query(world, [Unit, world.c.Position])) {
    if (faction === undefined || Unit.faction[eid] === faction) out.push(eid);
  }
  return out.sort((a, b) => Meta.uid[a]! - Meta.uid[b]!);
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
