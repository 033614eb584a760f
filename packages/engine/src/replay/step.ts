// The one re-simulation: applying a command log to a world, with the one definition of where a turn ends.
// Everything that replays commands (verify, the recorder, simulate, the client's session, replay hashes and
// explored tiles) goes through `applyStep` or `replaySteps`, so they cannot disagree about turns.
import { type ApplyResult, apply } from '../apply';
import type { Command } from '../commands/types';
import type { GameWorld } from '../world/world';

/** What applying one command did: its result, the turn it was applied in, and whether that turn ended. */
export interface Step {
  /** The command's index in the log (0-based). */
  index: number;
  command: Command;
  /** The turn the game was on when the command was applied. */
  turn: number;
  result: ApplyResult;
  /**
   * True when this command ended `turn`: the world's turn number moved on while it was applied (an
   * `end_turn` whose enemy and environment phases ran, leaving a game that goes on or has ended).
   * This is the one definition of a turn's end; the state hash recorded for `turn` is taken right after it.
   */
  turnEnded: boolean;
}

/** Applies one command and says whether it ended the turn (the one definition every replayer shares). */
export function applyStep(world: GameWorld, command: Command, index: number): Step {
  const turn = world.header.turn;
  const result = apply(world, command);
  return { index, command, turn, result, turnEnded: result.ok && world.header.turn !== turn };
}

/**
 * Re-simulates a command log on `world`, one step per command, stopping after the first refused
 * command (the log does not belong to this game from there; that step is still yielded).
 */
export function* replaySteps(world: GameWorld, commands: readonly Command[]): Generator<Step, void, undefined> {
  for (let i = 0; i < commands.length; i++) {
    const step = applyStep(world, commands[i]!, i);
    yield step;
    if (!step.result.ok) return;
  }
}
