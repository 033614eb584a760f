// One verification worker thread (verify --jobs N): loads the run's maps once, then answers {id, file} with
// {id, verdict}. Built to dist/node/cli/verifyWorker.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { saveCodeCacheNow } from '../codeCache';
import { makeContext, verifyFile } from './verifyFile';

const { maps, explain } = workerData as { maps: string[]; explain: boolean };
const made = makeContext(maps, explain);
let cacheSaved = false;
parentPort!.on('message', (m: { id: number; file: string }) => {
  const verdict = made.ok
    ? verifyFile(m.file, made.ctx)
    : { file: m.file, status: 'invalid' as const, path: '$', message: made.message };
  parentPort!.postMessage({ id: m.id, verdict });
  if (!cacheSaved) {
    cacheSaved = true;
    setImmediate(saveCodeCacheNow);
  }
});
