import { hashWorld, REPLAY_FORMAT, REPLAY_VERSION, type Replay } from '@denizens/engine';
import enginePkg from '@denizens/engine/package.json' with { type: 'json' };
import { BUILTIN_MAPS } from '@denizens/maps';
import type { Session } from './session';

/** The replay of a session: seed, map, accepted commands and per-turn hashes (the engine's replay format). */
export function buildReplay(session: Session): Replay {
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
