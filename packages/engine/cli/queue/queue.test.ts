// Distributed verification against a real Redis (Debian's redis-server on a free port) with real worker
// PROCESSES (`denizens worker`, spawned): same verdicts as a local run, nothing lost when a worker dies,
// faults and refusals as verdicts. Each test starts its own workers and stops them.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_VERSION, REPLAY_VERSION } from '../../src/version';
import { startRedis, type TestRedis } from '../../test/redisServer';
import { runCli } from '../cli';
import { EXIT } from '../exitCodes';
import { QUEUE_NAME } from './protocol';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '../../bin/denizens.cjs');
const GOLDEN = join(here, '../../test/golden');

let redis: TestRedis;
const dir = mkdtempSync(join(tmpdir(), 'denizens-queue-'));
const corpus = join(dir, 'corpus');
let files: string[] = [];
const running = new Set<ChildProcess>();

/** 200 replays from the golden corpus: untouched copies and seven kinds of tampering (diverged, illegal, invalid). */
function makeCorpus(): string[] {
  mkdirSync(corpus);
  const golden = readdirSync(GOLDEN)
    .filter((f) => f.endsWith('.replay.json'))
    .sort();
  const out: string[] = [];
  for (let i = 0; i < 200; i++) {
    const g = golden[i % golden.length]!;
    const text = readFileSync(join(GOLDEN, g), 'utf8');
    const r = JSON.parse(text);
    const kind = Math.floor(i / golden.length) % 8;
    let body: string;
    switch (kind) {
      case 1:
        r.hashes[7] = '0000000000000000';
        break;
      case 2:
        r.result.hash = 'ffffffffffffffff';
        break;
      case 3:
        r.commands[3] = { ...r.commands[3], to: { x: 0, y: 0 } };
        break;
      case 5:
        r.version = REPLAY_VERSION + 7;
        break;
      case 6:
        r.commands = r.commands.slice(0, -5);
        break;
      case 7:
        r.seed = 424242;
        break;
    }
    if (kind === 4) body = text.slice(0, text.length >> 1);
    else body = kind === 0 ? text : JSON.stringify(r);
    const file = join(corpus, `${String(i).padStart(3, '0')}-k${kind}-${g}`);
    writeFileSync(file, body);
    out.push(file);
  }
  return out;
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

interface Proc {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Proc {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Short locks so a dead worker's job comes back within seconds (production defaults: 60 s and 30 s). */
const FAST = ['--lock-ms', '1500', '--stalled-check-ms', '500'];
/**
 * A worker verifies in its main thread, so a replay that takes longer than the lock to verify (a ruins replay on
 * this shared machine under load can) is seen as stalled: tests whose point is not a dead worker use long locks.
 */
const LONG_LOCK = ['--lock-ms', '20000'];
/** The corpus's untouched training replays (the quickest to verify: safe under a short lock). */
const training = () => files.filter((f) => /-k0-training-/.test(f));

/** A `denizens worker` process, resolved once it is connected and taking jobs. */
async function startWorker(env: NodeJS.ProcessEnv = {}, extra: string[] = []): Promise<Proc> {
  const p = run(['worker', '--queue', redis.url, '--jobs', '1', ...FAST, ...extra], env);
  await until(() => {
    if (p.child.exitCode !== null) throw new Error(`worker exited early: ${p.stderr()}`);
    return /verifying replays from/.test(p.stderr());
  }, 'a worker starts');
  return p;
}

async function until(ok: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function stop(p: Proc): Promise<number | null> {
  p.child.kill('SIGTERM');
  return p.exited;
}

/** A local, in-process run (one thread): what `--queue` must reproduce. */
async function local(args: string[]) {
  const c = capture();
  const code = await runCli(['verify', '--jobs', '1', ...args], c.io);
  return { code, out: c.out, err: c.err };
}

/** `verify --queue` in this process (the producer's code is the same; spawning it would only add start-up time). */
async function queued(args: string[]) {
  const c = capture();
  const code = await runCli(['verify', '--queue', redis.url, ...args], c.io);
  return { code, out: c.out, err: c.err };
}

/** The producer's notes (no worker connected yet…) are not verdicts. */
const notes = (err: string[]) => err.filter((l) => !l.startsWith('waiting:'));

beforeAll(async () => {
  redis = await startRedis();
  files = makeCorpus();
}, 30_000);

/** Whatever a test left running (it failed before stopping it) is killed, and Redis emptied for the next test. */
afterEach(async () => {
  const left = [...running].map((c) => new Promise((r) => c.once('exit', r)));
  for (const c of running) c.kill('SIGKILL');
  await Promise.all(left);
  const q = new Queue(QUEUE_NAME, { connection: { url: redis.url } });
  await q.obliterate({ force: true });
  await q.close();
});

afterAll(async () => {
  await redis?.stop();
});

describe('verify --queue with two worker processes', () => {
  it('gives the same verdict lines and exit code as a local run for 200 golden and tampered replays', async () => {
    // Long locks here: on a loaded machine a 1.5 s lock can lapse mid-replay and the job run twice (harmless,
    // but this test counts that each replay ran exactly once).
    const workers = await Promise.all([startWorker({}, LONG_LOCK), startWorker({}, LONG_LOCK)]);
    const expected = await local(files);
    expect(expected.out.at(-1)).toMatch(/^200 replays: \d+ OK, \d+ DIVERGED, \d+ ILLEGAL, \d+ INVALID$/);
    const p = await queued(files);
    expect(p.code).toBe(expected.code);
    expect(p.out).toEqual(expected.out);
    expect(notes(p.err)).toEqual([]);
    const codes = await Promise.all(workers.map(stop));
    expect(codes).toEqual([0, 0]);
    // Both took part, and between them did each replay exactly once.
    const done = workers.map((w) => Number(/stopped after (\d+) replays/.exec(w.stderr())?.[1]));
    expect(done.every((n) => n > 0)).toBe(true);
    expect(done[0]! + done[1]!).toBe(200);
  }, 60_000);

  it('loses no verdict when a worker is killed (SIGKILL) mid-batch: its replay goes to the other worker', async () => {
    // A holds each job 300 ms before verifying it, so it is surely mid-job when killed.
    // A 4 s lock: short enough to see the dead worker's job come back, long enough for any replay here.
    const lock = ['--lock-ms', '4000'];
    const [a, b] = await Promise.all([startWorker({ DENIZENS_TEST_DELAY_MS: '300' }, lock), startWorker({}, lock)]);
    const batch = files.slice(0, 80);
    const expected = await local(['--json', ...batch]);
    const producing = queued(['--json', ...batch]);
    // Kill worker A while it holds a job (BullMQ records the worker's name, host:pid, on the job it takes).
    const q = new Queue(QUEUE_NAME, { connection: { url: redis.url } });
    let victim: string | undefined;
    const end = Date.now() + 30_000;
    while (!victim && Date.now() < end) {
      for (const job of await q.getActive()) if (job.processedBy?.endsWith(`:${a.child.pid}`)) victim = job.data.name;
      if (!victim) await new Promise((r) => setTimeout(r, 5));
    }
    a.child.kill('SIGKILL');
    await q.close();
    expect(victim).toBeDefined();
    const p = await producing;
    expect(p.code).toBe(expected.code);
    type Line = { type: string; file: string; by?: { worker: string; rules: number; engine: string } };
    const got = p.out.map((l) => JSON.parse(l) as Line);
    const want = expected.out.map((l) => JSON.parse(l) as Line);
    expect(got.map(({ by: _, ...rest }) => rest)).toEqual(want);
    // Every verdict says which engine and rules made it; the killed worker's replay was verified by B.
    const verdicts = got.filter((l) => l.type === 'verdict');
    expect(verdicts).toHaveLength(80);
    for (const r of verdicts) expect(r.by).toMatchObject({ engine: ENGINE_VERSION, rules: REPLAY_VERSION });
    expect(got.find((r) => r.file === victim)!.by!.worker).toMatch(new RegExp(`:${b.child.pid}$`));
    expect(await a.exited).toBe(null); // killed by the signal
    expect(await stop(b)).toBe(0);
  }, 60_000);

  it('gives a malformed replay and an engine fault a verdict each and goes on with the rest', async () => {
    const faulty = join(dir, 'engine-fault.replay.json');
    const malformed = join(dir, 'malformed.replay.json');
    writeFileSync(faulty, readFileSync(files[0]!));
    writeFileSync(malformed, '{"format": "denizens-replay", ');
    const workers = await Promise.all(
      [1, 2].map(() => startWorker({ DENIZENS_TEST_FAULT_ON: 'engine-fault' }, LONG_LOCK)),
    );
    const p = await queued([files[0]!, malformed, faulty, files[1]!, files[2]!]);
    expect(p.code).toBe(EXIT.fault); // the worst verdict
    expect(p.out).toEqual([
      expect.stringMatching(/^OK .*000-k0-/),
      expect.stringMatching(/^INVALID .*malformed\.replay\.json: \$: not valid JSON/),
      expect.stringMatching(/^FAULT .*engine-fault\.replay\.json: the worker failed while verifying: test fault/),
      expect.stringMatching(/^OK .*001-k0-/),
      expect.stringMatching(/^OK .*002-k0-/),
      '5 replays: 3 OK, 1 FAULT, 1 INVALID',
    ]);
    expect(notes(p.err)).toEqual([]);
    expect(await Promise.all(workers.map(stop))).toEqual([0, 0]);
  }, 60_000);

  it('ends a replay that kills every worker taking it as a FAULT verdict, and the rest still verify', async () => {
    const crasher = join(dir, 'crasher.replay.json');
    const [t1, t2] = training();
    writeFileSync(crasher, readFileSync(t1!));
    // One supervisor running two worker processes; it restarts each one the crasher kills.
    const sup = run(['worker', '--queue', redis.url, '--jobs', '2', ...FAST, '--max-stalls', '1'], {
      DENIZENS_TEST_CRASH_ON: 'crasher',
    });
    await until(() => (sup.stderr().match(/verifying replays from/g) ?? []).length === 2, 'the two workers start');
    const p = await queued([t1!, crasher, t2!]);
    expect(p.code).toBe(EXIT.fault);
    expect(p.out).toEqual([
      expect.stringMatching(/^OK .*-k0-training-/),
      expect.stringMatching(/^FAULT .*crasher\.replay\.json: workers stopped \(died or hung\) while verifying/),
      expect.stringMatching(/^OK .*-k0-training-/),
      '3 replays: 2 OK, 1 FAULT',
    ]);
    // (While both workers are being restarted, the producer may note that no worker is connected.)
    expect(notes(p.err)).toEqual([]);
    // max-stalls 1: the first death puts it back, the second fails it.
    expect(sup.stderr().match(/ended \(SIGKILL\); starting another/g)).toHaveLength(2);
    expect(await stop(sup)).toBe(0);
  }, 60_000);

  it('a worker of another rules version refuses the job with a FAULT verdict naming both versions', async () => {
    const w = await startWorker({ DENIZENS_TEST_RULES_VERSION: String(REPLAY_VERSION + 1) });
    const p = await queued(['--json', files[0]!]);
    expect(p.code).toBe(EXIT.fault);
    const r = JSON.parse(p.out[0]!);
    expect(r).toMatchObject({ status: 'fault', by: { rules: REPLAY_VERSION + 1 } });
    expect(r.message).toContain(`it runs rules version ${REPLAY_VERSION + 1}`);
    expect(r.message).toContain(`sent for rules version ${REPLAY_VERSION}`);
    expect(await stop(w)).toBe(0);
  }, 60_000);

  it('says plainly when Redis cannot be reached, exit 2, no stack trace', async () => {
    const p = run(['verify', '--queue', 'redis://127.0.0.1:1', files[0]!]);
    expect(await p.exited).toBe(2);
    expect(p.stderr()).toMatch(/^denizens verify: cannot reach Redis at redis:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/);
    expect(p.stderr()).not.toMatch(/\n\s+at /);
  }, 30_000);
});
