import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashWorld } from '@denizens/engine';
import { describe, expect, it } from 'vitest';
import { builtinMaps } from '../../game/replayHashes';
import {
  nextTurnCursor,
  openTimeline,
  prevTurnCursor,
  type Timeline,
  verifiedBy,
  verifiedCommandsBy,
  worldAt,
} from './timeline';

const GOLDEN = join(__dirname, '..', '..', '..', '..', 'engine', 'test', 'golden');
const golden = (name: string) => readFileSync(join(GOLDEN, `${name}.replay.json`), 'utf8');

function open(text: string, name = 'r.json'): Timeline {
  const r = openTimeline(text, name, builtinMaps);
  if (!r.ok) throw new Error(r.error);
  return r.timeline;
}

describe('the viewer timeline', () => {
  it('marks every turn of a golden replay verified, and re-simulates any cursor exactly', () => {
    const text = golden('training-seed1');
    const replay = JSON.parse(text);
    const t = open(text);
    expect(t.divergence).toBeNull();
    expect(t.limit).toBe(replay.commands.length);
    expect(t.marks.map((m) => m.status)).toEqual(replay.turns.map(() => 'ok'));
    expect(t.marks.map((m) => m.turn)).toEqual(replay.turns.map((r: { turn: number }) => r.turn));
    expect(hashWorld(worldAt(t, t.marks[0]!.index + 1))).toBe(replay.turns[0].hash);
    expect(hashWorld(worldAt(t, t.limit))).toBe(replay.result.hash);
    expect(verifiedBy(t, t.limit)).toBe(replay.turns.length);
    expect(verifiedBy(t, t.marks[1]!.index)).toBe(1);
    expect(nextTurnCursor(t, 0)).toBe(t.marks[0]!.index + 1);
    expect(prevTurnCursor(t, t.marks[1]!.index + 1)).toBe(t.marks[0]!.index + 1);
    expect(prevTurnCursor(t, t.marks[0]!.index + 1)).toBe(0);
  });

  it('stops a tampered replay after the turn whose hash differs, the rest unverifiable, in the CLI’s words', () => {
    const replay = JSON.parse(golden('ruins-seed2'));
    replay.turns[1].hash = '0123456789abcdef';
    const t = open(JSON.stringify(replay), 'bad.json');
    const bad = t.marks.find((m) => m.status === 'bad')!;
    expect(bad.turn).toBe(replay.turns[1].turn);
    expect(t.divergence).toMatchObject({ index: bad.index, turn: bad.turn, stop: bad.index + 1 });
    expect(t.divergence!.words).toMatch(
      /^DIVERGED bad\.json at turn 2: state hash after turn 2: expected 0123456789abcdef, got [0-9a-f]{16}$/,
    );
    expect(t.limit).toBe(bad.index + 1);
    expect(t.marks.filter((m) => m.status === 'ok')).toHaveLength(1);
    expect(t.marks.filter((m) => m.status === 'unverifiable').length).toBeGreaterThan(0);
    expect(hashWorld(worldAt(t, t.commands.length))).toBe(hashWorld(worldAt(t, t.limit)));
  });

  it('never applies an illegal command: the cursor stops before it', () => {
    const replay = JSON.parse(golden('training-seed2'));
    replay.commands[5] = { type: 'move', unit: 'nobody', x: 0, y: 0 };
    const t = open(JSON.stringify(replay), 'ill.json');
    expect(t.divergence).toMatchObject({ index: 5, stop: 5 });
    expect(t.divergence!.words).toMatch(/^ILLEGAL ill\.json at command #5 \(turn 1, /);
    expect(t.commandStatus.slice(0, 6)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'bad']);
  });

  it('names a divergence to the command whose recorded hash differs, and counts the verified commands', () => {
    const replay = JSON.parse(golden('training-seed1'));
    replay.hashes[12] = 'fedcba9876543210';
    const t = open(JSON.stringify(replay), 'c.json');
    expect(t.divergence).toMatchObject({ index: 12, stop: 13 });
    expect(t.divergence!.words).toMatch(
      /^DIVERGED c\.json at command #12 \(turn \d+, .*\): expected fedcba9876543210, got /,
    );
    expect(t.commandStatus[12]).toBe('bad');
    expect(t.commandStatus[13]).toBe('unverifiable');
    expect(verifiedCommandsBy(t, t.limit)).toBe(12);
  });

  it('refuses another rules version and a file that is not a replay, before anything plays', () => {
    const replay = JSON.parse(golden('training-seed3'));
    replay.version = 1;
    const r = openTimeline(JSON.stringify(replay), 'old.json', builtinMaps);
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^INVALID old\.json: \$\.version: recorded with rules version 1/),
    });
    expect(openTimeline('{', 'x.json', builtinMaps)).toMatchObject({ ok: false });
  });
});
