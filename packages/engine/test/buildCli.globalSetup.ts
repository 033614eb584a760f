// Once per test run: build the CLI when it is missing or older than its sources, so the tests that spawn the real
// `denizens` binary run today's code.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, '../scripts/cliBuild.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the CLI failed:\n${r.stdout}${r.stderr}`);
}
