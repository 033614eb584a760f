// `pnpm bench`: runs every benchmark variant in its own Node process (warm-up, then at least 5 timed runs, median
// reported with min and max), prints a table with ratios against the peer measured in the same run, and with
// `--json <file>` writes every figure under one key. See docs/benchmarks.md.
// Every full (not --quick) run also writes each group's figures to bench/results/<group>.json (committed: the
// file behind each figure of the README's benchmark table); `--no-save` leaves them alone.
//
//   pnpm bench                      all groups except the browser one (client)
//   pnpm bench --only path,fov      some groups (fov, path, rng, replay, ai, scale, client)
//   pnpm bench --quick              tiny runs (the smoke test); never starts Chromium unless --only client
//   pnpm bench --runs 9 --json bench-results/latest.json
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure, VariantOptions, VariantResult } from '../bench/lib/result';
import { MEASURE_MS, WARMUP_MS } from '../bench/lib/timing';
import { type GroupName, type GroupPlan, PLAN, type Target } from '../bench/plan';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKER = resolve(ROOT, 'bench/worker.ts');
/** A variant that has not answered by then is stopped and reported as failed. */
const VARIANT_TIMEOUT_MS = 15 * 60_000;

interface Args {
  quick: boolean;
  only: GroupName[] | null;
  json: string | null;
  runs: number;
  warmup: number;
  save: boolean;
}

/** Where each group's latest full run is kept (committed). */
const RESULTS_DIR = resolve(ROOT, 'bench/results');

function usage(message: string): never {
  console.error(
    `${message}\nusage: pnpm bench [--quick] [--only ${PLAN.map((g) => g.name).join(',')}] [--runs N (≥5)] [--warmup N] [--json FILE] [--no-save]`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const a: Args = { quick: false, only: null, json: null, runs: 5, warmup: 1, save: true };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const value = () => argv[++i] ?? usage(`${k} needs a value`);
    if (k === '--') continue;
    else if (k === '--quick') a.quick = true;
    else if (k === '--no-save') a.save = false;
    else if (k === '--only') {
      const names = value().split(',').filter(Boolean);
      for (const n of names) if (!PLAN.some((g) => g.name === n)) usage(`unknown group "${n}"`);
      a.only = names as GroupName[];
    } else if (k === '--json') a.json = value();
    else if (k === '--runs') {
      a.runs = Number(value());
      if (!Number.isInteger(a.runs) || a.runs < 5) usage('--runs must be a whole number, at least 5');
    } else if (k === '--warmup') {
      a.warmup = Number(value());
      if (!Number.isInteger(a.warmup) || a.warmup < 1) usage('--warmup must be a whole number, at least 1');
    } else usage(`unknown option "${k}"`);
  }
  if (a.quick) a.warmup = 1;
  return a;
}

/** Runs variants of a group in a fresh Node process (one variant per process, except for --quick) and returns their results. */
function runVariants(group: string, variants: string[], opts: VariantOptions): Promise<Record<string, VariantResult>> {
  return new Promise((done) => {
    let results: Record<string, VariantResult> | null = null;
    const child = fork(WORKER, [group, variants.join(','), JSON.stringify(opts)], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), VARIANT_TIMEOUT_MS);
    child.on('message', (m) => {
      results = m as Record<string, VariantResult>;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const lost: VariantResult = {
        figures: {},
        notes: [],
        checks: [{ name: 'process ended with a result', ok: false, detail: `exit ${code ?? signal}` }],
      };
      done(Object.fromEntries(variants.map((v) => [v, results?.[v] ?? lost])));
    });
  });
}

function machine(): Record<string, string | number> {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {}
  return {
    'machine.cpu': cpu.trim(),
    'machine.nproc': cpus().length,
    'machine.node': process.version,
    'machine.platform': `${process.platform} ${process.arch}`,
  };
}

const fmt = (v: number): string => {
  const a = Math.abs(v);
  if (a === 0) return '0';
  if (a >= 1000) return Math.round(v).toLocaleString('en-US');
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  if (a >= 1) return v.toFixed(2);
  return v.toPrecision(2);
};
const pad = (s: string, n: number, right = false) => (right ? s.padStart(n) : s.padEnd(n));

function targetText(t: Target, v: number | undefined): string {
  if (v === undefined) return `target ${t.min !== undefined ? `≥ ${fmt(t.min)}` : `≤ ${fmt(t.max!)}`}: not measured`;
  const okMin = t.min === undefined || v >= t.min;
  const okMax = t.max === undefined || v <= t.max;
  const goal = [t.min !== undefined ? `≥ ${fmt(t.min)}` : '', t.max !== undefined ? `≤ ${fmt(t.max)}` : '']
    .filter(Boolean)
    .join(' ');
  const stretch = t.stretch !== undefined ? `; stretch ≥ ${fmt(t.stretch)}: ${v >= t.stretch ? 'met' : 'not met'}` : '';
  return `target ${goal}: ${okMin && okMax ? 'MET' : 'MISSED'} (${fmt(v)})${stretch}`;
}

interface Job {
  group: GroupPlan;
  variant: string;
  result?: VariantResult;
}

/**
 * Runs the jobs. For measurements: one process per variant, one at a time (variants never share the machine).
 * For --quick (only checks that everything runs): one process per group, two groups side by side.
 */
