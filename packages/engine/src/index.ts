// The engine's public API: a deterministic simulation with commands in and events out.

export { chooseCommand } from './ai/chooseCommand';
export { type ApplyResult, apply, applyAs } from './apply';
export { blockersFor, type MovePlan, moveBudget, moveRange, planMove } from './commands/move';
export type { Command, CommandType, Rejection, RejectionCode } from './commands/types';
export type { EventType, GameEvent } from './events/types';
export { canonicalJson, Hasher, hashJson } from './hash/hasher';
export { hashWorld } from './hash/hashWorld';
export { findPath, type PathResult } from './path/findPath';
export { DIAGONAL_COST, STEP_COST } from './path/moveCost';
export { pathTo, type ReachMap, reachable } from './path/reachable';
export { ACTION_POINTS, createGame, seedText } from './setup/createGame';
export {
  COMPONENT_FIELDS,
  COMPONENT_NAMES,
  type ComponentName,
  FACTION_NAMES,
  Faction,
  type FactionId,
  type FactionName,
} from './world/components';
export { type Grid, idx, inBounds, isWalkable, terrainAt } from './world/grid';
export { T, TERRAIN_RULES, type TerrainId, terrainName } from './world/terrain';
export { has, unitAt, unitById, unitsSorted } from './world/units';
export type { GameWorld, Header, Outcome, Phase, Scenario } from './world/world';
