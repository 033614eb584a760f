// Builds the `denizens` command line to plain JavaScript with esbuild: `node packages/engine/scripts/build-cli.mjs`
// (also `pnpm build`; `pnpm denizens` and the tests run it when the build is missing or older than the sources).
// Each bundle is self-contained (engine, maps, zod, bitecs, seedrandom, commander inside), so the packed package
// needs no dependencies and nothing compiles TypeScript at run time. In dist/node/cli/:
//   denizens-entry.cjs  what the bin requires (cli/entry.ts): runs denizens.cjs with a V8 code cache (cli/codeCache.ts);
//                     CommonJS, like the bin, so that a start does not set up Node's ES module loader
//   denizens.cjs      the command line (cli/main.ts), CommonJS so that it can be compiled with a code cache
//   verifyWorker.mjs  one verification worker thread (verify --jobs N): runs verifyWorker.cjs the same way
//   verifyWorker.cjs  the worker's code (cli/verify/worker.ts)
//   queue.mjs         the Redis queue (verify --queue, worker), with BullMQ and ioredis inside: the command line
//                     imports it only for those (cli/loadQueue.ts), so a local run never loads them
// The maps CLI finds its JSON Schema at ../../schema/map.schema.json from its own module, so the schema is copied
// to dist/schema/ (the replay schema beside it). Code caches are written at run time to dist/code-cache/.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ENGINE = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ENGINE, 'dist', 'node', 'cli');
/** Every file the build writes (cliBuild.mjs compares their age with the sources'). */
export const CLI_OUTPUTS = ['denizens-entry.cjs', 'denizens.cjs', 'verifyWorker.mjs', 'verifyWorker.cjs', 'queue.mjs'];

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
 * cli/loadQueue.ts imports the queue from the queue bundle beside the command line's (through the loader's
 * `__importBeside`: a vm.Script cannot `import()`), so the queue code (and BullMQ) is neither copied into the
 * command line's bundle nor loaded by it until asked for.
 */
const queueBundleApart = {
  name: 'queue-bundle-apart',
  setup(b) {
    b.onLoad({ filter: /[\\/]cli[\\/]loadQueue\.ts$/ }, () => ({
      contents: "export const loadQueue = () => __importBeside('./queue.mjs');",
      loader: 'js',
    }));
  },
};

/**
 * The built-in maps validated once, here (validateMap fills in defaults, so the result is not the raw file), and
 * cli/verify/builtinMaps.ts replaced by them in the bundles: a start then validates none of the maps it ships with.
 * A built-in map that does not validate stops the build.
 */