async function runJobs(jobs: Job[], opts: VariantOptions): Promise<void> {
  const batches: Job[][] = [];
  for (const j of jobs) {
    const last = batches[batches.length - 1];
    if (opts.quick && last && last[0]!.group === j.group) last.push(j);
    else batches.push([j]);
  }
  let next = 0;
  const lane = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      const t0 = process.hrtime.bigint();
      const results = await runVariants(
        batch[0]!.group.name,
        batch.map((j) => j.variant),
        opts,
      );
      for (const j of batch) j.result = results[j.variant];
      const secs = (Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1);
      console.log(`  ${batch[0]!.group.name}/${batch.map((j) => j.variant).join(',')}: done in ${secs} s`);
    }
  };
  await Promise.all(Array.from({ length: opts.quick ? 2 : 1 }, lane));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const groups = PLAN.filter((g) => (args.only ? args.only.includes(g.name) : !g.onlyWhenAsked));
  const opts: VariantOptions = { quick: args.quick, warmup: args.warmup, runs: args.runs };
  const m = machine();
  const out: Record<string, string | number | boolean> = {
    ...m,
    'run.date': new Date().toISOString(),
    'run.quick': args.quick,
    'run.runs': args.runs,
  };
  console.log(`Denizens benchmarks: ${m['machine.cpu']}, ${m['machine.nproc']} cores, node ${m['machine.node']}`);
  console.log(
    `each variant in its own process: warm-up (at least ${args.warmup} run(s) and ${WARMUP_MS / 1000} s), then at least ${args.runs} timed runs and ${MEASURE_MS / 1000} s; median (min–max)` +
      (args.quick ? '\nQUICK: tiny inputs, a group per process, two side by side: the figures mean nothing' : ''),
  );
  const jobs: Job[] = groups.flatMap((g) =>
    (args.quick && g.quickVariants ? g.quickVariants : g.variants).map((variant) => ({ group: g, variant })),
  );
  await runJobs(jobs, opts);
  let failed = 0;
  const failedIn: Record<string, number> = {};
  for (const g of groups) {
    const failedBefore = failed;
    console.log(`\n== ${g.name}: ${g.title}`);
    const rows: string[][] = [];
    for (const job of jobs.filter((j) => j.group === g)) {
      const v = job.variant;
      const res = job.result!;
      if (res.skipped) {
        console.log(`  ${v}: skipped: ${res.skipped}`);
        out[`${g.name}.${v}.skipped`] = res.skipped;
        continue;
      }
      for (const [name, f] of Object.entries(res.figures) as [string, Figure][]) {
        const key = `${g.name}.${v}.${name}`;
        out[key] = f.value;
        if (f.min !== undefined) out[`${key}.min`] = f.min;
        if (f.max !== undefined) out[`${key}.max`] = f.max;
        rows.push([v, name, fmt(f.value), f.min !== undefined ? `${fmt(f.min)}–${fmt(f.max!)}` : '', f.unit]);
      }
      for (const c of res.checks) {
        if (!c.ok) failed++;
        if (!c.ok) console.log(`  ${v}: check "${c.name}" FAILED: ${c.detail}`);
        else
          console.log(
            `  ${v}: check "${c.name}": ok (${c.detail.length > 60 ? `${c.detail.slice(0, 60)}…` : c.detail})`,
          );
      }
      for (const n of res.notes) console.log(`  ${v}: ${n}`);
    }
    if (rows.length) {
      console.log(`  ${pad('variant', 14)}${pad('figure', 20)}${pad('median', 12, true)}  ${pad('min–max', 22)}unit`);
      for (const r of rows)
        console.log(`  ${pad(r[0]!, 14)}${pad(r[1]!, 20)}${pad(r[2]!, 12, true)}  ${pad(r[3]!, 22)}${r[4]}`);
    }
    printRatios(g, out);
    failedIn[g.name] = failed - failedBefore;
  }
  out['run.failedChecks'] = failed;
  if (args.json) {
    const file = resolve(process.cwd(), args.json);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`\nwrote ${Object.keys(out).length} figures to ${file}`);
  }
  // Quick runs' figures mean nothing: never kept.
  if (args.save && !args.quick) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const header = Object.fromEntries(Object.entries(out).filter(([k]) => /^(machine|run)\./.test(k)));
    for (const g of groups) {
      const mine = Object.fromEntries(Object.entries(out).filter(([k]) => k.startsWith(`${g.name}.`)));
      const file = resolve(RESULTS_DIR, `${g.name}.json`);
      const figures = { ...header, ...mine, 'run.failedChecks': failedIn[g.name] ?? 0 };
      writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
      console.log(`wrote ${Object.keys(mine).length} ${g.name} figures to ${file}`);
    }
  }
  if (failed) {
    console.error(`\n${failed} correctness check(s) failed`);
    process.exitCode = 1;
  }
}

function printRatios(g: GroupPlan, out: Record<string, string | number | boolean>): void {
  const num = (k: string) => (typeof out[k] === 'number' ? (out[k] as number) : undefined);
  for (const r of g.ratios) {
    const a = num(r.num);
    const b = num(r.den);
    if (a === undefined || b === undefined || b === 0) continue;
    out[r.key] = a / b;
    console.log(`  ${r.label}: ${fmt(a / b)}×   [${r.key}]`);
  }
  for (const t of g.targets) console.log(`  ${t.key}: ${targetText(t, num(t.key))}`);
}

await main();
