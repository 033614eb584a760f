// `denizens verify`: the inputs expanded, the maps loaded once, then the run (verify/run.ts) with a verdict source:
// this thread for one job, a worker-thread pool for more, or with --queue the workers on a Redis queue.
import { INPUT_LIMITS, readInputFile } from '@denizens/maps/node/readInputFile';
import { parseReplayText } from '../src/replay/parse';
import { checkCampaignLinks } from '../src/story/campaignVerify';
import { EXIT } from './exitCodes';
import type { Io } from './io';
import { loadQueue } from './loadQueue';
import { expandInputs } from './verify/inputs';
import { poolAvailable, poolSource } from './verify/pool';
import { openReport, type Report } from './verify/report';
import { runVerify } from './verify/run';
import { localSource, type VerdictSource } from './verify/source';
import { makeContext } from './verify/verifyFile';

export interface VerifyArgs {
  inputs: string[];
  maps: string[];
  json: boolean;
  jobs: number;
  explain: boolean;
  report?: string;
  resume: boolean;
  now: () => number;
  /** A Redis URL: verdicts from `denizens worker` processes through the queue (queue/), not from this machine. */
  queue?: string;
}

export async function runVerifyCommand(a: VerifyArgs, io: Io): Promise<number> {
  const expanded = expandInputs(a.inputs);
  if (!expanded.ok) {
    io.err(`denizens verify: ${expanded.message}`);
    return EXIT.invalid;
  }
  const made = makeContext(a.maps, a.explain);
  if (!made.ok) {
    io.err(made.message);
    return EXIT.invalid;
  }
  let report: Report | undefined;
  if (a.report !== undefined) {
    const r = openReport(a.report, a.resume);
    if (!r.ok) {
      io.err(`denizens verify: ${r.message}`);
      return EXIT.invalid;
    }
    report = r.report;
  }
  const jobs = Math.min(a.jobs, expanded.files.length);
  let source: VerdictSource;
  if (a.queue !== undefined) {
    // Loaded only here (its own bundle, with BullMQ and ioredis): a local run never loads the queue code.
    const { openQueueSource } = await loadQueue();
    const opened = await openQueueSource({ url: a.queue, maps: a.maps, explain: a.explain, log: io.err });
    if (!opened.ok) {
      report?.close();
      io.err(`denizens verify: ${opened.message}`);
      return EXIT.invalid;
    }
    source = opened.source;
  } else
    source =
      jobs > 1 && poolAvailable()
        ? poolSource(jobs, a.maps, a.explain)
        : localSource(made.ctx, expanded.files.length > 1);
  try {
    const crossCheck = (files: string[]) =>
      checkCampaignLinks(
        files.flatMap((file) => {
          const read = readInputFile(file, { maxBytes: INPUT_LIMITS.replay, what: 'replay' });
          if (!read.ok) return [];
          const parsed = parseReplayText(read.text);
          return parsed.ok ? [{ file, json: parsed.json }] : [];
        }),
        made.ctx.resolve,
      );
    return await runVerify(expanded.files, source, io, { json: a.json, report, now: a.now, crossCheck });
  } finally {
    await source.close();
    report?.close();
  }
}
