import { BUILTIN_MAPS, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import type { CampaignLink } from './format';
import { simulate } from './simulate';
import { type MapResolver, verifyReplay } from './verify';

const resolve: MapResolver = (id) => {
  const r = validateMap(BUILTIN_MAPS[id], id);
  return r.ok ? r.map : { error: 'invalid' };
};

describe('a campaign mission', () => {
  it('is played and verified with the squad the mission before left (only those pilots, as they were)', () => {
    const campaign: CampaignLink = {
      seed: 9,
      mission: 2,
      previous: { map: 'training', hash: '0123456789abcdef' },
      squad: [{ id: 'willow', hp: 2, maxHp: 7, bleeding: 0, weapon: 'thompson', sidearm: '', pack: false, medkits: 0 }],
    };
    const r = simulate(builtin('training'), 9, 2, { campaign });
    expect(r.campaign).toEqual(campaign);
    // Only Willow gives orders: the other pilots did not come.
    const units = new Set(r.commands.flatMap((c) => ('unit' in c ? [c.unit] : [])));
    expect([...units]).toEqual(['willow']);
    expect(verifyReplay(r, resolve)).toMatchObject({ status: 'ok', campaignMission: 2 });
    // The same commands from the full roster are another game.
    const full = JSON.parse(JSON.stringify(r));
    delete full.campaign.squad;
    expect(verifyReplay(full, resolve).status).not.toBe('ok');
  });
});
