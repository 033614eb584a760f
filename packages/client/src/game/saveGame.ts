import { type Command, hashWorld } from '@denizens/engine';
import type { Platform } from '../platform/platform';
import { checkMap } from './loadMap';
import { rebuildWorld, type Session, type TurnHash } from './session';

export const SAVE_KEY = 'denizens.autosave';
export const SAVE_FORMAT = 'denizens-save';
/** Version of the client's save wrapper: bump when its shape changes (older saves are refused with a message). */
export const SAVE_VERSION = 1;

/**
 * The autosave: the map, seed and accepted commands (the game is re-simulated on load) plus the
 * world hash to prove the re-simulation landed on exactly the same state.
 */
export interface SaveFile {
  format: typeof SAVE_FORMAT;
  version: number;
  mapId: string;
  map: unknown;
  seed: string;
  commands: Command[];
  turns: TurnHash[];
  turn: number;
  hash: string;
}

export function makeSave(session: Session): SaveFile {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    mapId: session.mapId,
    map: session.map,
    seed: session.seed,
    commands: session.commands,
    turns: session.turns,
    turn: session.world.header.turn,
    hash: hashWorld(session.world),
  };
}

export function writeAutosave(platform: Platform, session: Session): void {
  platform.save(SAVE_KEY, JSON.stringify(makeSave(session)));
}

/** A summary of the autosave for the title screen, or null when there is none that can be read. */
export function peekAutosave(platform: Platform): { mapId: string; turn: number } | null {
  const text = platform.load(SAVE_KEY);
  if (!text) return null;
  try {
    const s = JSON.parse(text) as Partial<SaveFile>;
    if (s.format !== SAVE_FORMAT || s.version !== SAVE_VERSION) return null;
    return { mapId: String(s.mapId), turn: Number(s.turn) };
  } catch {
    return null;
  }
}

export type Restored = { ok: true; session: Session } | { ok: false; error: string };

/** Rebuilds a session from save text and checks it lands on the saved world hash. */
export function restoreSave(text: string): Restored {
  let s: Partial<SaveFile>;
  try {
    s = JSON.parse(text) as Partial<SaveFile>;
  } catch (e) {
    return { ok: false, error: `the save is not valid JSON: ${(e as Error).message}` };
  }
  if (s.format !== SAVE_FORMAT) return { ok: false, error: 'this is not a Denizens save' };
  if (s.version !== SAVE_VERSION)
    return {
      ok: false,
      error: `save version ${s.version} is not supported (this client reads version ${SAVE_VERSION})`,
    };
  if (typeof s.seed !== 'string' || !Array.isArray(s.commands))
    return { ok: false, error: 'the save has no seed or commands' };
  const m = checkMap(s.map, `${s.mapId ?? 'save'}.json`);
  if (!m.ok) return { ok: false, error: `the saved map is not valid: ${m.error}` };
  const r = rebuildWorld(m.map, s.seed, s.commands);
  if (!r.ok) return { ok: false, error: `command ${r.index} of the save was refused: ${r.message}` };
  const hash = hashWorld(r.world);
  if (hash !== s.hash)
    return { ok: false, error: `the save re-simulates to a different state (hash ${hash}, saved ${s.hash})` };
  const session: Session = {
    world: r.world,
    mapId: String(s.mapId ?? m.map.id),
    map: m.map,
    seed: s.seed,
    commands: s.commands,
    turns: r.turns,
    undoMark: null,
    names: new Map(),
  };
  for (const u of m.map.squad) session.names.set(u.id, u.name);
  for (const e of m.map.enemies) session.names.set(e.id, r.world.scenario.enemyTypes[e.type]?.name ?? e.type);
  return { ok: true, session };
}
