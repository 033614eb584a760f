import {
  type Command,
  deserializeGame,
  difficultyName,
  type GameOptions,
  type GameWorld,
  hashWorld,
  type SaveFile,
  serializeGame,
} from '@denizens/engine';
import type { MapData } from '@denizens/maps';
import type { Platform } from '../platform/platform';
import { type CampaignRun, CampaignRunSchema, checkShape, StartSchema } from './campaignRun';
import { checkMap } from './loadMap';
import { rebuildWorld, type Session, type TurnHash } from './session';
import { unitNames } from './unitNames';

export const SAVE_KEY = 'denizens.autosave';
/** The autosave wrapper: the engine's own save (`serializeGame`, with its format version) plus the command log. */
export const AUTOSAVE_FORMAT = 'denizens-autosave';
/** 2: saved hashes are engine REPLAY_VERSION 2 state hashes (a tile digest inside). */
export const AUTOSAVE_VERSION = 2;
/** A command-log-only form (also what the benchmark writes to open a generated map): re-simulated on load. */
export const COMMAND_LOG_FORMAT = 'denizens-command-log';
/** What the command-log form was called before it had a tag of its own (the engine's save tag); still read. */
const LEGACY_COMMAND_LOG_FORMAT = 'denizens-save';
/** 2: its hash is an engine REPLAY_VERSION 2 state hash. */
export const COMMAND_LOG_VERSION = 2;

export interface AutosaveFile {
  format: typeof AUTOSAVE_FORMAT;
  version: number;
  mapId: string;
  seed: string;
  turn: number;
  /** hashWorld of the saved world: continuing must land on exactly this. */
  hash: string;
  /** Accepted commands from the start (undo re-simulates; the replay export needs them). */
  commands: Command[];
  turns: TurnHash[];
  /** The undo mark (undo of the last move survives a reload while no dice were rolled). */
  undo?: { draws: number; index: number } | null;
  /** The engine's save of the world (format "denizens-save", the engine's SAVE_VERSION). */
  save: SaveFile;
  /** How the game was started besides map and seed (a campaign mission's difficulty and carried squad). */
  start?: GameOptions;
  /** A campaign mission: the campaign as it stood when the mission began, with the reports so far. */
  campaign?: CampaignRun;
}

/** A campaign between missions (a briefing or the campaign's end is next): no world, only the campaign. */
export const CAMPAIGN_SAVE_FORMAT = 'denizens-campaign-save';
export const CAMPAIGN_SAVE_VERSION = 1;
export interface CampaignSaveFile {
  format: typeof CAMPAIGN_SAVE_FORMAT;
  version: number;
  run: CampaignRun;
}

export function makeSave(session: Session): AutosaveFile {
  return {
    format: AUTOSAVE_FORMAT,
    version: AUTOSAVE_VERSION,
    mapId: session.mapId,
    seed: session.seed,
    turn: session.world.header.turn,
    hash: hashWorld(session.world),
    commands: session.commands,
    turns: session.turns,
    undo: session.undoMark,
    save: serializeGame(session.world),
    ...(session.start.difficulty || session.start.squad ? { start: session.start } : {}),
    ...(session.campaign ? { campaign: session.campaign } : {}),
  };
}

export function writeAutosave(platform: Platform, session: Session): void {
  platform.save(SAVE_KEY, JSON.stringify(makeSave(session)));
}

export function makeCampaignSave(run: CampaignRun): CampaignSaveFile {
  return { format: CAMPAIGN_SAVE_FORMAT, version: CAMPAIGN_SAVE_VERSION, run };
}

/** After a mission (and when a campaign begins): the campaign is the autosave until the next mission starts. */
export function writeCampaignSave(platform: Platform, run: CampaignRun): void {
  platform.save(SAVE_KEY, JSON.stringify(makeCampaignSave(run)));
}

/** Where an autosave that cannot be read is moved when a new game starts: `denizens.save.unreadable.<n>`. */
export const UNREADABLE_PREFIX = 'denizens.save.unreadable.';

/** What is stored under a save key: nothing, a save that restores, or text that cannot be read (kept, never eaten). */
export type SaveState =
  | { kind: 'none' }
  | { kind: 'ok'; mapId: string; turn: number; mission?: number }
  /** A campaign between missions: the next briefing (or the campaign's end) is what Continue shows. */
  | { kind: 'campaign'; mission: number; status: 'playing' | 'won' | 'lost'; difficulty: string }
  /** A game that has ended (victory or defeat): kept, but nothing to continue. */
  | { kind: 'finished'; mapId: string; turn: number; outcome: string }
  | { kind: 'unreadable'; key: string; text: string; error: string };

