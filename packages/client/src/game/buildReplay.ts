import {
  createGame,
  hashWorld,
  missionLink,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  type Replay,
  replaySteps,
} from '@denizens/engine';
import enginePkg from '@denizens/engine/package.json' with { type: 'json' };
import { BUILTIN_MAPS } from '@denizens/maps';
import type { Session } from './session';

/**
 * The replay of a session: seed, map, accepted commands, the hash after each command and each turn (the engine's
 * replay format), and who played. The per-command hashes come from re-simulating the log with the engine's one
 * re-simulation, so the session need not keep them. `recordedAt` is the time of export (ISO 8601).
 */
export function buildReplay(session: Session, recordedAt: string = new Date().toISOString()): Replay {
  const { header } = session.world;
  const world = createGame(session.map, session.seed, session.start);
  const hashes: string[] = [];
  for (const step of replaySteps(world, session.commands)) {
    if (!step.result.ok) break;
    hashes.push(hashWorld(world));
  }
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
    // a campaign mission names its difficulty and the squad it started from (verify checks the carry-over)
    ...(session.start.difficulty ? { difficulty: session.start.difficulty } : {}),
    ...(session.campaign ? { campaign: missionLink(session.campaign.state) } : {}),
    commands: [...session.commands],
    hashes,
    turns: [...session.turns],
    result: { outcome: header.outcome, turn: header.turn, hash: hashWorld(session.world) },
    provenance: {
      players: { squad: 'human', enemy: 'ai' },
      tool: `denizens-client ${enginePkg.version}`,
      recordedAt,
    },
  };
}
