import { type GameEvent, hashWorld, unitById, unitsSorted, verifyReplay } from '@denizens/engine';
import { BUILTIN_MAPS, DEFAULT_MAP_ID, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { memoryPlatform } from '../platform/platform';
import { buildReplay } from './buildReplay';
import { describeEvent } from './describeEvent';
import { loadBuiltinMap } from './loadMap';
import {
  COMMAND_LOG_FORMAT,
  COMMAND_LOG_VERSION,
  inspectSave,
  keptSaves,
  restoreSave,
  SAVE_KEY,
  setAsideUnreadable,
  UNREADABLE_PREFIX,
  writeAutosave,
} from './saveGame';
import { createSession, sendCommand } from './session';
import { canUndo, undoLastMove } from './undoLastMove';

function newSession() {
  const m = loadBuiltinMap(DEFAULT_MAP_ID);
  if (!m.ok) throw new Error(m.error);
  return createSession(m.map, 'test-seed');
}

/** A legal one-tile move for the first squad member (east or north, whichever is free). */
function someMove(s: ReturnType<typeof newSession>) {
  const eid = unitsSorted(s.world, 0)[0]!;
  const id = s.world.c.Unit.id[eid]!;
  const x = s.world.c.Position.x[eid]!;
  const y = s.world.c.Position.y[eid]!;
  for (const [dx, dy] of [
    [1, 0],
    [0, -1],
    [1, -1],
    [-1, 0],
  ] as const) {
    const to = { x: x + dx, y: y + dy };
    const r = sendCommand(s, { type: 'move', unit: id, to });
    if (r.ok) return { id, eid, from: { x, y }, to };
  }
  throw new Error('no legal move found');
}

describe('session', () => {
  it('records accepted commands only', () => {
    const s = newSession();
    const r = sendCommand(s, { type: 'move', unit: 'nobody', to: { x: 0, y: 0 } });
    expect(r.ok).toBe(false);
    expect(s.commands).toHaveLength(0);
    someMove(s);
    expect(s.commands).toHaveLength(1);
  });

  it('undoes the last move back to the exact earlier world', () => {
    const s = newSession();
    const before = hashWorld(s.world);
    const m = someMove(s);
    expect(hashWorld(s.world)).not.toBe(before);
    expect(canUndo(s)).toBe(true);
    expect(undoLastMove(s)).toBe(true);
    expect(hashWorld(s.world)).toBe(before);
    const eid = unitById(s.world, m.id)!;
    expect({ x: s.world.c.Position.x[eid], y: s.world.c.Position.y[eid] }).toEqual(m.from);
    expect(canUndo(s)).toBe(false);
  });

  it('does not undo an end of turn', () => {
    const s = newSession();
    someMove(s);
    expect(sendCommand(s, { type: 'end_turn' }).ok).toBe(true);
    expect(canUndo(s)).toBe(false);
    expect(undoLastMove(s)).toBe(false);
    expect(s.turns).toHaveLength(1);
    expect(s.turns[0]!.turn).toBe(1);
  });

  it('autosaves and restores to the same world hash', () => {
    const s = newSession();
    const p = memoryPlatform();
    someMove(s);
    sendCommand(s, { type: 'end_turn' });
    writeAutosave(p, s);
    expect(inspectSave(p)).toEqual({ kind: 'ok', mapId: DEFAULT_MAP_ID, turn: 2 });
    const r = restoreSave(p.load(SAVE_KEY)!);
    if (!r.ok) throw new Error(r.error);
    expect(hashWorld(r.session.world)).toBe(hashWorld(s.world));
    expect(r.session.commands).toEqual(s.commands);
  });

  it('refuses a save whose hash does not match', () => {
    const s = newSession();
    const p = memoryPlatform();
    writeAutosave(p, s);
    const tampered = JSON.parse(p.load(SAVE_KEY)!);
    tampered.hash = 'deadbeef';
    const r = restoreSave(JSON.stringify(tampered));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/different state/);
    expect(restoreSave('{nope').ok).toBe(false);
    expect(restoreSave(JSON.stringify({ ...tampered, version: 99 })).ok).toBe(false);
    const broken = JSON.parse(p.load(SAVE_KEY)!);
    broken.save.grid.width = -1;
    const b = restoreSave(JSON.stringify(broken));
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.error).toMatch(/\$\.grid\.width/);
  });

  it('keeps every kind of unreadable save: reported, moved aside before a new game, never deleted', () => {
    const s = newSession();
    const good = memoryPlatform();
    writeAutosave(good, s);
    const text = good.load(SAVE_KEY)!;
    const wrongHash = JSON.parse(text);
    wrongHash.hash = 'deadbeef';
    const brokenWorld = JSON.parse(text);
    brokenWorld.save.grid.width = -1;
    const cases: [string, string, RegExp][] = [
      ['corrupt', '{"format":"denizens-autosave",', /not valid JSON/],
      ['truncated', text.slice(0, text.length / 2), /not valid JSON/],
      ['wrong version', JSON.stringify({ ...JSON.parse(text), version: 99 }), /version 99 is not supported/],
      ['hash mismatch', JSON.stringify(wrongHash), /different state/],
      ['engine refuses', JSON.stringify(brokenWorld), /\$\.grid\.width/],
    ];
    for (const [what, bad, why] of cases) {
      const p = memoryPlatform();
      p.save(SAVE_KEY, bad);
      const st = inspectSave(p);
      expect(st.kind, what).toBe('unreadable');
      if (st.kind === 'unreadable') expect(st.error, what).toMatch(why);
      expect(p.load(SAVE_KEY), what).toBe(bad); // looking does not touch it
      p.save(`${UNREADABLE_PREFIX}1`, 'an older one');
      const key = setAsideUnreadable(p);
      expect(key, what).toBe(`${UNREADABLE_PREFIX}2`);
      expect(p.load(key!), what).toBe(bad);
      expect(p.load(`${UNREADABLE_PREFIX}1`), what).toBe('an older one');
      expect(inspectSave(p).kind, what).toBe('none');
      expect(keptSaves(p).map((k) => k.key)).toEqual([`${UNREADABLE_PREFIX}1`, `${UNREADABLE_PREFIX}2`]);
    }
    // a readable save is never moved
    expect(setAsideUnreadable(good)).toBeNull();
    expect(good.load(SAVE_KEY)).toBe(text);
  });

  it('does not start over an unreadable save when it cannot be copied aside', () => {
    const p = memoryPlatform();
    p.save(SAVE_KEY, '{broken');
    const full = { ...p, save: (k: string, v: string) => (k === SAVE_KEY ? p.save(k, v) : undefined) };
    expect(() => setAsideUnreadable(full)).toThrow(/could not be copied/);
    expect(p.load(SAVE_KEY)).toBe('{broken');
  });

  it('reads the command-log form of a save too (re-simulated, hash-checked)', () => {
    const s = newSession();
    someMove(s);
    sendCommand(s, { type: 'end_turn' });
    const log = {
      format: COMMAND_LOG_FORMAT,
      version: COMMAND_LOG_VERSION,
      mapId: s.mapId,
      map: s.map,
      seed: s.seed,
      commands: s.commands,
      turns: s.turns,
      turn: 2,
      hash: hashWorld(s.world),
    };
    const r = restoreSave(JSON.stringify(log));
    if (!r.ok) throw new Error(r.error);
    expect(hashWorld(r.session.world)).toBe(hashWorld(s.world));
  });

  it('keeps undo working after a continue (the command log travels with the save)', () => {
    const s = newSession();
    const p = memoryPlatform();
    const before = hashWorld(s.world);
    someMove(s);
    writeAutosave(p, s);
    const r = restoreSave(p.load(SAVE_KEY)!);
    if (!r.ok) throw new Error(r.error);
    expect(undoLastMove(r.session)).toBe(true);
    expect(hashWorld(r.session.world)).toBe(before);
  });

  it('builds a replay with the map hash, commands and per-turn hashes', () => {
    const s = newSession();
    someMove(s);
    sendCommand(s, { type: 'end_turn' });
    const r = buildReplay(s);
    expect(r.format).toBe('denizens-replay');
    expect(r.map).toEqual({ id: DEFAULT_MAP_ID, hash: s.world.scenario.mapHash });
    expect(r.commands).toHaveLength(2);
    expect(r.turns).toEqual(s.turns);
    expect(r.result.hash).toBe(hashWorld(s.world));
  });

  it('exports replays that the engine verifier accepts (same hashes in the client and Node)', () => {
    const s = newSession();
    someMove(s);
    sendCommand(s, { type: 'end_turn' });
    sendCommand(s, { type: 'end_turn' });
    const resolve = (id: string) => {
      const m = validateMap(BUILTIN_MAPS[id]);
      return m.ok ? m.map : undefined;
    };
    const v = verifyReplay(JSON.parse(JSON.stringify(buildReplay(s))), resolve);
    expect(v.status).toBe('ok');
    const tampered = { ...buildReplay(s), turns: s.turns.map((t) => ({ ...t, hash: '0123456789abcdef' })) };
    expect(verifyReplay(tampered, resolve).status).toBe('diverged');
  });
});

