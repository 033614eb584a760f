import { legendOf, type MapData } from '@denizens/maps';
import { T, TERRAIN_RULES, type TerrainId } from './terrain';

/**
 * The tiles of a game. Terrain, wall HP, height and dust are state (hashed, saved); `occupant`
 * is derived from unit positions and rebuilt on load.
 */
export interface Grid {
  readonly width: number;
  readonly height: number;
  terrain: Uint8Array;
  /** Hit points left in destructible terrain (walls). */
  wallHp: Int16Array;
  /** Height level (0-9), e.g. the raised lip of a breach. */
  elevation: Uint8Array;
  /** Turns of dust left on a tile (0: clear). Write it with setDust, which keeps `dusty`. */
  dust: Uint8Array;
  /** How many tiles have dust (derived from `dust`; 0 lets a shot skip walking its line for dust). */
  dusty: number;
  /** 1 where the tile is lit (conduits and the tiles next to them, map lights). */
  lit: Uint8Array;
  /** Entity id + 1 of the unit standing on the tile, 0 if none (derived). */
  occupant: Int32Array;
  /**
   * Per side (FactionId), 1 where one of its units stands (derived, kept with `occupant` by
   * world/units.ts): the tiles the other side may not walk through, ready for a path search.
   */
  occupiedBy: readonly Uint8Array[];
}

export function createGrid(width: number, height: number): Grid {
  const n = width * height;
  return {
    width,
    height,
    terrain: new Uint8Array(n),
    wallHp: new Int16Array(n),
    elevation: new Uint8Array(n),
    dust: new Uint8Array(n),
    dusty: 0,
    lit: new Uint8Array(n),
    occupant: new Int32Array(n),
    occupiedBy: [new Uint8Array(n), new Uint8Array(n)],
  };
}

/** Sets the dust on tile i (turns left, 0 clears it), keeping the count of dusty tiles. */
export function setDust(g: Grid, i: number, turns: number): void {
  g.dusty += (turns > 0 ? 1 : 0) - (g.dust[i]! > 0 ? 1 : 0);
  g.dust[i] = turns;
}

/** Counts the dusty tiles afresh (after the dust array was written as a whole, as a load does). */
export function recountDust(g: Grid): void {
  let n = 0;
  for (let i = 0; i < g.dust.length; i++) if (g.dust[i]! > 0) n++;
  g.dusty = n;
}

export function gridFromMap(map: MapData): Grid {
  const g = createGrid(map.width, map.height);
  const legend = legendOf(map);
  for (let y = 0; y < map.height; y++) {
    const row = map.terrain[y] ?? '';
    for (let x = 0; x < map.width; x++) {
      const name = legend[row[x] ?? ' '] ?? 'void';
      const t = T[name];
      const i = y * map.width + x;
      g.terrain[i] = t;
      g.wallHp[i] = TERRAIN_RULES[t]!.hp;
      g.elevation[i] = Number(map.heights?.[y]?.[x] ?? '0') || 0;
    }
  }
  computeLight(g, map.lights);
  return g;
}

/** Conduits light themselves and their 8 neighbours; map lights add single tiles. */
export function computeLight(g: Grid, lights: readonly { x: number; y: number }[]): void {
  g.lit.fill(0);
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      if (g.terrain[y * g.width + x] !== T.conduit) continue;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (inBounds(g, nx, ny)) g.lit[ny * g.width + nx] = 1;
        }
      }
    }
  }
  for (const p of lights) if (inBounds(g, p.x, p.y)) g.lit[p.y * g.width + p.x] = 1;
}

export function inBounds(g: Grid, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x < g.width && y < g.height;
}

export function idx(g: Grid, x: number, y: number): number {
  return y * g.width + x;
}

export function terrainAt(g: Grid, x: number, y: number): TerrainId {
  return inBounds(g, x, y) ? g.terrain[y * g.width + x]! : T.void;
}

/** Can a unit stand on / walk through this tile (ignoring units)? */
export function isWalkable(g: Grid, x: number, y: number): boolean {
  return inBounds(g, x, y) && TERRAIN_RULES[g.terrain[y * g.width + x]!]!.moveMul > 0;
}

export function blocksSight(g: Grid, x: number, y: number): boolean {
  return !inBounds(g, x, y) || TERRAIN_RULES[g.terrain[y * g.width + x]!]!.blocksSight;
}
