// `pnpm denizens …` from anywhere in the checkout: builds the CLI first when it is missing or older than its sources,
// then runs it in the directory the command was typed in (pnpm runs scripts from the repository root and passes
// the user's directory as INIT_CWD), so relative paths mean what the user meant.
import { createRequire } from 'node:module';
import { ensureCliBuilt } from '../packages/engine/scripts/cliBuild.mjs';

await ensureCliBuilt();
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
createRequire(import.meta.url)('../packages/engine/dist/node/cli/denizens-entry.cjs');
