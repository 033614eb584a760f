import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import { hitChance } from '../combat/hitChance';
import { createGame } from '../setup/createGame';
import { add, has, unitById } from '../world/units';

const code = (r: ReturnType<typeof apply>) => (r.ok ? 'ok' : r.rejection.code);

describe('reload', () => {
  it('fills the primary weapon for one action point, and refuses when full or bottomless', () => {
    const w = createGame(tinyMap(['S...E']), 1);
    const s = unitById(w, 's1')!;
    expect(code(apply(w, { type: 'reload', unit: 's1' }))).toBe('full_ammo');
    w.c.Weapon.ammo[s] = 1;
    const r = apply(w, { type: 'reload', unit: 's1' });
    expect(r.ok && r.events[0]).toEqual({ type: 'reloaded', unit: 's1', weapon: 'thompson', ammo: 4, apLeft: 1 });
    w.c.Weapon.id[s] = 'webley';
    w.c.Weapon.ammo[s] = -1;
    expect(code(apply(w, { type: 'reload', unit: 's1' }))).toBe('full_ammo');
  });
});

describe('hunker', () => {
  it('doubles cover until the unit’s side’s next turn and needs cover', () => {
    const w = createGame(tinyMap(['..E..', '.....', '..,..', '..S..']), 1);
    const s = unitById(w, 's1')!;
    const e = unitById(w, 'e1')!;
    const before = hitChance(w, e, s).percent;
    const r = apply(w, { type: 'hunker', unit: 's1' });
    expect(r.ok && r.events[0]).toEqual({ type: 'hunkered', unit: 's1', apLeft: 0 });
    expect(hitChance(w, e, s).percent).toBe(before - 20);
    apply(w, { type: 'end_turn' });
    expect(has(w, s, 'Hunkered')).toBe(false);
    const open = createGame(tinyMap(['..E..', '.....', '.....', '..S..']), 1);
    expect(code(apply(open, { type: 'hunker', unit: 's1' }))).toBe('no_cover');
  });
});

describe('first aid', () => {
  const squad = [
    {
      id: 'alex',
      name: 'Alex',
      hp: 6,
      aim: 70,
      mobility: 5,
      weapon: 'thompson',
      pack: { medkits: 2 },
      traits: ['medic' as const],
      x: 0,
      y: 0,
    },
    { id: 'willow', name: 'Willow', hp: 7, aim: 70, mobility: 5, weapon: 'thompson', pack: { medkits: 1 }, x: 1, y: 0 },
    { id: 'buffy', name: 'Buffy', hp: 7, aim: 70, mobility: 5, weapon: 'thompson', x: 3, y: 0 },
  ];
  const map = () => tinyMap(['.....', '....E'], { squad });

  it('heals an adjacent ally (a medic heals 5, others 3), stops bleeding and uses a kit', () => {
    const w = createGame(map(), 1);
    const willow = unitById(w, 'willow')!;
    w.c.Health.hp[willow] = 1;
    add(w, willow, 'Bleeding');
    w.c.Bleeding.perTurn[willow] = 1;
    const r = apply(w, { type: 'first_aid', unit: 'alex', target: 'willow' });
    expect(r.ok && r.events[0]).toEqual({
      type: 'healed',
      unit: 'alex',
      target: 'willow',
      amount: 5,
      hp: 6,
      bleedingStopped: true,
      medkits: 1,
      apLeft: 1,
    });
    expect(has(w, willow, 'Bleeding')).toBe(false);
    // Willow (no medic) treats herself: 3 HP, capped at her maximum.
    w.c.Health.hp[willow] = 5;
    const self = apply(w, { type: 'first_aid', unit: 'willow' });
    expect(self.ok && self.events[0]).toMatchObject({ amount: 2, hp: 7, medkits: 0 });
  });

  it('refuses without a kit, out of reach, or when nobody is hurt', () => {
    const w = createGame(map(), 1);
    expect(code(apply(w, { type: 'first_aid', unit: 'alex', target: 'willow' }))).toBe('not_wounded');
    w.c.Health.hp[unitById(w, 'buffy')!] = 2;
    expect(code(apply(w, { type: 'first_aid', unit: 'alex', target: 'buffy' }))).toBe('not_adjacent');
    expect(code(apply(w, { type: 'first_aid', unit: 'buffy' }))).toBe('no_medkits');
    expect(code(apply(w, { type: 'first_aid', unit: 'alex', target: 'e1' }))).toBe('invalid_target');
  });
});
