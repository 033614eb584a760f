import { describe, expect, it } from 'vitest';
import { builtin, tinyMap } from '../../test/support';
import { chooseCommand } from '../ai/chooseCommand';
import { apply } from '../apply';
import { blockersFor } from '../commands/move';
import { deserializeGame, serializeGame } from '../save/serialize';
import { createGame } from '../setup/createGame';
import { Faction } from './components';
import { placeUnit, removeUnit, unitById, unitsView } from './units';
import type { GameWorld } from './world';

/** The derived occupancy worked out from scratch: every live unit's tile, by entity and by side. */
function expectOccupancyMatchesUnits(world: GameWorld): void {
  const g = world.grid;
  const n = g.width * g.height;
  const occupant = new Int32Array(n);
  const bySide = [new Uint8Array(n), new Uint8Array(n), new Uint8Array(n)];
  for (const eid of unitsView(world)) {
    const i = world.c.Position.y[eid]! * g.width + world.c.Position.x[eid]!;
    occupant[i] = eid + 1;
    bySide[world.c.Unit.faction[eid]!]![i] = 1;
  }
  expect(Array.from(g.occupant)).toEqual(Array.from(occupant));
  expect(Array.from(g.occupiedBy[Faction.squad]!)).toEqual(Array.from(bySide[Faction.squad]!));
  expect(Array.from(g.occupiedBy[Faction.lgf]!)).toEqual(Array.from(bySide[Faction.lgf]!));
  // A side is blocked by the other side's units only.
  expect(Array.from(blockersFor(world, Faction.squad))).toEqual(Array.from(bySide[Faction.lgf]!));
  expect(Array.from(blockersFor(world, Faction.lgf))).toEqual(Array.from(bySide[Faction.squad]!));
}

describe('derived occupancy (occupant, occupiedBy)', () => {
  it('follows every move, death, breach and load of AI-played games', () => {
    for (const [id, seed] of [
      ['ruins', 3],
      ['ship', 2],
    ] as const) {
      let world = createGame(builtin(id), seed);
      let deaths = 0;
      let moves = 0;
      for (let step = 0; step < 400 && world.header.outcome === 'ongoing'; step++) {
        const r = apply(world, chooseCommand(world, Faction.squad));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        for (const e of r.events) {
          if (e.type === 'unit_died') deaths++;
          if (e.type === 'moved') moves++;
        }
        expectOccupancyMatchesUnits(world);
        if (step % 25 === 0) {
          const loaded = deserializeGame(JSON.parse(JSON.stringify(serializeGame(world))));
          expect(loaded.ok).toBe(true);
          if (!loaded.ok) return;
          world = loaded.world;
          expectOccupancyMatchesUnits(world);
        }
      }
      // The games exercised what occupancy must follow.
      expect(moves).toBeGreaterThan(10);
      expect(deaths).toBeGreaterThan(0);
    }
  });

  it('counts every placing and removal (grid.unitChanges) and names the unit last placed (grid.lastPlaced)', () => {
    const world = createGame(tinyMap(['..E..', '.....', '.....', '..S..']), 1);
    const g = world.grid;
    const s1 = unitById(world, 's1')!;
    const e1 = unitById(world, 'e1')!;
    const before = g.unitChanges;
    expect(apply(world, { type: 'move', unit: 's1', to: { x: 1, y: 2 } }).ok).toBe(true);
    expect(g.unitChanges).toBe(before + 1);
    expect(g.lastPlaced).toBe(s1);
    // Commands that move no one leave the count alone.
    expect(apply(world, { type: 'overwatch', unit: 's1' }).ok).toBe(true);
    expect(g.unitChanges).toBe(before + 1);
    // A tile holds one unit: placing another there is an engine error and changes nothing.
    const at = (eid: number) => [world.c.Position.x[eid], world.c.Position.y[eid]];
    const e1Was = at(e1);
    expect(() => placeUnit(world, e1, at(s1)[0]!, at(s1)[1]!)).toThrow(/taken/);
    expect(at(e1)).toEqual(e1Was);
    expect(g.unitChanges).toBe(before + 1);
    expect(g.occupiedBy[Faction.lgf]![e1Was[1]! * g.width + e1Was[0]!]).toBe(1);
    removeUnit(world, e1);
    expect(g.unitChanges).toBe(before + 2);
    expect(g.lastPlaced).toBe(-1);
  });
});
