import { readFileSync } from 'node:fs';
import { BUILTIN_MAPS, validateMap } from '@denizens/maps';
import { describe, expect, it, vi } from 'vitest';
import { faultWords, verifyReplay } from './verify';

// A bug injected into the enemy phase: it changes the world, then throws.
vi.mock('../phases/endTurn', async (original) => ({
  ...(await original<typeof import('../phases/endTurn')>()),
  runEndTurn: (world: { header: { phase: string }; rng: { draws: number } }) => {
    world.header.phase = 'enemy';
    world.rng.draws += 1;
    throw new Error('injected: the enemy phase breaks');
  },
}));

describe('verify with an engine fault', () => {
  it('reports FAULT at the command the engine threw on, not ILLEGAL or INVALID', () => {
    const text = readFileSync(new URL('../../test/golden/training-seed1.replay.json', import.meta.url), 'utf8');
    const replay = JSON.parse(text) as { commands: { type: string }[] };
    const first = replay.commands.findIndex((c) => c.type === 'end_turn');
    const r = verifyReplay(replay, (id) => {
      const m = validateMap(BUILTIN_MAPS[id], id);
      return m.ok ? m.map : undefined;
    });
    expect(r).toMatchObject({ status: 'fault', index: first, turn: 1, message: 'injected: the enemy phase breaks' });
    if (r.status !== 'fault') return;
    expect(faultWords(r)).toBe(`FAULT at command #${first} (turn 1): injected: the enemy phase breaks`);
  });
});
