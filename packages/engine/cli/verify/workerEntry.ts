// dist/node/cli/verifyWorker.mjs, the script of each `verify --jobs N` worker thread: runs the worker's bundle
// (verifyWorker.cjs, from worker.ts) with a V8 code cache, like the command line itself (../entry.ts).
import { fileURLToPath } from 'node:url';
import { runBundle } from '../codeCache';

/** Set by the build: each bundle's hash (the cache's key). */
declare const __BUNDLE_HASHES__: Record<string, string> | undefined;
const hashes = typeof __BUNDLE_HASHES__ === 'undefined' ? {} : __BUNDLE_HASHES__;

// Written once the worker has verified a replay through (worker.ts); a terminated thread may run no exit handler.
runBundle(fileURLToPath(new URL('./verifyWorker.cjs', import.meta.url)), {
  textHash: hashes['verifyWorker.cjs'],
  variant: 'worker',
  saveAt: 'ready',
});
