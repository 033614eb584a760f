import type { DifficultyName, MapData } from '@denizens/maps';
import { chooseCommand } from '../ai/chooseCommand';
import type { GameEvent } from '../events/types';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import type { GameWorld } from '../world/world';
import type { CampaignLink, Replay } from './format';
import { createRecorder, recordApply, toReplay } from './recorder';

/** A bound on one turn's squad commands: more than seven pilots can ever use. */
const MAX_COMMANDS_PER_TURN = 64;

/**
 * Plays a game with the built-in AI on both sides for up to `turns` turns (or until it ends) and
 * returns its replay. `onEvent` sees every event in order.
 */
export function simulate(
  map: MapData,
  seed: string | number,
  turns: number,
  opts: {
    onEvent?: (e: GameEvent) => void;
    embedMap?: boolean;
    difficulty?: DifficultyName;
    campaign?: CampaignLink;
    /** Called with the world once the game has ended or run out of turns. */
    onEnd?: (world: GameWorld) => void;
  } = {},
): Replay {
  const world = createGame(map, seed, {
    ...(opts.difficulty ? { difficulty: opts.difficulty } : {}),
    ...(opts.campaign?.squad ? { squad: opts.campaign.squad } : {}),
  });
  const rec = createRecorder(world, seed, {
    ...(opts.difficulty ? { difficulty: opts.difficulty } : {}),
    ...(opts.campaign ? { campaign: opts.campaign } : {}),
  });
  while (world.header.outcome === 'ongoing' && world.header.turn <= turns) {
    let n = 0;
    for (;;) {
      const cmd = n++ < MAX_COMMANDS_PER_TURN ? chooseCommand(world, Faction.squad) : { type: 'end_turn' as const };
      const r = recordApply(rec, cmd);
      if (!r.ok)
        throw new Error(`the squad AI issued an illegal command ${JSON.stringify(cmd)}: ${r.rejection.message}`);
      for (const e of r.events) opts.onEvent?.(e);
      if (cmd.type === 'end_turn' || world.header.outcome !== 'ongoing') break;
    }
  }
  opts.onEnd?.(world);
  return toReplay(rec, { embedMap: opts.embedMap ?? false });
}
