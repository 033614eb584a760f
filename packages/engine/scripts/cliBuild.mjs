// Whether the built CLI is missing or older than its sources (engine and maps src, the build script, the lockfile),
// and building it when so. Used by `pnpm denizens` (scripts/denizens.mjs) and the tests' global setup.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, CLI_OUT, CLI_OUTPUTS, ENGINE } from './build-cli.mjs';

const SOURCES = [join(ENGINE, 'src'), join(ENGINE, 'cli'), join(ENGINE, '..', 'maps', 'src'), join(ENGINE, 'scripts')];
const OUTPUTS = CLI_OUTPUTS.map((f) => join(CLI_OUT, f));

function newestIn(dir) {
  let newest = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  }
  return newest;
}

/** True when a bundle is missing or a source file changed after the oldest bundle was written. */
export function cliBuildStale() {
  if (!OUTPUTS.every((f) => existsSync(f))) return true;
  const built = Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs));
  return SOURCES.some((d) => existsSync(d) && newestIn(d) > built);
}

/** Builds the CLI when it is missing or stale; returns whether it built. */
export async function ensureCliBuilt() {
  if (!cliBuildStale()) return false;
  await buildCli();
  return true;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  if (await ensureCliBuilt()) console.log(`built ${CLI_OUT}`);
}
