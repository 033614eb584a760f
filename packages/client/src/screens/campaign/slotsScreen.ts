import type { ReadSave } from '../../game/saveGame';
import { inspectSave } from '../../game/saveGame';
import {
  deleteSlot,
  exportSlot,
  importToSlot,
  listSlots,
  loadSlot,
  type SlotState,
  type SlotWrite,
  saveToSlot,
} from '../../game/saveSlots';
import { el } from '../../hud/el';
import type { Platform } from '../../platform/platform';
import { mountCampaignScreen } from './campaignScreen';

export interface SlotsHandlers {
  /** A slot was loaded (it is the autosave now): go on with it. `aside`: where an unreadable autosave went. */
  loaded(read: Extract<ReadSave, { ok: true }>, aside: string | null): void;
  back(): void;
  /** The time a save is stamped with (ISO 8601). */
  now(): string;
}

/** A button that asks once more before it acts ("Really …? Click again"). */
function twoStep(id: string, label: string, ask: string, act: () => void, armed = true): HTMLButtonElement {
  const b = el('button', { id }, label);
  b.addEventListener('click', () => {
    if (!armed || b.dataset.armed) return act();
    b.dataset.armed = '1';
    b.textContent = ask;
    b.classList.add('armed');
  });
  return b;
}

/**
 * The save slots: the autosave (what Continue picks up) and three named slots, each with save here, load,
 * delete, export and import. Overwriting a slot, loading over the autosave and deleting ask first; a slot that
 * cannot be read is kept and explained, with its export offered.
 */
