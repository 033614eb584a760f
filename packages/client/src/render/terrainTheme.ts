import { type GameWorld, T } from '@denizens/engine';

export type Theme = 'ruins' | 'ship';

/** A map is drawn as the ship's interior when ship tiles outnumber city tiles. */
export function terrainTheme(world: GameWorld): Theme {
  let ship = 0;
  let city = 0;
  for (const t of world.grid.terrain) {
    if (t === T.deck || t === T.conduit || t === T.hull || t === T.cell) ship++;
    else if (t === T.ground || t === T.rubble || t === T.wall || t === T.crater) city++;
  }
  return ship > city ? 'ship' : 'ruins';
}

/** A stable small hash of a tile position, for picking texture variants. */
export function tileHash(x: number, y: number): number {
  let h = (x * 374761393 + y * 668265263) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return (h ^ (h >>> 16)) >>> 0;
}
