// One verification worker thread (verify --jobs N): loads the run's maps once, then answers each batch of files
// ({id, files}) with their verdicts in order ({id, verdicts, ms}), several at a time (protocol.ts). Before each file
// it writes which one it is on into shared memory, so that the pool can name it if this thread dies on it.
// Built to dist/node/cli/verifyWorker.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { saveCodeCacheNow } from '../codeCache';
import { FLUSH_MS, type FromWorker, type ToWorker } from './protocol';
import type { Verdict } from './verdict';
import { makeContext, verifyFile } from './verifyFile';

const { maps, explain, current } = workerData as { maps: string[]; explain: boolean; current: Int32Array };
const made = makeContext(maps, explain);
let cacheSaved = false;
/** Test-only: a worker thread that gets to a file whose path contains this text ends at once, as a crash would. */
const exitOn = process.env.DENIZENS_TEST_WORKER_EXIT_ON;
/** Test-only: with fixed batches (pool.ts), a batch is answered at its end only, however long it takes. */
const flushMs = process.env.DENIZENS_TEST_BATCH ? Number.POSITIVE_INFINITY : FLUSH_MS;
parentPort!.on('message', (m: ToWorker) => {
  let verdicts: Verdict[] = [];
  let since = performance.now();
  const send = () => {
    const now = performance.now();
    parentPort!.postMessage({ id: m.id, verdicts, ms: now - since } satisfies FromWorker);
    verdicts = [];
    since = now;
  };
  m.files.forEach((file, i) => {
    Atomics.store(current, 0, m.id);
    Atomics.store(current, 1, i);
    if (exitOn && file.includes(exitOn)) process.exit(70);
    const verdict = made.ok
      ? verifyFile(file, made.ctx)
      : { file, status: 'invalid' as const, path: '$', message: made.message };
    // Before answering: the pool may end this thread as soon as it has the last verdict.
    if (!cacheSaved && verdict.status === 'ok') {
      cacheSaved = true;
      saveCodeCacheNow();
      since = performance.now(); // (writing the cache is not verification time)
    }
    verdicts.push(verdict);
    if (performance.now() - since >= flushMs && i < m.files.length - 1) send();
  });
  send();
});
