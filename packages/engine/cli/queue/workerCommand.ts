// `denizens worker --queue <redis URL> [--jobs N]`: verifies queued replays until stopped.
// --jobs 1 is one worker in this process; --jobs N > 1 runs N such processes under this one, which forwards
// SIGINT/SIGTERM to them and restarts one that died (a replay that kills workers must not empty the pool).
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { ENGINE_VERSION } from '../../src/version';
import { probeRedis, QueueUnreachable } from './producer';
import { workerRulesVersion } from './protocol';
import { DEFAULT_LOCK_MS, DEFAULT_MAX_STALLS, DEFAULT_STALLED_CHECK_MS, startQueueWorker } from './worker';

export interface WorkerCommandOptions {
  url: string;
  jobs?: number;
  lockMs?: number;
  stalledCheckMs?: number;
  maxStalls?: number;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * Resolves on the first SIGINT or SIGTERM (a second one ends the process at once), or, in a process started by
 * `--jobs N`, when its supervisor is gone (the IPC channel closes).
 */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const first = (sig: string) => {
      process.off('SIGINT', first);
      process.off('SIGTERM', first);
      process.off('disconnect', orphaned);
      const again = () => process.exit(130);
      process.once('SIGINT', again);
      process.once('SIGTERM', again);
      resolve(sig);
    };
    const orphaned = () => first('supervisor gone');
    process.on('SIGINT', first);
    process.on('SIGTERM', first);
    if (process.send) process.on('disconnect', orphaned);
  });
}

/** Runs workers until a signal; returns the exit code. */
export async function runWorkerCommand(o: WorkerCommandOptions, io: Io): Promise<number> {
  try {
    await probeRedis(o.url);
  } catch (e) {
    if (e instanceof QueueUnreachable) {
      io.err(`denizens worker: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const jobs = o.jobs ?? availableParallelism();
  return jobs > 1 ? supervise(o, jobs, io) : runOne(o, io);
}

async function runOne(o: WorkerCommandOptions, io: Io): Promise<number> {
  const stop = stopSignal();
  const w = startQueueWorker({
    url: o.url,
    jobs: 1,
    lockMs: o.lockMs,
    stalledCheckMs: o.stalledCheckMs,
    maxStalls: o.maxStalls,
    log: io.err,
  });
  await w.ready;
  io.err(
    `worker ${process.pid}: verifying replays from ${o.url} (rules version ${workerRulesVersion()}, engine ${ENGINE_VERSION}); Ctrl-C finishes the replay in hand, then stops`,
  );
  const sig = await stop;
  io.err(`worker ${process.pid}: ${sig}: finishing the replay in hand…`);
  await w.close();
  io.err(`worker ${process.pid}: stopped after ${w.done()} replays`);
  return 0;
}

async function supervise(o: WorkerCommandOptions, jobs: number, io: Io): Promise<number> {
  const args = [
    ...process.execArgv,
    process.argv[1]!,
    'worker',
    '--queue',
    o.url,
    '--jobs',
    '1',
    '--lock-ms',
    String(o.lockMs ?? DEFAULT_LOCK_MS),
    '--stalled-check-ms',
    String(o.stalledCheckMs ?? DEFAULT_STALLED_CHECK_MS),
    '--max-stalls',
    String(o.maxStalls ?? DEFAULT_MAX_STALLS),
  ];
  let stopping = false;
  const children = new Set<ChildProcess>();
  let allGone: () => void = () => {};
  const start = () => {
    // Its own process group: a Ctrl-C on the terminal reaches this process only, which passes it on once.
    const c = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], detached: true });
    children.add(c);
    c.on('exit', (code, signal) => {
      children.delete(c);
      if (stopping) {
        if (children.size === 0) allGone();
        return;
      }
      io.err(`worker ${c.pid} ended (${signal ?? `exit ${code}`}); starting another`);
      setTimeout(() => !stopping && start(), 500);
    });
  };
  for (let i = 0; i < jobs; i++) start();
  const sig = await stopSignal();
  stopping = true;
  const gone = new Promise<void>((r) => (allGone = r));
  for (const c of children) c.kill(sig === 'SIGINT' ? 'SIGINT' : 'SIGTERM');
  if (children.size > 0) await gone;
  return 0;
}