describe('describeEvent', () => {
  const names = new Map([
    ['willow', 'Willow'],
    ['drone-1', 'LGF drone'],
  ]);
  it('words moves, phases and the end of the game', () => {
    expect(
      describeEvent(
        {
          type: 'moved',
          unit: 'willow',
          path: [
            { x: 1, y: 2 },
            { x: 2, y: 2 },
          ],
          faction: 'squad',
          cost: 4,
          dash: false,
          apLeft: 1,
        },
        names,
      ),
    ).toBe('Willow moves to 2,2.');
    const dash: GameEvent = {
      type: 'moved',
      unit: 'willow',
      faction: 'squad',
      path: [{ x: 3, y: 2 }],
      cost: 9,
      dash: true,
      apLeft: 0,
    };
    expect(describeEvent(dash, names)).toBe('Willow dashes to 3,2.');
    expect(describeEvent({ type: 'phase_started', turn: 3, phase: 'enemy' }, names)).toBe('— Turn 3: LGF phase —');
    expect(describeEvent({ type: 'turn_ended', turn: 3 }, names)).toBeNull();
    expect(describeEvent({ type: 'game_over', outcome: 'defeat', reason: 'squad_dead', turn: 4 }, names)).toBe(
      'Defeat on turn 4 (squad dead).',
    );
  });
  it('words combat events, and refuses an event it does not know (the switch is exhaustive)', () => {
    const hit = {
      unit: 'willow',
      target: 'drone-1',
      damage: 4,
      hp: 2,
      crit: true,
      flanked: false,
      critRoll: 3,
      damageRoll: 3,
    };
    expect(describeEvent({ type: 'hit', ...hit }, names)).toBe('Critical hit: LGF drone takes 4 damage (2 HP left).');
    expect(describeEvent({ type: 'hit', ...hit, unit: null }, names)).toBe(
      'Critical hit: LGF drone takes 4 damage (2 HP left).',
    );
    expect(describeEvent({ type: 'miss', unit: 'willow', target: 'drone-1', percent: 40, roll: 70 }, names)).toBe(
      'Missed LGF drone.',
    );
    // only an event outside the types can reach the default branch
    const unknown = JSON.parse('{"type":"something_new","unit":"willow"}') as Parameters<typeof describeEvent>[0];
    expect(() => describeEvent(unknown, names)).toThrow(/unhandled event/);
  });
});

describe('a finished game', () => {
  it('is kept but not offered as Continue', () => {
    const platform = memoryPlatform();
    const s = newSession();
    writeAutosave(platform, s);
    expect(inspectSave(platform)).toMatchObject({ kind: 'ok' });
    s.world.header.outcome = 'victory'; // as after the last enemy went down
    writeAutosave(platform, s);
    expect(inspectSave(platform)).toEqual({ kind: 'finished', mapId: s.mapId, turn: 1, outcome: 'victory' });
  });
});
