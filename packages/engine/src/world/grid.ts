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
  /**
   * Counts every placing, moving and removing of a unit on this grid (derived, kept by
   * world/units.ts): unchanged means no unit has come, gone or moved since it was read.
   */
  unitChanges: number;
  /** The unit the last of those changes placed or moved (entity id), or -1 when it removed one. */
  lastPlaced: number;
  /**
   * Counts the changes to the tile arrays (terrain, wallHp, elevation, dust, lit) since the grid was
   * made (derived): whatever writes them calls touchGrid (setDust does). The state hash keeps the
   * tiles' digest per version, so a turn that changed no tile does not hash them again.
   */
  version: number;
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
    occupiedBy: [new Uint8Array(n), new Uint8Array(n), new Uint8Array(n)],
    unitChanges: 0,
    lastPlaced: -1,
    version: 0,
  };
}

/** Marks the tile arrays changed (see Grid.version): call it with every write to them. */
export function touchGrid(g: Grid): void {
  g.version++;
}

/** Sets the dust on tile i (turns left, 0 clears it), keeping the count of dusty tiles. */
export function setDust(g: Grid, i: number, turns: number): void {
  const was = g.dust[i]! > 0;
  g.dust[i] = turns;
  // Counted from what the array holds (a Uint8Array keeps turns modulo 256).
  g.dusty += (g.dust[i]! > 0 ? 1 : 0) - (was ? 1 : 0);
  touchGrid(g);
}

/** Counts the dusty tiles afresh (after the dust array was written as a whole, as a load does). */
export function recountDust(g: Grid): void {
  let n = 0;
  for (let i = 0; i < g.dust.length; i++) if (g.dust[i]! > 0) n++;
  g.dusty = n;
  touchGrid(g);
}

export function gridFromMap(map: MapData): Grid {
  const g = createGrid(map.width, map.height);
  const legend = legendOf(map);
  // Terrain id by character code (a legend key is one UTF-16 unit); a character not in the legend is void.
  const byCode = new Map<number, TerrainId>();
  for (const [ch, name] of Object.entries(legend)) byCode.set(ch.charCodeAt(0), T[name]);
  const ascii = new Int16Array(128).fill(T.void);
  for (const [code, t] of byCode) if (code < 128) ascii[code] = t;
  const space = byCode.get(32) ?? T.void;
  const hp = Int16Array.from(TERRAIN_RULES, (r) => r.hp);
  const w = map.width;
  for (let y = 0; y < map.height; y++) {
    const row = map.terrain[y] ?? '';
    const heights = map.heights?.[y] ?? '';
    for (let x = 0; x < w; x++) {
      // A row too short reads as spaces (what the legend says of ' ', else void).
      const code = x < row.length ? row.charCodeAt(x) : 32;
      const t = x >= row.length ? space : code < 128 ? ascii[code]! : (byCode.get(code) ?? T.void);
      const i = y * w + x;
      g.terrain[i] = t;
      g.wallHp[i] = hp[t]!;
      // Heights are digits 0-9 (validated); anything else counts as 0.
      const d = x < heights.length ? heights.charCodeAt(x) - 48 : 0;
      g.elevation[i] = d >= 0 && d <= 9 ? d : 0;
    }
  }
  computeLight(g, map.lights);
  return g;
}

/** Conduits light themselves and their 8 neighbours; map lights add single tiles. */
export function computeLight(g: Grid, lights: readonly { x: number; y: number }[]): void {
  const { width: w, height: h, terrain, lit } = g;
  const conduit = T.conduit;
  lit.fill(0);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (terrain[y * w + x] !== conduit) continue;
      for (let ny = Math.max(0, y - 1); ny <= Math.min(h - 1, y + 1); ny++) {
        for (let nx = Math.max(0, x - 1); nx <= Math.min(w - 1, x + 1); nx++) lit[ny * w + nx] = 1;
      }
    }
  }
  for (const p of lights) if (inBounds(g, p.x, p.y)) lit[p.y * w + p.x] = 1;
  touchGrid(g);
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
