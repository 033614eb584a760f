// Builds the `denizens` command line to plain JavaScript with esbuild: `node packages/engine/scripts/build-cli.mjs`
// (also `pnpm build`; `pnpm denizens` and the tests run it when the build is missing or older than the sources).
// Three bundles, each self-contained (engine, maps, zod, bitecs, seedrandom, commander inside), so the packed package
// needs no dependencies and nothing compiles TypeScript at run time:
//   dist/node/cli/denizens.mjs      the command line
//   dist/node/cli/verifyWorker.mjs  one verification worker thread (verify --jobs N)
//   dist/node/cli/queue.mjs         the Redis queue (verify --queue, worker), with BullMQ and ioredis inside: the
//                                   command line imports it only for those, so a local run never loads them
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

/**
 * The command line's `import('./queue/index')` stays an import, of the queue bundle beside it, so the queue code
 * (and BullMQ) is neither copied into the command line's bundle nor loaded by it until asked for.
 */
const queueBundleApart = {
  name: 'queue-bundle-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/queue\/index$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './queue.mjs', external: true } : undefined,
    );
  },
};

/** Optional peers of BullMQ that the queue never uses (other Redis clients, telemetry, a native msgpack addon). */
const UNUSED_OPTIONAL = [
  '@valkey/valkey-glide',
  'redis',
  'pg',
  'bullmq-otel',
  'msgpackr-extract',
  '@opentelemetry/api',
];

/** Builds the bundles and copies the schemas; resolves when done. */
export async function buildCli() {
  await build({
    entryPoints: {
      denizens: join(ENGINE, 'cli/main.ts'),
      verifyWorker: join(ENGINE, 'cli/verify/worker.ts'),
      queue: join(ENGINE, 'cli/queue/index.ts'),
    },
    external: UNUSED_OPTIONAL,
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
    plugins: [onlyEnglishZodMessages, queueBundleApart],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const schema = join(ENGINE, 'dist', 'schema');
  mkdirSync(schema, { recursive: true });
  copyFileSync(join(ENGINE, '..', 'maps', 'schema', 'map.schema.json'), join(schema, 'map.schema.json'));
  copyFileSync(join(ENGINE, 'schema', 'replay.schema.json'), join(schema, 'replay.schema.json'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
