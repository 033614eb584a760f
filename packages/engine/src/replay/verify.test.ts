import { BUILTIN_MAPS, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import type { Replay } from './format';
import { simulate } from './simulate';
import { type MapResolver, verifyReplay, verifyReplayText } from './verify';

const resolve: MapResolver = (id) => {
  const m = BUILTIN_MAPS[id];
  if (!m) return undefined;
  const r = validateMap(m, id);
  return r.ok ? r.map : { error: 'invalid' };
};

// A seed whose game lasts past turn 6 with the combat AI on both sides.
const base: Replay = simulate(builtin('training'), 29, 6);
const clone = (): Replay => JSON.parse(JSON.stringify(base));
/** Index of the command that ends turn n (1-based). */
const endOfTurn = (r: Replay, n: number) =>
  r.commands.map((c, i) => (c.type === 'end_turn' ? i : -1)).filter((i) => i >= 0)[n - 1]!;

describe('verifyReplay', () => {
  it('proves a genuine replay', () => {
    expect(base.turns.length).toBe(6);
    const r = verifyReplay(clone(), resolve);
    expect(r).toMatchObject({ status: 'ok', turns: 6, hash: base.result.hash });
  });

  it('detects a tampered move at the turn it was made', () => {
    const r = clone();
    // Find a move in turn 2 and send the unit somewhere else it can legally go: one tile off.
    const start = endOfTurn(r, 1) + 1;
    const i = r.commands.findIndex((c, k) => k >= start && c.type === 'move');
    expect(i).toBeGreaterThan(0);
    const cmd = r.commands[i] as { type: 'move'; unit: string; to: { x: number; y: number } };
    const alternatives = [
      { x: cmd.to.x - 1, y: cmd.to.y },
      { x: cmd.to.x + 1, y: cmd.to.y },
      { x: cmd.to.x, y: cmd.to.y - 1 },
      { x: cmd.to.x, y: cmd.to.y + 1 },
    ];
    let found = false;
    for (const to of alternatives) {
      const t = clone();
      (t.commands[i] as typeof cmd).to = to;
      const v = verifyReplay(t, resolve);
      if (v.status === 'diverged') {
        expect(v.turn).toBe(2);
        found = true;
        break;
      }
      if (v.status === 'illegal') {
        // The moved tile may be refused, or a later command of that turn (e.g. a shot that no longer has sight).
        expect(v.index).toBeGreaterThanOrEqual(i);
        expect(v.turn).toBe(2);
      }
    }
    expect(found).toBe(true);
  });

  it('reports an illegal command with its index and turn', () => {
    const r = clone();
    const i = endOfTurn(r, 1) + 1;
    r.commands.splice(i, 0, { type: 'move', unit: 'ghost', to: { x: 0, y: 0 } } as Replay['commands'][number]);
    const v = verifyReplay(r, resolve);
    expect(v).toMatchObject({ status: 'illegal', index: i, turn: 2, code: 'unknown_unit' });
  });

  it('detects a changed seed at the first turn', () => {
    const r = clone();
    r.seed = 78;
    const v = verifyReplay(r, resolve);
    expect(v.status === 'diverged' || v.status === 'illegal').toBe(true);
    if (v.status === 'diverged') expect(v.turn).toBe(1);
  });

  it('detects a tampered turn hash at that turn', () => {
    const r = clone();
    r.turns[3]!.hash = '0123456789abcdef';
    expect(verifyReplay(r, resolve)).toMatchObject({
      status: 'diverged',
      turn: 4,
      expected: '0123456789abcdef',
      got: base.turns[3]!.hash,
    });
  });

  it('detects a tampered result', () => {
    const r = clone();
    r.result.hash = 'ffffffffffffffff';
    expect(verifyReplay(r, resolve)).toMatchObject({ status: 'diverged', what: 'final state hash' });
    const o = clone();
    o.result.outcome = 'victory';
    expect(verifyReplay(o, resolve)).toMatchObject({ status: 'diverged', what: 'outcome', expected: 'victory' });
  });

  it('detects missing and extra turn hashes', () => {
    const r = clone();
    r.turns.pop();
    expect(verifyReplay(r, resolve)).toMatchObject({ status: 'diverged', turn: 6, expected: '(no hash recorded)' });
    const e = clone();
    e.turns.push({ turn: 7, hash: '0000000000000000' });
    expect(verifyReplay(e, resolve)).toMatchObject({ status: 'diverged', turn: 7 });
  });

  it('detects a different map', () => {
    const r = clone();
    r.map.hash = 'aaaaaaaaaaaaaaaa';
    expect(verifyReplay(r, resolve)).toMatchObject({ status: 'diverged', turn: 0 });
  });

  it('verifies a replay with its map embedded, without a resolver', () => {
    const r = simulate(builtin('training'), 5, 2, { embedMap: true });
    expect(verifyReplay(JSON.parse(JSON.stringify(r)), () => undefined)).toMatchObject({ status: 'ok' });
  });

  const malformed: [string, string, RegExp, string][] = [
    ['not JSON', '{"format": "denizens-replay",', /^not valid JSON/, '$'],
    ['an array', '[]', /expected a replay object/, '$'],
    [
      'the wrong format',
      JSON.stringify({ ...base, format: 'chess-pgn' }),
      /expected "denizens-replay", got "chess-pgn"/,
      '$.format',
    ],
    ['the wrong version', JSON.stringify({ ...base, version: 999 }), /rules version 999/, '$.version'],
    ['a missing field', JSON.stringify({ ...base, seed: undefined }), /missing/, '$.seed'],
    [
      'a wrong type',
      JSON.stringify({ ...base, turns: [{ turn: 'one', hash: base.turns[0]!.hash }] }),
      /expected number, received string/,
      '$.turns[0].turn',
    ],
    [
      'a bad hash',
      JSON.stringify({ ...base, result: { ...base.result, hash: 'XYZ' } }),
      /16 lowercase hex digits/,
      '$.result.hash',
    ],
    [
      'a command that is not an object',
      JSON.stringify({ ...base, commands: [42] }),
      /expected object/,
      '$.commands[0]',
    ],
    [
      'an unknown map',
      JSON.stringify({ ...base, map: { id: 'atlantis', hash: base.map.hash } }),
      /unknown map "atlantis"/,
      '$.map.id',
    ],
  ];
  for (const [name, text, message, path] of malformed) {
    it(`rejects a replay with ${name}: path ${path}`, () => {
      const v = verifyReplayText(text, resolve);
      expect(v.status).toBe('invalid');
      if (v.status !== 'invalid') return;
      expect(v.path).toBe(path);
      expect(v.message).toMatch(message);
    });
  }

  it('refuses 10 MB of commands before parsing', () => {
    const big = JSON.stringify({ ...base, commands: Array.from({ length: 500_000 }, () => ({ type: 'end_turn' })) });
    expect(big.length).toBeGreaterThan(8 * 1024 * 1024);
    const v = verifyReplayText(big, resolve);
    expect(v).toMatchObject({ status: 'invalid', path: '$' });
    expect(v.status === 'invalid' && v.message).toMatch(/at most 8 MB/);
  });
});

describe('a replay cannot claim a map it was not played on', () => {
  it('an embedded map that names a built-in id but is another map is refused, naming both hashes', () => {
    const toy = structuredClone(builtin('training'));
    toy.enemies = toy.enemies.slice(0, 1);
    const r = JSON.parse(JSON.stringify(simulate(toy, 5, 2, { embedMap: true })));
    expect(r.map.id).toBe('training');
    const v = verifyReplay(r, resolve);
    expect(v).toMatchObject({ status: 'diverged', turn: 0, map: { id: 'training', source: 'embedded' } });
    expect(v.status === 'diverged' && v.what).toMatch(/not the built-in map/);
  });

  it('an embedded copy of the built-in map itself verifies, and the verdict names map, hash and source', () => {
    const r = JSON.parse(JSON.stringify(simulate(builtin('training'), 5, 2, { embedMap: true })));
    expect(verifyReplay(r, resolve)).toMatchObject({
      status: 'ok',
      map: { id: 'training', hash: r.map.hash, source: 'embedded' },
    });
    expect(verifyReplay(clone(), resolve)).toMatchObject({ status: 'ok', map: { id: 'training', source: 'builtin' } });
  });
});
