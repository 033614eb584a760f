import { BUILTIN_MAPS, DEFAULT_MAP_ID } from '@denizens/maps';
import type { SaveState } from '../game/saveGame';
import { el } from '../hud/el';
import { HUD_CSS } from '../hud/styles';

export interface TitleHandlers {
  newGame(mapId: string, seed: string): void;
  continueGame(): void;
  /** Opens a replay file's text in the viewer. */
  loadReplay(text: string, name?: string): void;
  openEditor(): void;
  /** Title → Campaign: the difficulty, then the first briefing. */
  campaign(seed: string): void;
  /** The save slots. */
  saves(): void;
  /** An authored map file's text: validated, then played with the seed. */
  openMap(text: string, fileName: string, seed: string): void;
  /** Downloads the raw text stored under a save key. */
  exportSave(key: string): void;
  /** Deletes a save key: only ever after the player confirmed it. */
  discardSave(key: string): void;
}

/** A save the title screen keeps and explains: the autosave that cannot be read, or one moved aside. */
export interface KeptSave {
  key: string;
  error: string;
}

/** One unreadable save: what is wrong, "Export save" and a two-step "Discard". */
function keptSaveBox(k: KeptSave, main: boolean, h: TitleHandlers, id: string): HTMLElement {
  const discard = el('button', { id: `discard-${id}`, class: 'danger' }, 'Discard');
  discard.addEventListener('click', () => {
    if (discard.dataset.armed) return h.discardSave(k.key);
    discard.dataset.armed = '1';
    discard.textContent = 'Really discard? Click again';
  });
  return el(
    'div',
    { class: 'kept', role: 'group', 'aria-label': `Unreadable save ${k.key}`, 'data-key': k.key },
    el('p', {
      class: 'what',
      text: main
        ? `The autosave cannot be read: ${k.error}.`
        : `Kept save ${k.key.replace(/^denizens\.save\./, '')}: ${k.error}.`,
    }),
    el('p', {
      class: 'why',
      text: main
        ? 'It is kept as it is. Export it to keep a copy; a new game moves it aside (nothing is deleted unless you discard it).'
        : 'Moved aside when a new game started. Export it, or discard it for good.',
    }),
    el(
      'div',
      { class: 'row' },
      el('button', { id: `export-${id}`, onclick: () => h.exportSave(k.key) }, 'Export save'),
      discard,
    ),
  );
}

/** The title screen: campaign, new game on a built-in map and seed, continue, save slots, load a replay, open a map, map editor. */
export function showTitle(
  ui: HTMLElement,
  saveState: SaveState,
  kept: readonly KeptSave[],
  h: TitleHandlers,
  error = '',
): () => void {
  const save = saveState.kind === 'ok' ? saveState : null;
  if (!document.getElementById('hud-css')) document.head.append(el('style', { id: 'hud-css', text: HUD_CSS }));
  const maps = Object.entries(BUILTIN_MAPS);
  const select = el('select', { id: 'map-select', 'aria-label': 'Map' });
  for (const [id, m] of maps) {
    const o = el('option', { value: id, text: `${(m as { name?: string }).name ?? id}` });
    if (id === DEFAULT_MAP_ID) o.selected = true;
    select.append(o);
  }
  const seed = el('input', {
    id: 'seed-input',
    value: String(1 + Math.floor(Math.random() * 99999)),
    'aria-label': 'Seed',
    maxlength: 64,
  });
  const err = el('div', { class: 'err', role: 'alert', text: error });
  const file = el('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'sr-only',
    id: 'replay-file',
    'aria-label': 'Replay file',
  });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (f) h.loadReplay(await f.text(), f.name);
  });
  const mapFile = el('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'sr-only',
    id: 'map-file',
    'aria-label': 'Map file',
  });
  mapFile.addEventListener('change', async () => {
    const f = mapFile.files?.[0];
    mapFile.value = '';
    if (f) h.openMap(await f.text(), f.name, seed.value.trim() || '1');
  });
  const newBtn = el(
    'button',
    {
      id: 'new-game',
      onclick: () => h.newGame(select.value, seed.value.trim() || '1'),
      title: saveState.kind === 'unreadable' ? 'The unreadable autosave is moved aside first, not overwritten' : '',
    },
    'New game',
  );
  const campaignSave = saveState.kind === 'campaign' ? saveState : null;
  const contBtn = el(
    'button',
    { id: 'continue', disabled: !save && !campaignSave, onclick: () => h.continueGame() },
    campaignSave
      ? `Continue the campaign (${campaignSave.difficulty}, ${campaignSave.status === 'playing' ? `mission ${campaignSave.mission} briefing` : campaignSave.status === 'won' ? 'won' : 'over'})`
      : save
        ? `Continue (${save.mission ? `campaign mission ${save.mission}, ` : ''}${save.mapId}, turn ${save.turn})`
        : saveState.kind === 'finished'
          ? `Continue (the last game, ${saveState.mapId}, ended in ${saveState.outcome} on turn ${saveState.turn})`
          : 'Continue',
  );
  const screen = el(
    'div',
    { class: 'screen title', role: 'dialog', 'aria-label': 'Denizens title screen' },
    el(
      'div',
      { class: 'box panel' },
      el('h1', { text: 'DENIZENS' }),
      el('h2', { text: 'Seven grounded pilots. A city in ruins. A green-lit alien ship.' }),
      el('label', {}, 'Map', select),
      el('label', {}, 'Seed', seed),
      el(
        'div',
        { class: 'menu' },
        el(
          'button',
          {
            id: 'campaign',
            onclick: () => h.campaign(seed.value.trim() || '1'),
            title: 'The ruins, then the ship: one squad carried through both missions',
          },
          'Campaign',
        ),
        newBtn,
        contBtn,
        el('button', { id: 'save-slots', onclick: () => h.saves() }, 'Save slots…'),
        el(
          'button',
          {
            id: 'load-replay',
            onclick: () => file.click(),
            title: 'Watch a replay (or drop a .replay.json on the page)',
          },
          'Load replay…',
        ),
        el(
          'button',
          {
            id: 'open-map',
            onclick: () => mapFile.click(),
            title: 'Play an authored map file with the seed above (or drop a map file on the page)',
          },
          'Open map…',
        ),
        el('button', { id: 'map-editor', onclick: () => h.openEditor() }, 'Map editor'),
      ),
      file,
      mapFile,
      err,
      saveState.kind === 'unreadable' ? keptSaveBox(saveState, true, h, 'save') : null,
      ...kept.map((k, i) => keptSaveBox(k, false, h, `kept-${i + 1}`)),
      el('p', {
        style: 'color:var(--muted);font-size:0.8rem;margin-top:1rem',
        text: 'Keys: Tab next unit · 1–9 actions · Space end turn · U undo · arrows pan · wheel/+/− zoom · WASD cursor, F confirm · X skip · [ ] text size',
      }),
    ),
  );
  ui.append(screen);
  (save || campaignSave ? contBtn : newBtn).focus();
  return () => screen.remove();
}
