// What a queue worker does with a job: the local run's `verifyText` on the job's text, with a context made from the
// maps that came with the job (a worker cannot open the producer's --map files), so both give the same verdict.
import { formatIssue, type MapData, validateMap } from '@denizens/maps';
import type { Verdict } from '../verify/verdict';
import { type VerifyContext, verifyText } from '../verify/verifyFile';

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
