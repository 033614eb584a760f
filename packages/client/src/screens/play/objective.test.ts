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
});
