import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply, applyAs } from '../apply';
import type { GameEvent } from '../events/types';
import { preview } from '../query/preview';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { hitChance } from './hitChance';
import { targetsFor } from './targets';

// Shooting around a corner (docs/rules.md, "Peeking around cover"). s1 (aim 70, Thompson: +10 up to
// 5 tiles, 0 up to 8, crit 10) stands on (2,4) under the east end of a wall; its peek tile is (3,4).
// e1, a trooper, stands on (3,0): straight north of the peek tile, hidden from s1's own tile.
const corner = ['...E...', '.......', '.......', '###....', '..S....', '.......'];
const longWall = ['...E...', '.......', '.......', '#######', '..S....', '.......'];

const game = (rows: string[]) => createGame(tinyMap(rows), 1);
const ids = (w: GameWorld) => [unitById(w, 's1')!, unitById(w, 'e1')!] as const;

describe('shooting around a corner', () => {
  it('a unit behind a wall corner can shoot a target beside the corner; one in the middle of a long wall cannot', () => {
    const w = game(corner);
    expect(targetsFor(w, unitById(w, 's1')!).map((t) => t.target)).toEqual(['e1']);
    const r = apply(w, { type: 'shoot', unit: 's1', target: 'e1' });
    expect(r.ok).toBe(true);
    const shot = r.ok ? (r.events.find((e) => e.type === 'shot') as Extract<GameEvent, { type: 'shot' }>) : null;
    // It still stands on its tile; it fired from the peek tile.
    expect(shot).toMatchObject({ from: { x: 2, y: 4 }, peek: { x: 3, y: 4 } });

    const walled = game(longWall);
    expect(targetsFor(walled, unitById(walled, 's1')!)).toEqual([]);
    const refused = apply(walled, { type: 'shoot', unit: 's1', target: 'e1' });
    expect(refused.ok === false && refused.rejection.code).toBe('not_visible');
  });

  it('works the hit chance out from the peek tile: range, and the target’s cover toward the peek tile', () => {
    // Rubble west of the target: toward s1's own tile (2,4) that is half cover; toward the peek tile
    // (3,4), straight below, the target has none: flanked.
    const rows = ['..,E...', '.......', '.......', '###....', '..S....', '.......'];
    const w = game(rows);
    const [s, e] = ids(w);
    const c = hitChance(w, s, e);
    expect(c).toMatchObject({ peek: true, from: { x: 3, y: 4 }, canSee: true, inRange: true, distance: 4 });
    expect(c.flanked).toBe(true);
    expect(c.breakdown.map((b) => [b.key, b.value])).toEqual([
      ['peek', 0],
      ['aim', 70],
      ['range', 10],
    ]);
    expect(c.percent).toBe(80);
    expect(c.critPercent).toBe(60);
    // Had it been worked out from s1's own tile, the rubble would count (half cover: 60%); pretending
    // s1 stands on the peek tile gives exactly the same numbers.
    const fromPeek = hitChance(w, s, e, { from: { x: 3, y: 4 } });
    expect(fromPeek.peek).toBe(false);
    expect([fromPeek.percent, fromPeek.critPercent, fromPeek.cover]).toEqual([c.percent, c.critPercent, c.cover]);
    // The client asks the same question through preview.
    const p = preview(w, { type: 'shoot', unit: 's1', target: 'e1' });
    expect(p.ok && p.kind === 'shoot' && p.chance).toEqual(c);
  });

  it('the defender’s cover toward the peeker still counts', () => {
    // Rubble south of the target, between it and the peek tile: half cover, −20.
    const rows = ['...E...', '...,...', '.......', '###....', '..S....', '.......'];
    const w = game(rows);
    const [s, e] = ids(w);
    const c = hitChance(w, s, e);
    expect(c.peek).toBe(true);
    expect(c.cover).toBe(1);
    expect(c.percent).toBe(70 + 10 - 20);
  });

  it('with two peek tiles it leans out where the target has the least cover; ties go N, E, S, W', () => {
    // s1 on (3,4) under a lone pillar (3,3): peek tiles (4,4) and (2,4) both see e1 on (3,0).
    const open = game(['...E...', '.......', '.......', '...#...', '...S...', '.......']);
    expect(hitChance(open, ...ids(open))).toMatchObject({ peek: true, from: { x: 4, y: 4 }, flanked: true });
    // Rubble west of e1: half cover toward (2,4), none toward (4,4).
    const west = game(['..,E...', '.......', '.......', '...#...', '...S...', '.......']);
    expect(hitChance(west, ...ids(west))).toMatchObject({ from: { x: 4, y: 4 }, cover: 0 });
    // Rubble east of e1: the west peek tile it is.
    const east = game(['...E,..', '.......', '.......', '...#...', '...S...', '.......']);
    expect(hitChance(east, ...ids(east))).toMatchObject({ from: { x: 2, y: 4 }, cover: 0 });
  });

  it('a unit that sees the target from its own tile fires from there', () => {
    // e1 on (5,0) is in view of (2,4) past the wall's end: no leaning out, even though it could.
    const w = game(['.....E.', '.......', '.......', '###....', '..S....', '.......']);
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({ peek: false, from: { x: 2, y: 4 }, canSee: true });
  });

  it('overwatch fires at a step seen only from the peek tile, from there', () => {
    // s1 on (2,7) under the end of the wall on row 6; e1 walks from (3,0) to (3,1), which only the peek
    // tile (3,7) sees.
    const rows = ['...E...', '.......', '.......', '.......', '.......', '.......', '###....', '..S....'];
    const w = game(rows);
    expect(apply(w, { type: 'overwatch', unit: 's1' }).ok).toBe(true);
    w.header.phase = 'enemy';
    const r = applyAs(w, { type: 'move', unit: 'e1', to: { x: 3, y: 1 } }, Faction.lgf);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.events[0]).toMatchObject({ type: 'moved', interrupted: true });
    expect(r.events[1]).toEqual({ type: 'reaction_fire', unit: 's1', target: 'e1', at: { x: 3, y: 1 } });
    // Thompson at 6 tiles: 70 + 0, flanked, ×0.7 = 49.
    expect(r.events[2]).toMatchObject({ type: 'shot', peek: { x: 3, y: 7 }, percent: 49, reaction: true });
  });
});
