import {
  type CampaignState,
  checkCampaignLinks,
  chooseCommand,
  Faction,
  hashWorld,
  startCampaign,
  unitById,
  unitsSorted,
  verifyReplay,
} from '@denizens/engine';
import { BUILTIN_MAPS, type MapData } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { memoryPlatform } from '../platform/platform';
import { buildReplay } from './buildReplay';
import { type CampaignRun, missionReport, missionStart } from './campaignRun';
import { rebuildLog } from './combatLog';
import { loadBuiltinMap } from './loadMap';
import { inspectSave, readSave, SAVE_KEY, writeAutosave, writeCampaignSave } from './saveGame';
import { createSession, type Session, sendCommand } from './session';
import { undoLastMove } from './undoLastMove';

function map(id: string): MapData {
  const m = loadBuiltinMap(id);
  if (!m.ok) throw new Error(m.error);
  return m.map;
}

/** A campaign before its second mission: five pilots left, Willow hurt, bleeding and without pack or Thompson. */
function secondMission(): CampaignRun {
  const state: CampaignState = {
    ...startCampaign('hard', 'c1'),
    mission: 1,
    fallen: ['charlie', 'barrel'],
    squad: ['willow', 'buffy', 'faith', 'alex', 'william'].map((id) => ({
      id,
      hp: id === 'willow' ? 3 : 6,
      maxHp: id === 'willow' ? 7 : 6,
      bleeding: id === 'willow' ? 1 : 0,
      weapon: id === 'willow' ? '' : 'thompson',
      sidearm: 'webley',
      pack: id !== 'willow',
      medkits: id === 'alex' ? 2 : 0,
    })),
    missions: [
      {
        map: 'ruins',
        outcome: 'victory',
        reason: 'extracted',
        turn: 9,
        hash: '0123456789abcdef',
        fallen: ['charlie', 'barrel'],
      },
    ],
  };
  return { state, reports: [] };
}

function missionSession(run: CampaignRun): Session {
  return createSession(map('ship'), 'c1/m2', 'ship', missionStart(run.state), run);
}

/** One legal move of the first squad member (the undo needs a move). */
function someMove(s: Session): void {
  const eid = unitsSorted(s.world, Faction.squad)[0]!;
  const id = s.world.c.Unit.id[eid]!;
  const { x, y } = { x: s.world.c.Position.x[eid]!, y: s.world.c.Position.y[eid]! };
  for (const [dx, dy] of [
    [1, 0],
    [0, 1],
    [0, -1],
    [1, 1],
    [-1, 0],
  ] as const)
    if (sendCommand(s, { type: 'move', unit: id, to: { x: x + dx, y: y + dy } }).ok) return;
  throw new Error('no legal move');
}