/**
 * Checks a stored save the whole way (JSON, format and version, the engine's `deserializeGame`, the
 * world hash): the title screen offers Continue only for a save that will load.
 */
export function inspectSave(platform: Platform, key = SAVE_KEY): SaveState {
  const text = platform.load(key);
  if (text === null) return { kind: 'none' };
  const r = readSave(text);
  if (!r.ok) return { kind: 'unreadable', key, text, error: r.error };
  if (r.kind === 'campaign') {
    const c = r.run.state;
    return { kind: 'campaign', mission: c.mission + 1, status: c.status, difficulty: c.difficulty };
  }
  const { turn, outcome } = r.session.world.header;
  const mission = r.session.campaign ? r.session.campaign.state.mission + 1 : undefined;
  // a finished campaign mission still leads somewhere (its debrief): it is continued like a game in play
  if (outcome !== 'ongoing' && mission === undefined)
    return { kind: 'finished', mapId: r.session.mapId, turn, outcome };
  return { kind: 'ok', mapId: r.session.mapId, turn, ...(mission !== undefined ? { mission } : {}) };
}

/** The unreadable saves moved aside earlier, oldest first. */
export function keptSaves(platform: Platform): { key: string; text: string; error: string }[] {
  const n = (k: string) => Number(k.slice(UNREADABLE_PREFIX.length));
  return platform
    .keys()
    .filter((k) => k.startsWith(UNREADABLE_PREFIX) && Number.isInteger(n(k)))
    .sort((a, b) => n(a) - n(b))
    .map((key) => {
      const text = platform.load(key) ?? '';
      const r = readSave(text);
      return { key, text, error: r.ok ? 'readable (moved aside earlier)' : r.error };
    });
}

/**
 * Before a new game writes its autosave: if the stored autosave cannot be read, it is moved to the
 * first free `denizens.save.unreadable.<n>` (never deleted, never overwritten) and that key is
 * returned, so the player can be told; null when there was nothing to move. The move is checked:
 * if the copy did not land, the new game must not autosave over the original (throws).
 */
export function setAsideUnreadable(platform: Platform): string | null {
  const state = inspectSave(platform);
  if (state.kind !== 'unreadable') return null;
  let n = 1;
  while (platform.load(`${UNREADABLE_PREFIX}${n}`) !== null) n++;
  const key = `${UNREADABLE_PREFIX}${n}`;
  platform.save(key, state.text);
  if (platform.load(key) !== state.text) throw new Error(`the unreadable save could not be copied to ${key}`);
  platform.remove(SAVE_KEY);
  return key;
}

/** Kept on the title screen's button "Export save": the raw text, byte for byte. */
export function exportSaveText(platform: Platform, key: string): void {
  const text = platform.load(key);
  if (text !== null) platform.download(`${key.replace(/[^a-z0-9.-]/gi, '_')}.json`, text);
}

export type Restored = { ok: true; session: Session } | { ok: false; error: string };
/** What a stored save holds: a game to go on with, or a campaign between missions. */
export type ReadSave =
  | { ok: true; kind: 'game'; session: Session }
  | { ok: true; kind: 'campaign'; run: CampaignRun }
  | { ok: false; error: string };

function sessionOf(
  world: GameWorld,
  mapId: string,
  map: MapData,
  seed: string,
  commands: Command[],
  turns: TurnHash[],
  start: GameOptions = {},
  campaign: CampaignRun | null = null,
): Session {
  return { world, mapId, map, seed, commands, turns, undoMark: null, names: unitNames(world), start, campaign };
}

/** Reads any save text the client writes: an autosave or command log (a game), or a campaign between missions. */
export function readSave(text: string): ReadSave {
  let s: unknown;
  try {
    s = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the save is not valid JSON: ${(e as Error).message}` };
  }
  return readSaveJson(s);
}

/** `readSave` on parsed JSON (a save slot holds the same object inside its wrapper; `at` is its JSON path). */
export function readSaveJson(s: unknown, at = '$'): ReadSave {
  const o = (s !== null && typeof s === 'object' ? s : {}) as { format?: unknown; version?: unknown; run?: unknown };
  if (o.format === CAMPAIGN_SAVE_FORMAT) {
    if (o.version !== CAMPAIGN_SAVE_VERSION)
      return {
        ok: false,
        error: `${at}.version: campaign save version ${JSON.stringify(o.version)} is not supported (this client reads version ${CAMPAIGN_SAVE_VERSION})`,
      };
    const run = checkShape(CampaignRunSchema, o.run, `${at}.run`);
    if (!run.ok) return { ok: false, error: `the campaign save is not valid: ${run.error}` };
    return { ok: true, kind: 'campaign', run: run.value as CampaignRun };
  }
  const r = restoreSaveJson(s, at);
  return r.ok ? { ok: true, kind: 'game', session: r.session } : r;
}

/** Restores a session from autosave text and checks it lands on the saved world hash. */
export function restoreSave(text: string): Restored {
  let s: unknown;
  try {
    s = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the save is not valid JSON: ${(e as Error).message}` };
  }
  return restoreSaveJson(s);
}

