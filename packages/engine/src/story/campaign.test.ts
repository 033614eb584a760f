import { describe, expect, it } from 'vitest';
import { builtin, tinyMap } from '../../test/support';
import { apply } from '../apply';
import type { GameEvent } from '../events/types';
import { openReplay } from '../replay/open';
import { replaySteps } from '../replay/step';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { has, placeUnit, removeUnit, unitById, unitsView } from '../world/units';
import { briefing, debrief, finishMission, missionLink, missionMap, startCampaign, startMission } from './campaign';
import { checkCampaignLinks } from './campaignVerify';
import { squadAfter } from './carryOver';
import { DIFFICULTIES } from './difficulty';
import { playCampaign } from './playCampaign';
import { difficultyName } from './state';

describe('the squad carried from mission to mission', () => {
  const played = playCampaign('normal', 1, builtin);

  it('mission 2 starts from exactly what mission 1 left: survivors with their HP and gear, the fallen absent', () => {
    const [m1, m2] = played.missions;
    expect(m1!.replay.result.outcome).toBe('victory');
    expect(m2).toBeDefined();
    // Re-simulate mission 1 and take its survivors.
    const opened = openReplay(m1!.replay, (id) => builtin(id));
    if (!opened.ok) throw new Error('mission 1 does not open');
    for (const s of replaySteps(opened.world, m1!.replay.commands)) expect(s.result.ok).toBe(true);
    const left = squadAfter(opened.world);
    expect(m2!.replay.campaign?.squad).toEqual(left);
    expect(m2!.replay.campaign?.previous).toEqual({ map: 'ruins', hash: m1!.replay.result.hash });
    const fallen = played.state.missions[0]!.fallen;
    expect(fallen.length).toBeGreaterThan(0);
    // The fallen stay fallen: mission 2's world has only the survivors, with their HP.
    const w2 = startMission({ ...played.state, mission: 1, squad: left }, builtin('ship'));
    const ids = unitsView(w2, Faction.squad).map((e) => w2.c.Unit.id[e]);
    expect(ids).toEqual(left.map((p) => p.id));
    for (const f of fallen) expect(unitById(w2, f)).toBeUndefined();
    for (const p of left) expect(w2.c.Health.hp[unitById(w2, p.id)!]).toBe(p.hp);
  });

  it('HP, wounds and lost gear carry: a pilot hauled through a sealing breach arrives without pack and primary', () => {
    const w = createGame(builtin('ship'), 1, {
      squad: [
        { id: 'willow', hp: 3, maxHp: 7, bleeding: 1, weapon: 'webley', sidearm: '', pack: false, medkits: 0 },
        { id: 'faith', hp: 8, maxHp: 8, bleeding: 0, weapon: 'bren', sidearm: 'webley', pack: true, medkits: 1 },
      ],
    });
    const willow = unitById(w, 'willow')!;
    expect(w.c.Health.hp[willow]).toBe(3);
    expect(has(w, willow, 'Bleeding')).toBe(true);
    expect(has(w, willow, 'Pack')).toBe(false);
    expect(has(w, willow, 'Sidearm')).toBe(false);
    expect(w.c.Weapon.id[willow]).toBe('webley');
    expect(unitById(w, 'buffy')).toBeUndefined();
    expect(squadAfter(w).find((p) => p.id === 'faith')).toEqual({
      id: 'faith',
      hp: 8,
      maxHp: 8,
      bleeding: 0,
      weapon: 'bren',
      sidearm: 'webley',
      pack: true,
      medkits: 1,
    });
  });

  it('a haul in the ruins shows in what the pilot carries out', () => {
    // As in the beats test: seed 4, the LGF taken off the board, Willow in the first breach, Faith pulling from inside.
    const w = createGame(builtin('ruins'), 4);
    for (const e of [...unitsView(w, Faction.lgf)]) removeUnit(w, e);
    let b: { x: number; y: number } | undefined;
    for (let i = 0; i < 3; i++) {
      const r = apply(w, { type: 'end_turn' });
      if (r.ok) for (const e of r.events) if (e.type === 'breach_opened' && !b) b = e;
    }
    placeUnit(w, unitById(w, 'faith')!, b!.x + 1, b!.y);
    placeUnit(w, unitById(w, 'willow')!, b!.x, b!.y);
    for (let i = 0; i < 4; i++) {
      for (const e of [...unitsView(w, Faction.lgf)]) removeUnit(w, e);
      apply(w, { type: 'pull', unit: 'faith', target: 'willow' });
      apply(w, { type: 'end_turn' });
    }
    expect(squadAfter(w).find((p) => p.id === 'willow')).toMatchObject({ weapon: 'webley', sidearm: '', pack: false });
  });

  it('a won mission carries on without the fallen; a lost one ends the campaign; the last one won wins it', () => {
    let state = startCampaign('hard', 7);
    expect(missionMap(state)).toBe('ruins');
    expect(missionLink(state)).toEqual({ seed: 7, mission: 1 });
    const w = startMission(state, builtin('ruins'));
    expect(difficultyName(w)).toBe('hard');
    removeUnit(w, unitById(w, 'charlie')!);
    w.header.outcome = 'victory';
    w.header.reason = 'extracted';
    state = finishMission(state, w);
    expect(state).toMatchObject({ status: 'playing', mission: 1, fallen: ['charlie'] });
    expect(state.squad!.map((p) => p.id)).toEqual(['willow', 'buffy', 'faith', 'alex', 'william', 'barrel']);
    expect(missionMap(state)).toBe('ship');
    const lost = finishMission(state, Object.assign(startMission(state, builtin('ship')), {}));
    expect(lost).toBe(state); // still going: nothing to record
    const w2 = startMission(state, builtin('ship'));
    expect(unitById(w2, 'charlie')).toBeUndefined();
    removeUnit(w2, unitById(w2, 'barrel')!);
    w2.header.outcome = 'defeat';
    expect(finishMission(state, w2)).toMatchObject({ status: 'lost', fallen: ['charlie', 'barrel'] });
    w2.header.outcome = 'victory';
    expect(finishMission(state, w2)).toMatchObject({ status: 'won', fallen: ['charlie', 'barrel'] });
  });

  it('briefing and debrief data', () => {
    const state = startCampaign('easy', 3);
    const b = briefing(state, builtin('ruins'));
    expect(b).toMatchObject({ mission: 1, title: builtin('ruins').name, difficulty: 'easy', fallen: [] });
    expect(b.squad.map((p) => p.name)).toEqual(['Willow', 'Buffy', 'Faith', 'Alex', 'William', 'Charlie', 'Barrel']);
    // extraction is won with pilots fallen (outcome.ts): the words never promise "everyone"
    expect(b.objective).toBe(
      'Get every pilot still standing through to the marked ground (the fallen do not count against you).',
    );
    const w = startMission(state, builtin('ruins'));
    const at = { x: 0, y: 0 };
    const shot = (unit: string, target: string, hit: boolean): GameEvent => ({
      type: 'shot',
      unit,
      target,
      weapon: 'thompson',
      from: at,
      to: at,
      percent: 50,
      critPercent: 0,
      roll: hit ? 0 : 99,
      hit,
      reaction: false,
      ammo: 3,
    });
    // real GameEvents, as a game gives them (a spotted event's target can be null)
    const events: GameEvent[] = [
      { type: 'spotted', unit: 'drone-1', target: null, reason: 'shot_at' },
      shot('willow', 'drone-1', true),
      shot('buffy', 'drone-1', false),
      shot('drone-1', 'buffy', true),
      { type: 'unit_damaged', unit: 'barrel', amount: 1, hp: 5, cause: 'splinter' },
      { type: 'unit_died', unit: 'charlie', faction: 'squad', x: 1, y: 1, cause: 'shot' },
      { type: 'unit_hauled', unit: 'willow', by: 'buffy', from: at, to: at, lost: ['pack', 'thompson'] },
    ];
    const d = debrief(w, events);
    expect(d).toMatchObject({
      shots: 2,
      hits: 1,
      hitRate: 50,
      fallen: ['charlie'],
      lost: { willow: ['pack', 'thompson'] },
    });
  });
});

