import { type Command, hashWorld, REPLAY_VERSION } from '@denizens/engine';
import enginePkg from '@denizens/engine/package.json' with { type: 'json' };
import { BUILTIN_MAPS } from '@denizens/maps';
import type { Session, TurnHash } from './session';

export const REPLAY_FORMAT = 'denizens-replay';

export interface ReplayFile {
  format: typeof REPLAY_FORMAT;
  version: number;
  engine: string;
  map: { id: string; hash: string; data?: unknown };
  seed: string;
  commands: Command[];
  turns: TurnHash[];
  result: { outcome: string; turn: number; hash: string };
}

/** The replay of a session: seed, map, accepted commands and per-turn hashes (verifiable in Node). */
export function buildReplay(session: Session): ReplayFile {
  const { header } = session.world;
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    engine: enginePkg.version,
    map: {
      id: session.map.id,
      hash: session.world.scenario.mapHash,
      // maps that are not built in (editor maps) travel inside the replay
      ...(Object.hasOwn(BUILTIN_MAPS, session.map.id) ? {} : { data: session.map }),
    },
    seed: session.seed,
    commands: [...session.commands],
    turns: [...session.turns],
    result: { outcome: header.outcome, turn: header.turn, hash: hashWorld(session.world) },
  };
}
