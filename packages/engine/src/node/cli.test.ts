import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPLAY_VERSION } from '../version';
import { runCli } from './cli';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'denizens-cli-'));
const NO_STACK = /\n\s+at /;

describe('denizens CLI', () => {
  const replay = join(dir, 'r.json');
  const events = join(dir, 'e.jsonl');

  it('simulate writes a replay and events that verify says OK to', async () => {
    const c = capture();
    expect(
      await runCli(
        ['simulate', '--map', 'ruins', '--seed', '3', '--turns', '4', '--out', replay, '--events', events],
        c.io,
      ),
    ).toBe(0);
    const lines = readFileSync(events, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const l of lines) expect(typeof JSON.parse(l).type).toBe('string');
    const v = capture();
    expect(await runCli(['verify', replay], v.io)).toBe(0);
    expect(v.out.join('\n')).toMatch(
      /^OK .*r\.json: 4 turns, \d+ commands, ongoing at turn 5, final hash [0-9a-f]{16}$/,
    );
  });

  it('verify exits 1 and names the turn for a tampered replay', async () => {
    const r = JSON.parse(readFileSync(replay, 'utf8'));
    r.turns[1].hash = '0000000000000000';
    const bad = join(dir, 'tampered.json');
    writeFileSync(bad, JSON.stringify(r));
    const c = capture();
    expect(await runCli(['verify', replay, bad], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(
      /^DIVERGED .*tampered\.json at turn 2 \(expected 0000000000000000, got [0-9a-f]{16}\)/,
    );
  });

  it('verify --json gives one result per file', async () => {
    const c = capture();
    expect(await runCli(['verify', '--json', replay], c.io)).toBe(0);
    expect(JSON.parse(c.out.join(''))).toMatchObject([{ file: replay, status: 'ok', turns: 4 }]);
  });

  it('verify exits 2 with the file, JSON path and expectation for malformed input', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'denizens-replay', version: REPLAY_VERSION }));
    const c = capture();
    expect(await runCli(['verify', bad, join(dir, 'missing.json')], c.io)).toBe(2);
    const text = c.err.join('\n');
    expect(text).toMatch(/^INVALID .*bad\.json: \$\.engine: missing/m);
    expect(text).toMatch(/^INVALID .*missing\.json: \$: no such file$/m);
    expect(text).not.toMatch(NO_STACK);
  });

  it('rejects bad arguments with usage and exit 2', async () => {
    for (const args of [
      ['simulate', '--map', 'training'],
      ['simulate', '--map', 'nowhere.json', '--seed', '1', '--turns', '1', '--out', 'x'],
      ['verify'],
      ['fly'],
      ['simulate', '--bogus'],
    ]) {
      const c = capture();
      expect(await runCli(args, c.io)).toBe(2);
      expect(c.err.join('\n')).not.toMatch(NO_STACK);
    }
  });

  it('the real process exits 2 with no stack trace on a file that is not JSON', () => {
    const bad = join(dir, 'garbage.json');
    writeFileSync(bad, '\u0000\u0001 definitely not json');
    const bin = join(import.meta.dirname, '../../bin/denizens.mjs');
    const r = spawnSync(process.execPath, [bin, 'verify', bad], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/INVALID .*garbage\.json: \$: not valid JSON/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });
});
