import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply, applyAs } from '../apply';
import { hitChance } from '../combat/hitChance';
import { hashWorld } from '../hash/hashWorld';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { createRng, randRange, rollPercent } from '../world/rng';
import { unitById } from '../world/units';

const rows = ['..E..', '.....', '.....', '..S..'];

describe('shoot', () => {
  it('rolls in the documented order: hit roll, then (on a hit) crit roll and damage', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const w = createGame(tinyMap(rows), seed);
      const s = unitById(w, 's1')!;
      const e = unitById(w, 'e1')!;
      const chance = hitChance(w, s, e);
      const ref = createRng(String(seed));
      const roll = rollPercent(ref);
      const r = apply(w, { type: 'shoot', unit: 's1', target: 'e1' });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const shot = r.events[0]!;
      expect(shot).toMatchObject({
        type: 'shot',
        unit: 's1',
        target: 'e1',
        weapon: 'thompson',
        roll,
        percent: chance.percent,
        hit: roll < chance.percent,
        reaction: false,
        ammo: 3,
      });
      if (roll < chance.percent) {
        const critRoll = rollPercent(ref);
        const base = randRange(ref, 3, 5);
        const crit = critRoll < chance.critPercent;
        const damage = crit ? base + Math.floor(base / 2) : base;
        const hit = r.events.find((ev) => ev.type === 'hit');
        expect(hit).toMatchObject({ critRoll, damageRoll: base, crit, damage, hp: Math.max(0, 6 - damage) });
        expect(w.rng.draws).toBe(3);
        expect(r.events.some((ev) => ev.type === 'crit')).toBe(crit);
      } else {
        expect(r.events[1]).toMatchObject({ type: 'miss', roll });
        expect(w.rng.draws).toBe(1);
      }
      // Shooting ends the unit's turn.
      expect(w.c.Actions.ap[s]).toBe(0);
    }
  });

  it('kills: the target leaves the world, unit_died follows the hit, and the last enemy down wins', () => {
    let killed = false;
    for (let seed = 1; seed <= 60 && !killed; seed++) {
      const w = createGame(tinyMap(rows), seed);
      w.c.Health.hp[unitById(w, 'e1')!] = 1;
      const r = apply(w, { type: 'shoot', unit: 's1', target: 'e1' });
      if (!r.ok || !r.events.some((e) => e.type === 'hit')) continue;
      killed = true;
      const types = r.events.map((e) => e.type);
      expect(types.slice(types.indexOf('hit'))).toEqual(['hit', 'unit_died', 'game_over']);
      expect(r.events.find((e) => e.type === 'unit_died')).toMatchObject({
        unit: 'e1',
        faction: 'lgf',
        x: 2,
        y: 0,
        cause: 'shot',
      });
      expect(unitById(w, 'e1')).toBeUndefined();
      expect(w.grid.occupant[2]).toBe(0);
      expect(w.header.outcome).toBe('victory');
    }
    expect(killed).toBe(true);
  });

  it('wakes an unaware enemy that is shot at (and lives)', () => {
    const w = createGame(tinyMap(rows), 3);
    const e = unitById(w, 'e1')!;
    w.c.Health.hp[e] = 50;
    w.c.Health.max[e] = 50;
    w.c.Ai.aware[e] = 0;
    const r = apply(w, { type: 'shoot', unit: 's1', target: 'e1' });
    expect(r.ok && r.events.some((ev) => ev.type === 'spotted' && ev.unit === 'e1')).toBe(true);
    expect(w.c.Ai.aware[e]).toBe(1);
  });

  it('refuses illegal shots with a reason and changes nothing', () => {
    const cases: [string[], Record<string, unknown>, string, ((w: ReturnType<typeof createGame>) => void)?][] = [
      [['..E..', '.###.', '..S..'], { target: 'e1' }, 'not_visible'],
      [['SE...'], { target: 'nobody' }, 'unknown_unit'],
      [['SS.E.'], { target: 's2' }, 'invalid_target'],
      [['S..E.'], { target: 'e1' }, 'no_ammo', (w) => (w.c.Weapon.ammo[unitById(w, 's1')!] = 0)],
      [['S..E.'], { target: 'e1' }, 'no_action_points', (w) => (w.c.Actions.ap[unitById(w, 's1')!] = 0)],
      [['S..E.'], { target: 'e1', sidearm: true }, 'no_weapon'],
      [['S..E.'], { target: 'e1', sidearm: 'yes' }, 'invalid_command'],
      [
        ['S..E.'],
        { target: 'e1' },
        'heavy_after_dash',
        (w) => {
          const s = unitById(w, 's1')!;
          w.c.Weapon.id[s] = 'bren';
          w.c.Weapon.ammo[s] = 3;
          w.c.Actions.dashed[s] = 1;
          w.c.Actions.ap[s] = 1;
        },
      ],
    ];
    for (const [r, fields, code, setup] of cases) {
      const w = createGame(tinyMap(r), 1);
      setup?.(w);
      const before = hashWorld(w);
      const res = apply(w, { type: 'shoot', unit: 's1', ...fields } as never);
      expect(res.ok ? 'ok' : res.rejection.code).toBe(code);
      expect(hashWorld(w)).toBe(before);
    }
  });

  it('lets the LGF shoot back through the same rules', () => {
    const w = createGame(tinyMap(rows), 2);
    const r = applyAs(w, { type: 'shoot', unit: 'e1', target: 's1' }, Faction.lgf);
    expect(r.ok && r.events[0]).toMatchObject({
      type: 'shot',
      unit: 'e1',
      target: 's1',
      weapon: 'lgf-carbine',
      ammo: 2,
    });
  });
});
