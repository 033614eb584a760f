import { jsonPath as jsonPathOf, type MapData, validateMap } from '@denizens/maps';
import { addComponent, addEntity, hasComponent } from 'bitecs';
import { z } from 'zod';
import { scenarioFromMap } from '../setup/createGame';
import { ENGINE_VERSION, SAVE_VERSION } from '../version';
import { COMPONENT_NAMES, type ComponentName, fieldsOf } from '../world/components';
import { createGrid, recountDust, touchGrid } from '../world/grid';
import { createRng } from '../world/rng';
import { entitiesSorted, rebuildIndexes } from '../world/units';
import { createGameWorld, type GameWorld } from '../world/world';

/** A whole game as plain JSON: restores to a world with the same hash. The map travels with it. */
export interface SaveFile {
  format: 'denizens-save';
  version: number;
  engine: string;
  seed: string;
  map: MapData;
  header: {
    turn: number;
    phase: 'player' | 'enemy' | 'environment';
    outcome: 'ongoing' | 'victory' | 'defeat';
    reason: string;
    nextUid: number;
  };
  rng: { state: { c: number; s0: number; s1: number; s2: number }; draws: number };
  grid: {
    width: number;
    height: number;
    terrain: number[];
    wallHp: number[];
    elevation: number[];
    dust: number[];
    lit: number[];
  };
  /** Live entities in uid order: each component present, with its fields. */
  entities: Record<string, Record<string, number | string>>[];
}

export function serializeGame(world: GameWorld): SaveFile {
  const { grid, header, rng, c } = world;
  const entities: SaveFile['entities'] = [];
  for (const eid of entitiesSorted(world, ['Meta'])) {
    const e: Record<string, Record<string, number | string>> = {};
    for (const name of COMPONENT_NAMES) {
      const store = c[name] as unknown as Record<string, (number | string)[]>;
      if (!hasComponent(world, eid, store)) continue;
      const fields: Record<string, number | string> = {};
      for (const [f] of fieldsOf(name)) fields[f] = store[f]![eid]!;
      e[name] = fields;
    }
    entities.push(e);
  }
  return {
    format: 'denizens-save',
    version: SAVE_VERSION,
    engine: ENGINE_VERSION,
    seed: world.seed,
    map: world.scenario.map,
    header: { ...header },
    rng: { state: rng.prng.state(), draws: rng.draws },
    grid: {
      width: grid.width,
      height: grid.height,
      terrain: Array.from(grid.terrain),
      wallHp: Array.from(grid.wallHp),
      elevation: Array.from(grid.elevation),
      dust: Array.from(grid.dust),
      lit: Array.from(grid.lit),
    },
    entities,
  };
}

const intArr = z.array(z.number().int());
const componentSchemas = Object.fromEntries(
  COMPONENT_NAMES.map((name) => [
    name,
    z
      .strictObject(
        Object.fromEntries(fieldsOf(name).map(([f, kind]) => [f, kind === 'str' ? z.string() : z.number().int()])),
      )
      .optional(),
  ]),
);

const SaveSchema = z.strictObject({
  format: z.literal('denizens-save'),
  version: z.literal(SAVE_VERSION),
  engine: z.string(),
  seed: z.string(),
  map: z.unknown(),
  header: z.strictObject({
    turn: z.number().int().min(1),
    phase: z.enum(['player', 'enemy', 'environment']),
    outcome: z.enum(['ongoing', 'victory', 'defeat']),
    reason: z.string(),
    nextUid: z.number().int().min(1),
  }),
  rng: z.strictObject({
    state: z.strictObject({ c: z.number(), s0: z.number(), s1: z.number(), s2: z.number() }),
    draws: z.number().int().min(0),
  }),
  grid: z.strictObject({
    width: z.number().int().min(1).max(256),
    height: z.number().int().min(1).max(256),
    terrain: intArr,
    wallHp: intArr,
    elevation: intArr,
    dust: intArr,
    lit: intArr,
  }),
  entities: z.array(z.strictObject({ Meta: z.strictObject({ uid: z.number().int() }), ...componentSchemas })),
});

export interface LoadError {
  /** JSON path of the problem, e.g. `$.entities[3].Health.hp`. */
  path: string;
  message: string;
}

/** Restores a game from a save; a malformed save is refused with where and what, and nothing is lost. */
export function deserializeGame(json: unknown): { ok: true; world: GameWorld } | { ok: false; error: LoadError } {
  if (json && typeof json === 'object' && (json as { format?: unknown }).format === 'denizens-save') {
    const v = (json as { version?: unknown }).version;
    if (typeof v === 'number' && v !== SAVE_VERSION) {
      return {
        ok: false,
        error: {
          path: '$.version',
          message: `save format version ${v} is not supported by this engine (it reads version ${SAVE_VERSION})`,
        },
      };
    }
  }
  const parsed = SaveSchema.safeParse(json);
  if (!parsed.success) {
    const iss = parsed.error.issues[0]!;
    return { ok: false, error: { path: jsonPathOf(iss.path), message: iss.message } };
  }
  const s = parsed.data;
  const mapResult = validateMap(s.map, 'save');
  if (!mapResult.ok) {
    const i = mapResult.issues[0]!;
    return { ok: false, error: { path: `$.map${i.path.slice(1)}`, message: i.message } };
  }
  const n = s.grid.width * s.grid.height;
  for (const key of ['terrain', 'wallHp', 'elevation', 'dust', 'lit'] as const) {
    if (s.grid[key].length !== n) {
      return {
        ok: false,
        error: { path: `$.grid.${key}`, message: `expected ${n} values (width × height), got ${s.grid[key].length}` },
      };
    }
  }
  const grid = createGrid(s.grid.width, s.grid.height);
  grid.terrain.set(s.grid.terrain);
  grid.wallHp.set(s.grid.wallHp);
  grid.elevation.set(s.grid.elevation);
  grid.dust.set(s.grid.dust);
  recountDust(grid);
  grid.lit.set(s.grid.lit);
  touchGrid(grid);
  const world = createGameWorld({
    grid,
    header: { ...s.header },
    rng: createRng(s.seed, s.rng.state),
    seed: s.seed,
    scenario: scenarioFromMap(mapResult.map),
  });
  world.rng.draws = s.rng.draws;
  const { c } = world;
  const seen = new Set<number>();
  for (let i = 0; i < s.entities.length; i++) {
    const e = s.entities[i]! as Record<string, Record<string, number | string> | undefined>;
    const uid = e.Meta!.uid as number;
    if (seen.has(uid) || uid >= s.header.nextUid) {
      return {
        ok: false,
        error: {
          path: `$.entities[${i}].Meta.uid`,
          message: `uid ${uid} is repeated or not below header.nextUid (${s.header.nextUid})`,
        },
      };
    }
    seen.add(uid);
    if (e.Position) {
      const { x, y } = e.Position as { x: number; y: number };
      if (x < 0 || y < 0 || x >= grid.width || y >= grid.height) {
        return {
          ok: false,
          error: {
            path: `$.entities[${i}].Position`,
            message: `position ${x},${y} is outside the ${grid.width}x${grid.height} map`,
          },
        };
      }
    }
    const eid = addEntity(world);
    for (const name of COMPONENT_NAMES) {
      const data = e[name];
      if (!data) continue;
      const store = c[name] as unknown as Record<string, (number | string)[]>;
      addComponent(world, eid, store);
      for (const [f] of fieldsOf(name as ComponentName)) store[f]![eid] = data[f]!;
    }
  }
  rebuildIndexes(world);
  return { ok: true, world };
}
