import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cacheDirs, runBundle, saveCodeCacheNow } from './codeCache';
import { tempDir } from './testSupport';

/** A small CommonJS bundle in its own folder, with the package layout the loader expects (dist/node/cli/). */
function bundle(body: string): { file: string; cacheDir: string } {
  const root = tempDir();
  const dir = join(root, 'dist', 'node', 'cli');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'b.cjs');
  writeFileSync(file, body);
  return { file, cacheDir: join(root, 'dist', 'code-cache') };
}

const BODY = `function twice(x) { return 2 * x; }
module.exports = { n: twice(21), url: __bundleUrl, importBeside: __importBeside, filename: __filename };`;

/** The environment of a run with the cache in the package's own folder. */
const env = { HOME: '/nonexistent-home' };

describe('running a bundle with a V8 code cache', () => {
  it('runs the bundle as CommonJS with its own URL, and writes a cache that the next run uses', () => {
    const { file, cacheDir } = bundle(BODY);
    const first = runBundle(file, { env });
    expect(first.exports).toMatchObject({ n: 42, url: pathToFileURL(file).href, filename: file });
    expect(first.cache).toBe('missing');
    saveCodeCacheNow();
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const second = runBundle(file, { env });
    expect(second.cache).toBe('used');
    expect(second.exports).toMatchObject({ n: 42 });
  });

  it('never reads the cache of another text of the bundle, and drops that stale cache when it writes', () => {
    const { file, cacheDir } = bundle(BODY);
    runBundle(file, { env });
    saveCodeCacheNow();
    const old = readdirSync(cacheDir);
    writeFileSync(file, BODY.replace('2 * x', '3 * x'));
    const changed = runBundle(file, { env });
    expect(changed.cache).toBe('missing');
    expect(changed.exports).toMatchObject({ n: 63 });
    saveCodeCacheNow();
    const now = readdirSync(cacheDir);
    expect(now).toHaveLength(1);
    expect(now).not.toEqual(old);
  });

  it('keeps a cache per variant (command); the first cache of a new build drops those of the old one', () => {
    const { file, cacheDir } = bundle(BODY);
    runBundle(file, { env, variant: 'verify' });
    saveCodeCacheNow();
    runBundle(file, { env, variant: 'maps' });
    saveCodeCacheNow();
    expect(runBundle(file, { env, variant: 'verify' }).cache).toBe('used');
    expect(runBundle(file, { env, variant: 'maps' }).cache).toBe('used');
    expect(readdirSync(cacheDir)).toHaveLength(2);
    writeFileSync(file, BODY.replace('2 * x', '4 * x'));
    runBundle(file, { env, variant: 'verify' });
    saveCodeCacheNow();
    const now = readdirSync(cacheDir);
    expect(now).toHaveLength(1);
    expect(now[0]).toContain('-verify-');
  });

  it('keys the cache by the V8 flags too', () => {
    const { file } = bundle(BODY);
    runBundle(file, { env, execArgv: [] });
    saveCodeCacheNow();
    expect(runBundle(file, { env, execArgv: ['--cpu-prof'] }).cache).toBe('missing');
  });

  it('in a process of its own: the cache is written at exit, used by the next process; a damaged one is refused and rewritten', () => {
    // (in this process V8 would reuse its in-memory compilation of the same text and never look at the cache)
    const { file, cacheDir } = bundle(BODY);
    const probe = join(file, '..', 'probe.mts');
    writeFileSync(
      probe,
      `import { runBundle } from ${JSON.stringify(join(import.meta.dirname, 'codeCache.ts'))};
const r = runBundle(process.argv[2], { saveAt: process.argv[3] });
console.log(JSON.stringify({ cache: r.cache, n: r.exports.n }));`,
    );
    const run = (saveAt = 'exit') => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', probe, file, saveAt], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as { cache: string; n: number };
    };
    // saveAt 'ready': nothing is written at exit unless the bundle says it did typical work
    expect(run('ready')).toEqual({ cache: 'missing', n: 42 });
    expect(run()).toEqual({ cache: 'missing', n: 42 });
    expect(run()).toEqual({ cache: 'used', n: 42 });
    const name = readdirSync(cacheDir)[0]!;
    const bytes = readFileSync(join(cacheDir, name));
    bytes.fill(7, 0, 64);
    writeFileSync(join(cacheDir, name), bytes);
    expect(run()).toEqual({ cache: 'rejected', n: 42 });
    expect(run()).toEqual({ cache: 'used', n: 42 });
  });

  it('DENIZENS_CODE_CACHE=0 reads and writes nothing', () => {
    const { file, cacheDir } = bundle(BODY);
    const r = runBundle(file, { env: { ...env, DENIZENS_CODE_CACHE: '0' } });
    expect(r.cache).toBe('off');
    saveCodeCacheNow();
    expect(() => readdirSync(cacheDir)).toThrow();
  });

  it("writes to the user's cache folder when the package's cannot be written, and reads it from there", () => {
    const { file, cacheDir } = bundle(BODY);
    writeFileSync(cacheDir, 'a file where the folder would be'); // (a read-only install; root ignores modes)
    const xdg = tempDir();
    const e = { ...env, XDG_CACHE_HOME: xdg };
    expect(cacheDirs(file, e)).toEqual([cacheDir, join(xdg, 'denizens', 'code-cache')]);
    runBundle(file, { env: e });
    saveCodeCacheNow();
    expect(readdirSync(join(xdg, 'denizens', 'code-cache'))).toHaveLength(1);
    expect(runBundle(file, { env: e }).cache).toBe('used');
  });

  it('DENIZENS_CODE_CACHE_DIR names the one folder to use', () => {
    const { file } = bundle(BODY);
    const dir = join(tempDir(), 'cc');
    runBundle(file, { env: { ...env, DENIZENS_CODE_CACHE_DIR: dir } });
    saveCodeCacheNow();
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
