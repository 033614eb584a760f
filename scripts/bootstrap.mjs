// Shared by `npm start` and `npm test`: make a fresh machine (Node 20+ and npm only) ready.
// Plain Node, no dependencies: this file runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM_VERSION = '12.21.0';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `Denizens needs Node.js 20.19 or newer (this is ${process.versions.node}). Install a newer Node.js and run the command again.`,
  );
  process.exit(1);
}

/** Runs a command with inherited output; returns its exit status. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, shell: process.platform === 'win32', ...opts });
  if (r.error) {
    console.error(`could not run ${cmd}: ${r.error.message}`);
    return 127;
  }
  return r.status ?? 1;
}

function works(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'pipe', cwd: ROOT, shell: process.platform === 'win32' });
  return !r.error && r.status === 0 ? String(r.stdout).trim() : null;
}

/** The pnpm to use: a pnpm already on PATH of the pinned major, else the pinned one through npx (no global install). */
export function pnpmCommand() {
  const have = works('pnpm', ['--version']);
  if (have && have.split('.')[0] === PNPM_VERSION.split('.')[0]) return { cmd: 'pnpm', pre: [] };
  return { cmd: 'npx', pre: ['--yes', `pnpm@${PNPM_VERSION}`] };
}

export function pnpm(args, opts) {
  const p = pnpmCommand();
  return run(p.cmd, [...p.pre, ...args], opts);
}

/** Installs the workspace's dependencies from the lockfile (fast when nothing changed). */
export function ensureInstalled() {
  const status = pnpm(['install', '--frozen-lockfile', '--reporter=append-only'], {
    env: { ...process.env, PNPM_CONFIG_CONFIRM_MODULES_PURGE: 'false' },
  });
  if (status !== 0) {
    console.error(
      '\nInstalling dependencies failed (see above). Check the network to the npm registry and run the command again.',
    );
    process.exit(status);
  }
}

let aptUpdated = false;

/** Installs a Debian package with apt-get when root (running `apt-get update` once first); true when it worked. */
function aptInstall(pkg, what) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`${what} not found: installing Debian's ${pkg} package with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    if (run('apt-get', ['update', '-qq'], { env }) !== 0) return false;
    aptUpdated = true;
  }
  return run('apt-get', ['install', '-y', '-qq', pkg], { env }) === 0;
}

/** Finds Chromium for the browser tests: CHROMIUM_PATH, /usr/bin/chromium, or Debian's package installed with apt-get when root. */
export function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  if (aptInstall('chromium', 'Chromium (about a minute)') && existsSync('/usr/bin/chromium'))
    return '/usr/bin/chromium';
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  Or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the command again.',
  );
  process.exit(1);
}

/** Finds Firefox for the second-engine browser test: FIREFOX_PATH, /usr/bin/firefox-esr, or Debian's firefox-esr installed with apt-get when root. */
export function ensureFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  if (aptInstall('firefox-esr', 'Firefox (about a minute)') && existsSync('/usr/bin/firefox-esr'))
    return '/usr/bin/firefox-esr';
  console.error(
    'The browser tests need Firefox (a second JavaScript engine) and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y firefox-esr\n' +
      '  Or point FIREFOX_PATH at a Firefox binary, then run the command again.',
  );
  process.exit(1);
}

/**
 * Finds redis-server for the distributed-verification tests (they start their own server on a free port):
 * REDIS_SERVER, redis-server on PATH, or Debian's package installed with apt-get when root.
 */
export function ensureRedis() {
  const candidates = [process.env.REDIS_SERVER, '/usr/bin/redis-server', '/usr/local/bin/redis-server'].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  const onPath = works('redis-server', ['--version']) !== null;
  if (onPath) return 'redis-server';
  if (aptInstall('redis-server', 'redis-server') && existsSync('/usr/bin/redis-server')) return '/usr/bin/redis-server';
  console.error(
    'The distributed-verification tests need Redis (redis-server) and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install -y redis-server   (the tests start their own server; no service needed)\n' +
      '  Or point REDIS_SERVER at a redis-server binary (Redis 6.2 or newer), then run the command again.',
  );
  process.exit(1);
}
