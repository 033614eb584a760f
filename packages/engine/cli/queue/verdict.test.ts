// The queue's pieces that need no Redis: a job's verdict, refusals, failures as verdicts, and that a local run
// never loads BullMQ.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinMap, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { REPLAY_VERSION } from '../../src/version';
import { verdictLines } from '../verify/print';
import { contextFromMaps, makeContext, verifyText } from '../verify/verifyFile';
import { faultFromFailure } from './producer';
import { JOB_PROTOCOL, jobData } from './protocol';
import { verdictForJob } from './worker';

const here = dirname(fileURLToPath(import.meta.url));
const golden = readFileSync(join(here, '../../test/golden/training-seed1.replay.json'), 'utf8');

function localCtx() {
  const made = makeContext([]);
  if (!made.ok) throw new Error(made.message);
  return made.ctx;
}

describe('a job\u2019s verdict', () => {
  it('is the local verdict for the same text, good or tampered', () => {
    const local = verifyText(golden, 'g.json', localCtx());
    expect(local.status).toBe('ok');
    expect(verdictForJob(jobData('g.json', golden, [], false), REPLAY_VERSION, 'w')).toEqual(local);
    const r = JSON.parse(golden);
    r.hashes[5] = '0000000000000000';
    const bad = JSON.stringify(r);
    const localBad = verifyText(bad, 'b.json', localCtx());
    expect(localBad).toMatchObject({ status: 'diverged', index: 5 });
    expect(verdictForJob(jobData('b.json', bad, [], false), REPLAY_VERSION, 'w')).toEqual(localBad);
  });

  it('is refused, naming both versions, by a worker of other rules or another job layout', () => {
    const other = verdictForJob(jobData('g', golden, [], false), REPLAY_VERSION + 1, 'host:9');
    expect(other).toMatchObject({ file: 'g', status: 'fault' });
    expect((other as { message: string }).message).toMatch(
      new RegExp(
        `refused by worker host:9: it runs rules version ${REPLAY_VERSION + 1}.*rules version ${REPLAY_VERSION}`,
      ),
    );
    const layout = verdictForJob(
      { ...jobData('g', golden, [], false), protocol: JOB_PROTOCOL + 1 },
      REPLAY_VERSION,
      'w',
    );
    expect((layout as { message: string }).message).toMatch(/queue protocol/);
  });

  it('is a FAULT, not an exception, when the verification throws', () => {
    const v = verdictForJob(jobData('g', golden, [], false), REPLAY_VERSION, 'w', () => {
      throw new Error('boom');
    });
    expect(v).toEqual({
      file: 'g',
      status: 'fault',
      message: expect.stringMatching(/^the worker failed while verifying: boom/),
    });
    expect(verdictLines(v)).toEqual([expect.stringMatching(/^FAULT g: the worker failed while verifying: boom/)]);
  });

  it('uses the maps sent with the job, and names a bad one', () => {
    const v = verdictForJob(jobData('g', golden, [{ format: 'denizens-map' }], false), REPLAY_VERSION, 'w');
    expect(v).toMatchObject({ status: 'fault', message: expect.stringMatching(/map sent with the job is not valid/) });
    // A map sent with the job is found as a --map file is: "given", and it wins over a built-in of the same id.
    const training = validateMap(builtinMap('training'), 'training');
    if (!training.ok) throw new Error('built-in map invalid');
    const ctx = contextFromMaps([training.map], false);
    expect(ctx.isBuiltin('training')).toBe(false);
    expect(ctx.isBuiltin('ruins')).toBe(true);
    expect(ctx.resolve('nowhere')).toBeUndefined();
    const sent = verdictForJob(jobData('g', golden, [training.map], false), REPLAY_VERSION, 'w');
    expect(sent).toMatchObject({ status: 'ok', map: { id: 'training', source: 'given' } });
  });
});

describe('failed jobs', () => {
  it('turn BullMQ\u2019s stalled-limit failure into a plain FAULT', () => {
    expect(faultFromFailure('f', 'job stalled more than allowable limit')).toMatchObject({
      file: 'f',
      status: 'fault',
      message: expect.stringMatching(/^workers stopped \(died or hung\)/),
    });
    expect(faultFromFailure('f', 'ECONNRESET')).toMatchObject({
      message: 'a worker failed on this replay: ECONNRESET',
    });
  });
});

describe('a local run', () => {
  /** The modules a file imports (or re-exports) statically, transitively, within this package's sources (types aside). */
  function staticImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^(?:import|export) (?!type )[^;]*? from '([^']+)';/gms)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) staticImports(resolve(dirname(file), `${spec}.ts`), seen);
      else seen.add(spec);
    }
    return seen;
  }

  it('never loads bullmq or ioredis: the CLI reaches the queue code only through loadQueue() for --queue and worker', () => {
    // The command line and the verify command (which cli.ts imports when verify runs).
    const all = [...staticImports(join(here, '../main.ts')), ...staticImports(join(here, '../verifyCommand.ts'))];
    expect(all.some((f) => f.endsWith('/verify/run.ts'))).toBe(true); // the walk does go deep
    expect(all.some((f) => f.endsWith('/loadQueue.ts'))).toBe(true);
    expect(all.filter((s) => /^(bullmq|ioredis)/.test(s) || s.includes('/cli/queue/'))).toEqual([]);
    // …while the queue's entry does import them (so the check above would see it if the CLI did).
    expect([...staticImports(join(here, 'index.ts'))]).toEqual(expect.arrayContaining(['bullmq', 'ioredis']));
  });

  it('and the built command line keeps the queue in a bundle of its own', () => {
    const cli = readFileSync(join(here, '../../dist/node/cli/denizens.cjs'), 'utf8');
    expect(cli).toContain('__importBeside("./queue.mjs")');
    expect(cli).not.toMatch(/job stalled more than allowable limit|QueueEvents/);
    const queue = readFileSync(join(here, '../../dist/node/cli/queue.mjs'), 'utf8');
    expect(queue).toMatch(/job stalled more than allowable limit/);
  });
});