describe('a campaign mission in the client', () => {
  it('starts from the carried squad, and every re-simulation (undo, log, replay) starts from it too', () => {
    const run = secondMission();
    const s = missionSession(run);
    const squad = unitsSorted(s.world, Faction.squad).map((e) => s.world.c.Unit.id[e]);
    expect(squad).toEqual(['willow', 'buffy', 'faith', 'alex', 'william']);
    const willow = unitById(s.world, 'willow')!;
    expect(s.world.c.Health.hp[willow]).toBe(3);
    const before = hashWorld(s.world);
    someMove(s);
    expect(undoLastMove(s)).toBe(true);
    expect(hashWorld(s.world)).toBe(before);
    // the rebuilt log names no pilot who is not there (a re-simulation from the roster would move Charlie too)
    someMove(s);
    sendCommand(s, { type: 'end_turn' });
    const r = buildReplay(s, '2026-01-01T00:00:00Z');
    expect(r.difficulty).toBe('hard');
    expect(r.campaign).toEqual({
      seed: 'c1',
      mission: 2,
      previous: { map: 'ruins', hash: '0123456789abcdef' },
      squad: run.state.squad,
    });
    expect(r.turns).toEqual(s.turns);
    const v = verifyReplay(r, (id: string) => (Object.hasOwn(BUILTIN_MAPS, id) ? map(id) : undefined));
    expect(v.status, JSON.stringify(v)).toBe('ok');
    expect(rebuildLog(s.map, s.seed, s.commands, new Map(s.names), s.start).stats.endTurn).toBeNull();
  });

  it('autosaves the mission with its campaign and squad, and continues exactly; a tampered carry-over is refused', () => {
    const run = secondMission();
    const s = missionSession(run);
    someMove(s);
    const p = memoryPlatform();
    writeAutosave(p, s);
    expect(inspectSave(p)).toEqual({ kind: 'ok', mapId: 'ship', turn: 1, mission: 2 });
    const r = readSave(p.load(SAVE_KEY)!);
    if (!r.ok || r.kind !== 'game') throw new Error(JSON.stringify(r));
    expect(hashWorld(r.session.world)).toBe(hashWorld(s.world));
    expect(r.session.campaign).toEqual(run);
    expect(r.session.start).toEqual(s.start);
    expect(undoLastMove(r.session)).toBe(true);

    const tampered = JSON.parse(p.load(SAVE_KEY)!);
    tampered.start.squad[0].hp = 7; // Willow "healed" in the file: the world saved does not follow from it
    const t = readSave(JSON.stringify(tampered));
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.error).toMatch(/\$\.start: the campaign mission does not re-simulate/);
    const badShape = JSON.parse(p.load(SAVE_KEY)!);
    badShape.campaign.state.squad[1].hp = 0;
    const b = readSave(JSON.stringify(badShape));
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.error).toMatch(/\$\.campaign\.state\.squad\[1\]\.hp: /);
    const wrongLevel = JSON.parse(p.load(SAVE_KEY)!);
    wrongLevel.start.difficulty = 'easy';
    const w = readSave(JSON.stringify(wrongLevel));
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.error).toMatch(/\$\.start\.difficulty: the game was saved at hard, not easy/);
  });

  it('saves a campaign between missions and reads it back; a broken one is named to its path', () => {
    const run = secondMission();
    const p = memoryPlatform();
    writeCampaignSave(p, run);
    expect(inspectSave(p)).toEqual({ kind: 'campaign', mission: 2, status: 'playing', difficulty: 'hard' });
    const r = readSave(p.load(SAVE_KEY)!);
    expect(r).toEqual({ ok: true, kind: 'campaign', run });
    const bad = JSON.parse(p.load(SAVE_KEY)!);
    bad.run.state.difficulty = 'insane';
    p.save(SAVE_KEY, JSON.stringify(bad));
    const st = inspectSave(p);
    expect(st.kind).toBe('unreadable');
    if (st.kind === 'unreadable') expect(st.error).toMatch(/\$\.run\.state\.difficulty/);
    const v2 = { ...JSON.parse(JSON.stringify({ format: 'denizens-campaign-save', version: 2, run })) };
    const r2 = readSave(JSON.stringify(v2));
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error).toMatch(/version 2 is not supported/);
  });

  it("reports a finished mission with the engine's debrief over the game's own events, and its replay links", () => {
    const run: CampaignRun = { state: startCampaign('easy', 'r'), reports: [] };
    const s = createSession(map('ruins'), 'r/m1', 'ruins', missionStart(run.state), run);
    for (let i = 0; i < 3000 && s.world.header.outcome === 'ongoing' && s.world.header.turn <= 30; i++) {
      const cmd =
        s.world.header.phase === 'player' ? chooseCommand(s.world, Faction.squad) : { type: 'end_turn' as const };
      if (!sendCommand(s, cmd).ok) sendCommand(s, { type: 'end_turn' });
    }
    expect(s.world.header.outcome).not.toBe('ongoing');
    const rep = missionReport(s);
    const { stats } = rebuildLog(s.map, s.seed, s.commands, new Map(s.names), s.start);
    expect(rep.shots).toBe(stats.shots);
    expect(rep.hits).toBe(stats.hits);
    expect(rep.turns).toBe(s.world.header.turn);
    expect(rep.map).toBe('ruins');
    expect(rep.difficulty).toBe('easy');
    const r = buildReplay(s);
    expect(r.campaign).toEqual({ seed: 'r', mission: 1 });
    expect(
      checkCampaignLinks([{ file: 'm1', json: r }], (id: string) =>
        Object.hasOwn(BUILTIN_MAPS, id) ? map(id) : undefined,
      ),
    ).toEqual([]);
  });
});