function restoreSaveJson(json: unknown, at = '$'): Restored {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, error: `${at}: expected a save object, got ${Array.isArray(json) ? 'an array' : typeof json}` };
  const s = json as Partial<AutosaveFile> & { format?: string; map?: unknown };
  if (s.format === AUTOSAVE_FORMAT) {
    if (s.version !== AUTOSAVE_VERSION)
      return {
        ok: false,
        error: `autosave version ${s.version} is not supported (this client reads version ${AUTOSAVE_VERSION})`,
      };
    if (!Array.isArray(s.commands)) return { ok: false, error: 'the autosave has no command list' };
    const d = deserializeGame(s.save);
    if (!d.ok) return { ok: false, error: `the saved game cannot be loaded: ${d.error.path}: ${d.error.message}` };
    const hash = hashWorld(d.world);
    if (hash !== s.hash)
      return { ok: false, error: `the save loads to a different state (hash ${hash}, saved ${s.hash})` };
    const map = d.world.scenario.map;
    const start =
      s.start === undefined ? { ok: true as const, value: {} } : checkShape(StartSchema, s.start, `${at}.start`);
    if (!start.ok) return { ok: false, error: `the autosave is not valid: ${start.error}` };
    const run = s.campaign === undefined ? null : checkShape(CampaignRunSchema, s.campaign, `${at}.campaign`);
    if (run && !run.ok) return { ok: false, error: `the autosave's campaign is not valid: ${run.error}` };
    const opts = start.value as GameOptions;
    if ((opts.difficulty ?? 'normal') !== difficultyName(d.world))
      return {
        ok: false,
        error: `${at}.start.difficulty: the game was saved at ${difficultyName(d.world)}, not ${opts.difficulty ?? 'normal'}`,
      };
    const session = sessionOf(
      d.world,
      String(s.mapId ?? map.id),
      map,
      d.world.seed,
      s.commands,
      s.turns ?? [],
      opts,
      run ? (run.value as CampaignRun) : null,
    );
    if (run) {
      // a campaign mission must be the game its start and commands make (the carry-over is not taken on trust)
      const again = rebuildWorld(map, d.world.seed, s.commands, opts);
      if (!again.ok || hashWorld(again.world) !== hash)
        return {
          ok: false,
          error: `${at}.start: the campaign mission does not re-simulate to the saved state from its squad and commands`,
        };
    }
    const u = s.undo;
    if (u && Number.isInteger(u.draws) && Number.isInteger(u.index))
      session.undoMark = { draws: u.draws, index: u.index };
    return { ok: true, session };
  }
  if ((s.format !== COMMAND_LOG_FORMAT && s.format !== LEGACY_COMMAND_LOG_FORMAT) || !Array.isArray(s.commands))
    return { ok: false, error: 'this is not a Denizens autosave' };
  if (s.version !== COMMAND_LOG_VERSION)
    return {
      ok: false,
      error: `save version ${s.version} is not supported (this client reads version ${COMMAND_LOG_VERSION})`,
    };
  if (typeof s.seed !== 'string') return { ok: false, error: 'the save has no seed' };
  const m = checkMap(s.map, `${s.mapId ?? 'save'}.json`);
  if (!m.ok) return { ok: false, error: `the saved map is not valid: ${m.error}` };
  const r = rebuildWorld(m.map, s.seed, s.commands);
  if (!r.ok) return { ok: false, error: `command ${r.index} of the save was refused: ${r.message}` };
  const hash = hashWorld(r.world);
  if (hash !== s.hash)
    return { ok: false, error: `the save re-simulates to a different state (hash ${hash}, saved ${s.hash})` };
  return { ok: true, session: sessionOf(r.world, String(s.mapId ?? m.map.id), m.map, s.seed, s.commands, r.turns) };
}
