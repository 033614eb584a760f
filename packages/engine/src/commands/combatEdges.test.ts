import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import { createGame } from '../setup/createGame';
import { unitById } from '../world/units';

const code = (r: ReturnType<typeof apply>) => (r.ok ? 'ok' : r.rejection.code);

describe('first aid, the edges', () => {
  const pilot = (id: string, x: number, y: number, medic = false) => ({
    id,
    name: id,
    hp: 10,
    aim: 70,
    mobility: 5,
    weapon: 'thompson',
    pack: { medkits: 2 },
    traits: medic ? ['medic' as const] : [],
    x,
    y,
  });

  it('a pilot who is not a medic heals 3, a medic 5 (far from the maximum)', () => {
    const w = createGame(
      tinyMap(['.....', '.....', '....E'], { squad: [pilot('ann', 0, 1), pilot('bo', 1, 1, true)] }),
      1,
    );
    const ann = unitById(w, 'ann')!;
    const bo = unitById(w, 'bo')!;
    w.c.Health.hp[ann] = 2;
    w.c.Health.hp[bo] = 2;
    const r = apply(w, { type: 'first_aid', unit: 'ann', target: 'bo' });
    expect(r.ok && r.events[0]).toMatchObject({ amount: 3, hp: 5, bleedingStopped: false });
    const m = apply(w, { type: 'first_aid', unit: 'bo', target: 'ann' });
    expect(m.ok && m.events[0]).toMatchObject({ amount: 5, hp: 7 });
  });

  it('reaches an ally beside it on any row (not only the top one)', () => {
    const w = createGame(tinyMap(['.....', '.....', '....E'], { squad: [pilot('ann', 0, 2), pilot('bo', 1, 2)] }), 1);
    w.c.Health.hp[unitById(w, 'bo')!] = 5;
    expect(code(apply(w, { type: 'first_aid', unit: 'ann', target: 'bo' }))).toBe('ok');
  });
});

describe('reload and shoot, the edges', () => {
  it('reloads an empty magazine (0 rounds is empty, not bottomless)', () => {
    const w = createGame(tinyMap(['S...E']), 1);
    w.c.Weapon.ammo[unitById(w, 's1')!] = 0;
    const r = apply(w, { type: 'reload', unit: 's1' });
    expect(r.ok && r.events[0]).toMatchObject({ type: 'reloaded', ammo: 4 });
  });

  it('a light weapon fires after a dash; a heavy one fires without a dash', () => {
    const w = createGame(tinyMap(['S..E.']), 1);
    const s = unitById(w, 's1')!;
    w.c.Actions.dashed[s] = 1;
    w.c.Actions.ap[s] = 1;
    expect(code(apply(w, { type: 'shoot', unit: 's1', target: 'e1' }))).toBe('ok');
    const h = createGame(tinyMap(['S..E.']), 1);
    const t = unitById(h, 's1')!;
    h.c.Weapon.id[t] = 'bren';
    h.c.Weapon.ammo[t] = 3;
    expect(code(apply(h, { type: 'shoot', unit: 's1', target: 'e1' }))).toBe('ok');
  });
});
