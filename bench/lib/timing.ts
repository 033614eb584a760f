/** Timing for benchmark workers: wall-clock nanoseconds from process.hrtime.bigint(). */

export interface Samples {
  /** One value per timed run, in the figure's unit. */
  values: number[];
  median: number;
  min: number;
  max: number;
}

export function summarize(values: number[]): Samples {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { values, median, min: s[0]!, max: s[s.length - 1]! };
}

export interface RunPlan {
  /** Most warm-up runs; warm-up stops earlier once it has run at least once and taken WARMUP_MS. */
  warmup: number;
  runs: number;
}

/** Warm-up time after which no more warm-up runs start (slow variants warm up once, fast ones several times). */
export const WARMUP_MS = 1000;

/** Warms `fn` up (untimed), then runs it `runs` times timed; returns the milliseconds of each timed run. */
export function timeRuns(plan: RunPlan, fn: () => void): number[] {
  const w0 = process.hrtime.bigint();
  for (let i = 0; i < Math.max(1, plan.warmup); i++) {
    fn();
    if (Number(process.hrtime.bigint() - w0) / 1e6 >= WARMUP_MS) break;
  }
  const out: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

/** Milliseconds taken by one call. */
export function timeOnce(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Nanoseconds now (for accumulating the time of a part of a run). */
export function now(): bigint {
  return process.hrtime.bigint();
}
