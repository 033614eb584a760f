import { z } from 'zod';
import type { Platform } from '../platform/platform';
import { checkShape } from './campaignRun';
import { type ReadSave, readSaveJson, SAVE_KEY, setAsideUnreadable } from './saveGame';

/**
 * Three named save slots beside the autosave. A slot holds what the autosave held when it was saved (a game,
 * a campaign mission in play, or a campaign between missions) inside a small wrapper with its name and time.
 * Nothing is overwritten without the caller saying so (`overwrite`), and a slot that cannot be read is kept
 * as it is: it can be exported, deleted or (after confirming) saved over, never silently replaced.
 */
export const SLOT_COUNT = 3;
export const SLOT_FORMAT = 'denizens-slot';
export const SLOT_VERSION = 1;

export function slotKey(n: number): string {
  return `denizens.slot.${n}`;
}

export interface SlotFile {
  format: typeof SLOT_FORMAT;
  version: number;
  name: string;
  /** When it was saved (ISO 8601; informational). */
  savedAt: string;
  /** The autosave's JSON as it was (see saveGame.ts). */
  save: unknown;
}

export type SlotState =
  | { n: number; key: string; kind: 'empty' }
  | { n: number; key: string; kind: 'ok'; name: string; savedAt: string; summary: string }
  | { n: number; key: string; kind: 'unreadable'; text: string; error: string };

const Wrapper = z.strictObject({
  format: z.literal(SLOT_FORMAT),
  version: z.literal(SLOT_VERSION),
  name: z.string().min(1).max(80),
  savedAt: z.string().max(40),
  save: z.unknown(),
});

/** What a readable save is, in a few words ("Campaign (easy): mission 2 briefing"). */
export function summarise(r: Extract<ReadSave, { ok: true }>): string {
  if (r.kind === 'campaign') {
    const c = r.run.state;
    const where = c.status === 'playing' ? `mission ${c.mission + 1} briefing` : c.status === 'won' ? 'won' : 'over';
    return `Campaign (${c.difficulty}): ${where}`;
  }
  const s = r.session;
  const { turn, outcome } = s.world.header;
  const state = outcome === 'ongoing' ? `turn ${turn}` : `${outcome} on turn ${turn}`;
  return s.campaign
    ? `Campaign (${s.campaign.state.difficulty}): mission ${s.campaign.state.mission + 1}, ${s.map.name}, ${state}`
    : `${s.map.name}, seed ${s.seed}, ${state}`;
}

/**
 * Reads a slot's text (or an imported file's): the wrapper checked, then the save inside it with the autosave's
 * own checks; a bare autosave (an exported autosave) is read too. Errors name the JSON path.
 */
export function readSlotText(
  text: string,
):
  | { ok: true; name: string | null; savedAt: string; save: unknown; read: Extract<ReadSave, { ok: true }> }
  | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
  const o = json as { format?: unknown } | null;
  if (o && typeof o === 'object' && o.format === SLOT_FORMAT) {
    const w = checkShape(Wrapper, json);
    if (!w.ok) return { ok: false, error: w.error };
    const read = readSaveJson(w.value.save, '$.save');
    if (!read.ok) return read;
    return { ok: true, name: w.value.name, savedAt: w.value.savedAt, save: w.value.save, read };
  }
  const read = readSaveJson(json);
  if (!read.ok) return read;
  return { ok: true, name: null, savedAt: '', save: json, read };
}

export function listSlots(platform: Platform): SlotState[] {
  const out: SlotState[] = [];
  for (let n = 1; n <= SLOT_COUNT; n++) {
    const key = slotKey(n);
    const text = platform.load(key);
    if (text === null) {
      out.push({ n, key, kind: 'empty' });
      continue;
    }
    const r = readSlotText(text);
    out.push(
      r.ok
        ? { n, key, kind: 'ok', name: r.name ?? `Slot ${n}`, savedAt: r.savedAt, summary: summarise(r.read) }
        : { n, key, kind: 'unreadable', text, error: r.error },
    );
  }
  return out;
}

export type SlotWrite = { ok: true } | { ok: false; occupied: true } | { ok: false; occupied: false; error: string };

function write(platform: Platform, n: number, file: SlotFile, overwrite: boolean): SlotWrite {
  const key = slotKey(n);
  if (platform.load(key) !== null && !overwrite) return { ok: false, occupied: true };
  const text = JSON.stringify(file);
  platform.save(key, text);
  if (platform.load(key) !== text)
    return { ok: false, occupied: false, error: `the save could not be written to ${key}` };
  return { ok: true };
}

/** Saves the autosave (the game or campaign in hand) into slot n under a name. */
export function saveToSlot(platform: Platform, n: number, name: string, savedAt: string, overwrite = false): SlotWrite {
  const text = platform.load(SAVE_KEY);
  if (text === null) return { ok: false, occupied: false, error: 'there is nothing to save yet (no game or campaign)' };
  const r = readSlotText(text);
  if (!r.ok)
    return { ok: false, occupied: false, error: `the autosave cannot be read, so it is not copied: ${r.error}` };
  const label = name.trim().slice(0, 80) || summarise(r.read);
  return write(
    platform,
    n,
    { format: SLOT_FORMAT, version: SLOT_VERSION, name: label, savedAt, save: r.save },
    overwrite,
  );
}

/** Imports a file into slot n: only a file that reads as a save (errors with their JSON path). */
export function importToSlot(
  platform: Platform,
  n: number,
  text: string,
  fileName: string,
  savedAt: string,
  overwrite = false,
): SlotWrite {
  const r = readSlotText(text);
  if (!r.ok) return { ok: false, occupied: false, error: `${fileName}: ${r.error}` };
  const name = r.name ?? (fileName.replace(/\.json$/i, '').slice(0, 80) || summarise(r.read));
  return write(
    platform,
    n,
    { format: SLOT_FORMAT, version: SLOT_VERSION, name, savedAt: r.savedAt || savedAt, save: r.save },
    overwrite,
  );
}

/**
 * Loads slot n: its save becomes the autosave (an autosave that cannot be read is moved aside first, never
 * overwritten) and is returned read, to be continued.
 */
export function loadSlot(
  platform: Platform,
  n: number,
): { ok: true; read: Extract<ReadSave, { ok: true }>; aside: string | null } | { ok: false; error: string } {
  const text = platform.load(slotKey(n));
  if (text === null) return { ok: false, error: `slot ${n} is empty` };
  const r = readSlotText(text);
  if (!r.ok) return { ok: false, error: `slot ${n} cannot be read: ${r.error}` };
  let aside: string | null;
  try {
    aside = setAsideUnreadable(platform);
  } catch (e) {
    return {
      ok: false,
      error: `the unreadable autosave could not be moved aside, so nothing was loaded: ${(e as Error).message}`,
    };
  }
  platform.save(SAVE_KEY, JSON.stringify(r.save));
  return { ok: true, read: r.read, aside };
}

export function deleteSlot(platform: Platform, n: number): void {
  platform.remove(slotKey(n));
}

/** Downloads slot n's text byte for byte (readable or not). */
export function exportSlot(platform: Platform, n: number): void {
  const text = platform.load(slotKey(n));
  if (text !== null) platform.download(`denizens-slot-${n}.json`, text);
}
