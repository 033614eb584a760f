import { createGame, damageUnit, hashWorld, unitById } from '@denizens/engine';
import { validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { helpTargets } from './helpTargets';

const YARD = {
  format: 'denizens-map',
  version: 1,
  id: 'yard',
  name: 'The yard',
  width: 8,
  height: 5,
  terrain: ['........', '..#..,,.', '........', '...o....', '........'],
  squad: [
    { id: 'willow', name: 'Willow', hp: 7, aim: 70, mobility: 5, weapon: 'thompson', pack: { medkits: 1 }, x: 0, y: 2 },
    { id: 'faith', name: 'Faith', hp: 8, aim: 65, mobility: 4, weapon: 'bren', x: 0, y: 3 },
    { id: 'alex', name: 'Alex', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 4, y: 4 },
  ],
  enemies: [{ id: 'drone-1', type: 'drone', x: 7, y: 1 }],
  objective: { kind: 'eliminate' },
  turnLimit: 10,
};

describe('helpTargets', () => {
  it('lists the allies the engine would accept, without changing the world', () => {
    const m = validateMap(YARD);
    if (!m.ok) throw new Error(JSON.stringify(m.issues));
    const world = createGame(m.map, '1');
    expect(helpTargets(world, 'willow', 'first_aid')).toEqual([]); // nobody is wounded
    damageUnit(world, unitById(world, 'faith')!, 3, 'shot');
    damageUnit(world, unitById(world, 'alex')!, 3, 'shot'); // wounded but not next to Willow
    const before = hashWorld(world);
    expect(helpTargets(world, 'willow', 'first_aid')).toEqual(['faith']);
    expect(helpTargets(world, 'willow', 'boost')).toEqual([]); // no breach anywhere
    expect(hashWorld(world)).toBe(before);
  });
});