async function validatedBuiltinsPlugin() {
  const probe = await build({
    stdin: {
      contents: `import { BUILTIN_MAPS, formatIssue, validateMap } from '@denizens/maps';
        const out = {};
        for (const [id, raw] of Object.entries(BUILTIN_MAPS)) {
          const r = validateMap(raw, id);
          if (!r.ok) throw new Error('built-in map ' + id + ' is not valid: ' + r.issues.map(formatIssue).join('; '));
          out[id] = r.map;
        }
        export default JSON.stringify(out);`,
      resolveDir: join(ENGINE, 'cli'),
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = probe.outputFiles[0].text;
  const { default: json } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return {
    name: 'validated-builtin-maps',
    setup(b) {
      b.onLoad({ filter: /[\\/]cli[\\/]verify[\\/]builtinMaps\.ts$/ }, () => ({
        contents: `const VALID = ${json};
export function validatedBuiltin(id) { return Object.hasOwn(VALID, id) ? VALID[id] : undefined; }`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The modules that build zod schemas when they are evaluated (and those that read the schemas at their top level).
 * In the CommonJS bundles each becomes a stand-in whose exports evaluate the real module on first use, so a start
 * builds no schema that the command does not use: verifying a replay on a built-in map builds only the replay's.
 */
const LAZY_MODULES =
  /[\\/]packages[\\/](maps[\\/]src[\\/](format|story|formatMap|salvage|structural|jsonSchema|tiled[\\/]tiledSchema)|engine[\\/]src[\\/](replay[\\/](format|jsonSchema)|save[\\/]serialize))\.ts$/;

/** The names a module exports (esbuild reads them; types are not among them). */
async function exportNames(path) {
  const r = await build({
    entryPoints: [path],
    write: false,
    metafile: true,
    format: 'esm',
    outdir: join(ENGINE, 'dist', 'tmp'),
    logLevel: 'warning',
  });
  return Object.values(r.metafile.outputs)[0].exports;
}

/**
 * Imports of a LAZY_MODULES file resolve to a stand-in (namespace `lazy-standin`): a CommonJS module whose every
 * export is a getter that `require`s the real module (namespace `lazy-real`) the first time one is read. esbuild
 * compiles a `require` of an ES module to a call of its initialiser, so the real module runs then, not at start.
 * (Importers read a CommonJS module's exports as properties where they use them, so the getters stay lazy.)
 */
const lazySchemaModules = {
  name: 'lazy-schema-modules',
  setup(b) {
    b.onResolve({ filter: /^lazy-real:/ }, (args) => ({
      path: args.path.slice('lazy-real:'.length),
      namespace: 'lazy-real',
    }));
    b.onResolve({ filter: /^\.{1,2}\// }, async (args) => {
      if (args.pluginData?.lazyResolving) return undefined;
      const r = await b.resolve(args.path, {
        resolveDir: args.resolveDir,
        kind: args.kind,
        importer: args.importer,
        pluginData: { lazyResolving: true },
      });
      if (r.errors.length > 0 || !LAZY_MODULES.test(r.path)) return undefined;
      return { path: r.path, namespace: 'lazy-standin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-real' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'ts',
      resolveDir: dirname(args.path),
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-standin' }, async (args) => {
      const names = await exportNames(args.path);
      const real = JSON.stringify(`lazy-real:${args.path}`);
      return {
        loader: 'js',
        resolveDir: dirname(args.path),
        contents: [
          `let real; const load = () => (real ??= require(${real}));`,
          ...names.map(
            (n) =>
              `Object.defineProperty(exports, ${JSON.stringify(n)}, { enumerable: true, get: () => load()[${JSON.stringify(n)}] });`,
          ),
        ].join('\n'),
      };
    });
  },
};

/**
 * commander requires node:child_process when it loads, for commands that are programs of their own, which the CLI
 * has none of; in the CommonJS bundles it gets a stand-in that loads the module only if it is ever used.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      loader: 'js',
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
    }));
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

const common = {
  external: UNUSED_OPTIONAL,
  outdir: CLI_OUT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/** Builds the bundles and copies the schemas; resolves when done. */
export async function buildCli() {
  const validatedBuiltins = await validatedBuiltinsPlugin();
  // The two big bundles: CommonJS bodies, run by cli/codeCache.ts as the body of a function whose parameters
  // give them CommonJS's names and their own URL (`import.meta.url`) and `__importBeside`.
  await build({
    ...common,
    entryPoints: { denizens: join(ENGINE, 'cli/main.ts'), verifyWorker: join(ENGINE, 'cli/verify/worker.ts') },
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    define: { 'import.meta.url': '__bundleUrl' },
    plugins: [onlyEnglishZodMessages, queueBundleApart, validatedBuiltins, lazySchemaModules, lazyChildProcess],
  });
  // Each bundle's hash, given to its entry (the code cache's key: no hashing of the bundle at every start).
  const hashOf = (f) =>
    createHash('sha256')
      .update(readFileSync(join(CLI_OUT, f)))
      .digest('hex')
      .slice(0, 20);
  const hashes = { 'denizens.cjs': hashOf('denizens.cjs'), 'verifyWorker.cjs': hashOf('verifyWorker.cjs') };
  // The command line's entry (the loader inside): CommonJS, required by the bin, its own URL made from __filename.
  await build({
    ...common,
    entryPoints: { 'denizens-entry': join(ENGINE, 'cli/entry.ts') },
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    define: { __BUNDLE_HASHES__: JSON.stringify(hashes), 'import.meta.url': '__entryUrl' },
    banner: { js: 'const __entryUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  // The worker thread's ES module entry (the loader inside) and the queue.
  await build({
    ...common,
    entryPoints: {
      verifyWorker: join(ENGINE, 'cli/verify/workerEntry.ts'),
      queue: join(ENGINE, 'cli/queue/index.ts'),
    },
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    define: { __BUNDLE_HASHES__: JSON.stringify(hashes) },
    plugins: [onlyEnglishZodMessages, validatedBuiltins],
    // seedrandom and commander are CommonJS and may `require` Node built-ins.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const schema = join(ENGINE, 'dist', 'schema');
  mkdirSync(schema, { recursive: true });
  copyFileSync(join(ENGINE, '..', 'maps', 'schema', 'map.schema.json'), join(schema, 'map.schema.json'));
  copyFileSync(join(ENGINE, 'schema', 'replay.schema.json'), join(schema, 'replay.schema.json'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
