import { hashWorld, startCampaign } from '@denizens/engine';
import { describe, expect, it } from 'vitest';
import { memoryPlatform } from '../platform/platform';
import { loadBuiltinMap } from './loadMap';
import { inspectSave, SAVE_KEY, UNREADABLE_PREFIX, writeAutosave, writeCampaignSave } from './saveGame';
import {
  deleteSlot,
  exportSlot,
  importToSlot,
  listSlots,
  loadSlot,
  readSlotText,
  SLOT_COUNT,
  saveToSlot,
  slotKey,
} from './saveSlots';
import { createSession } from './session';

const NOW = '2026-12-01T15:00:00.000Z';

function withCampaign() {
  const p = memoryPlatform();
  writeCampaignSave(p, { state: startCampaign('easy', 'seed-1'), reports: [] });
  return p;
}

function withGame() {
  const p = memoryPlatform();
  const m = loadBuiltinMap('training');
  if (!m.ok) throw new Error(m.error);
  const s = createSession(m.map, '5');
  writeAutosave(p, s);
  return { p, s };
}

describe('save slots', () => {
  it('saves the autosave into a named slot, lists it, and never overwrites it without being told to', () => {
    const p = withCampaign();
    expect(listSlots(p).map((s) => s.kind)).toEqual(Array(SLOT_COUNT).fill('empty'));
    expect(saveToSlot(p, 2, 'Before the ruins', NOW)).toEqual({ ok: true });
    const [one, two] = listSlots(p);
    expect(one!.kind).toBe('empty');
    expect(two).toMatchObject({
      kind: 'ok',
      name: 'Before the ruins',
      savedAt: NOW,
      summary: 'Campaign (easy): mission 1 briefing',
    });
    const text = p.load(slotKey(2));
    const { p: other } = withGame();
    other.save(slotKey(2), text!);
    expect(saveToSlot(other, 2, 'training', NOW)).toEqual({ ok: false, occupied: true });
    expect(other.load(slotKey(2))).toBe(text); // untouched
    expect(saveToSlot(other, 2, 'training', NOW, true)).toEqual({ ok: true });
    expect(listSlots(other)[1]).toMatchObject({ kind: 'ok', name: 'training' });
    // a nameless save is named after what it holds
    expect(saveToSlot(other, 3, '  ', NOW)).toEqual({ ok: true });
    expect(listSlots(other)[2]).toMatchObject({ name: expect.stringMatching(/^Training.*seed 5, turn 1$/) });
  });

  it('loads a slot into the autosave (moving an unreadable autosave aside first) and deletes one', () => {
    const { p, s } = withGame();
    saveToSlot(p, 1, 'a game', NOW);
    p.save(SAVE_KEY, '{"format":"denizens-autosave", broken');
    const r = loadSlot(p, 1);
    if (!r.ok) throw new Error(r.error);
    expect(r.aside).toBe(`${UNREADABLE_PREFIX}1`);
    expect(p.load(`${UNREADABLE_PREFIX}1`)).toBe('{"format":"denizens-autosave", broken');
    expect(r.read.kind).toBe('game');
    if (r.read.kind === 'game') expect(hashWorld(r.read.session.world)).toBe(hashWorld(s.world));
    expect(inspectSave(p)).toMatchObject({ kind: 'ok', mapId: 'training', turn: 1 });
    deleteSlot(p, 1);
    expect(listSlots(p)[0]!.kind).toBe('empty');
    expect(loadSlot(p, 1)).toEqual({ ok: false, error: 'slot 1 is empty' });
  });

  it('keeps an unreadable slot, explains it, exports it byte for byte, and replaces it only when told', () => {
    const p = withCampaign();
    const junk =
      '{"format":"denizens-slot","version":1,"name":"x","savedAt":"","save":{"format":"denizens-campaign-save","version":1,"run":{"state":{}}}}';
    p.save(slotKey(3), junk);
    const s = listSlots(p)[2]!;
    expect(s.kind).toBe('unreadable');
    if (s.kind === 'unreadable') expect(s.error).toMatch(/\$\.save\.run\.state\.format/);
    expect(loadSlot(p, 3).ok).toBe(false);
    exportSlot(p, 3);
    expect(p.downloads).toEqual([{ filename: 'denizens-slot-3.json', text: junk }]);
    expect(saveToSlot(p, 3, 'over it', NOW)).toEqual({ ok: false, occupied: true });
    expect(p.load(slotKey(3))).toBe(junk);
    expect(saveToSlot(p, 3, 'over it', NOW, true)).toEqual({ ok: true });
    expect(listSlots(p)[2]!.kind).toBe('ok');
  });

  it('imports only a file that reads as a save, naming the path of what is wrong', () => {
    const { p } = withGame();
    const autosave = p.load(SAVE_KEY)!;
    expect(importToSlot(p, 1, autosave, 'my-game.json', NOW)).toEqual({ ok: true });
    expect(listSlots(p)[0]).toMatchObject({ kind: 'ok', name: 'my-game', savedAt: NOW });
    // an exported slot imports as itself (name and time kept)
    const slotText = p.load(slotKey(1))!;
    expect(importToSlot(p, 2, slotText, 'whatever.json', '2030-01-01')).toEqual({ ok: true });
    expect(listSlots(p)[1]).toMatchObject({ name: 'my-game', savedAt: NOW });
    expect(importToSlot(p, 2, slotText, 'again.json', NOW)).toEqual({ ok: false, occupied: true });
    const bad = JSON.parse(slotText);
    bad.name = '';
    const r = importToSlot(p, 3, JSON.stringify(bad), 'bad.json', NOW);
    expect(r.ok).toBe(false);
    if (!r.ok && !r.occupied) expect(r.error).toMatch(/^bad\.json: \$\.name: /);
    const notJson = importToSlot(p, 3, 'hello', 'hello.json', NOW);
    if (!notJson.ok && !notJson.occupied) expect(notJson.error).toMatch(/hello\.json: not valid JSON/);
    expect(p.load(slotKey(3))).toBeNull();
    expect(readSlotText('{"format":"denizens-replay"}').ok).toBe(false);
  });

  it('refuses to save when there is nothing, or only an unreadable autosave, to copy', () => {
    const p = memoryPlatform();
    expect(saveToSlot(p, 1, 'x', NOW)).toMatchObject({ ok: false, occupied: false });
    p.save(SAVE_KEY, 'garbage');
    const r = saveToSlot(p, 1, 'x', NOW);
    expect(r).toMatchObject({ ok: false, occupied: false });
    if (!r.ok && !r.occupied) expect(r.error).toMatch(/autosave cannot be read/);
    expect(p.load(slotKey(1))).toBeNull();
  });
});
