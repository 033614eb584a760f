// `npm test`: install what is missing, then run every check: type-check, lint, unit, property and browser tests
// (Chromium and Firefox).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureFirefox, ensureInstalled, ensureRedis, pnpm, ROOT } from './bootstrap.mjs';

ensureInstalled();
process.env.CHROMIUM_PATH = ensureChromium();
process.env.FIREFOX_PATH = ensureFirefox();
process.env.REDIS_SERVER = ensureRedis();

const report = join(ROOT, 'artifacts', 'vitest-report.json');
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
rmSync(report, { force: true });

const steps = [
  ['type-check (tsc -b)', ['exec', 'tsc', '-b']],
  ['lint (biome)', ['exec', 'biome', 'check', '.']],
  [
    'tests (vitest: unit, property, replay corpus, CLI, browser)',
    ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  ],
];
for (const [name, args] of steps) {
  console.log(`\n=== ${name}`);
  const status = pnpm(args);
  if (status !== 0) {
    summarize();
    console.error(`\n${name} failed.`);
    process.exit(status);
  }
}
summarize();
console.log('All checks passed.');

/** One plain closing line for CI logs: "tests: N passed, N failed". */
function summarize() {
  if (!existsSync(report)) return;
  const r = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
