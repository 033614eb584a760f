import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import { createGame } from '../setup/createGame';

// V8's own view of an object's shape (its hidden class), through its natives syntax, enabled here for the
// functions compiled after this line only.
setFlagsFromString('--allow-natives-syntax');
const sameShape = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

describe('world objects keep one shape from game to game', () => {
  // A verifier re-simulates thousands of games in one process: when each world brought a hidden class of its own
  // (a spread literal does that once V8 has warmed up), every function taking a world was deoptimised again and
  // ended megamorphic. Forty games, as a long verification run makes them, on three maps.
  it('gives every world, and its scenario lookups, the hidden class of the first', () => {
    const maps = [builtin('training'), builtin('ruins'), builtin('ship')];
    const first = createGame(maps[0]!, 1);
    const firstOnMap = maps.map((m) => createGame(m, 1));
    for (let i = 0; i < 40; i++) {
      const k = i % maps.length;
      const world = createGame(maps[k]!, i);
      expect(sameShape(world, first)).toBe(true);
      expect(sameShape(world.header, first.header)).toBe(true);
      expect(sameShape(world.scenario, first.scenario)).toBe(true);
      // weapons and enemy types: built-ins plus the map's own, so one shape per map
      expect(sameShape(world.scenario.weapons, firstOnMap[k]!.scenario.weapons)).toBe(true);
      expect(sameShape(world.scenario.enemyTypes, firstOnMap[k]!.scenario.enemyTypes)).toBe(true);
    }
  });

  it('can tell two shapes apart (the probe is not always true)', () => {
    expect(sameShape({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameShape({ a: 1 }, { a: 2 })).toBe(true);
  });
});
