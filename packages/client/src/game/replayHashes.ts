import {
  hashWorld,
  type MapResolver,
  openReplay,
  parseReplayText,
  replaySteps,
  type VerifyResult,
  verifyReplayText,
} from '@denizens/engine';
import { BUILTIN_MAPS, validateMap } from '@denizens/maps';

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
 * the final one (the engine's one re-simulation, `openReplay` + `replaySteps`, as the verifier). Used to
 * compare Chromium with Node hash for hash.
 */
export function replayHashes(text: string): ReplayHashes {
  const parsed = parseReplayText(text);
  if (!parsed.ok) return { ok: false, error: `${parsed.path}: ${parsed.message}` };
  const opened = openReplay(parsed.json, builtinMaps);
  if (!opened.ok)
    return { ok: false, error: opened.status === 'invalid' ? `${opened.path}: ${opened.message}` : opened.what };
  const { replay, world } = opened;
  const turns: { turn: number; hash: string }[] = [];
  for (const step of replaySteps(world, replay.commands)) {
    if (!step.result.ok) return { ok: false, error: `command ${step.index} refused: ${step.result.rejection.message}` };
    if (step.turnEnded) turns.push({ turn: step.turn, hash: hashWorld(world) });
  }
  return { ok: true, mapHash: world.scenario.mapHash, turns, final: hashWorld(world) };
}
