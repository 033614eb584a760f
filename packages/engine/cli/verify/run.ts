// A verify run: asks a verdict source about each file (at most `concurrency` at once, plus a bounded window of
// finished verdicts waiting for an earlier file), and prints, reports and counts them in input order. Memory is
// flat in the number of files: only the window is held, never all verdicts.
import { resolve } from 'node:path';
import { EXIT, worseExit } from '../exitCodes';
import type { Io } from '../io';
import { type Counts, emptyCounts, summaryJson, summaryLine, verdictJson, verdictLines } from './print';
import { type Progress, progressBar } from './progress';
import type { Report } from './report';
import type { VerdictSource } from './source';
import { exitCodeOf, type Verdict } from './verdict';

export interface RunOptions {
  json: boolean;
  report?: Report;
  /** Milliseconds clock for the progress bar (performance.now). */
  now: () => number;
  /**
   * Checks across files, after all verdicts: the campaign missions' carry-over (each must be what the mission
   * before it left). Given the OK campaign replays; each problem turns that file's OK into a DIVERGED count.
   */
  crossCheck?: (files: string[]) => CrossProblem[];
}

/** A problem found across files (printed as `CARRY-OVER <file>: <path>: <message>`). */
export interface CrossProblem {
  file: string;
  path: string;
  message: string;
}

/** Verifies `files` through `source`; returns the exit code (the worst verdict's). */
export async function runVerify(
  files: readonly string[],
  source: VerdictSource,
  io: Io,
  opts: RunOptions,
): Promise<number> {
  const counts: Counts = emptyCounts();
  let exit: number = EXIT.ok;
  let fromReport = 0;
  const todo: string[] = [];
  for (const f of files) {
    const already = opts.report?.done.get(resolve(f));
    if (already) {
      counts[already]++;
      fromReport++;
      exit = worseExit(exit, exitCodeOf(already));
    } else todo.push(f);
  }
  const bar: Progress | undefined =
    io.progress && todo.length > 1 ? progressBar(todo.length, io.progress, opts.now) : undefined;
  const print = (v: Verdict) => {
    bar?.clear();
    if (opts.json) io.out(JSON.stringify(verdictJson(v)));
    else for (const line of verdictLines(v)) io.out(line);
  };

  const campaign: string[] = [];
  const window = Math.max(source.concurrency * 4, 8);
  const finished = new Map<number, Verdict>();
  let next = 0; // next file to ask about
  let printed = 0; // next file to print
  let done = 0;
  await new Promise<void>((allDone, failed) => {
    const pump = () => {
      while (printed < todo.length && finished.has(printed)) {
        const v = finished.get(printed)!;
        finished.delete(printed);
        print(v);
        printed++;
      }
      bar?.tick(done);
      if (printed === todo.length) return allDone();
      while (next < todo.length && next - printed < window && next - done < source.concurrency) ask(next++);
    };
    const ask = (i: number) => {
      source.verify(todo[i]!).then((v) => {
        done++;
        counts[v.status]++;
        exit = worseExit(exit, exitCodeOf(v.status));
        opts.report?.append(v);
        if (v.status === 'ok' && v.campaignMission !== undefined) campaign.push(v.file);
        finished.set(i, v);
        pump();
      }, failed);
    };
    pump();
  });
  bar?.clear();
  const demoted = new Set<string>();
  for (const p of campaign.length > 0 && opts.crossCheck ? opts.crossCheck(campaign) : []) {
    io.out(opts.json ? JSON.stringify({ type: 'carry-over', ...p }) : `CARRY-OVER ${p.file}: ${p.path}: ${p.message}`);
    if (demoted.has(p.file)) continue;
    demoted.add(p.file);
    counts.ok--;
    counts.diverged++;
    exit = worseExit(exit, EXIT.mismatch);
  }
  io.out(opts.json ? JSON.stringify(summaryJson(counts, fromReport, exit)) : summaryLine(counts, fromReport));
  return exit;
}
