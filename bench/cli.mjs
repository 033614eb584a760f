// `pnpm bench:cli`: the command line's own figures (issue 11), whole processes of the built `denizens`:
//   cold   verifying one golden replay, against a bare `node -e 0` (median of N runs each, wall clock and CPU)
//   batch  N copies of a golden replay in a folder: --jobs 2 against --jobs 1, and the peak memory (maxRSS)
// Plain Node (no tsx); it builds the CLI first when stale. Usage: node bench/cli.mjs [--runs 9] [--files 100,1000]
// [--no-save]. Writes its figures to bench/results/cli.json (committed: the file behind the README's CLI figures).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuilt } from '../packages/engine/scripts/cliBuild.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'packages/engine/bin/denizens.mjs');
const GOLDEN = join(ROOT, 'packages/engine/test/golden/training-seed1.replay.json');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const RUNS = Number(arg('--runs', '9'));
const FILES = arg('--files', '100,1000').split(',').map(Number);

/** Runs a command under /usr/bin/time: wall ms, CPU ms (user+sys) and peak RSS in MB. */
function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const [e, u, s, m] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { status: r.status, wall: e * 1000, cpu: (u + s) * 1000, rssMb: m / 1024 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await ensureCliBuilt();
const out = {};
const bare = [];
const verify = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(timed(process.execPath, ['-e', '0']));
  const v = timed(process.execPath, [BIN, 'verify', GOLDEN]);
  if (v.status !== 0) throw new Error('the golden replay did not verify');
  verify.push(v);
}
out.cold = {
  runs: RUNS,
  nodeE0: { wallMs: median(bare.map((r) => r.wall)), cpuMs: median(bare.map((r) => r.cpu)) },
  verify: { wallMs: median(verify.map((r) => r.wall)), cpuMs: median(verify.map((r) => r.cpu)) },
};
out.cold.ratioWall = out.cold.verify.wallMs / out.cold.nodeE0.wallMs;
out.cold.ratioCpu = out.cold.verify.cpuMs / out.cold.nodeE0.cpuMs;
console.log(
  `cold verify of one golden replay: ${out.cold.verify.wallMs.toFixed(0)} ms wall (${out.cold.verify.cpuMs.toFixed(0)} ms CPU) vs node -e 0 ${out.cold.nodeE0.wallMs.toFixed(0)} ms (${out.cold.nodeE0.cpuMs.toFixed(0)} ms CPU): ×${out.cold.ratioWall.toFixed(2)} wall, ×${out.cold.ratioCpu.toFixed(2)} CPU (target ≤ 2)`,
);

out.batch = {};
for (const n of FILES) {
  const dir = mkdtempSync(join(tmpdir(), 'denizens-bench-'));
  mkdirSync(join(dir, 'r'));
  for (let i = 0; i < n; i++) copyFileSync(GOLDEN, join(dir, 'r', `${String(i).padStart(5, '0')}.replay.json`));
  const one = timed(process.execPath, [BIN, 'verify', '--jobs', '1', join(dir, 'r')]);
  const two = timed(process.execPath, [BIN, 'verify', '--jobs', '2', join(dir, 'r')]);
  if (one.status !== 0 || two.status !== 0)
    throw new Error(`a batch of ${n} did not verify (exit ${one.status}, ${two.status})`);
  rmSync(dir, { recursive: true, force: true });
  out.batch[n] = {
    jobs1: { wallMs: one.wall, rssMb: one.rssMb },
    jobs2: { wallMs: two.wall, rssMb: two.rssMb },
    speedup: one.wall / two.wall,
  };
  console.log(
    `${n} replays: --jobs 1 ${(one.wall / 1000).toFixed(1)} s (peak ${one.rssMb.toFixed(0)} MB), --jobs 2 ${(two.wall / 1000).toFixed(1)} s (peak ${two.rssMb.toFixed(0)} MB): ×${out.batch[n].speedup.toFixed(2)} (target ≥ 1.7)`,
  );
}
console.log(JSON.stringify(out));
if (!process.argv.includes('--no-save')) {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {}
  const file = join(ROOT, 'bench/results/cli.json');
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const run = { date: new Date().toISOString(), runs: RUNS, files: FILES };
  const machine = { cpu: cpu.trim(), nproc: cpus().length, node: process.version };
  writeFileSync(file, `${JSON.stringify({ machine, run, ...out }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
