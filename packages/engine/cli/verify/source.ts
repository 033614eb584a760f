// Where verdicts come from. The run (run.ts) asks a source for one file's verdict at a time, keeping at most
// `concurrency` questions open, and prints, reports and counts the answers in input order. Sources: this thread
// (`localSource`), a pool of worker threads (`poolSource`, --jobs N), or a queue of remote workers.

import { saveCodeCacheNow } from '../codeCache';
import type { Verdict } from './verdict';
import { type VerifyContext, verifyFile } from './verifyFile';

export interface VerdictSource {
  /** How many files may be in verification at once. */
  readonly concurrency: number;
  /** The verdict on one file. Must not reject: a failure of the source is a verdict (or the run's internal error). */
  verify(file: string): Promise<Verdict>;
  /** Releases threads, connections. */
  close(): Promise<void>;
}

/**
 * Verifies in this thread, one file at a time (the first replay verified through writes the code cache, if due).
 * A long run keeps V8's new space at the size worker threads get (YOUNG_GENERATION): by default it doubles up to
 * 32 MB as a run's objects keep surviving, which was most of why the peak memory grew with the number of files.
 * `many`: more than one file to verify (else nothing of the kind is done).
 */
export function localSource(ctx: VerifyContext, many = true): VerdictSource {
  let cacheSaved = false;
  // (a run of one file ends before it could matter: it does not even load node:v8)
  let youngHeld = !many;
  return {
    concurrency: 1,
    verify: async (file) => {
      const verdict = verifyFile(file, ctx);
      if (!cacheSaved && verdict.status === 'ok') {
        cacheSaved = true;
        saveCodeCacheNow();
      }
      // (only once the cache is written: it records the V8 flags it was made under)
      if (cacheSaved && !youngHeld) youngHeld = holdYoungGeneration();
      return verdict;
    },
    close: async () => {},
  };
}

/**
 * Once V8's new space has grown to the size a worker thread's resource limits give it (WORKER_YOUNG_GENERATION_MB:
 * 8 MB of new space), stops it growing further (V8 reads the growth factor whenever it would grow it); true then.
 */
function holdYoungGeneration(): boolean {
  const v8 = process.getBuiltinModule('node:v8');
  const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!space || space.space_size < HELD_NEW_SPACE_BYTES) return false;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}

/** The new space of a worker thread with WORKER_YOUNG_GENERATION_MB (12 MB of young generation: 8 MB of it). */
const HELD_NEW_SPACE_BYTES = 8 * 1024 * 1024;
