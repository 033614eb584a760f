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
  /** Fewest warm-up runs (warm-up also lasts at least WARMUP_MS, unless quick). */
  warmup: number;
  /** Fewest timed runs (timed runs also go on for at least MEASURE_MS, unless quick). */
  runs: number;
  /** Tiny inputs for the smoke test: no time floors. */
  quick?: boolean;
}

/**
 * How long a variant warms up at least (untimed): long enough for V8 to optimise the hot code of a
 * variant whose run takes milliseconds; a variant slower than this warms up with `warmup` runs.
 */
export const WARMUP_MS = 2000;
/** How long the timed runs go on at least, so a median of fast runs is not five samples of noise. */
export const MEASURE_MS = 1000;
/** Most timed runs, however fast. */
export const MAX_RUNS = 500;

/** Runs `fn` untimed: at least `plan.warmup` times and for at least WARMUP_MS (not in quick mode). */
export function warmUp(plan: RunPlan, fn: () => void): void {
  const w0 = process.hrtime.bigint();
  const floor = plan.quick ? 0 : WARMUP_MS;
  for (let i = 0; ; i++) {
    if (i >= Math.max(1, plan.warmup) && Number(process.hrtime.bigint() - w0) / 1e6 >= floor) break;
    fn();
  }
}

/**
 * Collects `run()`'s values: at least `plan.runs` of them, and more until MEASURE_MS has passed
 * (at most MAX_RUNS; not in quick mode).
 */
export function repeatRuns(plan: RunPlan, run: () => number): number[] {
  const out: number[] = [];
  const t0 = process.hrtime.bigint();
  const floor = plan.quick ? 0 : MEASURE_MS;
  while (out.length < plan.runs || (out.length < MAX_RUNS && Number(process.hrtime.bigint() - t0) / 1e6 < floor)) {
    out.push(run());
  }
  return out;
}

/** Warms `fn` up (untimed), then runs it timed (repeatRuns); returns the milliseconds of each timed run. */
export function timeRuns(plan: RunPlan, fn: () => void): number[] {
  warmUp(plan, fn);
  return repeatRuns(plan, () => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  });
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
