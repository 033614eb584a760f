import { createGame, currentObjective } from '@denizens/engine';
import { describe, expect, it } from 'vitest';
import { loadBuiltinMap } from '../../game/loadMap';
import { objectiveLine, objectiveTiles } from './objective';

function map(id: string) {
  const m = loadBuiltinMap(id);
  if (!m.ok) throw new Error(m.error);
  return m.map;
}

describe('the objective line and marks', () => {
  it('says the objective in force in the engine’s words and marks its tiles', () => {
    for (const id of ['ruins', 'ship', 'training']) {
      const w = createGame(map(id), '1');
      const o = currentObjective(w);
      const tiles = objectiveTiles(w);
      if (o.kind === 'eliminate') expect(tiles).toEqual([]);
      else expect(tiles.length).toBeGreaterThan(0);
      expect(objectiveLine(w).length).toBeGreaterThan(10);
    }
  });

  it('counts the turns left under a turn limit, the current one included', () => {
    const w = createGame({ ...map('training'), turnLimit: 3 }, '1');
    expect(objectiveLine(w)).toMatch(/3 turns left \(limit 3\)/);
    w.header.turn = 3;
    expect(objectiveLine(w)).toMatch(/last turn \(limit 3\)/);
  });

  it('while a phase is animated, counts from the turn and the breach countdowns shown', () => {
    const w = createGame({ ...map('training'), turnLimit: 5 }, '1');
    w.header.turn = 3;
    expect(objectiveLine(w, { turn: 2, seals: [] })).toMatch(/4 turns left \(limit 5\)$/);
    expect(objectiveLine(w, { turn: 2, seals: [3, 2] })).toMatch(/a breach seals in 2 turns$/);
    expect(objectiveLine(w, { turn: 5, seals: [1] })).toMatch(
      /last turn \(limit 5\) · a breach seals at the end of this turn$/,
    );
  });
});
