// `verify --jobs N`: N worker threads (node:worker_threads). Files go to a worker in batches sized so that a batch
// takes about BATCH_MS (one file at first, then as many as the worker's measured time per file allows, up to
// MAX_BATCH), with the next batch already sent (IN_FLIGHT per worker) so that a worker never waits for this thread;
// a worker answers with its verdicts in order, several at a time (protocol.ts), so that neither thread is woken
// for every small replay. A worker that dies (out of memory, a crash) gives the file it was on (it says which in
// shared memory before each file) an INVALID verdict naming the failure and is replaced; the other unanswered
// files of its batches go to the other workers; the batch goes on.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { BATCH_MS, type FromWorker, MAX_BATCH, type ToWorker, WORKER_YOUNG_GENERATION_MB } from './protocol';
import type { VerdictSource } from './source';
import type { Verdict } from './verdict';

/** The built worker script: beside the bundle when running built code, in dist/ when running from sources. */
export function workerScript(): string {
  const here = import.meta.url;
  return fileURLToPath(
    here.endsWith('.ts') ? new URL('../../dist/node/cli/verifyWorker.mjs', here) : new URL('./verifyWorker.mjs', here),
  );
}

/** Whether a worker pool can be started (the built worker script exists). */
export function poolAvailable(): boolean {
  return existsSync(workerScript());
}

/** Batches sent to a worker at once: the one it verifies and the next, waiting in its message queue. */
export const IN_FLIGHT = 2;

interface Job {
  file: string;
  done: (v: Verdict) => void;
}

interface Batch {
  id: number;
  /** Not answered yet, in order (a worker answers a batch's files in order). */
  jobs: Job[];
  /** How many of the batch's files were answered (and taken off `jobs`). */
  answered: number;
}

interface Slot {
  worker: Worker;
  /** Sent and not fully answered, in the order sent (a worker answers in that order). */
  sent: Batch[];
  /** Written by the worker before each file: [batch id, index in the batch] of the file it is on. */
  current: Int32Array;
  dead: boolean;
}

export function poolSource(jobs: number, maps: readonly string[], explain: boolean): VerdictSource {
  const script = workerScript();
  // (loaded here, not at start: a run in this thread does without it)
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const slots: Slot[] = [];
  const waiting: Job[] = [];
  let nextId = 0;
  let closed = false;
  /** Milliseconds a file takes in a worker (moving average of what the workers report); unknown at first. */
  let msPerFile: number | undefined;
  let feedQueued = false;
  /** Test-only: every batch this many files (the tests cannot rely on timings). */
  const fixedBatch = Number(process.env.DENIZENS_TEST_BATCH ?? 0);

  const batchSize = () =>
    fixedBatch > 0
      ? fixedBatch
      : msPerFile === undefined
        ? 1
        : Math.max(1, Math.min(MAX_BATCH, Math.floor(BATCH_MS / Math.max(msPerFile, 0.01))));

  const start = (): Slot => {
    const current = new Int32Array(new SharedArrayBuffer(8)).fill(-1);
    const slot: Slot = {
      worker: new Worker(script, {
        workerData: { maps: [...maps], explain, current },
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      }),
      sent: [],
      current,
      dead: false,
    };
    slot.worker.on('message', (m: FromWorker) => {
      const batch = slot.sent[0];
      if (!batch || batch.id !== m.id || m.verdicts.length > batch.jobs.length) return;
      if (m.verdicts.length > 0) {
        const per = m.ms / m.verdicts.length;
        msPerFile = msPerFile === undefined ? per : msPerFile * 0.7 + per * 0.3;
      }
      const answered = batch.jobs.splice(0, m.verdicts.length);
      batch.answered += answered.length;
      for (const [i, job] of answered.entries()) job.done(m.verdicts[i]!);
      if (batch.jobs.length === 0) {
        slot.sent.shift();
        feed(slot);
      }
    });
    const fail = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      const [batchId, index] = [Atomics.load(slot.current, 0), Atomics.load(slot.current, 1)];
      const unanswered = slot.sent.flatMap((b) => b.jobs);
      // The file it was on, as the worker wrote it before starting it: the verdicts of the files before it in
      // that batch were not sent yet (they are verified again elsewhere). Else the first one unanswered.
      const first = slot.sent[0];
      const named = first && batchId === first.id ? first.jobs[index - first.answered] : undefined;
      const culprit = named ?? unanswered[0];
      slot.sent = [];
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      if (culprit)
        culprit.done({
          file: culprit.file,
          status: 'invalid',
          path: '$',
          message: `the verification worker stopped: ${why}`,
        });
      waiting.unshift(...unanswered.filter((j) => j !== culprit));
      if (!closed) {
        const fresh = start();
        slots.push(fresh);
        for (const s of slots) feed(s);
      }
    };
    slot.worker.on('error', (e) => fail(e.message));
    slot.worker.on('exit', (code) => {
      if (!closed) fail(`exit code ${code}`);
    });
    return slot;
  };

  const feed = (slot: Slot) => {
    while (!closed && !slot.dead && slot.sent.length < IN_FLIGHT && waiting.length > 0) {
      const batch: Batch = { id: nextId++, jobs: waiting.splice(0, batchSize()), answered: 0 };
      slot.sent.push(batch);
      slot.worker.postMessage({ id: batch.id, files: batch.jobs.map((j) => j.file) } satisfies ToWorker);
    }
  };
  const feedAll = () => {
    feedQueued = false;
    // the least busy first, so that files spread over the workers from the start
    for (const s of [...slots].sort((a, b) => a.sent.length - b.sent.length)) feed(s);
  };

  for (let i = 0; i < jobs; i++) slots.push(start());

  return {
    // enough files asked for at once to fill every worker's batches in flight
    concurrency: jobs * IN_FLIGHT * MAX_BATCH,
    verify: (file) =>
      new Promise<Verdict>((done) => {
        waiting.push({ file, done });
        // once the caller has asked for everything it will ask for now: batches are then as full as they may be
        if (!feedQueued) {
          feedQueued = true;
          queueMicrotask(feedAll);
        }
      }),
    close: async () => {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
