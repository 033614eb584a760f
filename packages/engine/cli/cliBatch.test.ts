import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../src/replay/simulate';
import { builtin } from '../test/support';
import { denizens, GOLDEN, NO_STACK, tempDir } from './testSupport';
import { OutputLineSchema } from './verify/outputSchema';

const GOLDEN_FILES = ['ruins-seed1', 'ship-seed1', 'training-seed1', 'training-seed2'];

/** A folder of replays: a/ and b/ with golden copies, one tampered, plus files that are not replays. */
function corpus(): { root: string; expectedOrder: string[] } {
  const root = tempDir();
  mkdirSync(join(root, 'b', 'deep'), { recursive: true });
  mkdirSync(join(root, 'a'));
  copyFileSync(join(GOLDEN, 'ship-seed1.replay.json'), join(root, 'b', 'deep', 'z.replay.json'));
  copyFileSync(join(GOLDEN, 'training-seed1.replay.json'), join(root, 'b', 'x.replay.json'));
  copyFileSync(join(GOLDEN, 'training-seed2.replay.json'), join(root, 'a', 'y.replay.json'));
  const t = JSON.parse(readFileSync(join(GOLDEN, 'ruins-seed1.replay.json'), 'utf8'));
  t.result.hash = '0123456789abcdef';
  writeFileSync(join(root, 'a', 'tampered.replay.json'), JSON.stringify(t));
  writeFileSync(join(root, 'a', 'notes.json'), '{}');
  writeFileSync(join(root, 'readme.txt'), 'not a replay');
  return {
    root,
    expectedOrder: ['a/tampered.replay.json', 'a/y.replay.json', 'b/deep/z.replay.json', 'b/x.replay.json'],
  };
}

