import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

/** Lints a probe file placed in `dir` (relative to the repo root) and returns Biome's output. */
function lintProbe(dir: string, source: string): { status: number | null; text: string } {
  const folder = join(ROOT, dir);
  const made = !existsSync(folder);
  if (made) mkdirSync(folder, { recursive: true });
  const file = join(folder, `lint-probe-${process.pid}.ts`);
  writeFileSync(file, source);
  try {
    const r = spawnSync(BIOME, ['lint', '--max-diagnostics=50', file], { cwd: ROOT, encoding: 'utf8' });
    return { status: r.status, text: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(made ? folder : file, { recursive: true, force: true });
  }
}

describe('the determinism lint rules', () => {
  it('reject clocks, timers, Math.random and locale-dependent sorting in engine code', () => {
    const r = lintProbe(
      'packages/engine/src',
      [
        'export const a = Math.random();',
        'export const b = Date.now();',
        'export const c = performance.now();',
        'export const d = setTimeout(() => 0, 1);',
        "export const e = ['b', 'a'].sort((x, y) => x.localeCompare(y));",
        'export const f = Math.floor(2.5);',
      ].join('\n'),
    );
    expect(r.status).not.toBe(0);
    expect(r.text).toMatch(/Math\.random is banned in the engine/);
    expect(r.text).toMatch(/global variable Date/);
    expect(r.text).toMatch(/global variable performance/);
    expect(r.text).toMatch(/global variable setTimeout/);
    expect(r.text).toMatch(/localeCompare depends on the machine's locale/);
    // Exactly these five: Math.floor is fine.
    expect(r.text).toMatch(/Found 5 errors/);
  });

  it('apply to every folder under the engine src/ (a node/ folder too), not to its command line in cli/', () => {
    const timer = 'export const t = setTimeout(() => 0, 1);\nexport const n = Date.now();\n';
    expect(lintProbe('packages/engine/src/node', timer).text).toMatch(/Found 2 errors/);
    const cli = lintProbe('packages/engine/cli', timer);
    expect(cli.status).toBe(0);
    expect(cli.text).not.toMatch(/global variable/);
  });

  it('apply to the maps package too, but not to the client', () => {
    expect(lintProbe('packages/maps/src', 'export const a = Math.random();\n').text).toMatch(/Math\.random is banned/);
    const client = lintProbe('packages/client/src', 'export const a = Math.random();\n');
    expect(client.text).not.toMatch(/Math\.random is banned/);
  });
});
