import type { ApplyResult } from '../apply';
import type { Command } from '../commands/types';
import { hashWorld } from '../hash/hashWorld';
import { ENGINE_VERSION, REPLAY_VERSION } from '../version';
import type { GameWorld } from '../world/world';
import { REPLAY_FORMAT, type Replay } from './format';
import { applyStep } from './step';

/** Records a game as it is played: accepted commands and the hash after each turn. */
export interface Recorder {
  world: GameWorld;
  seed: string | number;
  commands: Command[];
  turns: { turn: number; hash: string }[];
  /** Written into the replay when given: the difficulty and the campaign link. */
  extra: Pick<Replay, 'difficulty' | 'campaign'>;
}

export function createRecorder(
  world: GameWorld,
  seed: string | number,
  extra: Pick<Replay, 'difficulty' | 'campaign'> = {},
): Recorder {
  return { world, seed, commands: [], turns: [], extra };
}

/** Applies a command and records it if accepted (with the turn's hash when it ended the turn). */
export function recordApply(rec: Recorder, command: Command): ApplyResult {
  const step = applyStep(rec.world, command, rec.commands.length);
  if (step.result.ok) {
    rec.commands.push(structuredCloneCommand(command));
    if (step.turnEnded) rec.turns.push({ turn: step.turn, hash: hashWorld(rec.world) });
  }
  return step.result;
}

function structuredCloneCommand(c: Command): Command {
  return JSON.parse(JSON.stringify(c)) as Command;
}

/** The replay file for what was recorded so far. `embedMap` puts the map itself in the file (for non-built-in maps). */
export function toReplay(rec: Recorder, opts: { embedMap?: boolean } = {}): Replay {
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
    turns: rec.turns,
    result: { outcome: world.header.outcome, turn: world.header.turn, hash: hashWorld(world) },
  };
}
