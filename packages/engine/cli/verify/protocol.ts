// The messages between `verify --jobs N` (pool.ts) and its worker threads (worker.ts), and the sizes they share.
import type { Verdict } from './verdict';

/** A batch of files to verify, in order. */
export interface ToWorker {
  id: number;
  files: string[];
}

/**
 * The verdicts on the next files of batch `id`, in order (a batch may be answered in several messages), and the
 * milliseconds the worker spent on them (the pool sizes its batches by it).
 */
export interface FromWorker {
  id: number;
  verdicts: Verdict[];
  ms: number;
}

/** A batch should take a worker about this long: long enough that messages are rare, short enough to spread work. */
export const BATCH_MS = 25;

/** At most this many files in a batch. */
export const MAX_BATCH = 16;

/** A worker answers at least this often (ms) within a long batch, so that verdicts still stream. */
export const FLUSH_MS = 50;

/**
 * Each worker's young generation (MB): V8 would let it grow to 48 MB a thread; a verification's short-lived
 * objects need far less, and the peak memory of --jobs N then grows less with N.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;
