import type { VerifyResult } from '../../replay/verify';
import { EXIT } from '../exitCodes';

/** One file's verdict: the engine's result for it, named by the path as the user gave it. */
export type Verdict = { file: string } & VerifyResult;

export type VerdictStatus = Verdict['status'];

/** Statuses in the order the summary line lists them. */
export const STATUSES: readonly VerdictStatus[] = ['ok', 'diverged', 'illegal', 'fault', 'invalid'];

/** The exit code a verdict alone would give (the run's code is the worst of them). */
export function exitCodeOf(status: VerdictStatus): number {
  switch (status) {
    case 'ok':
      return EXIT.ok;
    case 'diverged':
    case 'illegal':
      return EXIT.mismatch;
    case 'invalid':
      return EXIT.invalid;
    case 'fault':
      return EXIT.fault;
  }
}
