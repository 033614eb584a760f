#!/usr/bin/env node
// The `denizens` command: runs the built CLI (dist/node/cli/denizens-entry.cjs, plain JavaScript: nothing is compiled
// at run time). CommonJS on purpose: Node then starts it without setting up its ES module loader, which a start
// would pay for (about 5% of verifying one replay, issue 11). In a checkout where the CLI has not been built yet, it
// is built first (packages/engine/scripts/build-cli.mjs).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const built = join(__dirname, '..', 'dist', 'node', 'cli', 'denizens-entry.cjs');
if (existsSync(built)) require(built);
else {
  const script = join(__dirname, '..', 'scripts', 'build-cli.mjs');
  if (!existsSync(script)) {
    process.stderr.write('denizens: the built CLI is missing from this package (dist/node/cli/denizens-entry.cjs)\n');
    process.exit(3);
  }
  import(pathToFileURL(script).href).then(({ buildCli }) => buildCli()).then(() => require(built));
}
