// `pnpm bench:queue`: replays per second through the Redis queue with 1, 2 and 4 `denizens worker` processes,
// against a local `denizens verify --jobs 1` and `--jobs 2` on the same replays, in one run. Every figure is the
// whole built command on a folder of replays (`denizens verify [--queue URL] dir`, process start included), so the
// ratio queue / local is what the queue costs: the difference per replay is its overhead in milliseconds (sending,
// Redis, the events back). Workers are started and warmed before they are timed (as they run in production: long
// lived). Needs redis-server (docs/verification.md).
//   pnpm bench:queue [--replays N] [--rounds N] [--workers 1,2,4] [--json FILE]
// The figures go to bench/results/queue.json unless --json names another file (committed: the file behind the
// README's queue figures).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startRedis } from '../test/redisServer';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '../bin/denizens.cjs');
const GOLDEN = join(here, '../test/golden');

const { values } = parseArgs({
  options: {
    replays: { type: 'string', default: '270' },
    rounds: { type: 'string', default: '3' },
    workers: { type: 'string', default: '1,2,4' },
    json: { type: 'string', default: join(here, '../../../bench/results/queue.json') },
  },
});
const N = Number(values.replays);
const ROUNDS = Number(values.rounds);
const WORKERS = values.workers.split(',').map(Number);

/** N replays in a folder: the golden corpus over and over (all verify OK: each is a full re-simulation). */
function corpus(dir: string): void {
  const golden = readdirSync(GOLDEN)
    .filter((f) => f.endsWith('.replay.json'))
    .sort();
  for (let i = 0; i < N; i++) {
    const g = golden[i % golden.length]!;
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}-${g}`), readFileSync(join(GOLDEN, g)));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Replays per second of one `denizens verify …args dir` run; the summary must be `expect`. */
function verifyRate(args: string[], dir: string, expect = `${N} replays: ${N} OK`): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'verify', ...args, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  const summary = r.stdout.trim().split('\n').at(-1);
  if (summary !== expect)
    throw new Error(`verify ${args.join(' ')} failed (exit ${r.status}): ${summary}\n${r.stderr}`);
  return (N * 1000) / ms;
}

function timed(label: string, args: string[], dir: string, expect?: string): number[] {
  verifyRate(args, dir, expect); // warm-up (file cache, workers' JIT)
  const rates = Array.from({ length: ROUNDS }, () => verifyRate(args, dir, expect));
  process.stdout.write(
    `${label}: ${median(rates).toFixed(0)} replays/s (min ${Math.min(...rates).toFixed(0)}, max ${Math.max(...rates).toFixed(0)})\n`,
  );
  return rates;
}

function startWorkers(url: string, n: number): Promise<ChildProcess[]> {
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<ChildProcess>((resolve, reject) => {
          const c = spawn(process.execPath, [BIN, 'worker', '--queue', url, '--jobs', '1'], {
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let err = '';
          c.stderr!.on('data', (d) => {
            err += d;
            if (/verifying replays from/.test(err)) resolve(c);
          });
          c.on('exit', (code) => reject(new Error(`worker exited (${code}): ${err}`)));
        }),
    ),
  );
}

async function stopWorkers(ws: ChildProcess[]): Promise<void> {
  await Promise.all(
    ws.map((w) => {
      w.removeAllListeners('exit'); // the start-up's "exited early" rejection
      const gone = new Promise((r) => w.once('exit', r));
      w.kill('SIGTERM');
      return gone;
    }),
  );
}

spawnSync(process.execPath, [join(here, 'cliBuild.mjs')], { stdio: 'inherit' }); // the built CLI, up to date
const redis = await startRedis();
const dir = mkdtempSync(join(tmpdir(), 'denizens-benchq-'));
// The queue's own cost: files that are INVALID at once (no simulation), so nearly all the time is the round trip.
const trivial = mkdtempSync(join(tmpdir(), 'denizens-benchq-trivial-'));
try {
  corpus(dir);
  for (let i = 0; i < N; i++) writeFileSync(join(trivial, `${String(i).padStart(5, '0')}.replay.json`), '{}');
  const allInvalid = `${N} replays: ${N} INVALID`;
  const figures: Record<string, number> = {};
  const local1 = median(timed(`local verify --jobs 1, ${N} replays`, ['--jobs', '1'], dir));
  const local2 = median(timed('local verify --jobs 2', ['--jobs', '2'], dir));
  figures['queue.local1.replaysPerSec'] = local1;
  figures['queue.local2.replaysPerSec'] = local2;
  for (const w of WORKERS) {
    const ws = await startWorkers(redis.url, w);
    const rate = median(timed(`verify --queue, ${w} worker process${w > 1 ? 'es' : ''}`, ['--queue', redis.url], dir));
    if (w === 1) {
      const q = median(
        timed('  trivial replays through the queue, 1 worker', ['--queue', redis.url], trivial, allInvalid),
      );
      const l = median(timed('  trivial replays, local --jobs 1', ['--jobs', '1'], trivial, allInvalid));
      figures['queue.roundTripMsPerReplay'] = 1000 / q - 1000 / l;
      process.stdout.write(`  the queue's cost: ${(1000 / q - 1000 / l).toFixed(2)} ms per replay (trivial replays)\n`);
    }
    await stopWorkers(ws);
    figures[`queue.workers${w}.replaysPerSec`] = rate;
    figures[`queue.workers${w}.ratioToLocal1`] = rate / local1;
    process.stdout.write(
      `  ${(rate / local1).toFixed(2)}× local --jobs 1, ${(rate / local2).toFixed(2)}× local --jobs 2\n`,
    );
  }
  mkdirSync(dirname(values.json), { recursive: true });
  const run = { 'run.date': new Date().toISOString(), 'run.replays': N, 'run.rounds': ROUNDS };
  writeFileSync(values.json, `${JSON.stringify({ ...run, ...figures }, null, 2)}\n`);
  process.stdout.write(`wrote ${values.json}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(trivial, { recursive: true, force: true });
  await redis.stop();
}
