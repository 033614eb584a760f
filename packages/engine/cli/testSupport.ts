// For the CLI tests: run the real built `denizens` binary (built once per test run by the global setup).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '../bin/denizens.cjs');
export const GOLDEN = join(import.meta.dirname, '../test/golden');
export const NO_STACK = /\n\s+at /;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

/** Spawns `node bin/denizens.cjs …args` and waits for it. */
export function denizens(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

export function tempDir(prefix = 'denizens-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
