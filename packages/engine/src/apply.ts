import type { Command, Rejection } from './commands/types';
import { reject } from './commands/types';
import { applyUnitCommand } from './commands/unitCommand';
import type { GameEvent } from './events/types';
import { runEndTurn } from './phases/endTurn';
import { beforeCommand, commandAccepted, rollBack } from './save/rollback';
import { runStory } from './story/runStory';
import { Faction, type FactionId } from './world/components';
import type { GameWorld, Phase } from './world/world';

export type ApplyResult =
  | { ok: true; events: GameEvent[] }
  | { ok: false; rejection: Rejection; fault?: undefined }
  | { ok: false; rejection: Rejection; fault: EngineFault };

/**
 * A bug: the engine threw while it applied a command (in the command or in a phase it ran). The
 * world is put back as it was before the command; the rejection's code is `engine_fault`.
 */
export interface EngineFault {
  /** The command's type ("end_turn", "move", …). */
  command: string;
  /** The turn and phase the command was given in. */
  turn: number;
  phase: Phase;
  /** What was thrown, in words. */
  message: string;
}

/**
 * The one way to change a game: the squad's command in, events out. A refused command returns a
 * typed rejection and leaves the world exactly as it was (every handler checks before it changes).
 * All or nothing: whatever is thrown while the command or a phase runs (a bug), the world is put
 * back as it was before the command (save/rollback.ts) and the result is a typed engine fault.
 */
export function apply(world: GameWorld, command: Command): ApplyResult {
  if (world.header.outcome !== 'ongoing') return reject('game_over', `the game is over (${world.header.outcome})`);
  if (world.header.phase !== 'player') return reject('not_your_turn', `it is the ${world.header.phase} phase`);
  if (!isCommandShaped(command)) return reject('invalid_command', 'a command is an object with a "type"');
  const { turn, phase } = world.header;
  beforeCommand(world, command);
  try {
    const r = applySquad(world, command);
    if (r.ok) commandAccepted(world, command);
    return r;
  } catch (e) {
    rollBack(world, reapply);
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      rejection: { code: 'engine_fault', message: `engine fault (a bug) while applying ${command.type}: ${message}` },
      fault: { command: command.type, turn, phase, message },
    };
  }
}

/** Applies again a command that was accepted before (rolling back after a fault). */
function reapply(world: GameWorld, command: Command): void {
  const r = applySquad(world, command);
  if (!r.ok) throw new Error(`a command accepted before was refused when applied again: ${r.rejection.message}`);
}

/** A squad command, then the map's story answering it (triggers, extraction: story/runStory.ts). */
function applySquad(world: GameWorld, command: Command): ApplyResult {
  const r = applyAs(world, command, Faction.squad);
  return r.ok ? { ok: true, events: [...r.events, ...runStory(world, r.events)] } : r;
}

/**
 * Applies a command for a side: the squad's end_turn runs the phases (phases/endTurn.ts); every other
 * command is a unit's (commands/unitCommand.ts, which the enemy phase also uses for the LGF).
 */
export function applyAs(world: GameWorld, command: Command, faction: FactionId): ApplyResult {
  if (!isCommandShaped(command)) return reject('invalid_command', 'a command is an object with a "type"');
  if (command.type === 'end_turn') {
    if (faction !== Faction.squad) return reject('invalid_command', 'only the squad ends its turn by command');
    return { ok: true, events: runEndTurn(world) };
  }
  return applyUnitCommand(world, command, faction);
}

function isCommandShaped(command: unknown): boolean {
  return typeof command === 'object' && command !== null && typeof (command as { type?: unknown }).type === 'string';
}
