// `denizens worker`: takes replays off the Redis queue, verifies them, and puts the verdicts back, until closed.
// A worker that dies mid-replay loses nothing: its job's lock runs out and another worker's stalled-job check
// puts the job back in the queue; a job that has stalled more than `maxStalls` times fails, and the producer
// reports it as a FAULT verdict instead of the queue looping on a replay that kills workers.
import { hostname } from 'node:os';
import { type Job, Worker } from 'bullmq';
import { ENGINE_VERSION } from '../../src/version';
import type { Verdict, VerdictOrigin } from '../verify/verdict';
import { contextFromMaps, verifyText } from '../verify/verifyFile';
import { QUEUE_NAME, refusal, type VerifyJobData, type VerifyJobResult, workerRulesVersion } from './protocol';
import { mapsFromJson, type TextVerifier, verifyContents } from './verifyContents';

export interface QueueWorkerOptions {
  /** redis:// or rediss:// URL of the queue's Redis. */
  url: string;
  /** Replays verified at once by this process. */
  jobs: number;
  /** How long a job stays locked to this worker without a renewal (ms); a dead worker's replay waits this long. */
  lockMs?: number;
  /** How often this worker looks for jobs whose worker died (ms). */
  stalledCheckMs?: number;
  /** How many times a job may be put back after its worker died before it fails as a FAULT. */
  maxStalls?: number;
  /** One line of news (start, errors, shutdown). */
  log: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface QueueWorker {
  /** Resolves once connected to Redis. */
  ready: Promise<void>;
  /** Stops taking jobs, finishes the ones in hand, disconnects. */
  close: () => Promise<void>;
  /** Jobs finished so far. */
  done: () => number;
}

export const DEFAULT_LOCK_MS = 60_000;
export const DEFAULT_STALLED_CHECK_MS = 30_000;
export const DEFAULT_MAX_STALLS = 1;

/**
 * Test-only hooks, read from the environment (documented in docs/verification.md; never set them in production):
 * DENIZENS_TEST_FAULT_ON=<text> makes the verification throw on replays whose name contains <text>;
 * DENIZENS_TEST_CRASH_ON=<text> kills this worker process (SIGKILL) when it takes such a replay;
 * DENIZENS_TEST_DELAY_MS=<n> makes it wait n ms (holding the job) before each replay, so a test can kill it mid-job.
 */
function testHooks(env: NodeJS.ProcessEnv): { faultOn?: string; crashOn?: string; delayMs: number } {
  return {
    faultOn: env.DENIZENS_TEST_FAULT_ON || undefined,
    crashOn: env.DENIZENS_TEST_CRASH_ON || undefined,
    delayMs: Number(env.DENIZENS_TEST_DELAY_MS) || 0,
  };
}

/** The verification made to throw (DENIZENS_TEST_FAULT_ON): how the tests reach the worker's fault path. */
const throwing: TextVerifier = () => {
  throw new Error('test fault (DENIZENS_TEST_FAULT_ON)');
};

/** The verdict for one job: refused when the versions differ, else the local run's verdict on the replay's text. */
export function verdictForJob(
  data: Partial<VerifyJobData>,
  rules: number,
  worker: string,
  verify: TextVerifier = verifyText,
): Verdict {
  const file = String(data.name ?? '(unnamed)');
  const refused = refusal(data, rules, worker);
  if (refused) return { file, status: 'fault', message: refused };
  const maps = mapsFromJson(Array.isArray(data.maps) ? data.maps : []);
  if (!maps.ok) return { file, status: 'fault', message: `a map sent with the job is not valid: ${maps.message}` };
  return verifyContents(String(data.text ?? ''), file, contextFromMaps(maps.maps, data.explain === true), verify);
}

/** Starts a worker on the queue; it runs until `close()`. */
export function startQueueWorker(opts: QueueWorkerOptions): QueueWorker {
  const env = opts.env ?? process.env;
  const rules = workerRulesVersion(env);
  const id = `${hostname()}:${process.pid}`;
  const by: VerdictOrigin = { engine: ENGINE_VERSION, rules, worker: id };
  const hooks = testHooks(env);
  let done = 0;
  const processor = async (job: Job<VerifyJobData, VerifyJobResult>): Promise<VerifyJobResult> => {
    const name = String(job.data.name);
    if (hooks.crashOn && name.includes(hooks.crashOn)) process.kill(process.pid, 'SIGKILL');
    if (hooks.delayMs) await new Promise((r) => setTimeout(r, hooks.delayMs));
    const verify = hooks.faultOn && name.includes(hooks.faultOn) ? throwing : verifyText;
    const verdict = verdictForJob(job.data, rules, id, verify);
    done++;
    return { verdict, by };
  };
  const worker = new Worker<VerifyJobData, VerifyJobResult>(QUEUE_NAME, processor, {
    connection: { url: opts.url },
    name: id,
    concurrency: opts.jobs,
    lockDuration: opts.lockMs ?? DEFAULT_LOCK_MS,
    stalledInterval: opts.stalledCheckMs ?? DEFAULT_STALLED_CHECK_MS,
    maxStalledCount: opts.maxStalls ?? DEFAULT_MAX_STALLS,
    // The producer removes each job once it has its verdict; these only clear up after a producer that died.
    removeOnComplete: { age: 24 * 3600 },
    removeOnFail: { age: 24 * 3600 },
  });
  let lastError = '';
  worker.on('error', (e) => {
    const msg = e.message || String(e);
    if (msg !== lastError) opts.log(`worker ${id}: ${msg}`);
    lastError = msg;
  });
  worker.on('ready', () => (lastError = ''));
  return {
    ready: worker.waitUntilReady().then(() => undefined),
    close: () => worker.close(),
    done: () => done,
  };
}
