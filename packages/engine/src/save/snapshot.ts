import { ENGINE_VERSION, SAVE_VERSION } from '../version';
import { COMPONENT_NAMES, type ComponentName, fieldsOf } from '../world/components';
import { replaceWorld } from '../world/ecs';
import type { Grid } from '../world/grid';
import { forgetUnitLists, membership } from '../world/units';
import type { GameWorld, Header } from '../world/world';
import { deserializeGame, type SaveFile } from './serialize';

/**
 * A world as it was, cheap to take before every command and turned back into the world only when a
 * command fails (apply.ts): copies of the component stores and of who has which component, the
 * header, the RNG state and the tiles. Restoring goes through the save format (serialize.ts), so a
 * restored world is exactly a loaded save of the world before the command.
 *
 * The tiles are copied only when they changed since the last snapshot of the grid (Grid.version,
 * which every tile write bumps): most commands change no tile.
 */
export interface Snapshot {
  header: Header;
  rng: SaveFile['rng'];
  /** By component: each field's store, copied. */
  stores: Record<string, Record<string, readonly (number | string)[]>>;
  /** By component: its membership bits (copied; shared between components of one bitECS mask array). */
  members: Record<string, { masks: readonly number[]; bit: number } | null>;
  tiles: TileCopy;
}

interface TileCopy {
  version: number;
  terrain: Uint8Array;
  wallHp: Int16Array;
  elevation: Uint8Array;
  dust: Uint8Array;
  lit: Uint8Array;
}
const tileCopies = new WeakMap<Grid, TileCopy>();

function tilesOf(g: Grid): TileCopy {
  const last = tileCopies.get(g);
  if (last !== undefined && last.version === g.version) return last;
  const copy: TileCopy = {
    version: g.version,
    terrain: g.terrain.slice(),
    wallHp: g.wallHp.slice(),
    elevation: g.elevation.slice(),
    dust: g.dust.slice(),
    lit: g.lit.slice(),
  };
  tileCopies.set(g, copy);
  return copy;
}

export function takeSnapshot(world: GameWorld): Snapshot {
  const stores: Snapshot['stores'] = {};
  const members: Snapshot['members'] = {};
  const copied = new Map<readonly number[], readonly number[]>();
  for (const name of COMPONENT_NAMES) {
    const store = world.c[name] as unknown as Record<string, (number | string)[]>;
    const fields: Record<string, readonly (number | string)[]> = {};
    for (const [f] of fieldsOf(name)) fields[f] = store[f]!.slice();
    stores[name] = fields;
    const m = membership(world, name);
    if (m === null) {
      members[name] = null;
      continue;
    }
    let masks = copied.get(m.masks);
    if (masks === undefined) {
      masks = m.masks.slice();
      copied.set(m.masks, masks);
    }
    members[name] = { masks, bit: m.bit };
  }
  return {
    header: { ...world.header },
    rng: { state: world.rng.prng.state(), draws: world.rng.draws },
    stores,
    members,
    tiles: tilesOf(world.grid),
  };
}

/** The snapshot as a save file (what restoreSnapshot loads). */
export function snapshotSave(world: GameWorld, s: Snapshot): SaveFile {
  const has = (name: ComponentName, eid: number) => {
    const m = s.members[name];
    return m !== null && m !== undefined && ((m.masks[eid] ?? 0) & m.bit) === m.bit;
  };
  const meta = s.members.Meta;
  const live: number[] = [];
  if (meta) for (let eid = 0; eid < meta.masks.length; eid++) if (has('Meta', eid)) live.push(eid);
  const uid = s.stores.Meta!.uid!;
  live.sort((a, b) => (uid[a] as number) - (uid[b] as number));
  const entities: SaveFile['entities'] = live.map((eid) => {
    const e: Record<string, Record<string, number | string>> = {};
    for (const name of COMPONENT_NAMES) {
      if (!has(name, eid)) continue;
      const fields: Record<string, number | string> = {};
      for (const [f] of fieldsOf(name)) fields[f] = s.stores[name]![f]![eid]!;
      e[name] = fields;
    }
    return e;
  });
  const g = world.grid;
  return {
    format: 'denizens-save',
    version: SAVE_VERSION,
    engine: ENGINE_VERSION,
    seed: world.seed,
    map: world.scenario.map,
    header: { ...s.header },
    rng: { state: { ...s.rng.state }, draws: s.rng.draws },
    grid: {
      width: g.width,
      height: g.height,
      terrain: Array.from(s.tiles.terrain),
      wallHp: Array.from(s.tiles.wallHp),
      elevation: Array.from(s.tiles.elevation),
      dust: Array.from(s.tiles.dust),
      lit: Array.from(s.tiles.lit),
    },
    entities,
  };
}

/**
 * Puts the world back as the snapshot has it, in place (callers keep their reference to the world):
 * the snapshot is loaded as a save and the loaded world's state takes the place of this one's.
 */
export function restoreSnapshot(world: GameWorld, s: Snapshot): void {
  const loaded = deserializeGame(snapshotSave(world, s));
  if (!loaded.ok)
    throw new Error(`the engine could not restore a world: ${loaded.error.path}: ${loaded.error.message}`);
  replaceWorld(world, loaded.world);
  forgetUnitLists(world);
}
