import type { ApplyResult } from '../apply';
import type { Command } from '../commands/types';
import { hashWorld } from '../hash/hashWorld';
import { ENGINE_VERSION, REPLAY_VERSION } from '../version';
import type { GameWorld } from '../world/world';
import { type Provenance, REPLAY_FORMAT, type Replay } from './format';
import { applyStep } from './step';

/** Records a game as it is played: accepted commands, the hash after each of them, and each turn's hash. */
export interface Recorder {
  world: GameWorld;
  seed: string | number;
  commands: Command[];
  /** The state hash after each accepted command. */
  hashes: string[];
  turns: { turn: number; hash: string }[];
  /** Outcome, turn and hash after the last accepted command (the replay's result). */
  last: Replay['result'];
  /** Written into the replay when given: the difficulty and the campaign link. */
  extra: Pick<Replay, 'difficulty' | 'campaign'>;
}

export function createRecorder(
  world: GameWorld,
  seed: string | number,
  extra: Pick<Replay, 'difficulty' | 'campaign'> = {},
): Recorder {
  return {
    world,
    seed,
    commands: [],
    hashes: [],
    turns: [],
    last: { outcome: world.header.outcome, turn: world.header.turn, hash: hashWorld(world) },
    extra,
  };
}

/** Applies a command and records it if accepted (with the turn's hash when it ended the turn). */
export function recordApply(rec: Recorder, command: Command): ApplyResult {
  const step = applyStep(rec.world, command, rec.commands.length);
  if (step.result.ok) {
    const hash = hashWorld(rec.world);
    rec.commands.push(structuredCloneCommand(command));
    rec.hashes.push(hash);
    if (step.turnEnded) rec.turns.push({ turn: step.turn, hash });
    rec.last = { outcome: rec.world.header.outcome, turn: rec.world.header.turn, hash };
  }
  return step.result;
}

function structuredCloneCommand(c: Command): Command {
  return JSON.parse(JSON.stringify(c)) as Command;
}

/**
 * The replay file for what was recorded so far (its result is the state after the last accepted command).
 * `embedMap` puts the map itself in the file (for non-built-in maps); `provenance` says who played and what recorded it.
 */
export function toReplay(rec: Recorder, opts: { embedMap?: boolean; provenance?: Provenance } = {}): Replay {
  const { world } = rec;
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    engine: ENGINE_VERSION,
    map: {
      id: world.scenario.map.id,
      hash: world.scenario.mapHash,
      ...(opts.embedMap ? { data: world.scenario.map } : {}),
    },
    seed: rec.seed,
    ...(rec.extra.difficulty ? { difficulty: rec.extra.difficulty } : {}),
    ...(rec.extra.campaign ? { campaign: rec.extra.campaign } : {}),
    commands: rec.commands,
    hashes: rec.hashes,
    turns: rec.turns,
    result: { ...rec.last },
    ...(opts.provenance ? { provenance: opts.provenance } : {}),
  };
}
