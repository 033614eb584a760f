import { BUILTIN_MAPS, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import type { Replay } from './format';
import { openReplay } from './open';
import { simulate } from './simulate';
import { type MapResolver, verifyReplay } from './verify';

/** The exact words of the verdicts a tampered hash or map gives (what the CLI prints). */
const resolve: MapResolver = (id) => {
  const r = validateMap(BUILTIN_MAPS[id], id);
  return r.ok ? r.map : { error: 'invalid' };
};
const base: Replay = simulate(builtin('training'), 41, 3);
const clone = (r: Replay = base): Replay => JSON.parse(JSON.stringify(r));
const ZERO = '0000000000000000';
const firstEnd = base.commands.findIndex((c) => c.type === 'end_turn');

describe('verdict words', () => {
  it('a wrong hash after a command names that command (not an early end of the list)', () => {
    const r = clone();
    r.hashes[1] = ZERO;
    expect(verifyReplay(r, resolve)).toMatchObject({
      status: 'diverged',
      index: 1,
      turn: 1,
      expected: ZERO,
      got: base.hashes[1],
      what: 'state hash after command #1',
    });
  });

  it('a wrong hash after a turn names the turn', () => {
    const r = clone();
    r.turns[0]!.hash = ZERO;
    expect(verifyReplay(r, resolve)).toEqual({
      status: 'diverged',
      map: { id: 'training', hash: base.map.hash, source: 'builtin' },
      turn: 1,
      expected: ZERO,
      got: base.turns[0]!.hash,
      what: 'state hash after turn 1',
    });
  });

  it('explains a divergence at end_turn with no unit', () => {
    const r = clone();
    r.hashes[firstEnd] = ZERO;
    const v = verifyReplay(r, resolve, { explain: true });
    expect(v).toMatchObject({ status: 'diverged', index: firstEnd, command: 'end_turn' });
    if (v.status !== 'diverged') return;
    expect(v.explain?.before).toBe(base.hashes[firstEnd - 1]);
    expect(v.explain?.unit).toBeUndefined();
  });

  it('a replay recorded on another version of its map is refused before any command, with both map hashes', () => {
    const r = clone();
    r.map.hash = ZERO;
    const v = openReplay(r, resolve);
    expect(v).toEqual({
      ok: false,
      status: 'diverged',
      map: { id: 'training', hash: base.map.hash, source: 'builtin' },
      expected: ZERO,
      got: base.map.hash,
      what: 'map hash (the replay was recorded on a different version of map "training")',
    });
  });

  it('an embedded map is used as it is when the resolver cannot load a map of that id', () => {
    const r = clone(simulate(builtin('training'), 41, 1, { embedMap: true }));
    const v = openReplay(r, () => ({ error: 'the map file is broken' }));
    expect(v).toMatchObject({ ok: true, map: { id: 'training', source: 'embedded' } });
  });

  it('simulate embeds the map only when asked', () => {
    expect(base.map).not.toHaveProperty('data');
    expect(simulate(builtin('training'), 41, 1, { embedMap: true }).map.data).toBeDefined();
  });
});