describe('the whole campaign headless', () => {
  it('is won on easy with seed 26: the ruins with 5 out, then Tara freed and out with Faith; the links check', () => {
    const { state, missions } = playCampaign('easy', 26, builtin);
    expect(state.status).toBe('won');
    expect(missions.map((m) => [m.map, m.replay.result.outcome])).toEqual([
      ['ruins', 'victory'],
      ['ship', 'victory'],
    ]);
    expect(missions[1]!.replay.campaign?.squad?.map((p) => p.id)).toEqual([
      'faith',
      'alex',
      'william',
      'charlie',
      'barrel',
    ]);
    expect(state.fallen).toEqual(['willow', 'buffy', 'alex', 'william', 'charlie', 'barrel']);
    expect(missions.every((m) => m.replay.difficulty === 'easy')).toBe(true);
    const files = missions.map((m, i) => ({ file: `m${i + 1}`, json: JSON.parse(JSON.stringify(m.replay)) }));
    expect(checkCampaignLinks(files, (id) => builtin(id))).toEqual([]);
  });
});

describe('difficulty', () => {
  it('shifts enemy aim and HP, is hashed, and warns of strikes earlier on easy', () => {
    const map = builtin('ruins');
    const normal = createGame(map, 1);
    const hard = createGame(map, 1, { difficulty: 'hard' });
    const trooper = (w: typeof normal) => unitById(w, 'trooper-1')!;
    expect(hard.c.Stats.aim[trooper(hard)]).toBe(normal.c.Stats.aim[trooper(normal)]! + DIFFICULTIES.hard.enemyAim);
    expect(hard.c.Health.hp[trooper(hard)]).toBe(normal.c.Health.hp[trooper(normal)]! + DIFFICULTIES.hard.enemyHp);
    const strikes = [{ turn: 3, x: 2, y: 2, radius: 0, damage: 1 }];
    const small = tinyMap(['S....', '.....', '.....'], { strikes });
    const warnedOn = (d: 'easy' | 'normal') => {
      const w = createGame(small, 1, { difficulty: d });
      for (let t = 1; t <= 2; t++) {
        const r = apply(w, { type: 'end_turn' });
        if (r.ok && r.events.some((e) => e.type === 'strike_warned')) return t;
      }
      return 0;
    };
    expect(warnedOn('normal')).toBe(2);
    expect(warnedOn('easy')).toBe(1);
  });
});
