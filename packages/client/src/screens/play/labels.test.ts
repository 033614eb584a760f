import { createGame, unitById } from '@denizens/engine';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../game/actions';
import { loadBuiltinMap } from '../../game/loadMap';
import { hitBadges } from './labels';
import { createState } from './state';

function world() {
  const m = loadBuiltinMap('training');
  if (!m.ok) throw new Error(m.error);
  return createGame(m.map, '1');
}
const at = () => ({ x: 100, y: 200 });

describe('hit badges', () => {
  it('show the action, never "0%", over allies picked for first aid, boost or pull', () => {
    const w = world();
    const s = createState(1);
    s.mode = ACTIONS.find((a) => a.id === 'first_aid')!;
    s.targets = [{ id: 'willow', eid: unitById(w, 'willow')!, chance: null }];
    const [b] = hitBadges(w, s, at);
    expect(b).toMatchObject({ id: 'willow', text: 'First aid', label: 'First aid Willow' });
    expect(b!.text).not.toMatch(/%/);
  });

  it('show the hit chance over an enemy for a shot, and nothing while moving or animating', () => {
    const w = world();
    const s = createState(1);
    s.mode = ACTIONS.find((a) => a.id === 'shoot')!;
    const eid = unitById(w, 'willow')!;
    const chance = { percent: 64 } as Parameters<typeof hitBadges>[1]['targets'][number]['chance'];
    s.targets = [{ id: 'willow', eid, chance }];
    expect(hitBadges(w, s, at)[0]).toMatchObject({ text: '64%', label: 'Shoot Willow: 64% to hit' });
    s.busy = true;
    expect(hitBadges(w, s, at)).toEqual([]);
    s.busy = false;
    s.mode = ACTIONS[0]!;
    expect(hitBadges(w, s, at)).toEqual([]);
  });
});
