import { BUILTIN_MAPS, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import type { Replay } from './format';
import { openReplay } from './open';
import { parseReplay } from './parse';
import { simulate } from './simulate';
import { type MapResolver, verifyReplay } from './verify';

const resolve: MapResolver = (id) => {
  const m = BUILTIN_MAPS[id];
  if (!m) return undefined;
  const r = validateMap(m, id);
  return r.ok ? r.map : { error: 'invalid' };
};
const base: Replay = simulate(builtin('training'), 5, 2);
const clone = (r: Replay = base): Replay => JSON.parse(JSON.stringify(r));

describe('openReplay: the map and the rules version, each refusal with its path', () => {
  it('refuses a version that is not a number by the schema, not as another rules version', () => {
    const r = { ...clone(), version: String(base.version) };
    const v = parseReplay(r);
    expect(v).toMatchObject({ ok: false, path: '$.version' });
    expect(!v.ok && v.message).not.toMatch(/rules version/);
  });

  it('says what a missing field or a value outside a list is', () => {
    const { seed: _, ...noSeed } = clone();
    expect(parseReplay(noSeed)).toEqual({
      ok: false,
      path: '$.seed',
      message: expect.stringMatching(/^missing: this field is required/),
    });
    const other = clone();
    (other.result as { outcome: string }).outcome = 'draw';
    expect(parseReplay(other)).toMatchObject({ ok: false, path: '$.result.outcome' });
  });

  it('refuses an embedded map that is not a valid map, with the path inside it', () => {
    const r = clone(simulate(builtin('training'), 5, 1, { embedMap: true }));
    (r.map.data as { width: unknown }).width = 'wide';
    const v = openReplay(r, () => undefined);
    expect(v).toMatchObject({ ok: false, status: 'invalid', path: '$.map.data.width' });
  });

  it('refuses an embedded map whose id is not the one the replay names', () => {
    const r = clone(simulate(builtin('training'), 5, 1, { embedMap: true }));
    r.map.id = 'elsewhere';
    expect(openReplay(r, () => undefined)).toEqual({
      ok: false,
      status: 'invalid',
      path: '$.map.data.id',
      message: 'the embedded map is "training" but the replay names map "elsewhere"',
    });
  });

  it("passes on the resolver's own error for the map id", () => {
    expect(openReplay(clone(), () => ({ error: 'map file unreadable' }))).toEqual({
      ok: false,
      status: 'invalid',
      path: '$.map.id',
      message: 'map file unreadable',
    });
  });

  it('tells a map given by the user from a built-in one', () => {
    const given = openReplay(clone(), resolve, () => false);
    expect(given.ok && given.map).toEqual({ id: 'training', hash: base.map.hash, source: 'given' });
    const toy = structuredClone(builtin('training'));
    toy.enemies = toy.enemies.slice(0, 1);
    const r = clone(simulate(toy, 5, 1, { embedMap: true }));
    const v = openReplay(r, resolve, () => false);
    expect(v.ok === false && v.status === 'diverged' && v.what).toBe(
      'map: the embedded map calls itself "training" but is not the given map of that id',
    );
  });

  it('re-simulates at the recorded difficulty: the same game verifies, and without its difficulty it does not', () => {
    const hard = simulate(builtin('training'), 5, 2, { difficulty: 'hard' });
    expect(hard.difficulty).toBe('hard');
    expect(verifyReplay(clone(hard), resolve)).toMatchObject({ status: 'ok' });
    const { difficulty: _, ...plain } = clone(hard);
    expect(verifyReplay(plain, resolve).status).toBe('diverged');
  });
});
