import { TERRAIN_NAMES, type TerrainName } from '@denizens/maps';

/** Terrain as a small integer: the index into TERRAIN_NAMES. */
export type TerrainId = number;

export const T = Object.fromEntries(TERRAIN_NAMES.map((n, i) => [n, i])) as { readonly [K in TerrainName]: TerrainId };

export interface TerrainRule {
  /** Move-point multiplier for stepping onto the tile (1 normal, 2 rough); 0 = cannot be walked. */
  moveMul: number;
  /** Blocks line of sight and fire. */
  blocksSight: boolean;
  /** Cover it gives to a unit behind it: 0 none, 1 half, 2 full. */
  cover: 0 | 1 | 2;
  /** Hit points of destructible terrain (0: indestructible by normal means). */
  hp: number;
}

const RULES_BY_NAME: Readonly<Record<TerrainName, TerrainRule>> = {
  ground: { moveMul: 1, blocksSight: false, cover: 0, hp: 0 },
  deck: { moveMul: 1, blocksSight: false, cover: 0, hp: 0 },
  conduit: { moveMul: 1, blocksSight: false, cover: 0, hp: 0 },
  cell: { moveMul: 1, blocksSight: false, cover: 0, hp: 0 },
  rubble: { moveMul: 2, blocksSight: false, cover: 1, hp: 0 },
  crater: { moveMul: 2, blocksSight: false, cover: 0, hp: 0 },
  wall: { moveMul: 0, blocksSight: true, cover: 2, hp: 6 },
  hull: { moveMul: 0, blocksSight: true, cover: 2, hp: 0 },
  // A raised opening in the hull: entered by climbing, not walking; sight passes through.
  breach: { moveMul: 0, blocksSight: false, cover: 2, hp: 0 },
  void: { moveMul: 0, blocksSight: false, cover: 0, hp: 0 },
};

/** The rules of each terrain kind, indexed by TerrainId. Numbers documented in docs/rules.md. */
export const TERRAIN_RULES: readonly TerrainRule[] = TERRAIN_NAMES.map((name) => RULES_BY_NAME[name]);

export function terrainName(id: TerrainId): TerrainName {
  return TERRAIN_NAMES[id] ?? 'void';
}
