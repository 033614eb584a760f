import {
  type ApplyResult,
  applyStep,
  type Command,
  createGame,
  type GameOptions,
  type GameWorld,
  hashWorld,
  replaySteps,
} from '@denizens/engine';
import type { MapData } from '@denizens/maps';
import type { CampaignRun } from './campaignRun';
import { unitNames } from './unitNames';

/** A turn's closing state hash, as in the replay file. */
export interface TurnHash {
  turn: number;
  hash: string;
}

/**
 * One game being played: the engine's world plus what the client keeps beside it: the accepted
 * commands (the replay), the per-turn hashes, and the mark that allows undoing the last move.
 * The client never writes the world: every change goes through `sendCommand` → `apply`.
 */
export interface Session {
  world: GameWorld;
  mapId: string;
  map: MapData;
  seed: string;
  commands: Command[];
  turns: TurnHash[];
  /** Set right after an accepted move: the RNG draw count then (undo allowed while it is unchanged). */
  undoMark: { draws: number; index: number } | null;
  /** Display names by unit id (kept after a unit dies, for the log). */
  names: Map<string, string>;
  /**
   * How the world was made besides map and seed (a campaign mission's difficulty and carried squad): every
   * re-simulation of this game (undo, the rebuilt log, the explored map, the replay) starts from it.
   */
  start: GameOptions;
  /** A campaign mission: the campaign as it stood when this mission began (null for a single game). */
  campaign: CampaignRun | null;
}

export function createSession(
  map: MapData,
  seed: string,
  mapId = map.id,
  start: GameOptions = {},
  campaign: CampaignRun | null = null,
): Session {
  const world = createGame(map, seed, start);
  return {
    world,
    mapId,
    map,
    seed,
    commands: [],
    turns: [],
    undoMark: null,
    names: unitNames(world),
    start,
    campaign,
  };
}

/** The pilots who took the field in this game (the map's squad; a campaign mission's: those carried over), in order. */
export function missionRoster(session: Session): { id: string; name: string }[] {
  const carried = session.start.squad;
  return session.map.squad
    .filter((u) => !carried || carried.some((p) => p.id === u.id))
    .map((u) => ({ id: u.id, name: session.names.get(u.id) ?? u.name }));
}

/** Sends one command to the engine; on success records it (and the turn hash when a turn ended). */
export function sendCommand(session: Session, command: Command): ApplyResult {
  const { result, turn, turnEnded } = applyStep(session.world, command, session.commands.length);
  if (!result.ok) return result;
  session.commands.push(command);
  if (turnEnded) session.turns.push({ turn, hash: hashWorld(session.world) });
  session.undoMark =
    command.type === 'move' ? { draws: session.world.rng.draws, index: session.commands.length - 1 } : null;
  return result;
}

/** Re-simulates a game from its map, seed and commands; the index of the first refused command if any. */
export function rebuildWorld(
  map: MapData,
  seed: string,
  commands: readonly Command[],
  start: GameOptions = {},
): { ok: true; world: GameWorld; turns: TurnHash[] } | { ok: false; index: number; message: string } {
  const world = createGame(map, seed, start);
  const turns: TurnHash[] = [];
  for (const step of replaySteps(world, commands)) {
    if (!step.result.ok) return { ok: false, index: step.index, message: step.result.rejection.message };
    if (step.turnEnded) turns.push({ turn: step.turn, hash: hashWorld(world) });
  }
  return { ok: true, world, turns };
}
