import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The keys docs/benchmarks.md names (in backticks). */
function documentedKeys(): Set<string> {
  const doc = readFileSync(join(ROOT, 'docs/benchmarks.md'), 'utf8');
  return new Set([...doc.matchAll(/`([a-z0-9-]+(?:\.[A-Za-z0-9-]+)+)`/g)].map((m) => m[1]!));
}

describe('pnpm bench --quick (smoke test)', () => {
  it('runs every group but the browser one, passes its correctness checks and writes documented JSON figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'denizens-bench-test-'));
    try {
      const file = join(dir, 'quick.json');
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', '--quick', '--json', file], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      const out = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(out['run.quick']).toBe(true);
      expect(out['run.failedChecks']).toBe(0);
      // One figure from each group, with its spread; ratios against the peer; nothing from the browser.
      for (const k of [
        'path.ours.ms',
        'path.easystar.ms',
        'rng.alea.millionPerSec',
        'replay.stress.turnsPerSec',
        'ai.default-12.enemyPhaseMs',
        'scale.64.turnMs',
      ]) {
        expect(typeof out[k], k).toBe('number');
        expect(out[`${k}.min`] as number, k).toBeLessThanOrEqual(out[k] as number);
        expect(out[`${k}.max`] as number, k).toBeGreaterThanOrEqual(out[k] as number);
      }
      expect(out['path.speedup.rot-astar'] as number).toBeGreaterThan(0);
      expect(out['rng.alea.stateBytes'] as number).toBeLessThan(out['rng.arc4.stateBytes'] as number);
      expect(Object.keys(out).some((k) => k.startsWith('client.'))).toBe(false);
      // Every figure written is documented.
      const documented = documentedKeys();
      const missing = Object.keys(out)
        .filter((k) => !k.startsWith('machine.') && !k.startsWith('run.') && !k.endsWith('.skipped'))
        .map((k) => k.replace(/\.(min|max)$/, ''))
        .filter((k) => !documented.has(k));
      expect([...new Set(missing)]).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('refuses unknown options and groups with a usage line', () => {
    for (const args of [['--only', 'nope'], ['--runs', '3'], ['--frobnicate']]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/usage: pnpm bench/);
    }
  }, 60_000);
});
