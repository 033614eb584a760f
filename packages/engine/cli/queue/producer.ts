// The producer's side of the queue: puts replays on Redis (BullMQ) and hands back each one's verdict as a worker
// sends it (QueueEvents), with a look at the jobs themselves whenever the events go quiet (an event can be missed,
// e.g. across a reconnection; a job's state cannot). Each job is removed once its verdict is in.
import { randomUUID } from 'node:crypto';
import { Job, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { ENGINE_VERSION, REPLAY_VERSION } from '../../src/version';
import type { Verdict, VerdictOrigin } from '../verify/verdict';
import { jobData, QUEUE_NAME, type VerifyJobData, type VerifyJobResult } from './protocol';

/** A verdict and the worker that gave it (absent when no worker could: the job failed). */
export interface QueueVerdict {
  verdict: Verdict;
  by?: VerdictOrigin;
}

export interface QueueClientOptions {
  url: string;
  /** Maps given with --map, sent with every job (workers may lack the files). */
  maps: unknown[];
  explain: boolean;
  /** How long without news before the client looks at its pending jobs directly (ms). */
  quietMs?: number;
  /** Notes for the user (no worker connected, Redis errors): stderr. */
  log: (line: string) => void;
}

export interface QueueClient {
  /** Sends one replay; resolves with its verdict (never rejects for the replay's sake). */
  submit: (name: string, text: string) => Promise<QueueVerdict>;
  /** Jobs sent and not yet answered. */
  pending: () => number;
  /** Takes this client's waiting jobs back off the queue (after an interruption). */
  withdraw: () => Promise<void>;
  close: () => Promise<void>;
}

export class QueueUnreachable extends Error {}

/** Fails fast, with a plain message, when nothing answers at the URL (BullMQ itself would retry forever). */
export async function probeRedis(url: string): Promise<void> {
  const r = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 5000,
    enableOfflineQueue: false,
  });
  let first: Error | undefined;
  r.on('error', (e: Error) => (first ??= e));
  try {
    await r.connect();
    await r.ping();
  } catch (e) {
    // The first socket error says why (ECONNREFUSED, ENOTFOUND…); later ones only say the connection closed.
    throw new QueueUnreachable(`cannot reach Redis at ${url}: ${(first ?? (e as Error)).message}`);
  } finally {
    r.disconnect();
  }
}

const STALLED = 'job stalled more than allowable limit';

/** A failed job's reason as a FAULT verdict. */
export function faultFromFailure(file: string, reason: string): Verdict {
  if (reason.includes(STALLED))
    return {
      file,
      status: 'fault',
      message:
        'workers stopped (died or hung) while verifying this replay, more times than allowed; it was not tried again',
    };
  return { file, status: 'fault', message: `a worker failed on this replay: ${reason}` };
}

/** Reads a job's return value, whatever shape reached us (QueueEvents parses JSON; a Job keeps it parsed). */
function asResult(file: string, v: unknown): QueueVerdict {
  let o: Partial<VerifyJobResult> | null = null;
  try {
    o = (typeof v === 'string' ? JSON.parse(v) : v) as Partial<VerifyJobResult> | null;
  } catch {}
  if (!o || typeof o !== 'object' || !o.verdict || typeof o.verdict !== 'object')
    return {
      verdict: { file, status: 'fault', message: `a worker returned no verdict (${String(v).slice(0, 80)})` },
    };
  // The verdict names the file as this run gave it, whatever the worker wrote.
  return { verdict: { ...o.verdict, file }, by: o.by };
}

