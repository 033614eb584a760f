import { summarize } from './timing';

/** One measured or counted figure of a variant. Timed figures carry the min and max of the runs beside the median. */
export interface Figure {
  value: number;
  unit: string;
  min?: number;
  max?: number;
  /** Number of timed runs behind a median. */
  runs?: number;
}

/** What a variant's process sends back to the runner. */
export interface VariantResult {
  figures: Record<string, Figure>;
  /** Correctness checks done on the variant's output (outside the timed part). A failed check fails the benchmark. */
  checks: { name: string; ok: boolean; detail: string }[];
  notes: string[];
  /** Set when the variant could not run here (e.g. a part of the game that does not exist yet). */
  skipped?: string;
}

export interface VariantOptions {
  quick: boolean;
  warmup: number;
  runs: number;
}

export type VariantFn = (o: VariantOptions) => VariantResult | Promise<VariantResult>;

/** A timed figure from per-run values: the median, with min and max. */
export function timed(values: number[], unit: string): Figure {
  if (values.length === 0 || values.some((v) => typeof v !== 'number' || Number.isNaN(v))) {
    throw new Error(`a timed figure needs numbers, got [${values.join(', ')}]`);
  }
  const s = summarize(values);
  return { value: s.median, unit, min: s.min, max: s.max, runs: values.length };
}

export function counted(value: number, unit: string): Figure {
  return { value, unit };
}

export function emptyResult(): VariantResult {
  return { figures: {}, checks: [], notes: [] };
}

export function skipped(reason: string): VariantResult {
  return { figures: {}, checks: [], notes: [], skipped: reason };
}
