// What travels through Redis between `denizens verify --queue` (the producer) and `denizens worker`:
// a job carries one replay's contents (not a path) and the producer's versions; its result carries the verdict
// and who made it.
import { ENGINE_VERSION, REPLAY_VERSION } from '../../src/version';
import type { Verdict, VerdictOrigin } from '../verify/verdict';

/** The BullMQ queue every producer and worker of this protocol shares. */
export const QUEUE_NAME = 'denizens-verify';

/** The job layout's own version: a worker refuses jobs of another layout rather than misreading them. */
export const JOB_PROTOCOL = 1;

/** One replay to verify: its contents (workers may be on other machines), its name, the maps it may need. */
export interface VerifyJobData {
  protocol: number;
  /** The file name as the user gave it (for the verdict: the worker never opens it). */
  name: string;
  /** The file's contents, as the producer read them with the local run's reader (size and UTF-8 checked). */
  text: string;
  /** Maps given to `verify --map`, as validated map JSON, for replays on maps that are not built in. */
  maps: unknown[];
  /** `verify --explain`. */
  explain: boolean;
  /** The producer's rules (replay) version and engine version: the worker must run the same rules. */
  rules: number;
  engine: string;
}

/** A job's return value. */
export interface VerifyJobResult {
  verdict: Verdict;
  by: VerdictOrigin;
}

/** The rules version this process verifies with. DENIZENS_TEST_RULES_VERSION overrides it: for the tests only. */
export function workerRulesVersion(env: NodeJS.ProcessEnv = process.env): number {
  const o = env.DENIZENS_TEST_RULES_VERSION;
  return o !== undefined && /^\d+$/.test(o) ? Number(o) : REPLAY_VERSION;
}

export function jobData(name: string, text: string, maps: unknown[], explain: boolean): VerifyJobData {
  return { protocol: JOB_PROTOCOL, name, text, maps, explain, rules: REPLAY_VERSION, engine: ENGINE_VERSION };
}

/** Why a worker must not verify this job, or undefined when it may. */
export function refusal(data: Partial<VerifyJobData>, rules: number, worker: string): string | undefined {
  if (data.protocol !== JOB_PROTOCOL)
    return `refused by worker ${worker}: the job is in queue protocol ${String(data.protocol)}, this worker reads protocol ${JOB_PROTOCOL} (run workers and verify from the same Denizens version)`;
  if (data.rules !== rules)
    return `refused by worker ${worker}: it runs rules version ${rules} (engine ${ENGINE_VERSION}), this batch was sent for rules version ${data.rules} (engine ${data.engine}); run workers of the same version as \`denizens verify\``;
  return undefined;
}
