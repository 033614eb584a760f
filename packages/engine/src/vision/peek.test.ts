import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { unitById } from '../world/units';
import { peekTiles } from './peek';
import { canSeeTileFrom, canSeeUnit, unitSeesTile, visibleTo } from './sight';

// Peeking around cover (docs/rules.md, "Peeking around cover"): the unit S stands under the east end
// of a wall; E stands straight north of the open tile beside that end.
const corner = [
  '...E...', // 0
  '.......', // 1
  '.......', // 2
  '###....', // 3  the wall ends at (2,3)
  '..S....', // 4  S on (2,4): peek tile (3,4)
  '.......', // 5
];
// The same, but the wall runs on past S: S stands in the middle of a long wall.
const longWall = ['...E...', '.......', '.......', '#######', '..S....', '.......'];

const game = (rows: string[]) => createGame(tinyMap(rows), 1);

describe('peek tiles', () => {
  it('are the open tiles beside a unit that look round the end of a wall, and none in the middle of a wall', () => {
    expect(peekTiles(game(corner).grid, 2, 4)).toEqual([{ x: 3, y: 4 }]);
    expect(peekTiles(game(longWall).grid, 2, 4)).toEqual([]);
    // A lone pillar north: both sides look round it. In the open or beside the rim of a breach
    // (full cover that sight passes through): nothing to look round.
    const pillar = game(['.....', '..#..', '..S..', '.....']).grid;
    expect(peekTiles(pillar, 2, 2)).toEqual([
      { x: 3, y: 2 },
      { x: 1, y: 2 },
    ]);
    expect(peekTiles(pillar, 0, 3)).toEqual([]);
    // The wall ends at the map edge: that is no corner (beyond the edge blocks), so no peek west.
    const edge = game(['.....', '###..', '.S...']).grid;
    expect(peekTiles(edge, 1, 2)).toEqual([]);
    expect(peekTiles(edge, 2, 2)).toEqual([{ x: 3, y: 2 }]);
    // The step-out tile must be open floor: a void there is no peek (nor is a wall: see the long wall).
    expect(peekTiles(game(['.....', '###..', '..S..', '.....']).grid, 2, 2)).toEqual([{ x: 3, y: 2 }]);
    expect(peekTiles(game(['.....', '###..', '..S .', '.....']).grid, 2, 2)).toEqual([]);
  });
});

describe('seeing around a corner', () => {
  it('a unit beside a wall corner sees a target beside the corner that its own tile does not', () => {
    const w = game(corner);
    const s = unitById(w, 's1')!;
    const e = unitById(w, 'e1')!;
    // From its own tile the wall's end hides (3,0); from the peek tile (3,4) it is in plain view.
    expect(canSeeTileFrom(w.grid, 2, 4, 12, 3, 0)).toBe(false);
    expect(canSeeTileFrom(w.grid, 3, 4, 12, 3, 0)).toBe(true);
    expect(unitSeesTile(w.grid, 2, 4, 12, 3, 0)).toBe(true);
    expect(canSeeUnit(w, s, e)).toBe(true);
    // The fog follows: the squad's view has the tile and the enemy on it.
    const v = visibleTo(w, Faction.squad);
    expect(v.tiles[0 * w.grid.width + 3]).toBe(1);
    expect(v.enemies).toEqual(['e1']);
    // Not both ways: the trooper in the open has no corner to look round and does not see S's tile.
    expect(canSeeUnit(w, e, s)).toBe(false);
    expect(visibleTo(w, Faction.lgf).enemies).toEqual([]);
  });

  it('a unit in the middle of a long wall does not', () => {
    const w = game(longWall);
    expect(canSeeUnit(w, unitById(w, 's1')!, unitById(w, 'e1')!)).toBe(false);
    const v = visibleTo(w, Faction.squad);
    expect(v.tiles[0 * w.grid.width + 3]).toBe(0);
    expect(v.enemies).toEqual([]);
  });
});
