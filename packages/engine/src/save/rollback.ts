import type { Command } from '../commands/types';
import type { GameWorld } from '../world/world';
import { restoreSnapshot, type Snapshot, takeSnapshot } from './snapshot';

/**
 * How apply (apply.ts) puts a world back when a command throws (a bug), cheaply: a snapshot of the
 * world at the start of each turn (taken before every end_turn, and whenever the world was changed
 * other than by apply since the last command) plus the commands accepted since. Rolling back restores
 * the snapshot and applies those commands again (the engine is deterministic: they do exactly what
 * they did), which is the world just before the failed command. Taking a snapshot costs about as much
 * as a few commands, so one per turn instead of one per command keeps verification fast.
 */
interface Journal {
  start: Snapshot;
  /** Accepted commands since the snapshot (copies), in order. */
  since: Command[];
  /**
   * The world's marks after the last accepted command (the RNG's draws, the grid's unit and tile
   * change counters, the header): any difference means it was changed other than by apply.
   */
  draws: number;
  unitChanges: number;
  version: number;
  turn: number;
  phase: string;
  outcome: string;
  nextUid: number;
}
const journals = new WeakMap<GameWorld, Journal>();

function mark(j: Journal, world: GameWorld): void {
  const { header, grid } = world;
  j.draws = world.rng.draws;
  j.unitChanges = grid.unitChanges;
  j.version = grid.version;
  j.turn = header.turn;
  j.phase = header.phase;
  j.outcome = header.outcome;
  j.nextUid = header.nextUid;
}

function marked(j: Journal, world: GameWorld): boolean {
  const { header, grid } = world;
  return (
    j.draws === world.rng.draws &&
    j.unitChanges === grid.unitChanges &&
    j.version === grid.version &&
    j.turn === header.turn &&
    j.phase === header.phase &&
    j.outcome === header.outcome &&
    j.nextUid === header.nextUid
  );
}

/** Call before applying a command: makes sure the world as it is now can be rebuilt. */
export function beforeCommand(world: GameWorld, command: Command): void {
  const j = journals.get(world);
  if (j !== undefined && command.type !== 'end_turn' && marked(j, world)) return;
  const fresh: Journal = {
    start: takeSnapshot(world),
    since: [],
    draws: 0,
    unitChanges: 0,
    version: 0,
    turn: 0,
    phase: '',
    outcome: '',
    nextUid: 0,
  };
  mark(fresh, world);
  journals.set(world, fresh);
}

/** Call after an accepted command. */
export function commandAccepted(world: GameWorld, command: Command): void {
  const j = journals.get(world);
  if (j === undefined) return;
  j.since.push(copyCommand(command));
  mark(j, world);
}

/**
 * Puts the world back as it was before the command that threw: the snapshot, then the commands
 * accepted since, through `reapply` (the unguarded apply).
 */
export function rollBack(world: GameWorld, reapply: (world: GameWorld, command: Command) => void): void {
  const j = journals.get(world);
  if (j === undefined) throw new Error('rollBack without beforeCommand');
  restoreSnapshot(world, j.start);
  for (const c of j.since) reapply(world, c);
  mark(j, world);
}

/** A copy of an accepted command (the caller may reuse its object); only `to` is nested. */
function copyCommand(c: Command): Command {
  const copy = { ...c } as Command & { to?: { x: number; y: number } };
  if (copy.to) copy.to = { x: copy.to.x, y: copy.to.y };
  return copy;
}
