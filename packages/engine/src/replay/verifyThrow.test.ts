import { BUILTIN_MAPS, validateMap } from '@denizens/maps';
import { describe, expect, it, vi } from 'vitest';
import { builtin } from '../../test/support';
import type { Replay } from './format';
import { simulate } from './simulate';
import { type MapResolver, verifyReplay } from './verify';

// A bug injected outside apply (in the turn bookkeeping): applyStep throws at command #2.
const bug = vi.hoisted(() => ({ active: false, thrown: new Error('injected: the bookkeeping breaks') as unknown }));
vi.mock('./step', async (original) => {
  const real = await original<typeof import('./step')>();
  return {
    ...real,
    applyStep: (...args: Parameters<typeof real.applyStep>) => {
      if (bug.active && args[2] === 2) throw bug.thrown;
      return real.applyStep(...args);
    },
  };
});

const resolve: MapResolver = (id) => {
  const r = validateMap(BUILTIN_MAPS[id], id);
  return r.ok ? r.map : { error: 'invalid' };
};

describe('verify when something outside apply throws', () => {
  it('gives a FAULT verdict at that command, with what was thrown in words', () => {
    // Recorded with the bug switched off, verified with it on.
    const replay: Replay = simulate(builtin('training'), 7, 1);
    bug.active = true;
    const map = { id: 'training', hash: replay.map.hash, source: 'builtin' };
    expect(verifyReplay(replay, resolve)).toEqual({
      status: 'fault',
      map,
      index: 2,
      turn: 1,
      command: expect.stringMatching(/^\S/),
      message: 'injected: the bookkeeping breaks',
    });
    bug.thrown = { what: 'not an Error' };
    expect(verifyReplay(replay, resolve)).toMatchObject({
      status: 'fault',
      index: 2,
      message: '{"what":"not an Error"}',
    });
  });
});
