// `pnpm mutate [--only <folder>] [--concurrency N] [--whole]`: mutation testing (StrykerJS), folder by folder;
// a folder with `parts` (scripts/mutateFolders.mjs) is run part by part first, unless --whole.
// Incremental: each folder keeps reports/mutation/<folder>.incremental.json, so a re-run tests again
// only the mutants whose code or covering tests changed. Prints each folder's score; the HTML report
// is reports/mutation/<folder>.html. Slow (minutes per folder): not part of `npm test`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm, ROOT } from './bootstrap.mjs';
import { MUTATE_FOLDERS } from './mutateFolders.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = opt('--only');
const concurrency = opt('--concurrency') ?? '1';
if (only && !MUTATE_FOLDERS[only]) {
  console.error(`unknown folder "${only}": one of ${Object.keys(MUTATE_FOLDERS).join(', ')}`);
  process.exit(2);
}
const folders = only ? [only] : Object.keys(MUTATE_FOLDERS);
const scores = [];
let failed = false;
for (const folder of folders) {
  const env = { ...process.env, MUTATE_FOLDER: folder, MUTATE_CONCURRENCY: concurrency };
  for (const part of args.includes('--whole') ? [] : (MUTATE_FOLDERS[folder].parts ?? [])) {
    console.log(`\n=== mutation testing: ${folder}, part ${part}`);
    if (pnpm(['exec', 'stryker', 'run', 'stryker.config.mjs', '--mutate', part], { env }) !== 0) failed = true;
  }
  console.log(`\n=== mutation testing: ${folder}`);
  const status = pnpm(['exec', 'stryker', 'run', 'stryker.config.mjs'], { env });
  if (status !== 0) failed = true;
  scores.push([folder, score(folder)]);
}
console.log('\nfolder       killed  survived  timeout  no-cov  score');
for (const [folder, s] of scores) {
  if (!s) console.log(`${folder.padEnd(12)} (no report)`);
  else
    console.log(
      `${folder.padEnd(12)} ${String(s.killed).padStart(6)}  ${String(s.survived).padStart(8)}  ${String(s.timeout).padStart(7)}  ${String(s.noCoverage).padStart(6)}  ${s.score.toFixed(1)}%`,
    );
}
process.exit(failed ? 1 : 0);

/** Counts from a folder's JSON report (mutation-testing-elements schema). */
function score(folder) {
  const file = join(ROOT, 'reports', 'mutation', `${folder}.json`);
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const n = { killed: 0, survived: 0, timeout: 0, noCoverage: 0 };
  for (const f of Object.values(report.files)) {
    for (const m of f.mutants) {
      if (m.status === 'Killed') n.killed++;
      else if (m.status === 'Survived') n.survived++;
      else if (m.status === 'Timeout') n.timeout++;
      else if (m.status === 'NoCoverage') n.noCoverage++;
    }
  }
  const detected = n.killed + n.timeout;
  const valid = detected + n.survived + n.noCoverage;
  return { ...n, score: valid ? (100 * detected) / valid : 100 };
}
