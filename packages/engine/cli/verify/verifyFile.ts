// Verifying one replay file: the function every verdict source calls (in this thread, in a worker thread, or in a
// queue worker). It never throws: whatever the file holds, the result is a verdict.
import { builtinMap, type MapData } from '@denizens/maps';
import { INPUT_LIMITS, readInputFile } from '@denizens/maps/node/readInputFile';
import type { MapResolver } from '../../src/replay/open';
import { verifyReplayText } from '../../src/replay/verify';
import { loadMap } from '../loadMap';
import { validatedBuiltin } from './builtinMaps';
import type { Verdict } from './verdict';

/** What every verification of a run shares: the maps given with --map and whether to explain divergences. */
export interface VerifyContext {
  resolve: MapResolver;
  isBuiltin: (id: string) => boolean;
  explain: boolean;
}

/** The map specs (files or built-in ids) given with --map, loaded; or the first one's problem. */
export function makeContext(
  mapSpecs: readonly string[],
  explain = false,
): { ok: true; ctx: VerifyContext } | { ok: false; message: string } {
  const given = new Map<string, MapData>();
  for (const spec of mapSpecs) {
    const m = loadMap(spec);
    if (!m.ok) return { ok: false, message: m.message };
    given.set(m.map.id, m.map);
  }
  return { ok: true, ctx: contextFromMaps([...given.values()], explain) };
}

/** A context from maps already loaded (given maps first, then the built-in ones): --map files here, a job's maps in a queue worker. */
export function contextFromMaps(given: readonly MapData[], explain: boolean): VerifyContext {
  const byId = new Map(given.map((m) => [m.id, m]));
  const resolve: MapResolver = (id) => byId.get(id) ?? validatedBuiltin(id);
  return { resolve, isBuiltin: (id) => !byId.has(id) && builtinMap(id) !== undefined, explain };
}

/** The verdict on a replay's text (`name` names it in the verdict). Never throws. */
export function verifyText(text: string, name: string, ctx: VerifyContext): Verdict {
  try {
    return { file: name, ...verifyReplayText(text, ctx.resolve, { isBuiltin: ctx.isBuiltin, explain: ctx.explain }) };
  } catch (e) {
    // Only a bug outside the re-simulation gets here (the engine's own failures are FAULT verdicts already).
    return { file: name, status: 'invalid', path: '$', message: `could not be checked: ${(e as Error)?.message ?? e}` };
  }
}

/** The verdict on a replay file, read with the shared safe reader. Never throws. */
export function verifyFile(file: string, ctx: VerifyContext): Verdict {
  const read = readInputFile(file, { maxBytes: INPUT_LIMITS.replay, what: 'replay (.replay.json)' });
  if (!read.ok) return { file, status: 'invalid', path: '$', message: read.error.message };
  return verifyText(read.text, file, ctx);
}
