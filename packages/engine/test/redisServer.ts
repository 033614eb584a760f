// A throw-away Redis for tests: Debian's redis-server on a free loopback port, in a temp folder, no persistence.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRedis {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** The redis-server binary: REDIS_SERVER (set by `npm test`'s bootstrap), else the usual places. */
export function redisServerPath(): string {
  for (const c of [process.env.REDIS_SERVER, '/usr/bin/redis-server', '/usr/local/bin/redis-server'])
    if (c && (c === 'redis-server' || existsSync(c))) return c;
  throw new Error(
    "redis-server not found: the queue tests need it. Run `npm test` (it installs Debian's redis-server with apt-get when root), or `sudo apt-get install -y redis-server`, or set REDIS_SERVER.",
  );
}

/** A port that was free a moment ago (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port (polling every 50 ms, for at most `ms`). */
async function waitForPort(port: number, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`redis-server exited at start with code ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const c = createConnection({ host: '127.0.0.1', port }, () => {
        c.end();
        resolve(true);
      });
      c.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server did not listen on port ${port} within ${ms} ms`);
}

/** Starts redis-server on a free port in a fresh temp folder; `stop()` ends it and removes the folder. */
export async function startRedis(): Promise<TestRedis> {
  const bin = redisServerPath();
  const dir = mkdtempSync(join(tmpdir(), 'denizens-redis-'));
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      bin,
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    try {
      await waitForPort(port, child, 10_000);
    } catch (e) {
      child.kill('SIGKILL');
      if (attempt < 2) continue; // the port was taken between freePort and the start: try another
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
    return {
      url: `redis://127.0.0.1:${port}`,
      port,
      stop: async () => {
        if (child.exitCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
          if (child.exitCode === null) child.kill('SIGKILL');
        }
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}
