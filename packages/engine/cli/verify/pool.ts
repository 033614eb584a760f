// `verify --jobs N`: N worker threads (node:worker_threads), each verifying one file at a time. A worker that dies
// (out of memory, a crash) gives its file an INVALID verdict naming the failure and is replaced; the batch goes on.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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

interface Slot {
  worker: Worker;
  busy: { id: number; file: string; done: (v: Verdict) => void } | null;
  dead: boolean;
}

export function poolSource(jobs: number, maps: readonly string[], explain: boolean): VerdictSource {
  const script = workerScript();
  const slots: Slot[] = [];
  const waiting: { file: string; done: (v: Verdict) => void }[] = [];
  let nextId = 0;
  let closed = false;

  const start = (): Slot => {
    const slot: Slot = {
      worker: new Worker(script, { workerData: { maps: [...maps], explain } }),
      busy: null,
      dead: false,
    };
    slot.worker.on('message', (m: { id: number; verdict: Verdict }) => {
      const b = slot.busy;
      if (!b || b.id !== m.id) return;
      slot.busy = null;
      b.done(m.verdict);
      feed(slot);
    });
    const fail = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      const b = slot.busy;
      slot.busy = null;
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      if (b) b.done({ file: b.file, status: 'invalid', path: '$', message: `the verification worker stopped: ${why}` });
      if (!closed) {
        const fresh = start();
        slots.push(fresh);
        feed(fresh);
      }
    };
    slot.worker.on('error', (e) => fail(e.message));
    slot.worker.on('exit', (code) => {
      if (!closed) fail(`exit code ${code}`);
    });
    return slot;
  };

  const feed = (slot: Slot) => {
    if (slot.busy || closed) return;
    const next = waiting.shift();
    if (!next) return;
    slot.busy = { id: nextId++, ...next };
    slot.worker.postMessage({ id: slot.busy.id, file: next.file });
  };

  for (let i = 0; i < jobs; i++) slots.push(start());

  return {
    concurrency: jobs,
    verify: (file) =>
      new Promise<Verdict>((done) => {
        waiting.push({ file, done });
        const idle = slots.find((s) => !s.busy);
        if (idle) feed(idle);
      }),
    close: async () => {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
