// `pnpm bench:cli`: the command line's own figures (issue 11), whole processes of the built `denizens`, one command
// that prints every figure, ratio and target (pass/fail) and writes them to bench/results/cli.json:
//   cold   verifying one golden replay, against a bare `node -e 0`, runs interleaved, medians of CPU (user+sys) and
//          wall time; also `--help` (start-up alone) and the verification with the code cache off
//   batch  N copies of a golden replay in a folder: --jobs 2 against --jobs 1 (wall and CPU), and the peak memory
//          (maxRSS); and 1,000 replays cycling through the whole golden corpus (ruins, ship, training), the same way
//   jit    on those 1,000 golden replays with one job: the CPU of the main thread against V8's background threads
//          (the optimising compiler, GC helpers: what one job already runs on the second core), and V8's
//          optimisations and deoptimisations (--trace-opt/--trace-deopt): counts that a loaded machine does not change
// The load average is recorded beside each figure: the machine may be shared, and parallel speed-ups need idle cores.
// Plain Node (no tsx); it builds the CLI first when stale.
// Usage: node bench/cli.mjs [--runs 21] [--files 100,1000] [--no-save]. The file written (committed) is the one
// behind the README's CLI figures.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuilt } from '../packages/engine/scripts/cliBuild.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'packages/engine/bin/denizens.cjs');
const GOLDEN = join(ROOT, 'packages/engine/test/golden/training-seed1.replay.json');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const RUNS = Number(arg('--runs', '21'));
const FILES = arg('--files', '100,1000').split(',').map(Number);
const SAVE = !process.argv.includes('--no-save');

/** The targets of issue 11. */
const TARGET = { coldRatio: 2, jobsSpeedup: 1.7, memoryGrowth: 1.25 };

const load = () => loadavg().map((x) => Math.round(x * 100) / 100);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 0) => x.toFixed(d);

/** One process under bash's `time` (millisecond resolution): wall and CPU (user + sys) in ms, and its exit code. */
function timed(cmd, args, env = {}) {
  const r = spawnSync(
    'bash',
    ['-c', 'TIMEFORMAT="%3R %3U %3S"; { time "$@" >/dev/null 2>&1; } 2>&1; echo "exit $?"', '_', cmd, ...args],
    { encoding: 'utf8', env: { ...process.env, ...env } },
  );
  const lines = r.stdout.trim().split('\n');
  const [real, user, sys] = lines.at(-2).split(' ').map(Number);
  return { status: Number(lines.at(-1).split(' ')[1]), wall: real * 1000, cpu: (user + sys) * 1000 };
}

/** One process under /usr/bin/time: wall and CPU ms and peak RSS in MB (worker threads included). */
function timedRss(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const [e, u, s, m] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { status: r.status, wall: e * 1000, cpu: (u + s) * 1000, rssMb: m / 1024 };
}

/**
 * --jobs 1 then --jobs 2 on a folder: wall, CPU, peak memory, the load after each, the speed-up, and the speed-up
 * two idle cores would allow at most given the CPU each run used (CPU of --jobs 1 / half the CPU of --jobs 2): on a
 * loaded machine the wall-clock speed-up says little, the CPU says whether two threads cost more work than one.
 */
function jobsPair(folder) {
  const l0 = load();
  const one = timedRss(process.execPath, [BIN, 'verify', '--jobs', '1', folder]);
  const l1 = load();
  const two = timedRss(process.execPath, [BIN, 'verify', '--jobs', '2', folder]);
  const l2 = load();
  if (one.status !== 0 || two.status !== 0)
    throw new Error(`${folder} did not verify (exit ${one.status}, ${two.status})`);
  return {
    jobs1: { wallMs: one.wall, cpuMs: one.cpu, rssMb: one.rssMb, load: l1 },
    jobs2: { wallMs: two.wall, cpuMs: two.cpu, rssMb: two.rssMb, load: l2 },
    speedup: one.wall / two.wall,
    idleCoresBound: one.cpu / (two.cpu / 2),
    loadBefore: l0,
  };
}
const pairLine = (b) =>
  `--jobs 1 ${fmt(b.jobs1.wallMs / 1000, 1)} s (${fmt(b.jobs1.cpuMs / 1000, 1)} s CPU), peak ${fmt(b.jobs1.rssMb)} MB, load ${b.jobs1.load[0]}; --jobs 2 ${fmt(b.jobs2.wallMs / 1000, 1)} s (${fmt(b.jobs2.cpuMs / 1000, 1)} s CPU), peak ${fmt(b.jobs2.rssMb)} MB, load ${b.jobs2.load[0]}: ×${fmt(b.speedup, 2)} (at most ×${fmt(b.idleCoresBound, 2)} on two idle cores)`;

