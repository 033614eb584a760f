import { describe, expect, it, vi } from 'vitest';
import { builtin } from '../../test/support';
import type { Command } from '../commands/types';
import { simulate, simulateGame } from './simulate';

// A squad AI with an injected bug: it throws (an Error or anything else) or issues a command the rules refuse.
const ai = vi.hoisted(() => ({ mode: 'throw' as 'throw' | 'throw-null' | 'refuse' }));
vi.mock('../ai/chooseCommand', async (original) => ({
  ...(await original<typeof import('../ai/chooseCommand')>()),
  chooseCommand: (): Command => {
    if (ai.mode === 'throw') throw new Error('injected: the AI breaks');
    if (ai.mode === 'throw-null') throw null;
    return { type: 'move', unit: 'nobody', to: { x: 0, y: 0 } };
  },
}));

describe('simulateGame stops at a fault and names it', () => {
  it('an AI that throws: the fault names the command index, the turn and the message; simulate throws it', () => {
    ai.mode = 'throw';
    const ended: number[] = [];
    const r = simulateGame(builtin('training'), 1, 3, { onEnd: (w) => ended.push(w.header.turn) });
    expect(r.fault).toEqual({ index: 0, turn: 1, command: { type: 'end_turn' }, message: 'injected: the AI breaks' });
    expect(r.replay.commands).toEqual([]);
    expect(ended).toEqual([1]);
    expect(() => simulate(builtin('training'), 1, 3)).toThrow(
      new Error('FAULT at command #0 (turn 1): injected: the AI breaks'),
    );
  });

  it('something thrown that is not an Error is named in words', () => {
    ai.mode = 'throw-null';
    expect(simulateGame(builtin('training'), 1, 3).fault).toMatchObject({ index: 0, turn: 1, message: 'null' });
  });

  it('a command the rules refuse: the fault quotes the refusal and nothing is recorded', () => {
    ai.mode = 'refuse';
    const r = simulateGame(builtin('training'), 1, 3);
    expect(r.fault).toEqual({
      index: 0,
      turn: 1,
      command: { type: 'move', unit: 'nobody', to: { x: 0, y: 0 } },
      message: 'the squad AI issued a command the rules refuse: no living unit has the id "nobody"',
    });
    expect(r.replay.commands).toEqual([]);
  });
});