/** Connects to the queue at `opts.url` (throws QueueUnreachable when nothing answers there). */
export async function openQueue(opts: QueueClientOptions): Promise<QueueClient> {
  await probeRedis(opts.url);
  const quietMs = opts.quietMs ?? 2000;
  const connection = { url: opts.url };
  const queue = new Queue<VerifyJobData, VerifyJobResult>(QUEUE_NAME, { connection });
  const events = new QueueEvents(QUEUE_NAME, { connection });
  let lastError = '';
  const onError = (e: Error) => {
    if (e.message !== lastError) opts.log(`queue: ${e.message}`);
    lastError = e.message;
  };
  queue.on('error', onError);
  events.on('error', onError);
  await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);

  const run = randomUUID();
  let seq = 0;
  const pending = new Map<string, { file: string; done: (v: QueueVerdict) => void }>();
  const settle = (jobId: string, make: (file: string) => QueueVerdict) => {
    const p = pending.get(jobId);
    if (!p) return;
    pending.delete(jobId);
    p.done(make(p.file));
    queue.remove(jobId).catch(() => {});
    quiet.rearm();
  };
  events.on('completed', ({ jobId, returnvalue }) => settle(jobId, (f) => asResult(f, returnvalue)));
  events.on('failed', ({ jobId, failedReason }) =>
    settle(jobId, (f) => ({ verdict: faultFromFailure(f, failedReason) })),
  );

  // Jobs submitted in the same tick go to Redis in one round trip.
  let batch: { name: string; data: VerifyJobData; opts: { jobId: string } }[] = [];
  const flush = () => {
    const b = batch;
    batch = [];
    queue.addBulk(b).catch((e: Error) => {
      for (const j of b)
        settle(j.opts.jobId, (f) => ({
          verdict: { file: f, status: 'fault', message: `could not be queued: ${e.message}` },
        }));
    });
  };

  let warnedNoWorker = false;
  /** Asks Redis for the state of jobs still pending; settles those that finished unseen. */
  const sweep = async () => {
    for (const jobId of [...pending.keys()].slice(0, 500)) {
      const job = await Job.fromId<VerifyJobData, VerifyJobResult>(queue, jobId);
      if (!job) {
        if (batch.some((j) => j.opts.jobId === jobId)) continue; // not sent yet
        settle(jobId, (file) => ({
          verdict: { file, status: 'fault', message: 'the job vanished from the queue (was Redis flushed?)' },
        }));
        continue;
      }
      const state = await job.getState();
      if (state === 'completed') settle(jobId, (f) => asResult(f, job.returnvalue));
      else if (state === 'failed') settle(jobId, (f) => ({ verdict: faultFromFailure(f, job.failedReason ?? '') }));
    }
    if (pending.size > 0 && !warnedNoWorker && (await queue.getWorkersCount()) === 0) {
      warnedNoWorker = true;
      opts.log(
        `waiting: no worker is connected to ${opts.url}; start one with \`denizens worker --queue ${opts.url}\` (rules version ${REPLAY_VERSION}, engine ${ENGINE_VERSION})`,
      );
    }
  };
  /** A timer that fires after quietMs without a verdict while jobs are pending. */
  const quiet = (() => {
    let t: NodeJS.Timeout | undefined;
    let sweeping = false;
    const fire = async () => {
      t = undefined;
      if (pending.size === 0 || sweeping) return;
      sweeping = true;
      try {
        await sweep();
      } catch (e) {
        onError(e as Error);
      } finally {
        sweeping = false;
      }
      rearm();
    };
    const rearm = () => {
      if (t) clearTimeout(t);
      t = pending.size > 0 ? setTimeout(fire, quietMs) : undefined;
    };
    return { rearm, stop: () => t && clearTimeout(t) };
  })();

  return {
    submit: (name, text) =>
      new Promise<QueueVerdict>((done) => {
        const jobId = `${run}-${seq++}`;
        pending.set(jobId, { file: name, done });
        if (batch.length === 0) queueMicrotask(flush);
        batch.push({ name: 'verify', data: jobData(name, text, opts.maps, opts.explain), opts: { jobId } });
        quiet.rearm();
      }),
    pending: () => pending.size,
    withdraw: async () => {
      await Promise.all([...pending.keys()].map((id) => queue.remove(id).catch(() => 0)));
    },
    close: async () => {
      quiet.stop();
      await events.close();
      await queue.close();
    },
  };
}
