import type { MapInput } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import { hashWorld } from '../hash/hashWorld';
import { createGame } from '../setup/createGame';
import { T } from '../world/terrain';
import { objectiveReach } from './objectiveReach';

// A ship (hull H, deck _) with the squad outside and the ground to reach inside; one breach in its wall.
const SHIP = ['.....', 'HHHHH', 'H___H', 'HHHHH', '.S.S.'];
const INSIDE = { x: 2, y: 2 };

function ship(extra: Partial<MapInput> = {}) {
  const m = tinyMap(SHIP, {
    objective: { kind: 'reach', tiles: [INSIDE] },
    breaches: [{ x: 2, y: 3, sealsIn: 1 }],
    ...extra,
  });
  return createGame(m, '4');
}

describe('objectiveReach', () => {
  it('is reachable through an open breach, and not once the hull has sealed it with nobody inside', () => {
    const w = ship();
    expect(objectiveReach(w)).toEqual({ reachable: true });
    apply(w, { type: 'end_turn' });
    expect(w.grid.terrain[3 * 5 + 2]).not.toBe(w.grid.terrain[0]); // still hull: sealed
    expect(objectiveReach(w)).toEqual({ reachable: false, stuck: ['s1', 's2'] });
  });

  it('never changes the world', () => {
    const w = ship();
    apply(w, { type: 'end_turn' });
    const before = hashWorld(w);
    objectiveReach(w);
    expect(hashWorld(w)).toBe(before);
  });

  it('is not called lost while a strike still to come can tear the hull open', () => {
    const strike = { turn: 3, x: 2, y: 3, radius: 0, damage: 3 };
    const w = ship({ strikes: [strike] });
    apply(w, { type: 'end_turn' });
    expect(objectiveReach(w)).toEqual({ reachable: true });
    // once that strike's turn is past the turn limit, it never lands: lost again
    const late = ship({ strikes: [{ ...strike, turn: 9 }], turnLimit: 8 });
    apply(late, { type: 'end_turn' });
    expect(objectiveReach(late).reachable).toBe(false);
  });

  it('is not called lost while a story beat may still open a breach', () => {
    const w = ship({
      triggers: [{ id: 'late', when: { kind: 'turn', turn: 5 }, do: [{ kind: 'breach', x: 1, y: 3 }] }],
    });
    apply(w, { type: 'end_turn' });
    expect(objectiveReach(w)).toEqual({ reachable: true });
  });

  it('needs every squad member able to get out for an extraction, and names who cannot', () => {
    // s1 walled in on the left, s2 free beside the extraction tile
    const m = tinyMap(['S#...', '##...', '...S.'], { objective: { kind: 'extract', tiles: [{ x: 4, y: 0 }] } });
    expect(objectiveReach(createGame(m, '1'))).toEqual({ reachable: false, stuck: ['s1'] });
    const open = tinyMap(['S....', '##...', '...S.'], { objective: { kind: 'extract', tiles: [{ x: 4, y: 0 }] } });
    expect(objectiveReach(createGame(open, '1'))).toEqual({ reachable: true });
  });

  it('counts a cell as reached from a tile next to it, and an eliminate objective as never lost', () => {
    const cell = tinyMap(['.......', 'HHHHHHH', 'H__C__H', 'HHHHHHH', '.S...S.'], {
      objective: { kind: 'cell', x: 3, y: 2 },
      breaches: [{ x: 1, y: 3, sealsIn: 1 }],
    });
    const w = createGame(cell, '1');
    expect(objectiveReach(w)).toEqual({ reachable: true });
    apply(w, { type: 'end_turn' });
    expect(objectiveReach(w)).toEqual({ reachable: false, stuck: ['s1', 's2'] });
    // only a tile diagonal to the cell can be reached (walls set in the grid: no valid map starts so): enough
    const beside = createGame(
      tinyMap(['S....', '.....', '..C..', '.....'], { objective: { kind: 'cell', x: 2, y: 2 } }),
      '1',
    );
    for (const [x, y] of [
      [2, 0],
      [2, 1],
      [1, 2],
      [1, 3],
    ])
      beside.grid.terrain[y! * 5 + x!] = T.wall;
    expect(objectiveReach(beside)).toEqual({ reachable: true });
    beside.grid.terrain[1 * 5 + 1] = T.wall;
    expect(objectiveReach(beside)).toEqual({ reachable: false, stuck: ['s1'] });
    const hunt = tinyMap(['S#...', '##..E', '.....']);
    expect(objectiveReach(createGame(hunt, '1'))).toEqual({ reachable: true });
  });
});
