import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import type { Command } from '../commands/types';
import { hashWorld } from '../hash/hashWorld';
import { serializeGame } from '../save/serialize';
import { createGame } from '../setup/createGame';
import { add, unitById } from '../world/units';
import { climbHelp, goTo, preview } from './preview';

// A pistol that reaches 3 tiles, for an enemy that sees much farther than it shoots.
const snub = {
  name: 'Snub pistol',
  kind: 'pistol',
  damage: { min: 1, max: 2 },
  ammo: null,
  rangeMods: [{ upTo: 3, mod: 0 }],
  crit: 0,
  heavy: false,
} as const;
const shortArm = {
  weapons: { snub },
  enemyTypes: {
    guard: { name: 'Guard', hp: 4, aim: 60, mobility: 4, vision: 12, defense: 0, weapon: 'snub', tags: [] },
  },
};

function world(rows: string[], enemyType = 'trooper', extra = {}) {
  const m = tinyMap(rows, { ...extra });
  return createGame({ ...m, enemies: m.enemies.map((e) => ({ ...e, type: enemyType })) }, '5');
}

describe('preview', () => {
  it('never changes the world: the hash and the whole save are the same after every kind of preview', () => {
    const w = createGame(tinyMap(['..E..', '.....', '.....', '.S.S.']), '3');
    const before = { hash: hashWorld(w), save: JSON.stringify(serializeGame(w)) };
    const commands: Command[] = [
      { type: 'move', unit: 's1', to: { x: 1, y: 1 } },
      { type: 'move', unit: 's1', to: { x: 9, y: 9 } },
      { type: 'shoot', unit: 's1', target: 'e1' },
      { type: 'overwatch', unit: 's2' },
      { type: 'hunker', unit: 's2' },
      { type: 'end_turn' },
    ];
    for (const c of commands) preview(w, c);
    expect(hashWorld(w)).toBe(before.hash);
    expect(JSON.stringify(serializeGame(w))).toBe(before.save);
    // and the world still plays the same as one that was never previewed
    const fresh = createGame(tinyMap(['..E..', '.....', '.....', '.S.S.']), '3');
    for (const c of commands.slice(2)) expect(apply(w, c)).toEqual(apply(fresh, c));
    expect(hashWorld(w)).toBe(hashWorld(fresh));
  });

  it('gives a move its path, cost and cover, and the same rejection apply would', () => {
    const w = createGame(tinyMap(['.....', '.....', '..#..', '.S...']), '1');
    const p = preview(w, { type: 'move', unit: 's1', to: { x: 2, y: 3 } });
    expect(p).toMatchObject({ ok: true, kind: 'move', path: [{ x: 2, y: 3 }], ap: 1 });
    if (p.ok && p.kind === 'move') expect(p.cover.n).toBe(2); // the wall north of the tile
    const refused = preview(w, { type: 'move', unit: 's1', to: { x: 2, y: 2 } });
    const applied = apply(createGame(tinyMap(['.....', '.....', '..#..', '.S...']), '1'), {
      type: 'move',
      unit: 's1',
      to: { x: 2, y: 2 },
    });
    expect(refused).toEqual(applied);
  });

  it('warns of a seen enemy that would flank the tile, but not of one whose weapon does not reach it', () => {
    // the enemy at the top sees the whole open field; a trooper's carbine reaches 16 tiles, a guard's pistol 3
    const rows = ['..E..', '.....', '.....', '.....', '.....', '.....', '.S...'];
    const to = { x: 3, y: 6 };
    const far = preview(world(rows), { type: 'move', unit: 's1', to });
    expect(far).toMatchObject({ ok: true, kind: 'move', threats: [{ unit: 'e1', flanked: true }] });
    const short = preview(world(rows, 'guard', shortArm), { type: 'move', unit: 's1', to });
    expect(short).toMatchObject({ ok: true, kind: 'move', threats: [] });
    const near = preview(world(rows, 'guard', shortArm), { type: 'move', unit: 's1', to: { x: 2, y: 3 } });
    expect(near).toMatchObject({ ok: true, kind: 'move', threats: [{ unit: 'e1', flanked: true }] });
  });

  it('names no enemy the moving side does not see', () => {
    // the pilot sees 6 tiles: the trooper 10 tiles north is unseen, though it would see and reach the tile
    // (a second trooper close by is seen and named)
    const rows = ['..E..', ...Array.from({ length: 8 }, () => '.....'), '....E', '.S...'];
    const m = tinyMap(rows);
    const short = { ...m, squad: m.squad.map((u) => ({ ...u, vision: 6 })) };
    const threats = (p: ReturnType<typeof preview>) =>
      p.ok && p.kind === 'move' ? p.threats.map((t) => t.unit) : null;
    const to = { x: 2, y: 8 };
    expect(threats(preview(createGame(short, '5'), { type: 'move', unit: 's1', to }))).toEqual(['e2']);
    // seen, the far trooper is named too
    expect(threats(preview(createGame(m, '5'), { type: 'move', unit: 's1', to }))).toEqual(['e1', 'e2']);
  });

  it('prices a climb as the climb command charges it: 2 alone, 1 boosted, 0 boosted by a strong ally', () => {
    const rows = ['_____', '_____', '##B##', '..S..'];
    const w = createGame(tinyMap(rows), '1');
    const eid = unitById(w, 's1')!;
    const climb: Command = { type: 'climb', unit: 's1', to: { x: 2, y: 2 } };
    expect(goTo(w, 's1', { x: 2, y: 2 })).toEqual(climb);
    expect(goTo(w, 's1', { x: 1, y: 3 })).toEqual({ type: 'move', unit: 's1', to: { x: 1, y: 3 } });
    expect(preview(w, climb)).toMatchObject({ ok: true, kind: 'climb', ap: 2, help: 'alone' });
    add(w, eid, 'Boosted');
    w.c.Boosted.free[eid] = 0;
    expect(preview(w, climb)).toMatchObject({ ok: true, kind: 'climb', ap: 1, help: 'boosted' });
    w.c.Boosted.free[eid] = 1;
    expect(climbHelp(w, eid)).toEqual({ ap: 0, help: 'strong_boost' });
    const r = apply(w, climb);
    expect(r.ok && r.events[0]).toMatchObject({ type: 'climbed', ap: 0 });
  });

  it('gives a shot its hit chance, and dry-runs other commands saying whether dice were rolled', () => {
    const w = createGame(tinyMap(['..E..', '.....', '.....', '..S..']), '2');
    const shot = preview(w, { type: 'shoot', unit: 's1', target: 'e1' });
    expect(shot.ok && shot.kind === 'shoot' && shot.chance.percent).toBeGreaterThan(0);
    const watch = preview(w, { type: 'overwatch', unit: 's1' });
    expect(watch).toMatchObject({ ok: true, kind: 'other', random: false });
    expect(watch.ok && watch.kind === 'other' && watch.events[0]).toMatchObject({ type: 'overwatch_set', unit: 's1' });
    expect(preview(w, { type: 'reload', unit: 's1' })).toMatchObject({ ok: false, rejection: { code: 'full_ammo' } });
  });
});
