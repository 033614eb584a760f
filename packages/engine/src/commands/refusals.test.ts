import type { MapInput } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import { hashWorld } from '../hash/hashWorld';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { placeUnit, unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { boost, pull } from './breach';
import type { Command } from './types';
import { applyUnitCommand } from './unitCommand';

/**
 * Every refusal of a unit's command, with its code and its words (the sentence the HUD and the CLI
 * show), and the world left exactly as it was (the state hash).
 */
function refusal(w: GameWorld, command: unknown): { code: string; message: string } {
  const before = hashWorld(w);
  const r = apply(w, command as Command);
  expect(hashWorld(w), JSON.stringify(command)).toBe(before);
  return r.ok ? { code: 'accepted', message: '' } : { code: r.rejection.code, message: r.rejection.message };
}

const set = (w: GameWorld, id: string, f: (eid: number) => void) => f(unitById(w, id)!);

describe('unit commands: finding the unit', () => {
  const unitCommands: Command[] = [
    { type: 'move', unit: '', to: { x: 1, y: 0 } },
    { type: 'shoot', unit: '', target: 'e1' },
    { type: 'overwatch', unit: '' },
    { type: 'reload', unit: '' },
    { type: 'hunker', unit: '' },
    { type: 'first_aid', unit: '' },
    { type: 'climb', unit: '', to: { x: 1, y: 0 } },
    { type: 'boost', unit: '', target: 's2' },
    { type: 'pull', unit: '', target: 's2' },
    { type: 'interact', unit: '' },
  ];

  it('refuses every unit command for a unit that is not there, not the side’s, or not named', () => {
    const w = createGame(tinyMap(['SS..E']), 1);
    for (const c of unitCommands) {
      expect(refusal(w, { ...c, unit: 'nobody' }), c.type).toEqual({
        code: 'unknown_unit',
        message: 'no living unit has the id "nobody"',
      });
      expect(refusal(w, { ...c, unit: 'e1' }), c.type).toEqual({
        code: 'not_your_unit',
        message: 'LGF trooper (e1) is not yours to command',
      });
      expect(refusal(w, { ...c, unit: 7 }), c.type).toEqual({
        code: 'invalid_command',
        message: 'the command needs "unit": the unit\'s id',
      });
    }
  });

  it('boost and pull check their target the same way', () => {
    const w = createGame(tinyMap(['SS..E']), 1);
    for (const type of ['boost', 'pull']) {
      expect(refusal(w, { type, unit: 's1', target: 'e1' }), type).toEqual({
        code: 'not_your_unit',
        message: 'LGF trooper (e1) is not yours to command',
      });
      expect(refusal(w, { type, unit: 's1', target: 'gone' }), type).toEqual({
        code: 'unknown_unit',
        message: 'no living unit has the id "gone"',
      });
    }
    // Called directly (as the enemy phase could), boost and pull check the side themselves.
    const s1 = unitById(w, 's1')!;
    const e1 = unitById(w, 'e1')!;
    expect(boost(w, s1, e1)).toEqual({
      ok: false,
      rejection: { code: 'not_your_unit', message: 'LGF trooper is not an ally' },
    });
    expect(pull(w, s1, e1)).toEqual({
      ok: false,
      rejection: { code: 'not_your_unit', message: 'LGF trooper is not an ally' },
    });
  });

  it('refuses an unknown command type and an end_turn given as a unit’s command', () => {
    const w = createGame(tinyMap(['SS..E']), 1);
    expect(refusal(w, { type: 'teleport', unit: 's1' })).toEqual({
      code: 'invalid_command',
      message: 'unknown command type "teleport"',
    });
    expect(applyUnitCommand(w, { type: 'end_turn' }, Faction.lgf)).toEqual({
      ok: false,
      rejection: { code: 'invalid_command', message: 'only the squad ends its turn by command' },
    });
  });
});

describe('move refusals', () => {
  const rows = [
    '..........', //
    '.S...#....',
    '.S...#..E.',
    '.....#....',
    '..,,,.....',
  ];
  const move = (w: GameWorld, to: unknown) => refusal(w, { type: 'move', unit: 's1', to });

  it('names the tile and why it cannot be the destination', () => {
    const w = createGame(tinyMap(rows), 1);
    const whole = { code: 'invalid_command', message: 'move needs "to": {x, y} with whole numbers' };
    expect(move(w, undefined)).toEqual(whole);
    expect(move(w, { x: 1.5, y: 2 })).toEqual(whole);
    expect(move(w, { x: 1, y: 2.5 })).toEqual(whole);
    expect(move(w, { x: 40, y: 1 })).toEqual({ code: 'out_of_bounds', message: 'tile 40,1 is outside the 10x5 map' });
    expect(move(w, { x: 5, y: 1 })).toEqual({ code: 'unreachable', message: 'tile 5,1 cannot be stood on' });
    expect(move(w, { x: 1, y: 1 })).toEqual({ code: 'unreachable', message: 'Pilot 1 is already on 1,1' });
    expect(move(w, { x: 1, y: 2 })).toEqual({ code: 'occupied', message: 'tile 1,2 is taken by Pilot 2' });
  });

  it('says how far the unit can go: two action points at most, one move when one is left', () => {
    const w = createGame(tinyMap(rows), 1);
    expect(move(w, { x: 9, y: 4 })).toEqual({
      code: 'unreachable',
      message: 'Pilot 1 cannot reach 9,4 with 2 action points (10 move points each)',
    });
    // More action points than a dash never buy a longer move.
    set(w, 's1', (s) => (w.c.Actions.ap[s] = 3));
    expect(move(w, { x: 9, y: 4 }).code).toBe('unreachable');
    // (7,0) is a dash away: beyond one move.
    set(w, 's1', (s) => (w.c.Actions.ap[s] = 1));
    expect(move(w, { x: 7, y: 0 })).toEqual({
      code: 'unreachable',
      message: 'Pilot 1 cannot reach 7,0 with 1 action point (10 move points each)',
    });
    set(w, 's1', (s) => (w.c.Actions.ap[s] = 0));
    expect(move(w, { x: 2, y: 1 })).toEqual({
      code: 'no_action_points',
      message: 'Pilot 1 has no action points left this turn',
    });
  });
});

describe('combat command refusals', () => {
  it('shoot: each check in its words', () => {
    const shoot = (w: GameWorld, fields: Record<string, unknown>) =>
      refusal(w, { type: 'shoot', unit: 's1', target: 'e1', ...fields });
    const w = createGame(tinyMap(['SS.E.']), 1);
    expect(shoot(w, { sidearm: 'yes' })).toEqual({ code: 'invalid_command', message: '"sidearm" is true or false' });
    expect(shoot(w, { target: 3 })).toEqual({
      code: 'invalid_command',
      message: 'shoot needs "target": the id of the unit to shoot',
    });
    expect(shoot(w, { target: 'ghost' })).toEqual({
      code: 'unknown_unit',
      message: 'no living unit has the id "ghost"',
    });
    expect(shoot(w, { target: 's2' })).toEqual({ code: 'invalid_target', message: 'Pilot 2 is on your side' });
    expect(shoot(w, { sidearm: true })).toEqual({ code: 'no_weapon', message: 'Pilot 1 has no sidearm' });
    set(w, 's1', (s) => (w.c.Weapon.ammo[s] = 0));
    expect(shoot(w, { sidearm: false })).toEqual({
      code: 'no_ammo',
      message: "Pilot 1's Thompson submachine gun is empty: reload or use the sidearm",
    });
    set(w, 's1', (s) => (w.c.Weapon.id[s] = 'no-such-weapon'));
    expect(shoot(w, {})).toEqual({ code: 'no_weapon', message: 'Pilot 1 has no weapon' });
    set(w, 's1', (s) => {
      w.c.Weapon.id[s] = 'bren';
      w.c.Weapon.ammo[s] = 3;
      w.c.Actions.dashed[s] = 1;
    });
    expect(shoot(w, {})).toEqual({
      code: 'heavy_after_dash',
      message: 'the Bren light machine gun is heavy: it cannot be fired after a dash',
    });
    set(w, 's1', (s) => (w.c.Actions.ap[s] = 0));
    expect(shoot(w, {})).toEqual({ code: 'no_action_points', message: 'Pilot 1 has no action points left this turn' });
  });

  it('shoot: out of sight, out of range', () => {
    const shoot = (w: GameWorld) => refusal(w, { type: 'shoot', unit: 's1', target: 'e1' });
    const hidden = createGame(tinyMap(['..E..', '.###.', '..S..']), 1);
    expect(shoot(hidden)).toEqual({ code: 'not_visible', message: 'Pilot 1 cannot see e1' });
    // A Thompson that reaches 2 tiles, at a target 4 tiles away in plain sight.
    const weapons: MapInput['weapons'] = {
      thompson: {
        name: 'Short gun',
        kind: 'smg',
        damage: { min: 1, max: 2 },
        ammo: 4,
        rangeMods: [{ upTo: 2, mod: 0 }],
        crit: 0,
        heavy: false,
      },
    };
    const far = createGame(tinyMap(['S...E'], { weapons }), 1);
    expect(shoot(far)).toEqual({ code: 'out_of_range', message: "e1 is 4 tiles away, beyond the Short gun's range" });
  });

  it('overwatch, reload and hunker: their words', () => {
    const w = createGame(tinyMap(['S...E']), 1);
    const s = unitById(w, 's1')!;
    const as = (type: string) => refusal(w, { type, unit: 's1' });
    expect(as('reload')).toEqual({
      code: 'full_ammo',
      message: "Pilot 1's Thompson submachine gun is already full",
    });
    expect(as('hunker')).toEqual({ code: 'no_cover', message: 'Pilot 1 has no cover here to hunker behind' });
    w.c.Weapon.ammo[s] = 0;
    expect(as('overwatch')).toEqual({
      code: 'no_ammo',
      message: 'Pilot 1 has nothing loaded to watch with: reload first',
    });
    // A bottomless magazine (-1) on a weapon with a capacity, and a weapon with no capacity at all.
    w.c.Weapon.ammo[s] = -1;
    expect(as('reload')).toEqual({ code: 'full_ammo', message: 'the Thompson submachine gun never runs dry' });
    w.c.Weapon.id[s] = 'webley';
    w.c.Weapon.ammo[s] = 0;
    expect(as('reload')).toEqual({ code: 'full_ammo', message: 'the Webley revolver never runs dry' });
    w.c.Weapon.id[s] = 'no-such-weapon';
    expect(as('reload')).toEqual({ code: 'no_weapon', message: 'Pilot 1 has no weapon to reload' });
    w.c.Actions.ap[s] = 0;
    for (const type of ['overwatch', 'reload', 'hunker', 'first_aid']) {
      expect(as(type), type).toEqual({
        code: 'no_action_points',
        message: 'Pilot 1 has no action points left this turn',
      });
    }
  });

  it('first aid: its words', () => {
    const squad = [
      { id: 'alex', name: 'Alex', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', pack: { medkits: 1 }, x: 0, y: 0 },
      { id: 'willow', name: 'Willow', hp: 7, aim: 70, mobility: 5, weapon: 'thompson', x: 1, y: 0 },
      { id: 'buffy', name: 'Buffy', hp: 7, aim: 70, mobility: 5, weapon: 'thompson', x: 3, y: 0 },
    ];
    const w = createGame(tinyMap(['.....', '....E'], { squad }), 1);
    const aid = (unit: string, target?: unknown) => refusal(w, { type: 'first_aid', unit, target });
    expect(aid('alex', 5)).toEqual({ code: 'invalid_command', message: '"target" is the id of the unit to heal' });
    expect(aid('alex', 'ghost')).toEqual({ code: 'unknown_unit', message: 'no living unit has the id "ghost"' });
    expect(aid('alex', 'e1')).toEqual({ code: 'invalid_target', message: 'LGF trooper is not on your side' });
    expect(aid('alex', 'willow')).toEqual({ code: 'not_wounded', message: 'Willow is not wounded' });
    expect(aid('alex')).toEqual({ code: 'not_wounded', message: 'Alex is not wounded' });
    set(w, 'buffy', (b) => (w.c.Health.hp[b] = 2));
    expect(aid('alex', 'buffy')).toEqual({ code: 'not_adjacent', message: 'Buffy is not next to Alex' });
    expect(aid('willow', 'willow')).toEqual({ code: 'no_medkits', message: 'Willow has no first-aid kit left' });
    set(w, 'alex', (a) => (w.c.Pack.medkits[a] = 0));
    set(w, 'willow', (x) => (w.c.Health.hp[x] = 2));
    expect(aid('alex', 'willow')).toEqual({ code: 'no_medkits', message: 'Alex has no first-aid kit left' });
  });
});

describe('breach and objective refusals', () => {
  // Inside (deck) above the hull row, outside below; a breach at (2,2).
  const rows = [
    '_____', //
    '_S___',
    'HHHHH',
    '.S...',
    '..S..',
  ];
  const make = () => createGame(tinyMap(rows, { breaches: [{ x: 2, y: 2 }], sealTurns: 2 }), 1);

  it('climb: its words', () => {
    const w = make();
    const climb = (unit: string, to: unknown) => refusal(w, { type: 'climb', unit, to });
    const whole = { code: 'invalid_command', message: 'climb needs "to": {x, y}, the breach tile' };
    expect(climb('s2', undefined)).toEqual(whole);
    expect(climb('s2', { x: 2.5, y: 2 })).toEqual(whole);
    expect(climb('s2', { x: 2, y: 0.5 })).toEqual(whole);
    expect(climb('s2', { x: 1, y: 2 })).toEqual({ code: 'no_breach', message: 'there is no open breach at 1,2' });
    expect(climb('s2', { x: 9, y: 2 })).toEqual({ code: 'no_breach', message: 'there is no open breach at 9,2' });
    expect(climb('s3', { x: 2, y: 2 })).toEqual({
      code: 'not_adjacent',
      message: 'Pilot 3 must stand next to the breach at 2,2 to climb into it',
    });
    set(w, 's2', (s) => (w.c.Actions.ap[s] = 1));
    expect(climb('s2', { x: 2, y: 2 })).toEqual({
      code: 'no_action_points',
      message: 'Pilot 2 needs 2 action points and has 1',
    });
    set(w, 's2', (s) => (w.c.Actions.ap[s] = 2));
    expect(apply(w, { type: 'climb', unit: 's2', to: { x: 2, y: 2 } }).ok).toBe(true);
    // Pilot 1 inside, next to the breach Pilot 2 now stands in.
    expect(climb('s1', { x: 2, y: 2 })).toEqual({
      code: 'occupied',
      message: 'Pilot 2 is already in the breach at 2,2',
    });
  });

  it('boost: its words', () => {
    const w = make();
    const boostOf = (unit: string, target: string) => refusal(w, { type: 'boost', unit, target });
    expect(boostOf('s3', 's3')).toEqual({ code: 'invalid_command', message: 'a unit cannot boost itself' });
    expect(boostOf('s1', 's2')).toEqual({
      code: 'not_adjacent',
      message: 'Pilot 1 must stand next to Pilot 2 to boost',
    });
    expect(boostOf('s2', 's3')).toEqual({ code: 'no_breach', message: 'Pilot 3 is not next to an open breach' });
    set(w, 's3', (s) => (w.c.Actions.ap[s] = 0));
    expect(boostOf('s3', 's2')).toEqual({
      code: 'no_action_points',
      message: 'Pilot 3 needs 1 action point and has 0',
    });
    set(w, 's3', (s) => (w.c.Actions.ap[s] = 2));
    expect(apply(w, { type: 'boost', unit: 's3', target: 's2' }).ok).toBe(true);
    expect(boostOf('s3', 's2')).toEqual({
      code: 'already_helped',
      message: 'Pilot 2 has already been boosted this turn',
    });
  });

  it('pull: its words', () => {
    const w = make();
    const pullOf = (unit: string, target: string) => refusal(w, { type: 'pull', unit, target });
    expect(pullOf('s1', 's1')).toEqual({ code: 'invalid_command', message: 'a unit cannot pull itself' });
    expect(pullOf('s3', 's2')).toEqual({
      code: 'not_inside',
      message: 'Pilot 3 must be inside the ship to pull someone through',
    });
    expect(pullOf('s1', 's3')).toEqual({
      code: 'not_adjacent',
      message: 'Pilot 1 cannot reach Pilot 3 through a breach from here',
    });
    set(w, 's1', (s) => (w.c.Actions.ap[s] = 0));
    expect(pullOf('s1', 's2')).toEqual({ code: 'no_action_points', message: 'Pilot 1 needs 1 action point and has 0' });
    set(w, 's1', (s) => (w.c.Actions.ap[s] = 2));
    expect(apply(w, { type: 'pull', unit: 's1', target: 's2' }).ok).toBe(true);
    expect(pullOf('s1', 's2')).toEqual({
      code: 'already_helped',
      message: 'Pilot 2 is already being pulled this turn',
    });
  });

  it('interact: its words', () => {
    const w = make();
    expect(refusal(w, { type: 'interact', unit: 's1' })).toEqual({
      code: 'nothing_to_interact',
      message: 'there is nothing to open on this map',
    });
    const cell = createGame(
      tinyMap(['S__C_'], { objective: { kind: 'cell', x: 3, y: 0 }, legend: { _: 'deck', C: 'cell', '.': 'ground' } }),
      1,
    );
    expect(refusal(cell, { type: 'interact', unit: 's1' })).toEqual({
      code: 'not_adjacent',
      message: 'Pilot 1 must stand on or next to the cell at 3,0',
    });
    set(cell, 's1', (s) => {
      placeUnit(cell, s, 2, 0);
      cell.c.Actions.ap[s] = 0;
    });
    expect(refusal(cell, { type: 'interact', unit: 's1' })).toEqual({
      code: 'no_action_points',
      message: 'Pilot 1 needs 1 action point and has 0',
    });
  });
});
