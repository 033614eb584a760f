import type { VerifyResult } from '../../src/replay/verify';
import { EXIT } from '../exitCodes';

/**
 * A FAULT from the queue (`verify --queue`): no verdict on the replay itself could be had, because the workers that
 * took it kept dying, or a worker of another rules version refused it. Unlike an engine fault it names no command.
 */
export interface QueueFault {
  status: 'fault';
  message: string;
}

/** Who produced a verdict on the queue: the engine and rules (replay) version and the worker (host:pid). */
export interface VerdictOrigin {
  engine: string;
  rules: number;
  worker: string;
}

/**
 * One file's verdict: the engine's result for it, named by the path as the user gave it; with `by` when a queue
 * worker produced it.
 */
export type Verdict = { file: string; by?: VerdictOrigin } & (VerifyResult | QueueFault);

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
