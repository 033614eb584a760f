// dist/node/cli/denizens-entry.cjs (CommonJS), what the `denizens` bin requires: runs the CLI's bundle (denizens.cjs, beside it) with
// a V8 code cache (codeCache.ts), so a start neither parses nor compiles the bundle again.
import { fileURLToPath } from 'node:url';
import { runBundle } from './codeCache';

/** Set by the build: each bundle's hash (the cache's key), so that nothing is hashed at start. */
declare const __BUNDLE_HASHES__: Record<string, string> | undefined;
const hashes = typeof __BUNDLE_HASHES__ === 'undefined' ? {} : __BUNDLE_HASHES__;

const COMMANDS = ['simulate', 'verify', 'campaign', 'worker', 'maps'];
const command = COMMANDS.includes(process.argv[2] ?? '') ? process.argv[2]! : 'other';

// One cache per command; verify's is written once a replay has been verified through in this thread
// (verify/source.ts), not by a run that stopped at a bad file or sent every file to worker threads.
runBundle(fileURLToPath(new URL('./denizens.cjs', import.meta.url)), {
  textHash: hashes['denizens.cjs'],
  variant: command,
  saveAt: command === 'verify' ? 'ready' : 'exit',
});
