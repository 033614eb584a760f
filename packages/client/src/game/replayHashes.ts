import {
  apply,
  type Command,
  createGame,
  hashWorld,
  type MapResolver,
  parseReplay,
  type VerifyResult,
  verifyReplayText,
} from '@denizens/engine';
import { BUILTIN_MAPS, type MapData, validateMap } from '@denizens/maps';

/** The built-in maps by id, validated (what the engine's verifier resolves a replay's map id with). */
export const builtinMaps: MapResolver = (id) => {
  if (!Object.hasOwn(BUILTIN_MAPS, id)) return undefined;
  const r = validateMap(BUILTIN_MAPS[id]);
  return r.ok ? r.map : { error: `built-in map "${id}" does not validate` };
};

/** The engine's verdict on a replay file's text, with the built-in maps. */
export function verifyWithBuiltins(text: string): VerifyResult {
  return verifyReplayText(text, builtinMaps);
}

export type ReplayHashes =
  | { ok: true; mapHash: string; turns: { turn: number; hash: string }[]; final: string }
  | { ok: false; error: string };

/**
 * Re-simulates a replay and returns every state hash it passes through: one per finished turn and
 * the final one (the same engine functions as the verifier: createGame, apply, hashWorld). Used to
 * compare Chromium with Node hash for hash.
 */
export function replayHashes(text: string): ReplayHashes {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${(e as Error).message}` };
  }
  const parsed = parseReplay(json);
  if (!parsed.ok) return { ok: false, error: `${parsed.path}: ${parsed.message}` };
  const replay = parsed.replay;
  let map: MapData;
  if (replay.map.data !== undefined) {
    const r = validateMap(replay.map.data, 'replay');
    if (!r.ok) return { ok: false, error: `the replay's map does not validate` };
    map = r.map;
  } else {
    const found = builtinMaps(replay.map.id);
    if (!found || 'error' in found) return { ok: false, error: `unknown map ${replay.map.id}` };
    map = found;
  }
  const world = createGame(map, replay.seed);
  const turns: { turn: number; hash: string }[] = [];
  for (let i = 0; i < replay.commands.length; i++) {
    const turn = world.header.turn;
    const r = apply(world, replay.commands[i] as Command);
    if (!r.ok) return { ok: false, error: `command ${i} refused: ${r.rejection.message}` };
    if (world.header.turn !== turn) turns.push({ turn, hash: hashWorld(world) });
  }
  return { ok: true, mapHash: world.scenario.mapHash, turns, final: hashWorld(world) };
}
