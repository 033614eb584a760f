// Running a built CommonJS bundle with a V8 code cache (issue 11: cold start). Node 20 has no compile cache for
// modules, so the bundles (dist/node/cli/*.cjs) are compiled as a vm.Script with `cachedData`: the first run
// compiles, runs, and at exit stores V8's code cache (the bytecode of every function that ran); later runs skip
// parsing and compiling. The cache file's name holds a hash of the bundle's text, the Node version and architecture
// and the V8 flags, so a rebuilt bundle or another Node never reads a stale cache (V8 also refuses one that does
// not fit, and then it is rewritten). Any failure to read or write a cache is silent: the cache only saves time.
//
// Where: DENIZENS_CODE_CACHE_DIR when set; else dist/code-cache/ in the package (not in the packed files); else,
// when that is not writable (a read-only install), the user's own cache folder ($XDG_CACHE_HOME or ~/.cache)
// /denizens/code-cache. DENIZENS_CODE_CACHE=0 turns it off (benchmarks compare both).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/** What a bundle's code gets besides CommonJS's own arguments. */
export interface BundleScope {
  /** The bundle's file URL (the bundle's `import.meta.url`). */
  bundleUrl: string;
  /** Loads an ES module beside the bundle (a vm.Script cannot `import()` by itself). */
  importBeside: (name: string) => Promise<unknown>;
}

const SAVE = Symbol.for('denizens.codeCache.save');

/**
 * Writes this thread's bundle's code cache now, when it is missing or was refused (else does nothing). A worker
 * thread calls it once it has done typical work: a terminated worker may not get to run exit handlers.
 */
export function saveCodeCacheNow(): void {
  const save = (globalThis as Record<symbol, unknown>)[SAVE];
  if (typeof save === 'function') save();
}

/** The wrapper's parameters, in order: the bundle is compiled as the body of this function. */
const PARAMS = ['exports', 'require', 'module', '__filename', '__dirname', '__bundleUrl', '__importBeside'];

export interface CodeCacheOptions {
  /** The environment to read DENIZENS_CODE_CACHE(_DIR), XDG_CACHE_HOME from. */
  env?: NodeJS.ProcessEnv;
  /** The V8 flags the process runs with (part of the cache's key). */
  execArgv?: readonly string[];
  /** A hash of the bundle's text made when it was built (else it is hashed here, which costs a few ms). */
  textHash?: string;
  /**
   * Which use of the bundle this is (e.g. the command run): each has a cache of its own, holding the functions
   * that use compiled (a cache made by `--help` would lack everything `verify` runs).
   */
  variant?: string;
  /**
   * When to write a missing or refused cache: at exit (default), or only when the bundle calls saveCodeCacheNow()
   * after typical work (a verification that checked a replay through), so that a run that stopped early on a bad
   * input does not leave a cache without the code a normal run needs.
   */
  saveAt?: 'exit' | 'ready';
}

/** The folders to try, in order: the first with a cache file is read, the first writable one is written. */
export function cacheDirs(bundleFile: string, env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.DENIZENS_CODE_CACHE_DIR) return [env.DENIZENS_CODE_CACHE_DIR];
  const pkg = join(dirname(bundleFile), '..', '..', 'code-cache');
  const user = join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'denizens', 'code-cache');
  return [pkg, user];
}

/** The cache file's name for this bundle text (or its build-time hash) under this Node and these flags. */
export function cacheName(
  bundleFile: string,
  source: string,
  execArgv: readonly string[] = process.execArgv,
  textHash?: string,
  variant = 'all',
): string {
  const text =
    textHash ?? process.getBuiltinModule('node:crypto').createHash('sha256').update(source).digest('hex').slice(0, 20);
  const where = fnv1a(`${source.length}\0${process.version}\0${process.arch}\0${execArgv.join(' ')}`);
  return `${basename(bundleFile)}-${variant.replace(/[^a-z0-9]/gi, '_')}-${where}-${text}.v8`;
}

/** FNV-1a, 32 bits, as 8 hex digits (a short name for the Node version, architecture and flags). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The result of running a bundle: its exports, and whether a cache was used or refused. */
export interface BundleRun {
  exports: unknown;
  cache: 'off' | 'used' | 'missing' | 'rejected';
}

/**
 * Runs the CommonJS bundle `bundleFile` in this thread with a code cache; the cache is written when this thread
 * exits (when it was missing or refused), so it holds every function the run compiled.
 */
export function runBundle(bundleFile: string, opts: CodeCacheOptions = {}): BundleRun {
  const env = opts.env ?? process.env;
  const source = readFileSync(bundleFile, 'utf8');
  const bundleUrl = pathToFileURL(bundleFile).href;
  const off = env.DENIZENS_CODE_CACHE === '0';
  const name = cacheName(bundleFile, source, opts.execArgv ?? process.execArgv, opts.textHash, opts.variant);
  const dirs = off ? [] : cacheDirs(bundleFile, env);
  let cachedData: Buffer | undefined;
  for (const d of dirs) {
    cachedData = readOrUndefined(join(d, name));
    if (cachedData) break;
  }
  const script = new Script(`(function (${PARAMS.join(', ')}) {${source}\n})`, {
    filename: bundleFile,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache: BundleRun['cache'] = off
    ? 'off'
    : !cachedData
      ? 'missing'
      : script.cachedDataRejected
        ? 'rejected'
        : 'used';
  if (cache === 'missing' || cache === 'rejected') {
    let saved = false;
    const save = () => {
      if (saved) return;
      saved = true;
      writeCache(script, dirs, name);
    };
    if (opts.saveAt !== 'ready') process.once('exit', save);
    (globalThis as Record<symbol, unknown>)[SAVE] = save;
  }
  const module = { exports: {} as unknown };
  const importBeside = (file: string) => import(new URL(file, bundleUrl).href);
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  fn(
    module.exports,
    createRequire(bundleFile),
    module,
    bundleFile,
    dirname(bundleFile),
    bundleUrl,
    importBeside satisfies BundleScope['importBeside'],
  );
  return { exports: module.exports, cache };
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Removes the caches of earlier builds of the same bundle (any variant and flags: only the text's hash, the last
 * part of the name, tells them apart) and temporary files left by a writer that was stopped.
 */
function removeStale(dir: string, keep: string): void {
  const bundle = keep.slice(0, keep.indexOf('-') + 1);
  const text = keep.slice(keep.lastIndexOf('-'));
  for (const f of readdirSync(dir)) {
    const old = f.startsWith(bundle) && f.endsWith('.v8') && !f.endsWith(text);
    const leftOver = f.startsWith(`.${bundle}`) && f.endsWith('.tmp') && !f.includes(`.v8.${process.pid}.`);
    if (old || leftOver) rmSync(join(dir, f), { force: true });
  }
}

/** Writes the code cache through a temporary file (several processes or threads may write the same one). */
function writeCache(script: Script, dirs: readonly string[], name: string): void {
  let data: Buffer;
  try {
    data = script.createCachedData();
  } catch {
    return;
  }
  for (const d of dirs) {
    const tmp = join(d, `.${name}.${process.pid}.${process.getBuiltinModule('node:worker_threads').threadId}.tmp`);
    try {
      if (!existsSync(d)) mkdirSync(d, { recursive: true, mode: 0o700 });
      writeFileSync(tmp, data, { mode: 0o600 });
      renameSync(tmp, join(d, name));
      removeStale(d, name);
      return;
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing more to clean
      }
    }
  }
}