describe('denizens verify batches (the real binary)', () => {
  it('a folder: every *.replay.json below it, sorted; --json streams NDJSON verdicts then a summary, per the schema', () => {
    const { root, expectedOrder } = corpus();
    const r = denizens(['verify', '--json', root]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const objs = r.lines.map((l) => JSON.parse(l));
    for (const o of objs) expect(OutputLineSchema.safeParse(o).success, JSON.stringify(o)).toBe(true);
    expect(objs.slice(0, -1).map((o) => relative(root, o.file))).toEqual(expectedOrder);
    expect(objs[0]).toMatchObject({ type: 'verdict', status: 'diverged', what: 'final state hash' });
    expect(objs[1]).toMatchObject({ status: 'ok', map: { id: 'training', source: 'builtin' } });
    expect(objs.at(-1)).toEqual({
      type: 'summary',
      files: 4,
      ok: 3,
      diverged: 1,
      illegal: 0,
      fault: 0,
      invalid: 0,
      fromReport: 0,
      exit: 1,
    });
  });

  it('a worker thread that dies: its file is INVALID naming the failure, the files sent after it are verified by others', () => {
    const root = tempDir();
    const names = ['a', 'b', 'c', 'crash', 'd', 'e', 'f', 'g'];
    for (const n of names) copyFileSync(join(GOLDEN, 'training-seed1.replay.json'), join(root, `${n}.replay.json`));
    const r = denizens(['verify', '--jobs', '2', root], { env: { DENIZENS_TEST_WORKER_EXIT_ON: 'crash.replay' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.lines).toHaveLength(names.length + 1);
    names.forEach((n, i) => {
      const line = r.lines[i]!;
      if (n === 'crash')
        expect(line).toMatch(/^INVALID .*crash\.replay\.json: \$: the verification worker stopped: exit code 70$/);
      else expect(line, n).toMatch(new RegExp(`^OK .*/${n}\\.replay\\.json: map training`));
    });
    expect(r.lines.at(-1)).toBe('8 replays: 7 OK, 1 INVALID');
  });

  it('a worker that dies in the middle of a batch: the file it was on is named, the others of the batch verified', () => {
    // Batches of 8 files (fixed by a test-only setting, timings vary): the crash on the 51st comes with files
    // before and after it in the same batch whose verdicts were not sent yet.
    const root = tempDir();
    const names = Array.from({ length: 80 }, (_, i) => (i === 50 ? `f${i}-crash` : `f${i}`));
    for (const n of names) copyFileSync(join(GOLDEN, 'training-seed1.replay.json'), join(root, `${n}.replay.json`));
    const r = denizens(['verify', '--jobs', '2', '--json', root], {
      env: { DENIZENS_TEST_WORKER_EXIT_ON: 'crash.replay', DENIZENS_TEST_BATCH: '8' },
    });
    expect(r.stderr).toBe('');
    const objs = r.lines.map((l) => JSON.parse(l));
    const verdicts = objs.filter((o) => o.type === 'verdict');
    expect(verdicts.map((o) => relative(root, o.file))).toEqual([...names].sort().map((n) => `${n}.replay.json`));
    const bad = verdicts.filter((o) => o.status !== 'ok');
    expect(bad).toEqual([
      {
        type: 'verdict',
        file: join(root, 'f50-crash.replay.json'),
        status: 'invalid',
        path: '$',
        message: 'the verification worker stopped: exit code 70',
      },
    ]);
    expect(objs.at(-1)).toMatchObject({ type: 'summary', files: 80, ok: 79, invalid: 1 });
  });

  it('--jobs 2 gives the same lines in the same order as --jobs 1', () => {
    const { root } = corpus();
    const files = [root, ...GOLDEN_FILES.map((f) => join(GOLDEN, `${f}.replay.json`)), join(root, 'missing.json')];
    const one = denizens(['verify', '--jobs', '1', ...files]);
    const two = denizens(['verify', '--jobs', '2', ...files]);
    expect(one.lines).toHaveLength(10);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(one.status);
    expect(two.status).toBe(2);
  });

  it('--report appends each verdict; --resume skips the files already in it and counts them in the summary', () => {
    const { root } = corpus();
    const report = join(root, 'run.ndjson');
    const first = denizens(['verify', '--report', report, join(root, 'a')]);
    expect(first.lines.at(-1)).toBe('2 replays: 1 OK, 1 DIVERGED');
    // an interrupted run: a line cut short at the end of the report
    writeFileSync(report, `${readFileSync(report, 'utf8')}{"type":"verdict","file":"${join(root, 'b')}`);
    const second = denizens(['verify', '--report', report, '--resume', root]);
    expect(second.status).toBe(1);
    expect(
      second.lines
        .filter((l) => /^(OK|DIVERGED) /.test(l))
        .map((l) => relative(root, l.split(' ')[1]!.replace(/:$/, ''))),
    ).toEqual(['b/deep/z.replay.json', 'b/x.replay.json']);
    expect(second.lines.at(-1)).toBe('4 replays: 3 OK, 1 DIVERGED (2 already in the report, not verified again)');
    const lines = readFileSync(report, 'utf8').split('\n').filter(Boolean);
    const verdicts = lines.flatMap((l) => {
      try {
        return [JSON.parse(l)];
      } catch {
        return [];
      }
    });
    expect(verdicts.map((v) => relative(root, v.file)).sort()).toEqual([
      'a/tampered.replay.json',
      'a/y.replay.json',
      'b/deep/z.replay.json',
      'b/x.replay.json',
    ]);
    const third = denizens(['verify', '--report', report, '--resume', root]);
    expect(third.lines).toEqual(['4 replays: 3 OK, 1 DIVERGED (4 already in the report, not verified again)']);
  });

  it('from a subfolder, relative paths mean the user’s folder (the bin, and `pnpm denizens` through INIT_CWD)', () => {
    const { root } = corpus();
    const sub = join(root, 'b');
    const direct = denizens(['verify', 'x.replay.json', 'deep'], { cwd: sub });
    expect(direct.lines[0]).toMatch(/^OK x\.replay\.json: /);
    expect(direct.lines[1]).toMatch(/^OK deep\/z\.replay\.json: /);
    const repo = join(import.meta.dirname, '../../..');
    const viaScript = spawnSync(process.execPath, [join(repo, 'scripts/denizens.mjs'), 'verify', 'x.replay.json'], {
      cwd: repo,
      env: { ...process.env, INIT_CWD: sub },
      encoding: 'utf8',
    });
    expect(viaScript.status).toBe(0);
    expect(viaScript.stdout).toMatch(/^OK x\.replay\.json: map training/);
  });

  it('one bad file never ends a batch: a command nested 100,000 deep gets its verdict (text and --json) and the rest follow', () => {
    const root = tempDir();
    const r0 = JSON.parse(readFileSync(join(GOLDEN, 'training-seed1.replay.json'), 'utf8'));
    let deep = '1';
    for (let i = 0; i < 100_000; i++) deep = `{"a":${deep}}`;
    const text = JSON.stringify({ ...r0, commands: ['@@'] }).replace('"@@"', `{"type":"move","unit":${deep}}`);
    writeFileSync(join(root, 'deep.replay.json'), text);
    const seedText = JSON.stringify({ ...r0, seed: '@@' }).replace('"@@"', deep);
    writeFileSync(join(root, 'deepseed.replay.json'), seedText);
    copyFileSync(join(GOLDEN, 'ship-seed1.replay.json'), join(root, 'z.replay.json'));
    for (const json of [false, true]) {
      const r = denizens(['verify', ...(json ? ['--json'] : []), root]);
      expect(r.stderr).toBe('');
      expect(r.stdout).not.toMatch(NO_STACK);
      expect(r.lines).toHaveLength(4);
      if (json) {
        const o = r.lines.map((l) => JSON.parse(l));
        expect(o[0]).toMatchObject({ status: 'illegal', index: 0 });
        expect(o[0].command.length).toBeLessThan(100);
        expect(o[1]).toMatchObject({ status: 'invalid', path: '$.seed' });
        expect(o[2]).toMatchObject({ status: 'ok' });
      } else {
        expect(r.lines[0]).toMatch(
          /^ILLEGAL .*deep\.replay\.json at command #0 \(turn 1, \{"type":"move","unit":\{"a":/,
        );
        expect(r.lines[0]!.length).toBeLessThan(400);
        expect(r.lines[1]).toMatch(/^INVALID .*deepseed\.replay\.json: \$\.seed: /);
        expect(r.lines[2]).toMatch(/^OK /);
      }
    }
  });

  it('an embedded map that names a built-in id but is not that map does not verify; the embedded copy of it does', () => {
    const root = tempDir();
    const toy = structuredClone(builtin('training'));
    toy.enemies = toy.enemies.slice(0, 1);
    writeFileSync(join(root, 'toy.replay.json'), JSON.stringify(simulate(toy, 5, 2, { embedMap: true })));
    writeFileSync(
      join(root, 'real.replay.json'),
      JSON.stringify(simulate(builtin('training'), 5, 2, { embedMap: true })),
    );
    const r = denizens(['verify', root]);
    expect(r.status).toBe(1);
    expect(r.lines[0]).toMatch(/^OK .*real\.replay\.json: map training \(embedded, [0-9a-f]{16}\)/);
    expect(r.lines[1]).toMatch(
      /^DIVERGED .*toy\.replay\.json at turn 0: map: the embedded map calls itself "training" but is not the built-in map of that id: expected [0-9a-f]{16}, got [0-9a-f]{16}$/,
    );
  });
});
