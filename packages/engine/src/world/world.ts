import type { EnemyType, MapData, Objective, Point, Weapon } from '@denizens/maps';
import { createWorld, type World } from 'bitecs';
import { type Components, createComponents } from './components';
import type { Grid } from './grid';
import type { Rng } from './rng';

export type Phase = 'player' | 'enemy' | 'environment';
export type Outcome = 'ongoing' | 'victory' | 'defeat';

/** The small typed header of a game: everything that is not a component or a tile. */
export interface Header {
  turn: number;
  phase: Phase;
  outcome: Outcome;
  /** Why the game ended, e.g. "objective", "squad_dead", "turn_limit". */
  reason: string;
  /** The next entity uid to hand out (uids are never reused). */
  nextUid: number;
}

/** What the map says, resolved once at creation: read-only during play, covered by the map hash. */
export interface Scenario {
  map: MapData;
  mapHash: string;
  weapons: Readonly<Record<string, Weapon>>;
  enemyTypes: Readonly<Record<string, EnemyType>>;
  patrols: readonly (readonly Point[])[];
  /** Every objective the story can put in force (see story/state.ts); the Story component says which is. */
  objectives: readonly Objective[];
}

export interface GameContext {
  c: Components;
  grid: Grid;
  header: Header;
  rng: Rng;
  seed: string;
  scenario: Scenario;
  /** Unit id (from the map) to entity id, for live units (derived). */
  byId: Map<string, number>;
}

/** A game: a bitECS world whose context holds the component stores, the tiles, the header and the RNG. */
export type GameWorld = World<GameContext>;

/**
 * Every world object is made by this one literal, all fields listed: V8 then gives every world the same hidden
 * class. A spread (`{ ...ctx, c, byId }`) gave each world a hidden class of its own once warm (V8 in Node 20 does
 * not share the shape of a spread followed by more fields), so every function that takes a world saw a new shape
 * per game, was deoptimised and re-optimised, and ended megamorphic (docs/benchmarks.md).
 */
export function createGameWorld(ctx: Omit<GameContext, 'c' | 'byId'>): GameWorld {
  const context: GameContext = {
    grid: ctx.grid,
    header: ctx.header,
    rng: ctx.rng,
    seed: ctx.seed,
    scenario: ctx.scenario,
    c: createComponents(),
    byId: new Map(),
  };
  return createWorld<GameContext>(context);
}
