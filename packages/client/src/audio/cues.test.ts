import { apply, type GameEvent } from '@denizens/engine';
import { BUILTIN_WEAPONS } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { loadBuiltinMap } from '../game/loadMap';
import { createSession } from '../game/session';
import { eventCues, weaponSound } from './cues';

const kind = (id: string) => BUILTIN_WEAPONS[id]?.kind;

/** Every event of the first `turns` End turns of a built-in map (the LGF act, the environment strikes). */
function events(map: string, seed: string, turns: number): GameEvent[] {
  const m = loadBuiltinMap(map);
  if (!m.ok) throw new Error(m.error);
  const s = createSession(m.map, seed);
  const out: GameEvent[] = [];
  for (let t = 0; t < turns; t++) {
    const r = apply(s.world, { type: 'end_turn' });
    if (!r.ok) break;
    out.push(...r.events);
  }
  return out;
}

describe('the event → sound table', () => {
  it("sounds each weapon's own report, and a ricochet after a miss", () => {
    const shot = {
      type: 'shot' as const,
      unit: 'u1',
      target: 'u2',
      weapon: 'bren',
      from: { x: 0, y: 0 },
      to: { x: 3, y: 0 },
      percent: 50,
      critPercent: 0,
      roll: 10,
      hit: true,
      reaction: false,
      ammo: 3,
    };
    expect(eventCues(shot, kind)).toEqual([{ sound: 'lmg' }]);
    expect(eventCues({ ...shot, weapon: 'webley' }, kind)).toEqual([{ sound: 'pistol' }]);
    expect(eventCues({ ...shot, weapon: 'thompson', hit: false, roll: 90 }, kind)).toEqual([
      { sound: 'smg' },
      { sound: 'ricochet', delay: 0.3 },
    ]);
    expect(weaponSound('energy')).toBe('energy');
    expect(weaponSound('a kind nobody knows')).toBe('smg');
  });

  it('whistles before a strike and booms when it lands; walls crumble and collapse; the hull steams and seals', () => {
    const tiles = [{ x: 1, y: 1 }];
    expect(
      eventCues({ type: 'strike_warned', turn: 3, x: 1, y: 1, radius: 1, damage: 3, tiles }, kind).map((c) => c.sound),
    ).toEqual(['whistle']);
    expect(eventCues({ type: 'strike_landed', x: 1, y: 1, radius: 1, damage: 3, tiles }, kind)[0]!.sound).toBe(
      'impact',
    );
    expect(eventCues({ type: 'wall_collapsed', x: 1, y: 1 }, kind)[0]!.sound).toBe('collapse');
    expect(eventCues({ type: 'wall_damaged', x: 1, y: 1, hp: 2 }, kind)[0]!.sound).toBe('crumble');
    expect(eventCues({ type: 'breach_opened', x: 1, y: 1, sealsIn: 3 }, kind)[0]!.sound).toBe('steam');
    expect(eventCues({ type: 'breach_sealed', x: 1, y: 1 }, kind)[0]!.sound).toBe('seal');
    expect(eventCues({ type: 'turn_ended', turn: 2 }, kind)).toEqual([]);
  });

  it('in real enemy phases on the ruins and the ship: every shot sounds its weapon, every hit thuds', () => {
    let shots = 0;
    for (const [map, seed] of [
      ['ruins', '1'],
      ['ship', '2'],
    ] as const) {
      for (const e of events(map, seed, 4)) {
        const cues = eventCues(e, kind).map((c) => c.sound);
        if (e.type === 'shot') {
          shots++;
          expect(cues[0]).toBe(weaponSound(kind(e.weapon)));
          expect(cues.includes('ricochet')).toBe(!e.hit);
        }
        if (e.type === 'hit') expect(cues).toEqual([e.crit ? 'crit' : 'hit']);
        if (e.type === 'strike_warned') expect(cues).toEqual(['whistle']);
      }
    }
    expect(shots).toBeGreaterThan(0);
  });
});
