import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Replay } from '../src/replay/format';
import { simulate } from '../src/replay/simulate';
import { builtin } from '../test/support';
import { runCli } from './cli';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe('denizens campaign', () => {
  const dir = mkdtempSync(join(tmpdir(), 'denizens-campaign-'));
  const m1 = join(dir, 'mission-1-ruins.replay.json');
  const m2 = join(dir, 'mission-2-ship.replay.json');

  it('plays the whole campaign and writes one replay per mission that verify accepts together', async () => {
    const c = capture();
    expect(await runCli(['campaign', '--seed', '1', '--out', dir], c.io)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'campaign.json',
      'mission-1-ruins.replay.json',
      'mission-2-ship.replay.json',
    ]);
    expect(c.out.at(-1)).toMatch(/^campaign (won|lost) \(difficulty normal, seed 1\)/);
    const second = JSON.parse(readFileSync(m2, 'utf8')) as Replay;
    const first = JSON.parse(readFileSync(m1, 'utf8')) as Replay;
    expect(second.campaign).toMatchObject({ seed: 1, mission: 2, previous: { map: 'ruins', hash: first.result.hash } });
    expect(second.campaign?.squad?.length).toBeGreaterThan(0);
    const v = capture();
    expect(await runCli(['verify', m1, m2], v.io)).toBe(0);
    expect(v.err).toEqual([]);
  });

  it('catches a forged carry-over: a mission 2 played from a squad mission 1 did not leave', async () => {
    const real = JSON.parse(readFileSync(m2, 'utf8')) as Replay;
    // The forger re-plays mission 2 honestly, but from a better squad: the fallen captain is back.
    const link = structuredClone(real.campaign!);
    link.squad = [
      ...link.squad!.filter((p) => p.id !== 'willow'),
      { id: 'willow', hp: 7, maxHp: 7, bleeding: 0, weapon: 'thompson', sidearm: 'webley', pack: true, medkits: 2 },
    ];
    const forged = simulate(builtin('ship'), real.seed, 25, { campaign: link });
    const file = join(dir, 'forged.json');
    writeFileSync(file, JSON.stringify(forged));
    // On its own it re-simulates, but its carry-over cannot be checked without mission 1.
    const alone = capture();
    expect(await runCli(['verify', file], alone.io)).toBe(1);
    expect(alone.out.join('\n')).toMatch(
      /CARRY-OVER .*forged\.json: \$\.campaign: mission 2's carry-over cannot be checked/,
    );
    const both = capture();
    expect(await runCli(['verify', m1, file], both.io)).toBe(1);
    expect(both.out.join('\n')).toMatch(
      /CARRY-OVER .*forged\.json: \$\.campaign\.squad: carry-over does not match mission 1's result/,
    );
  });

  it('catches an edited carry-over (the replay then no longer re-simulates to its hashes)', async () => {
    const r = JSON.parse(readFileSync(m2, 'utf8')) as Replay;
    r.campaign!.squad![0]!.hp = 1;
    const file = join(dir, 'edited.json');
    writeFileSync(file, JSON.stringify(r));
    const v = capture();
    expect(await runCli(['verify', m1, file], v.io)).toBe(1);
    expect(v.out.join('\n')).toMatch(/edited\.json/);
  });

  it('refuses bad options with usage and exit 2', async () => {
    const c = capture();
    expect(await runCli(['campaign', '--seed', 'x', '--out', dir], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/--seed must be a whole number/);
    const d = capture();
    expect(await runCli(['campaign', '--seed', '1', '--out', dir, '--difficulty', 'brutal'], d.io)).toBe(2);
    expect(d.err.join('\n')).toMatch(/--difficulty must be easy, normal or hard/);
  });
});
