#!/usr/bin/env node
// The `denizens` command: runs the built CLI (dist/node/cli/denizens.mjs, plain JavaScript: nothing is compiled at
// run time). In a checkout where it has not been built yet, it is built first (packages/engine/scripts/build-cli.mjs).
import { existsSync } from 'node:fs';

const built = new URL('../dist/node/cli/denizens.mjs', import.meta.url);
if (!existsSync(built)) {
  const script = new URL('../scripts/build-cli.mjs', import.meta.url);
  if (!existsSync(script)) {
    process.stderr.write('denizens: the built CLI is missing from this package (dist/node/cli/denizens.mjs)\n');
    process.exit(3);
  }
  const { buildCli } = await import(script.href);
  await buildCli();
}
await import(built.href);
