// dist/node/cli/denizens.mjs, what the `denizens` bin imports: runs the CLI's bundle (denizens.cjs, beside it) with
// a V8 code cache (codeCache.ts), so a start neither parses nor compiles the bundle again.
import { fileURLToPath } from 'node:url';
import { runBundle } from './codeCache';

runBundle(fileURLToPath(new URL('./denizens.cjs', import.meta.url)));