/**
 * One job on `folder`: CPU of the main thread and of the process's other threads (read from /proc at exit by a
 * preloaded script: V8's compiler and GC helpers; no worker threads run with one job), then a second run counting
 * V8's optimisations and deoptimisations. The bound on --jobs 2 follows: two isolates cannot do less work than one,
 * so two cores give at most 2 × main / (main + background) of one job's wall time.
 */
function jitFigures(folder, scratch) {
  const preload = join(scratch, 'threads.cjs');
  writeFileSync(
    preload,
    `const fs = require('node:fs');
process.on('exit', () => {
  let main = 0, other = 0;
  for (const tid of fs.readdirSync('/proc/self/task')) {
    let stat;
    try { stat = fs.readFileSync('/proc/self/task/' + tid + '/stat', 'utf8'); } catch { continue; }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]);
    if (tid === String(process.pid)) main += ticks; else other += ticks;
  }
  process.stderr.write('THREADS ' + main + ' ' + other + '\\n');
});
`,
  );
  // NODE_OPTIONS, not a flag: the code cache's key holds the flags, so this run uses the cache the others made
  const threads = spawnSync(process.execPath, [BIN, 'verify', '--jobs', '1', folder], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} -r ${preload}` },
  });
  const [, mainTicks, otherTicks] = (/THREADS (\d+) (\d+)/.exec(threads.stderr) ?? ['', '0', '0']).map(Number);
  const tick = 1000 / 100; // USER_HZ: 100 ticks a second on Linux
  const traced = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', BIN, 'verify', '--jobs', '1', folder], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const count = (re) => (traced.stdout.match(re) ?? []).length;
  const mainCpuMs = mainTicks * tick;
  const backgroundCpuMs = otherTicks * tick;
  return {
    mainCpuMs,
    backgroundCpuMs,
    cpuPerMainThread: (mainCpuMs + backgroundCpuMs) / Math.max(1, mainCpuMs),
    // one job's wall time is at least the main thread's CPU and half of all its CPU; two jobs', half of all their
    // CPU, which is at least one job's (a second isolate only adds work)
    jobs2Bound: (2 * Math.max(mainCpuMs, (mainCpuMs + backgroundCpuMs) / 2)) / Math.max(1, mainCpuMs + backgroundCpuMs),
    optimisations: count(/^\[completed optimizing /gm),
    deoptimisations: count(/^\[bailout \(kind: /gm),
    load: load(),
  };
}

const stats = (rs) => ({ wallMs: median(rs.map((r) => r.wall)), cpuMs: median(rs.map((r) => r.cpu)) });
const targets = [];
const target = (name, value, limit, pass, load) => {
  targets.push({ name, value: Math.round(value * 100) / 100, target: limit, pass, load });
  return pass ? 'pass' : 'FAIL';
};

await ensureCliBuilt();
// Once untimed, so that the code cache exists (a first run writes it), as for any second use of the tool.
if (timed(process.execPath, [BIN, 'verify', GOLDEN]).status !== 0) throw new Error('the golden replay did not verify');

let cpu = cpus()[0]?.model ?? 'unknown';
try {
  cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
} catch {}
const out = {
  machine: { cpu: cpu.trim(), nproc: cpus().length, node: process.version },
  run: { date: new Date().toISOString(), runs: RUNS, files: FILES },
};

// Cold start: the four kinds of process interleaved, so a change in the machine's load touches all alike.
const loadBefore = load();
const runs = { nodeE0: [], verify: [], help: [], verifyNoCache: [] };
for (let i = 0; i < RUNS; i++) {
  runs.nodeE0.push(timed(process.execPath, ['-e', '0']));
  runs.verify.push(timed(process.execPath, [BIN, 'verify', GOLDEN]));
  runs.help.push(timed(process.execPath, [BIN, '--help']));
  runs.verifyNoCache.push(timed(process.execPath, [BIN, 'verify', GOLDEN], { DENIZENS_CODE_CACHE: '0' }));
}
if (runs.verify.some((r) => r.status !== 0)) throw new Error('a timed verification failed');
const cold = Object.fromEntries(Object.entries(runs).map(([k, rs]) => [k, stats(rs)]));
cold.ratioCpu = cold.verify.cpuMs / cold.nodeE0.cpuMs;
cold.ratioWall = cold.verify.wallMs / cold.nodeE0.wallMs;
cold.load = { before: loadBefore, after: load() };
out.cold = cold;
const coldLoad = cold.load.after[0];
console.log(`cold start, medians of ${RUNS} interleaved runs (load average ${loadBefore[0]} → ${coldLoad}):`);
for (const [k, label] of [
  ['nodeE0', 'node -e 0'],
  ['verify', 'denizens verify <golden replay>'],
  ['help', 'denizens --help'],
  ['verifyNoCache', 'verify, code cache off'],
])
  console.log(
    `  ${label.padEnd(32)} ${fmt(cold[k].cpuMs).padStart(5)} ms CPU ${fmt(cold[k].wallMs).padStart(6)} ms wall`,
  );
console.log(
  `  verify / node -e 0: ×${fmt(cold.ratioCpu, 2)} CPU (target ≤ ${TARGET.coldRatio}: ${target('cold verify CPU / node -e 0', cold.ratioCpu, TARGET.coldRatio, cold.ratioCpu <= TARGET.coldRatio, coldLoad)}), ×${fmt(cold.ratioWall, 2)} wall (${target('cold verify wall / node -e 0', cold.ratioWall, TARGET.coldRatio, cold.ratioWall <= TARGET.coldRatio, coldLoad)})`,
);

out.batch = {};
for (const n of FILES) {
  const dir = mkdtempSync(join(tmpdir(), 'denizens-bench-'));
  mkdirSync(join(dir, 'r'));
  for (let i = 0; i < n; i++) copyFileSync(GOLDEN, join(dir, 'r', `${String(i).padStart(5, '0')}.replay.json`));
  try {
    out.batch[n] = jobsPair(join(dir, 'r'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${n} copies of training-seed1: ${pairLine(out.batch[n])}`);
}
{
  const n = Math.max(...FILES);
  const corpus = readdirSync(dirname(GOLDEN))
    .filter((f) => f.endsWith('.replay.json'))
    .sort();
  const dir = mkdtempSync(join(tmpdir(), 'denizens-bench-'));
  mkdirSync(join(dir, 'r'));
  for (let i = 0; i < n; i++)
    copyFileSync(
      join(dirname(GOLDEN), corpus[i % corpus.length]),
      join(dir, 'r', `${String(i).padStart(5, '0')}.replay.json`),
    );
  try {
    out.goldenMix = { files: n, ...jobsPair(join(dir, 'r')) };
    out.jit = jitFigures(join(dir, 'r'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${n} replays cycling through the golden corpus: ${pairLine(out.goldenMix)}`);
  const j = out.jit;
  console.log(
    `  --jobs 1 on them: main thread ${fmt(j.mainCpuMs / 1000, 1)} s CPU, V8's background threads ${fmt(j.backgroundCpuMs / 1000, 1)} s (×${fmt(j.cpuPerMainThread, 2)} of one core while the main thread runs: --jobs 2 can be at most ×${fmt(j.jobs2Bound, 2)} faster); V8 optimised ${j.optimisations} times, deoptimised ${j.deoptimisations}`,
  );
}
const big = Math.max(...FILES);
const small = Math.min(...FILES);
if (out.batch[big]) {
  const s = out.batch[big].speedup;
  const l = out.batch[big].jobs2.load[0];
  console.log(
    `--jobs 2 vs --jobs 1 on ${big} files: ×${fmt(s, 2)} (target ≥ ${TARGET.jobsSpeedup}: ${target(`--jobs 2 speed-up, ${big} files`, s, TARGET.jobsSpeedup, s >= TARGET.jobsSpeedup, l)}; load ${l}, ${cpus().length} CPUs)`,
  );
}
{
  const s = out.goldenMix.speedup;
  const l = out.goldenMix.jobs2.load[0];
  console.log(
    `--jobs 2 vs --jobs 1 on ${out.goldenMix.files} golden replays: ×${fmt(s, 2)} (target ≥ ${TARGET.jobsSpeedup}: ${target(`--jobs 2 speed-up, ${out.goldenMix.files} golden replays`, s, TARGET.jobsSpeedup, s >= TARGET.jobsSpeedup, l)}; load ${l})`,
  );
}
if (big !== small && out.batch[big] && out.batch[small]) {
  for (const j of ['jobs1', 'jobs2']) {
    const g = out.batch[big][j].rssMb / out.batch[small][j].rssMb;
    console.log(
      `peak memory, --${j.replace('jobs', 'jobs ')}: ${fmt(out.batch[small][j].rssMb)} MB at ${small} files, ${fmt(out.batch[big][j].rssMb)} MB at ${big}: ×${fmt(g, 2)} (flat: ≤ ${TARGET.memoryGrowth}: ${target(`peak memory ${big} / ${small} files, --${j.replace('jobs', 'jobs ')}`, g, TARGET.memoryGrowth, g <= TARGET.memoryGrowth, out.batch[big][j].load[0])})`,
    );
  }
}
out.targets = targets;
console.log(`${targets.filter((t) => t.pass).length} of ${targets.length} targets met`);
if (SAVE) {
  const file = join(ROOT, 'bench/results/cli.json');
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
