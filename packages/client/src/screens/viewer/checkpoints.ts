import { deserializeGame, type GameWorld, type SaveFile, serializeGame } from '@denizens/engine';

/**
 * Commands between two checkpoints. Restoring one costs about as much as a few commands (a save is
 * loaded: ~8–12 ms on the built-in maps, a command 1–5 ms), so going back costs at most one load and
 * seven commands, whatever the replay's length.
 */
export const CHECKPOINT_EVERY = 8;

/**
 * Checkpoints over a replay, so going back is cheap on long replays: the world after every `every`
 * commands, kept in the engine's own save format (`serializeGame`) and brought back with
 * `deserializeGame` (a loaded save is the same world: the same hash, and it plays on the same). Going
 * back to n commands = the checkpoint at or before n, then the commands after it re-simulated forward.
 */
export interface Checkpoints {
  every: number;
  /** `saves[i]`: the world after `i * every` commands. */
  saves: SaveFile[];
}

export function createCheckpoints(every = CHECKPOINT_EVERY): Checkpoints {
  if (!Number.isInteger(every) || every < 1) throw new Error(`checkpoints every ${every} commands: a whole number ≥ 1`);
  return { every, saves: [] };
}

/** Offers the world after `n` commands (n = 0, 1, 2 … in order): kept when n is the next multiple of `every`. */
export function offerCheckpoint(cp: Checkpoints, world: GameWorld, n: number): void {
  if (n === cp.saves.length * cp.every) cp.saves.push(serializeGame(world));
}

/** The command count of the checkpoint at or before `n` commands. */
export function checkpointBefore(cp: Checkpoints, n: number): number {
  return Math.max(0, Math.min(cp.saves.length - 1, Math.floor(n / cp.every))) * cp.every;
}

/** The checkpoint at or before `n` commands: a world of its own (nothing else holds it) and its command count. */
export function restoreCheckpoint(cp: Checkpoints, n: number): { world: GameWorld; at: number } {
  const i = checkpointBefore(cp, n) / cp.every;
  const save = cp.saves[i];
  if (save === undefined) throw new Error('no checkpoint kept: the start is always kept first');
  const loaded = deserializeGame(save);
  if (!loaded.ok) throw new Error(`a checkpoint did not load: ${loaded.error.path}: ${loaded.error.message}`);
  return { world: loaded.world, at: i * cp.every };
}
