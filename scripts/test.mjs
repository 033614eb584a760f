// `npm test`: install what is missing, then run every check: type-check, lint, unit, property and browser tests.
import { ensureChromium, ensureInstalled, pnpm } from './bootstrap.mjs';

ensureInstalled();
process.env.CHROMIUM_PATH = ensureChromium();

const steps = [
  ['type-check (tsc -b)', ['exec', 'tsc', '-b']],
  ['lint (biome)', ['exec', 'biome', 'check', '.']],
  ['tests (vitest: unit, property, replay corpus, browser)', ['exec', 'vitest', 'run']],
];
for (const [name, args] of steps) {
  console.log(`\n=== ${name}`);
  const status = pnpm(args);
  if (status !== 0) {
    console.error(`\n${name} failed.`);
    process.exit(status);
  }
}
console.log('\nAll checks passed.');
