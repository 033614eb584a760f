import { removeComponent } from 'bitecs';
import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import { createGame } from '../setup/createGame';
import { COMPONENT_FIELDS, COMPONENT_NAMES, type ComponentName, fieldsOf } from '../world/components';
import { touchGrid } from '../world/grid';
import { randInt } from '../world/rng';
import { add, has, spawnEntity } from '../world/units';
import type { GameWorld } from '../world/world';
import { hashWorld } from './hashWorld';

/**
 * The state hash covers every piece of state: generated from the component table (COMPONENT_FIELDS),
 * every field of every component is changed in turn and the hash must change (and come back when the
 * field is restored). A component the hash skipped, or a field, fails here by name.
 */

type Store = Record<string, unknown[]>;

/** A game with one extra entity that has every component, each field set to a known value. */
function worldWithEverything(): { world: GameWorld; eid: number } {
  const world = createGame(builtin('ship'), 1);
  const eid = spawnEntity(world);
  for (const name of COMPONENT_NAMES) {
    add(world, eid, name);
    const store = world.c[name] as unknown as Store;
    for (const [field, kind] of fieldsOf(name)) store[field]![eid] = kind === 'str' ? 'a' : 3;
  }
  return { world, eid };
}

describe('hashWorld covers all state', () => {
  const componentNames = Object.keys(COMPONENT_FIELDS) as ComponentName[];

  it('the table is what the hash walks: every component and field is listed', () => {
    expect([...COMPONENT_NAMES].sort()).toEqual([...componentNames].sort());
    for (const name of componentNames) expect(fieldsOf(name).length).toBe(Object.keys(COMPONENT_FIELDS[name]).length);
  });

  for (const name of componentNames) {
    const fields = fieldsOf(name);
    for (const [field, kind] of fields) {
      it(`a change to ${name}.${field} changes the hash`, () => {
        const { world, eid } = worldWithEverything();
        const store = world.c[name] as unknown as Store;
        const before = hashWorld(world);
        const old = store[field]![eid];
        store[field]![eid] = kind === 'str' ? 'b' : 4;
        expect(hashWorld(world), `${name}.${field} changed`).not.toBe(before);
        store[field]![eid] = old;
        expect(hashWorld(world)).toBe(before);
      });
    }
    it(`having ${name} or not changes the hash`, () => {
      const { world, eid } = worldWithEverything();
      const before = hashWorld(world);
      removeComponent(world, eid, world.c[name]);
      expect(has(world, eid, name)).toBe(false);
      expect(hashWorld(world), `${name} removed`).not.toBe(before);
      add(world, eid, name);
      expect(hashWorld(world)).toBe(before);
    });
  }

  for (const array of ['terrain', 'wallHp', 'elevation', 'dust', 'lit'] as const) {
    it(`a change to one tile of grid.${array} changes the hash`, () => {
      const { world } = worldWithEverything();
      const before = hashWorld(world);
      const a = world.grid[array];
      const i = Math.floor(a.length / 2);
      const old = a[i]!;
      a[i] = old + 1;
      touchGrid(world.grid);
      expect(hashWorld(world), `grid.${array}`).not.toBe(before);
      a[i] = old;
      touchGrid(world.grid);
      expect(hashWorld(world)).toBe(before);
    });
  }

  it('every header field changes the hash', () => {
    const { world } = worldWithEverything();
    const h = world.header;
    const before = hashWorld(world);
    const changes: [string, () => void, () => void][] = [
      ['turn', () => h.turn++, () => h.turn--],
      ['phase', () => (h.phase = 'enemy'), () => (h.phase = 'player')],
      ['outcome', () => (h.outcome = 'defeat'), () => (h.outcome = 'ongoing')],
      ['reason', () => (h.reason = 'x'), () => (h.reason = '')],
      ['nextUid', () => h.nextUid++, () => h.nextUid--],
    ];
    // Every header field is listed above.
    expect(changes.map(([k]) => k).sort()).toEqual(Object.keys(h).sort());
    for (const [k, change, undo] of changes) {
      change();
      expect(hashWorld(world), `header.${k}`).not.toBe(before);
      undo();
      expect(hashWorld(world)).toBe(before);
    }
  });

  it('the random stream changes the hash: a draw, and the same state under another draw count', () => {
    const a = worldWithEverything().world;
    const before = hashWorld(a);
    randInt(a.rng, 10);
    const afterDraw = hashWorld(a);
    expect(afterDraw).not.toBe(before);
    // The generator's state alone (draw count put back) still differs.
    a.rng.draws--;
    expect(hashWorld(a)).not.toBe(before);
    a.rng.draws++;
    // The draw count alone.
    a.rng.draws++;
    expect(hashWorld(a)).not.toBe(afterDraw);
  });
});
