import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type HostileInput, writeHostileCorpus } from './generate';

/**
 * The hostile-input corpus (issue 10): at least 200 generated broken inputs (mutated built-in maps, golden
 * replays, a save, the Tiled sample and its tileset, garbage) fed to the real CLI (bin/denizens.cjs, a new
 * process). Every input gets its verdict: exit 2 (1 for a well-formed replay that is illegal or diverges),
 * a message that names the file and where in it, no stack trace, in bounded time and memory.
 */
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'denizens.cjs');
/** The CLI runs with a small heap: an input that makes it grow without bound ends it (and fails the test). */
const HEAP_MB = 384;
const TIME_LIMIT_MS = 240_000;

const dir = mkdtempSync(join(tmpdir(), 'denizens-hostile-'));
const corpus = writeHostileCorpus(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: string | null;
  out: string;
  err: string;
}
function cli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--stack-size=984', BIN, ...args], {
      cwd: dir,
      timeout: TIME_LIMIT_MS,
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => {
      if (out.length < 4_000_000) out += d;
    });
    p.stderr.on('data', (d) => {
      if (err.length < 4_000_000) err += d;
    });
    p.on('close', (code, signal) => done({ code, signal, out, err }));
  });
}

const noStack = (run: Run) => {
  expect(run.signal, 'the CLI was killed (time limit or crash)').toBeNull();
  expect(`${run.out}\n${run.err}`).not.toMatch(/\n\s+at .+[(:]\d+/);
  expect(`${run.out}\n${run.err}`).not.toMatch(/internal error|RangeError|TypeError|Maximum call stack/);
};

describe('hostile inputs through the real CLI', () => {
  it('the corpus has at least 200 generated inputs of every kind', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    for (const tool of ['verify', 'validate', 'tiled'] as const) expect(corpus.some((c) => c.tool === tool)).toBe(true);
  });

  it('verify gives every broken replay or save its own located verdict (exit 2, or 1 for an illegal replay)', {
    timeout: TIME_LIMIT_MS + 30_000,
  }, async () => {
    const inputs = corpus.filter((c) => c.tool === 'verify');
    const run = await cli(['verify', ...inputs.map((c) => c.file)]);
    noStack(run);
    expect([1, 2]).toContain(run.code);
    const lines = `${run.out}\n${run.err}`.split('\n');
    for (const c of inputs) {
      const mine = lines.filter((l) => l.includes(c.file));
      expect(mine.length, `${c.how}: one verdict naming ${c.file}`).toBeGreaterThanOrEqual(1);
      const verdict = mine.join('\n');
      expect(verdict, c.how).not.toMatch(/^FAULT/m);
      // INVALID names where (a JSON path or a line); ILLEGAL and DIVERGED name the command or turn.
      if (/INVALID/.test(verdict)) expect(verdict, c.how).toMatch(/\$|line \d+/);
    }
  });

  it('maps validate gives every broken map a located error (exit 2)', { timeout: TIME_LIMIT_MS + 30_000 }, async () => {
    const inputs = corpus.filter((c) => c.tool === 'validate');
    const run = await cli(['maps', 'validate', ...inputs.map((c) => c.file)]);
    noStack(run);
    expect(run.code).toBe(2);
    for (const c of inputs) {
      const mine = `${run.out}\n${run.err}`.split('\n').filter((l) => l.includes(c.file));
      expect(mine.length, `${c.how}: a message naming ${c.file}`).toBeGreaterThanOrEqual(1);
      if (!mine.some((l) => /: ok \(/.test(l))) expect(mine.join('\n'), c.how).toMatch(/\$|:\d+:\d+|line \d+/);
    }
  });

  it('maps import-tiled refuses every broken Tiled map or tileset with a located error (exit 2)', {
    timeout: 600_000,
  }, async () => {
    const inputs = corpus.filter((c) => c.tool === 'tiled');
    const results: { c: HostileInput; run: Run }[] = [];
    const queue = [...inputs];
    await Promise.all(
      [0, 1, 2].map(async () => {
        for (let c = queue.shift(); c; c = queue.shift())
          results.push({ c, run: await cli(['maps', 'import-tiled', c.file, '-o', `${c.file}.out.json`]) });
      }),
    );
    for (const { c, run } of results) {
      noStack(run);
      expect([0, 2], `${c.how}: exit code`).toContain(run.code);
      if (run.code === 2)
        expect(run.err, c.how).toContain(
          c.file
            .split('/')
            .pop()!
            .replace(/\.tmj$/, ''),
        );
    }
    expect(results.filter((x) => x.run.code === 2).length).toBeGreaterThan(inputs.length / 2);
  });
});
