// Builds the `denizens` command line to plain JavaScript with esbuild: `node packages/engine/scripts/build-cli.mjs`
// (also `pnpm build`; `pnpm denizens` and the tests run it when the build is missing or older than the sources).
// Two bundles, each self-contained (engine, maps, zod, bitecs, seedrandom, commander inside), so the packed package
// needs no dependencies and nothing compiles TypeScript at run time:
//   dist/node/cli/denizens.mjs      the command line
//   dist/node/cli/verifyWorker.mjs  one verification worker thread (verify --jobs N)
// The maps CLI finds its JSON Schema at ../../schema/map.schema.json from its own module, so the schema is copied
// to dist/schema/ (the replay schema beside it).
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ENGINE = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ENGINE, 'dist', 'node', 'cli');

/**
 * zod bundles its error messages in about fifty languages (half of its size, all parsed at every start); the CLI
 * speaks English, so its locale index is replaced by one that exports only `en` (what zod configures by default).
 */
const onlyEnglishZodMessages = {
  name: 'only-english-zod-messages',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';",
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/** Builds both bundles and copies the schemas; resolves when done. */
export async function buildCli() {
  await build({
    entryPoints: {
      denizens: join(ENGINE, 'src/node/main.ts'),
      verifyWorker: join(ENGINE, 'src/node/verify/worker.ts'),
    },
    outdir: CLI_OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    // seedrandom and commander are CommonJS and may `require` Node built-ins.
    plugins: [onlyEnglishZodMessages],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const schema = join(ENGINE, 'dist', 'schema');
  mkdirSync(schema, { recursive: true });
  copyFileSync(join(ENGINE, '..', 'maps', 'schema', 'map.schema.json'), join(schema, 'map.schema.json'));
  copyFileSync(join(ENGINE, 'schema', 'replay.schema.json'), join(schema, 'replay.schema.json'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
