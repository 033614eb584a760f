// dist/node/cli/verifyWorker.mjs, the script of each `verify --jobs N` worker thread: runs the worker's bundle
// (verifyWorker.cjs, from worker.ts) with a V8 code cache, like the command line itself (../entry.ts).
import { fileURLToPath } from 'node:url';
import { runBundle } from '../codeCache';

runBundle(fileURLToPath(new URL('./verifyWorker.cjs', import.meta.url)));
