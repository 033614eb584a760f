import { describe, expect, it } from 'vitest';
import type { MapInput } from './format';
import { formatIssue, validateMap } from './validate';

const base = (): MapInput => ({
  format: 'denizens-map',
  version: 1,
  id: 'story',
  name: 'Story',
  width: 6,
  height: 3,
  terrain: ['..#...', '......', '....HC'],
  squad: [{ id: 'a', name: 'A', hp: 5, aim: 60, mobility: 5, weapon: 'thompson', x: 0, y: 0 }],
  enemies: [{ id: 'e', type: 'trooper', x: 5, y: 0 }],
  objective: { kind: 'eliminate' },
});
const problems = (m: MapInput) => {
  const r = validateMap(m, 'story.json');
  return r.ok ? [] : r.issues.map(formatIssue);
};

describe('story checks', () => {
  it('accepts well-formed triggers and a captive in the cell', () => {
    const m = base();
    m.objective = { kind: 'cell', x: 5, y: 2 };
    m.captive = { id: 'tara', name: 'Tara', hp: 4, aim: 50, mobility: 5, extraction: [{ x: 0, y: 1 }] };
    m.triggers = [
      {
        id: 'one',
        when: { kind: 'enter', area: { x: 1, y: 0, w: 2, h: 2 }, unit: 'a' },
        do: [{ kind: 'collapse', x: 2, y: 0 }],
      },
      {
        id: 'two',
        when: { kind: 'event', event: 'captive_freed', unit: 'tara' },
        do: [{ kind: 'say', speaker: 'tara', text: 'Hi.' }],
      },
    ];
    expect(problems(m)).toEqual([]);
  });

  it('names each mistake with its JSON path, tile and fix', () => {
    const m = base();
    m.captive = { id: 'a', name: 'Tara', hp: 4, aim: 50, mobility: 5, extraction: [{ x: 4, y: 2 }] };
    m.triggers = [
      { id: 'one', when: { kind: 'enter', area: { x: 4, y: 0, w: 4, h: 1 } }, do: [{ kind: 'collapse', x: 1, y: 0 }] },
      { id: 'one', when: { kind: 'sees', x: 9, y: 0 }, do: [{ kind: 'wound', unit: 'zed', damage: 1 }] },
      {
        id: 'three',
        when: { kind: 'turn', turn: 2 },
        do: [
          { kind: 'reinforce', enemies: [{ id: 'e', type: 'ghost', x: 2, y: 0 }] },
          { kind: 'breach', x: 0, y: 1 },
        ],
      },
    ];
    expect(problems(m)).toEqual([
      'story.json: $.captive: a captive needs a cell to be held in, but the objective is "eliminate"; make the objective {"kind": "cell", …} on her tile',
      'story.json: $.captive.id: duplicate unit id "a" (already used at $.squad[0]); give her her own id',
      'story.json: $.captive.extraction[0] (tile 4,2): extraction tile is on hull; put it on a tile a unit can stand on',
      'story.json: $.triggers[0].when.area (tile 4,0): area 4,0 4x1 reaches past the 6x3 map; shrink it to fit',
      'story.json: $.triggers[0].do[0] (tile 1,0): the tile at 1,0 is ground, not a wall; point the collapse at a wall tile',
      'story.json: $.triggers[1].id: duplicate trigger id "one" (also $.triggers[0]); give each its own id',
      'story.json: $.triggers[1].when (tile 9,0): watched tile is at 9,0, outside the 6x3 map (x 0-5, y 0-2); move it inside',
      'story.json: $.triggers[1].do[0].unit: no unit has the id "zed"; use the id of a squad member, an enemy, the captive or a reinforcement',
      'story.json: $.triggers[2].do[0].enemies[0] (tile 2,0): reinforcement arrives on wall; put it on a tile a unit can stand on',
      'story.json: $.triggers[2].do[0].enemies[0].id: duplicate unit id "e" (already used at $.enemies[0]); give it its own id',
      'story.json: $.triggers[2].do[0].enemies[0].type: unknown enemy type "ghost"; use one of drone, trooper, heavy or define it in "enemyTypes"',
      'story.json: $.triggers[2].do[1] (tile 0,1): the tile at 0,1 is ground, not hull; a breach opens in a hull tile',
    ]);
  });
});
