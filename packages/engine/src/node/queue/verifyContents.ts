// What a queue worker does with a job: the local run's `verifyText` on the job's text, with a context made from the
// maps that came with the job (a worker cannot open the producer's --map files), so both give the same verdict.
import { builtinMap, formatIssue, type MapData, validateMap } from '@denizens/maps';
import type { MapResolver } from '../../replay/open';
import type { Verdict } from '../verify/verdict';
import { type VerifyContext, verifyText } from '../verify/verifyFile';

/** The context `makeContext` gives for --map files, from the maps themselves: given maps first, then built-in. */
export function contextFromMaps(given: readonly MapData[], explain: boolean): VerifyContext {
  const byId = new Map(given.map((m) => [m.id, m]));
  const builtins = new Map<string, MapData | { error: string }>();
  const resolve: MapResolver = (id) => {
    const g = byId.get(id);
    if (g) return g;
    if (builtins.has(id)) return builtins.get(id);
    const b = builtinMap(id);
    if (!b) return undefined;
    const r = validateMap(b, id);
    const v = r.ok ? r.map : { error: r.issues.map(formatIssue).join('; ') };
    builtins.set(id, v);
    return v;
  };
  return { resolve, isBuiltin: (id) => !byId.has(id) && builtinMap(id) !== undefined, explain };
}

/** Validates maps that came through the queue as JSON; a bad one is the sender's fault, named. */
export function mapsFromJson(maps: readonly unknown[]): { ok: true; maps: MapData[] } | { ok: false; message: string } {
  const out: MapData[] = [];
  for (let i = 0; i < maps.length; i++) {
    const r = validateMap(maps[i], `queued map #${i + 1}`);
    if (!r.ok) return { ok: false, message: r.issues.map(formatIssue).join('; ') };
    out.push(r.map);
  }
  return { ok: true, maps: out };
}

export type TextVerifier = (text: string, name: string, ctx: VerifyContext) => Verdict;

/** Verifies a replay's contents; should the verifier throw after all, the worker gives a FAULT, not a crash. */
export function verifyContents(
  text: string,
  name: string,
  ctx: VerifyContext,
  verify: TextVerifier = verifyText,
): Verdict {
  try {
    return verify(text, name, ctx);
  } catch (e) {
    return {
      file: name,
      status: 'fault',
      message: `the worker failed while verifying: ${(e as Error)?.message ?? String(e)} (a bug; please report it with this replay)`,
    };
  }
}
