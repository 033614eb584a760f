// One verification worker thread (verify --jobs N): loads the run's maps once, then answers {id, file} with
// {id, verdict}. Built to dist/node/cli/verifyWorker.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { saveCodeCacheNow } from '../codeCache';
import { makeContext, verifyFile } from './verifyFile';

const { maps, explain } = workerData as { maps: string[]; explain: boolean };
const made = makeContext(maps, explain);
let cacheSaved = false;
/** Test-only: a worker thread that gets a file whose path contains this text ends at once, as a crash would. */
const exitOn = process.env.DENIZENS_TEST_WORKER_EXIT_ON;
parentPort!.on('message', (m: { id: number; file: string }) => {
  if (exitOn && m.file.includes(exitOn)) process.exit(70);
  const verdict = made.ok
    ? verifyFile(m.file, made.ctx)
    : { file: m.file, status: 'invalid' as const, path: '$', message: made.message };
  // Before answering: the pool may end this thread as soon as it has the last verdict.
  if (!cacheSaved && verdict.status === 'ok') {
    cacheSaved = true;
    saveCodeCacheNow();
  }
  parentPort!.postMessage({ id: m.id, verdict });
});
