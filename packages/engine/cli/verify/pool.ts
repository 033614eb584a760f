// `verify --jobs N`: N worker threads (node:worker_threads), each verifying one file at a time, with the next file
// already sent (IN_FLIGHT per worker) so that a worker never waits for the main thread between two files. A worker
// that dies (out of memory, a crash) gives the file it was on an INVALID verdict naming the failure and is
// replaced; the files sent to it but not started go to the other workers; the batch goes on.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
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

/** Files sent to a worker at once: the one it verifies and the next, waiting in its message queue. */
export const IN_FLIGHT = 2;

interface Job {
  file: string;
  done: (v: Verdict) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and not answered, in the order sent (a worker answers in that order). */
  sent: (Job & { id: number })[];
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

  const start = (): Slot => {
    const slot: Slot = {
      worker: new Worker(script, { workerData: { maps: [...maps], explain } }),
      sent: [],
      dead: false,
    };
    slot.worker.on('message', (m: { id: number; verdict: Verdict }) => {
      const first = slot.sent[0];
      if (!first || first.id !== m.id) return;
      slot.sent.shift();
      first.done(m.verdict);
      feed(slot);
    });
    const fail = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      const [current, ...notStarted] = slot.sent;
      slot.sent = [];
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      if (current)
        current.done({
          file: current.file,
          status: 'invalid',
          path: '$',
          message: `the verification worker stopped: ${why}`,
        });
      waiting.unshift(...notStarted.map(({ file, done }) => ({ file, done })));
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
    while (!closed && !slot.dead && slot.sent.length < IN_FLIGHT) {
      const next = waiting.shift();
      if (!next) return;
      const job = { id: nextId++, ...next };
      slot.sent.push(job);
      slot.worker.postMessage({ id: job.id, file: job.file });
    }
  };

  for (let i = 0; i < jobs; i++) slots.push(start());

  return {
    concurrency: jobs * IN_FLIGHT,
    verify: (file) =>
      new Promise<Verdict>((done) => {
        waiting.push({ file, done });
        const free = slots.reduce<Slot | undefined>((a, s) => (!a || s.sent.length < a.sent.length ? s : a), undefined);
        if (free) feed(free);
      }),
    close: async () => {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
