import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashWorld, replaySteps } from '@denizens/engine';
import { describe, expect, it } from 'vitest';
import { builtinMaps } from '../../game/replayHashes';
import { restoreCheckpoint } from './checkpoints';
import { longRuinsReplayText } from './longGame';
import { openTimeline, type Timeline, worldAt } from './timeline';

const GOLDEN = join(__dirname, '..', '..', '..', '..', 'engine', 'test', 'golden');
const golden = (name: string) => readFileSync(join(GOLDEN, `${name}.replay.json`), 'utf8');

function open(text: string, every?: number): Timeline {
  const r = openTimeline(text, 'r.json', builtinMaps, { every });
  if (!r.ok) throw new Error(r.error);
  return r.timeline;
}

/** The state hash after every number of commands, stepping forward once from the start. */
function forwardHashes(t: Timeline): string[] {
  const world = t.fresh();
  const out = [hashWorld(world)];
  for (const step of replaySteps(world, t.commands.slice(0, t.limit))) {
    if (!step.result.ok) break;
    out.push(hashWorld(world));
  }
  return out;
}

describe('checkpoints', () => {
  it('step back to command i gives the world of stepping forward to i, on the longest golden replay', () => {
    const text = golden('ship-seed3');
    const replay = JSON.parse(text);
    const t = open(text);
    const ahead = forwardHashes(t);
    expect(ahead).toHaveLength(replay.commands.length + 1);
    expect(ahead.slice(1)).toEqual(replay.hashes);
    expect(t.checkpoints.saves).toHaveLength(Math.floor(t.limit / t.checkpoints.every) + 1);
    // back one command at a time from the end, as ← does
    for (let i = t.limit; i >= 0; i--) expect(hashWorld(worldAt(t, i)), `command ${i}`).toBe(ahead[i]);
  });

  it('a restored world plays on exactly as the original did, whatever the spacing', () => {
    const text = golden('ruins-seed3');
    const ahead = forwardHashes(open(text, 1));
    for (const every of [1, 50]) {
      const t = open(text, every);
      for (let i = t.limit; i >= 0; i -= 3) expect(hashWorld(worldAt(t, i)), `every ${every}, ${i}`).toBe(ahead[i]);
    }
  });

  it('restores the checkpoint at or before n, never a later one, and its world is nobody else’s', () => {
    const t = open(golden('training-seed2'), 5);
    expect(restoreCheckpoint(t.checkpoints, 0).at).toBe(0);
    expect(restoreCheckpoint(t.checkpoints, 4).at).toBe(0);
    expect(restoreCheckpoint(t.checkpoints, 5).at).toBe(5);
    expect(restoreCheckpoint(t.checkpoints, 14).at).toBe(10);
    const a = restoreCheckpoint(t.checkpoints, 10).world;
    const b = restoreCheckpoint(t.checkpoints, 10).world;
    const before = hashWorld(b);
    for (const step of replaySteps(a, t.commands.slice(10, 12))) expect(step.result.ok).toBe(true);
    expect(hashWorld(a)).not.toBe(before);
    expect(hashWorld(b)).toBe(before);
    expect(hashWorld(restoreCheckpoint(t.checkpoints, 10).world)).toBe(before);
  });

  it('keeps no checkpoint past a divergence: the limit is as far as anything goes', () => {
    const replay = JSON.parse(golden('training-seed2'));
    replay.hashes[20] = 'fedcba9876543210';
    const t = open(JSON.stringify(replay), 4);
    expect(t.limit).toBe(21);
    expect(t.checkpoints.saves).toHaveLength(6); // 0, 4, … 20
    expect(hashWorld(worldAt(t, 1000))).toBe(forwardHashes(t)[21]);
  });

  it('step back is exact on a long game (40 turns, hundreds of commands)', { timeout: 120_000 }, () => {
    const text = longRuinsReplayText('1');
    const replay = JSON.parse(text);
    expect(replay.commands.length).toBeGreaterThan(300);
    const t = open(text);
    expect(t.divergence).toBeNull();
    const ahead = forwardHashes(t);
    expect(ahead[t.limit]).toBe(replay.result.hash);
    // every command of the last two checkpoints' spans, then a sample across the game going back
    for (let i = t.limit; i >= t.limit - 2 * t.checkpoints.every; i--) expect(hashWorld(worldAt(t, i))).toBe(ahead[i]);
    for (let i = t.limit - 17; i >= 0; i -= 13) expect(hashWorld(worldAt(t, i)), `command ${i}`).toBe(ahead[i]);
  });
});