export function showSlots(ui: HTMLElement, platform: Platform, h: SlotsHandlers): () => void {
  const note = el('p', { class: 'note', role: 'status', id: 'slots-note' });
  const list = el('div', { class: 'slots' });
  const file = el('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'sr-only',
    id: 'slot-file',
    'aria-label': 'Save file to import',
  });
  let importInto = 0;
  let pending: { n: number; text: string; name: string } | null = null;

  const say = (text: string) => {
    note.textContent = text;
  };
  const after = (r: SlotWrite, n: number, done: string, retry: () => void) => {
    if (r.ok) {
      say(done);
      render();
    } else if (r.occupied) {
      // never silently overwritten: the caller confirms
      say(`Slot ${n} is in use.`);
      render();
      const box = list.querySelector(`[data-slot="${n}"] .row`);
      box?.append(
        el('button', { id: `confirm-slot-${n}`, class: 'danger', onclick: retry }, `Replace slot ${n}`),
        el(
          'button',
          {
            id: `cancel-slot-${n}`,
            onclick: () => {
              say('');
              render();
            },
          },
          'Cancel',
        ),
      );
    } else say(r.error);
  };

  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f || !importInto) return;
    const n = importInto;
    pending = { n, text: await f.text(), name: f.name };
    const p = pending;
    after(importToSlot(platform, n, p.text, p.name, h.now()), n, `${p.name} imported into slot ${n}.`, () =>
      after(
        importToSlot(platform, n, p.text, p.name, h.now(), true),
        n,
        `${p.name} imported into slot ${n}.`,
        () => {},
      ),
    );
  });

  function slotBox(s: SlotState, canSave: boolean, autosaveInUse: boolean): HTMLElement {
    const n = s.n;
    const name = el('input', {
      id: `slot-name-${n}`,
      'aria-label': `Name for slot ${n}`,
      maxlength: 80,
      placeholder: 'name (optional)',
      value: s.kind === 'ok' ? s.name : '',
    });
    const save = () =>
      after(saveToSlot(platform, n, name.value, h.now()), n, `Saved to slot ${n}.`, () =>
        after(saveToSlot(platform, n, name.value, h.now(), true), n, `Saved to slot ${n}.`, () => {}),
      );
    const saveBtn = el('button', { id: `save-slot-${n}`, disabled: !canSave, onclick: save }, 'Save here');
    const importBtn = el(
      'button',
      {
        id: `import-slot-${n}`,
        onclick: () => {
          importInto = n;
          file.click();
        },
      },
      'Import…',
    );
    const exportBtn = el('button', { id: `export-slot-${n}`, onclick: () => exportSlot(platform, n) }, 'Export');
    const del = twoStep(`delete-slot-${n}`, 'Delete', 'Really delete? Click again', () => {
      deleteSlot(platform, n);
      say(`Slot ${n} deleted.`);
      render();
    });
    const load = twoStep(
      `load-slot-${n}`,
      'Load',
      'Replaces the autosave: click again',
      () => {
        const r = loadSlot(platform, n);
        if (!r.ok) return say(r.error);
        h.loaded(r.read, r.aside);
      },
      autosaveInUse,
    );
    const head = el('div', { class: 'head' }, `Slot ${n}`);
    if (s.kind === 'empty')
      return el(
        'div',
        { class: 'slot', 'data-slot': n },
        head,
        el('div', { class: 'desc', text: 'Empty.' }),
        el('div', { class: 'row' }, name, saveBtn, importBtn),
      );
    if (s.kind === 'unreadable')
      return el(
        'div',
        { class: 'slot unreadable', 'data-slot': n, role: 'group', 'aria-label': `Unreadable slot ${n}` },
        head,
        el('div', { class: 'desc what', text: `This slot cannot be read: ${s.error}.` }),
        el('div', {
          class: 'desc',
          text: 'It is kept as it is. Export it to keep a copy; nothing replaces it unless you confirm.',
        }),
        el('div', { class: 'row' }, exportBtn, del, name, saveBtn, importBtn),
      );
    head.append(` — ${s.name}`);
    return el(
      'div',
      { class: 'slot', 'data-slot': n },
      head,
      el('div', {
        class: 'desc',
        text: `${s.summary}${s.savedAt ? ` · saved ${s.savedAt.slice(0, 16).replace('T', ' ')}` : ''}`,
      }),
      el('div', { class: 'row' }, load, name, saveBtn, exportBtn, importBtn, del),
    );
  }

  function render(): void {
    const auto = inspectSave(platform);
    const canSave = auto.kind === 'ok' || auto.kind === 'campaign' || auto.kind === 'finished';
    const inUse = auto.kind !== 'none';
    const autoText =
      auto.kind === 'none'
        ? 'Autosave: empty.'
        : auto.kind === 'unreadable'
          ? `Autosave: cannot be read (${auto.error}). It is kept; the title screen offers its export.`
          : auto.kind === 'campaign'
            ? `Autosave: campaign (${auto.difficulty}), ${auto.status === 'playing' ? `mission ${auto.mission} briefing` : auto.status}.`
            : auto.kind === 'finished'
              ? `Autosave: ${auto.mapId}, ended in ${auto.outcome} on turn ${auto.turn}.`
              : `Autosave: ${auto.mission ? `campaign mission ${auto.mission}, ` : ''}${auto.mapId}, turn ${auto.turn}.`;
    list.replaceChildren(
      el('p', { class: 'difficulty', id: 'slots-autosave', text: autoText }),
      ...listSlots(platform).map((s) => slotBox(s, canSave, inUse)),
    );
  }

  const { close } = mountCampaignScreen(
    ui,
    { id: 'slots', kind: 'slots', label: 'Save slots', focus: 'slots-back' },
    el('p', { class: 'kicker', text: 'Save slots' }),
    el('h1', { text: 'SAVES' }),
    el('p', {
      class: 'difficulty',
      text: '"Save here" copies the autosave (the game or campaign you are in) into a slot. Loading a slot makes it the autosave.',
    }),
    list,
    note,
    file,
    el('div', { class: 'menu' }, el('button', { id: 'slots-back', onclick: () => h.back() }, 'Back')),
  );
  render();
  return close;
}
