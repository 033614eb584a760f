import { createGame, Faction, unitsSorted } from '@denizens/engine';
import { describe, expect, it } from 'vitest';
import { loadBuiltinMap } from '../game/loadMap';
import { lookKey, pilotLookOf } from './pilotLook';

describe('pilot looks', () => {
  it('gives each of the seven pilots of the squad a figure of their own: outfit, gun, medic, initial', () => {
    const m = loadBuiltinMap('ruins');
    if (!m.ok) throw new Error(m.error);
    const w = createGame(m.map, '1');
    const looks = new Map(unitsSorted(w, Faction.squad).map((e) => [w.c.Unit.name[e]!, pilotLookOf(w, e)]));
    expect(looks.size).toBe(7);
    expect(new Set([...looks.values()].map(lookKey)).size).toBe(7);
    expect(looks.get('Willow')).toMatchObject({ outfit: 'captain', gun: 'thompson', initial: 'W' });
    expect(looks.get('Faith')).toMatchObject({ outfit: 'gunner', gun: 'bren' });
    expect(looks.get('Barrel')).toMatchObject({ outfit: 'gunner', gun: 'thompson' });
    expect(looks.get('Charlie')).toMatchObject({ outfit: 'navigator', gun: 'pistol' });
    expect(looks.get('Alex')).toMatchObject({ outfit: 'pilot', medic: true, initial: 'A' });
    expect(looks.get('Buffy')).toMatchObject({ outfit: 'pilot', medic: false, initial: 'B' });
  });
});
