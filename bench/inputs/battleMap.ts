import { type MapData, type MapInput, maps } from '../lib/engine';
import { inputRng, pick } from '../lib/prng';

/** Units per side on the 128×128 stress map; other sizes scale it with the area. */
export const STRESS_SIZE = 128;
export const STRESS_PER_SIDE = 50;

/** Units per side for a size×size map: proportional to the area (3, 13, 50, 200 for 32, 64, 128, 256). */
export function unitsPerSideFor(size: number): number {
  return Math.max(1, Math.round((STRESS_PER_SIDE * size * size) / (STRESS_SIZE * STRESS_SIZE)));
}

export interface BattleOptions {
  size: number;
  perSide: number;
  seed?: number;
  /**
   * Hit points of every unit on both sides (default: the usual 7 for pilots and the built-in LGF types). The scaling
   * runs give everyone 100 so that no one dies in the measured turns and the unit count stays what the area says.
   */
  hp?: number;
}

/** Tiles between the two front ranks, the same on every map size (so every size starts its fight alike). */
export const FRONT_GAP = 16;

/**
 * A generated battlefield in the map format: a ruined city block (about 8% rubble in patches, about 8% wall in
 * straight segments) with two armies in ranks facing each other across the middle, the squad to the south and the
 * LGF to the north. Deterministic in its options.
 */
export function battleMapInput({ size, perSide, seed = 1, hp }: BattleOptions): MapInput {
  const rand = inputRng(seed * 7919 + size);
  const t: string[][] = Array.from({ length: size }, () => Array.from({ length: size }, () => '.'));
  const area = size * size;
  let rubble = 0;
  while (rubble < area * 0.08) {
    const cx = pick(rand, size);
    const cy = pick(rand, size);
    const r = 1 + pick(rand, 2);
    for (let y = cy - r; y <= cy + r; y++)
      for (let x = cx - r; x <= cx + r; x++) {
        if (x < 0 || y < 0 || x >= size || y >= size || t[y]![x] !== '.' || rand() < 0.3) continue;
        t[y]![x] = ',';
        rubble++;
      }
  }
  let wall = 0;
  while (wall < area * 0.08) {
    const len = 2 + pick(rand, 5);
    const horizontal = rand() < 0.5;
    let x = pick(rand, size);
    let y = pick(rand, size);
    for (let k = 0; k < len && x < size && y < size; k++) {
      if (t[y]![x] !== '#') wall++;
      t[y]![x] = '#';
      if (horizontal) x++;
      else y++;
    }
  }
  // Ranks: as many as needed for one unit every ~3 tiles across the width, two rows apart, behind each front line.
  const perRankMax = Math.max(1, Math.floor(size / 3));
  const ranks = Math.ceil(perSide / perRankMax);
  const perRank = Math.ceil(perSide / ranks);
  const gap = Math.min(FRONT_GAP, size - 4 * ranks - 2);
  const mid = size >> 1;
  const place = (side: 'squad' | 'lgf'): { x: number; y: number }[] => {
    const out: { x: number; y: number }[] = [];
    for (let k = 0; k < perSide; k++) {
      const rank = Math.floor(k / perRank);
      const file = k % perRank;
      const inRank = Math.min(perRank, perSide - rank * perRank);
      const x = Math.min(size - 1, Math.floor(((file + 0.5) * size) / inRank));
      const dy = (gap >> 1) + 2 * rank;
      const y = side === 'squad' ? Math.min(size - 1, mid + dy) : Math.max(0, mid - dy);
      t[y]![x] = '.';
      out.push({ x, y });
    }
    return out;
  };
  const squad = place('squad').map((p, i) => ({
    id: `pilot-${i + 1}`,
    name: `Pilot ${i + 1}`,
    role: 'Pilot',
    hp: hp ?? 7,
    aim: 65,
    mobility: 5,
    weapon: i % 5 === 2 ? 'bren' : 'thompson',
    sidearm: 'webley',
    pack: { medkits: i % 7 === 0 ? 1 : 0 },
    x: p.x,
    y: p.y,
  }));
  const enemies = place('lgf').map((p, i) => ({
    id: `lgf-${i + 1}`,
    type: i % 3 === 1 ? 'drone' : 'trooper',
    x: p.x,
    y: p.y,
  }));
  return {
    format: 'denizens-map',
    version: 1,
    id: `bench-battle-${size}`,
    name: `Benchmark battle ${size}x${size}`,
    description: `Generated for the benchmarks: ${perSide} against ${perSide} on a ${size}x${size} ruined city block.`,
    width: size,
    height: size,
    terrain: t.map((row) => row.join('')),
    squad,
    enemies,
    ...(hp === undefined
      ? {}
      : {
          enemyTypes: Object.fromEntries(
            ['trooper', 'drone'].map((id) => [id, { ...maps.BUILTIN_ENEMY_TYPES[id]!, hp }]),
          ),
        }),
    objective: { kind: 'eliminate' },
    turnLimit: 999,
  };
}

/** A map input run through the map validator; throws with the validator's messages if it is not a valid map. */
export function validated(input: MapInput, file: string): MapData {
  const r = maps.validateMap(input, file);
  if (!r.ok) throw new Error(`generated map is invalid:\n${r.issues.map(maps.formatIssue).join('\n')}`);
  return r.map;
}

export function battleMap(o: BattleOptions): MapData {
  return validated(battleMapInput(o), `battle-${o.size}`);
}
