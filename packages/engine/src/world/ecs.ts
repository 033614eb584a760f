import { $internal, commitRemovals, type InternalWorld, type Query, query } from 'bitecs';
import type { GameWorld } from './world';

/**
 * The one place that reads bitECS 0.4 internals (its public API has no cheap way to do these), so
 * a bitECS upgrade has one file to check; ecs.test.ts compares every answer here with the public
 * API (hasComponent, query) and fails loudly when they disagree or the version changes.
 *
 * - `componentBits`: where bitECS keeps a component's membership bits (what hasComponent reads), for
 *   hot loops and the state hash that test thousands of entity × component pairs.
 * - `liveQuery`: a query's own record (its dense list and its add/remove observables), so the unit
 *   lists can be read without re-hashing the query terms and kept in step by its observers.
 * - `withComponent`: the entities with one component, from that query's record found once per world (bitECS's
 *   `query` hashes its terms into a string on every call, which the state hash paid for every command).
 * - `replaceWorld`: makes a world object another world in place (bitECS keeps its state in a hidden
 *   property of the world object), for rolling back a failed command (save/snapshot.ts).
 */

/** A component's membership bits: `((masks[eid] ?? 0) & bit) === bit` is hasComponent. */
export interface ComponentBits {
  /** The world's list of mask arrays when this was read (replaced only by a world reset). */
  all: number[][];
  masks: number[];
  bit: number;
}

/** Null while no entity ever had the component (bitECS registers one when it is first added). */
export function componentBits(world: GameWorld, store: object): ComponentBits | null {
  const ctx = (world as unknown as InternalWorld)[$internal];
  const reg = ctx.componentMap.get(store);
  if (!reg) return null;
  return { all: ctx.entityMasks, masks: ctx.entityMasks[reg.generationId]!, bit: reg.bitflag };
}

/** How many components bitECS has registered in this world (it only ever adds to them, until a reset). */
export function registeredCount(world: GameWorld): number {
  return (world as unknown as InternalWorld)[$internal].componentMap.size;
}

/** The world's current list of mask arrays (what ComponentBits.all was read from). */
export function maskLists(world: GameWorld): number[][] {
  return (world as unknown as InternalWorld)[$internal].entityMasks;
}

/** True while bits read earlier from this world are still its current ones. */
export function bitsCurrent(world: GameWorld, bits: ComponentBits): boolean {
  return bits.all === (world as unknown as InternalWorld)[$internal].entityMasks;
}

/** bitECS's record of the query for these components (registering it), or null if it cannot be found. */
export function liveQuery(world: GameWorld, components: object[]): Query | null {
  const dense = query(world, components);
  for (const candidate of (world as unknown as InternalWorld)[$internal].queries) {
    if (candidate.dense === dense) return candidate;
  }
  return null;
}

/** Per world state (keyed by bitECS's set of queries, which a reset or a replaced world makes anew): one component's query record. */
const singleQueries = new WeakMap<object, Map<object, Query>>();

/**
 * The live entities that have the component `store`, in bitECS's query order: what `query(world, [store])` returns
 * (bitECS's own array: do not keep it or change it), the query's record looked up once per world.
 */
export function withComponent(world: GameWorld, store: object): readonly number[] {
  const ctx = (world as unknown as InternalWorld)[$internal];
  let known = singleQueries.get(ctx.queries);
  if (known === undefined) {
    known = new Map();
    singleQueries.set(ctx.queries, known);
  }
  const q = known.get(store);
  if (q === undefined) {
    const found = liveQuery(world, [store]);
    if (found === null) return query(world, [store]) as unknown as readonly number[];
    known.set(store, found);
    return found.dense as unknown as readonly number[];
  }
  // what query() does first: entities removed since are taken out of every query's list
  commitRemovals(world);
  return q.dense as unknown as readonly number[];
}

/**
 * Makes `world` the `fresh` world in place, bitECS state included (callers keep their reference).
 * What was derived from the old world and kept beside it must be forgotten by the caller.
 */
export function replaceWorld(world: GameWorld, fresh: GameWorld): void {
  const target = world as unknown as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(target)) delete target[key];
  Object.defineProperties(target, Object.getOwnPropertyDescriptors(fresh));
}
