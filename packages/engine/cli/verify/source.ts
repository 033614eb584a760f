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

/** Verifies in this thread, one file at a time (the first replay verified through writes the code cache, if due). */
export function localSource(ctx: VerifyContext): VerdictSource {
  let cacheSaved = false;
  return {
    concurrency: 1,
    verify: async (file) => {
      const verdict = verifyFile(file, ctx);
      if (!cacheSaved && verdict.status === 'ok') {
        cacheSaved = true;
        saveCodeCacheNow();
      }
      return verdict;
    },
    close: async () => {},
  };
}
