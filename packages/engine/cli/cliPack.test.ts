import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN, tempDir } from './testSupport';

const ENGINE = join(import.meta.dirname, '..');
const npm = (args: string[], cwd: string) =>
  spawnSync('npm', [...args, '--no-audit', '--no-fund', '--offline', '--loglevel=error'], { cwd, encoding: 'utf8' });

describe('the packed engine package', () => {
  it('installs into an empty folder and runs `denizens verify` there (no TypeScript, no other package)', () => {
    const dest = tempDir('denizens-pack-');
    const pack = npm(['pack', '--pack-destination', dest], ENGINE);
    expect(pack.status, pack.stderr).toBe(0);
    const tgz = readdirSync(dest).find((f) => f.endsWith('.tgz'))!;
    const empty = tempDir('denizens-empty-');
    const install = npm(['install', join(dest, tgz)], empty);
    expect(install.status, install.stderr).toBe(0);
    expect(readdirSync(join(empty, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['@denizens']);
    copyFileSync(join(GOLDEN, 'training-seed2.replay.json'), join(empty, 'game.replay.json'));
    const bin = join(empty, 'node_modules', '.bin', 'denizens');
    const r = spawnSync(bin, ['verify', 'game.replay.json'], { cwd: empty, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^OK game\.replay\.json: map training \(built-in, [0-9a-f]{16}\)/);
    const v = spawnSync(bin, ['--version'], { cwd: empty, encoding: 'utf8' });
    expect(v.stdout).toMatch(/^denizens 0\.1\.0 \(engine 0\.1\.0, replay version \d+\)/);
  }, 120_000);
});
