import type { DifficultyName, MapData } from '@denizens/maps';
import { chooseCommand } from '../ai/chooseCommand';
import type { Command } from '../commands/types';
import type { GameEvent } from '../events/types';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import type { GameWorld } from '../world/world';
import type { CampaignLink, Provenance, Replay } from './format';
import { createRecorder, recordApply, toReplay } from './recorder';

/** A bound on one turn's squad commands: more than seven pilots can ever use. */
const MAX_COMMANDS_PER_TURN = 64;

export interface SimulateOptions {
  onEvent?: (e: GameEvent) => void;
  embedMap?: boolean;
  difficulty?: DifficultyName;
  campaign?: CampaignLink;
  /** Called with the world once the game has ended, run out of turns or stopped at a fault. */
  onEnd?: (world: GameWorld) => void;
  /** Who played and what recorded it (not hashed). */
  provenance?: Provenance;
}

/** The engine failed while the AI played: which command, in which turn, and what went wrong. */
export interface SimulationFault {
  index: number;
  turn: number;
  command: Command;
  message: string;
}

/**
 * Plays a game with the built-in AI on both sides for up to `turns` turns (or until it ends). When the engine
 * fails (a bug: a typed engine fault, something thrown, or a command of the AI the rules refuse) the game stops
 * there: the fault names the command and the replay holds everything accepted before it.
 */
export function simulateGame(
  map: MapData,
  seed: string | number,
  turns: number,
  opts: SimulateOptions = {},
): { replay: Replay; fault?: SimulationFault } {
  const world = createGame(map, seed, {
    ...(opts.difficulty ? { difficulty: opts.difficulty } : {}),
    ...(opts.campaign?.squad ? { squad: opts.campaign.squad } : {}),
  });
  const rec = createRecorder(world, seed, {
    ...(opts.difficulty ? { difficulty: opts.difficulty } : {}),
    ...(opts.campaign ? { campaign: opts.campaign } : {}),
  });
  const done = (fault?: SimulationFault) => {
    opts.onEnd?.(world);
    return {
      replay: toReplay(rec, { embedMap: opts.embedMap ?? false, provenance: opts.provenance }),
      ...(fault ? { fault } : {}),
    };
  };
  while (world.header.outcome === 'ongoing' && world.header.turn <= turns) {
    let n = 0;
    for (;;) {
      const turn = world.header.turn;
      const index = rec.commands.length;
      let cmd: Command = { type: 'end_turn' };
      try {
        if (n++ < MAX_COMMANDS_PER_TURN) cmd = chooseCommand(world, Faction.squad);
        const r = recordApply(rec, cmd);
        if (!r.ok)
          return done({
            index,
            turn,
            command: cmd,
            message: r.fault
              ? r.fault.message
              : `the squad AI issued a command the rules refuse: ${r.rejection.message}`,
          });
        for (const e of r.events) opts.onEvent?.(e);
      } catch (e) {
        return done({ index, turn, command: cmd, message: (e as Error)?.message ?? String(e) });
      }
      if (cmd.type === 'end_turn' || world.header.outcome !== 'ongoing') break;
    }
  }
  return done();
}

/** `simulateGame` for callers that treat a fault as a bug: the replay, or an exception naming the command. */
export function simulate(map: MapData, seed: string | number, turns: number, opts: SimulateOptions = {}): Replay {
  const { replay, fault } = simulateGame(map, seed, turns, opts);
  if (fault) throw new Error(`FAULT at command #${fault.index} (turn ${fault.turn}): ${fault.message}`);
  return replay;
}
