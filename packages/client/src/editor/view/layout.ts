import { BUILTIN_MAPS } from '@denizens/maps';
import { el } from '../../hud/el';
import { EDITOR_MAX_SIZE, EDITOR_MIN_SIZE, newEditorMap } from '../editorMap';
import type { Intent } from '../intents';
import { openBuiltin } from '../loadEditorMap';
import { resizeMap } from '../resizeMap';

/** The editor's DOM: built once; `panels.ts` fills the parts that follow the state. */
export interface EditorDom {
  screen: HTMLElement;
  canvas: HTMLCanvasElement;
  view: HTMLElement;
  status: HTMLElement;
  preview: HTMLElement;
  toolBox: HTMLElement;
  palette: HTMLElement;
  heightPalette: HTMLElement;
  toolOptions: HTMLElement;
  inspector: HTMLElement;
  issueList: HTMLElement;
  issueHead: HTMLElement;
  warningList: HTMLElement;
  warningHead: HTMLElement;
  refused: HTMLElement;
  why: HTMLElement;
  undoBtn: HTMLButtonElement;
  redoBtn: HTMLButtonElement;
  playBtn: HTMLButtonElement;
  seedIn: HTMLInputElement;
  fileInput: HTMLInputElement;
  fields: {
    id: HTMLInputElement;
    name: HTMLInputElement;
    author: HTMLInputElement;
    description: HTMLTextAreaElement;
    width: HTMLInputElement;
    height: HTMLInputElement;
    sealTurns: HTMLInputElement;
    turnLimit: HTMLInputElement;
    objective: HTMLSelectElement;
  };
}

/** Builds the editor's screen; buttons and fields report through `send` (their values are read by `input.ts`). */
export function buildLayout(send: (i: Intent) => void): EditorDom {
  const canvas = el('canvas', { role: 'img', tabindex: 0 });
  const view = el('div', { class: 'view' }, canvas);
  const preview = el('div', { class: 'preview', 'aria-label': 'Isometric preview' });
  const fileInput = el('input', {
    type: 'file',
    accept: '.json,.tmj,.tsj,application/json',
    multiple: true,
    class: 'sr-only',
    id: 'ed-import-file',
    'aria-label': 'Map file to import',
  });
  const builtinSelect = el('select', { id: 'ed-builtin', 'aria-label': 'Built-in map' });
  for (const [id, m] of Object.entries(BUILTIN_MAPS))
    builtinSelect.append(el('option', { value: id, text: m.name ?? id }));
  const size = (id: string, value: number, label: string) =>
    el('input', { type: 'number', id, min: EDITOR_MIN_SIZE, max: EDITOR_MAX_SIZE, value, 'aria-label': label });
  const newW = size('ed-new-w', 24, 'New map width');
  const newH = size('ed-new-h', 16, 'New map height');
  const field = (id: string, label: string, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => {
    input.id = id;
    return el('label', { for: id }, label, input);
  };
  const fields = {
    id: el('input', { maxlength: 64, spellcheck: false }),
    name: el('input', { maxlength: 80 }),
    author: el('input', { maxlength: 120 }),
    description: el('textarea', { id: 'ed-description', maxlength: 2000, 'aria-label': 'Description' }),
    width: el('input', { type: 'number', min: EDITOR_MIN_SIZE, max: EDITOR_MAX_SIZE }),
    height: el('input', { type: 'number', min: EDITOR_MIN_SIZE, max: EDITOR_MAX_SIZE, 'aria-label': 'Height' }),
    sealTurns: el('input', { type: 'number', min: 1, max: 99 }),
    turnLimit: el('input', { type: 'number', min: 1, max: 999, placeholder: 'none' }),
    objective: el('select', {}),
  };
  for (const k of ['cell', 'reach', 'eliminate']) fields.objective.append(el('option', { value: k, text: k }));
  const seedIn = el('input', {
    id: 'ed-seed',
    maxlength: 32,
    spellcheck: false,
    'aria-label': 'Play-test seed',
    title: "The play-test's seed: the same seed plays the same game. Empty: derived from the map.",
  });
  const d: Omit<EditorDom, 'screen'> = {
    canvas,
    view,
    preview,
    status: el('div', { class: 'status', 'aria-live': 'polite' }),
    toolBox: el('div', { class: 'tools', role: 'radiogroup', 'aria-label': 'Tools' }),
    palette: el('div', { class: 'palette', role: 'radiogroup', 'aria-label': 'Terrain' }),
    heightPalette: el('div', { class: 'heights', role: 'radiogroup', 'aria-label': 'Height level' }),
    toolOptions: el('div', {}),
    inspector: el('div', { 'aria-label': 'Selection' }),
    issueList: el('ul', { class: 'issues', 'aria-label': 'Validation issues' }),
    issueHead: el('h3', { id: 'ed-issues-head' }, 'Issues'),
    warningList: el('ul', { class: 'warnings', 'aria-label': 'Validation warnings' }),
    warningHead: el('h3', { id: 'ed-warnings-head' }, 'Warnings'),
    refused: el('div', { role: 'alert' }),
    why: el('p', { class: 'why', id: 'ed-why' }),
    undoBtn: el('button', { id: 'ed-undo', title: 'Undo (Ctrl+Z)', onclick: () => send({ kind: 'undo' }) }, 'Undo'),
    redoBtn: el('button', { id: 'ed-redo', title: 'Redo (Ctrl+Y)', onclick: () => send({ kind: 'redo' }) }, 'Redo'),
    playBtn: el(
      'button',
      {
        id: 'ed-playtest',
        class: 'playtest',
        'aria-describedby': 'ed-why',
        onclick: () => send({ kind: 'playtest' }),
      },
      'Play-test',
    ),
    seedIn,
    fileInput,
    fields,
  };
  const screen = el(
    'div',
    { class: 'editor', role: 'dialog', 'aria-label': 'Map editor' },
    el(
      'header',
      {},
      el('h1', {}, 'MAP EDITOR'),
      builtinSelect,
      el(
        'button',
        { id: 'ed-open-builtin', onclick: () => send({ kind: 'open', load: openBuiltin(builtinSelect.value) }) },
        'Open',
      ),
      el('span', { class: 'sep' }),
      newW,
      '×',
      newH,
      el(
        'button',
        {
          id: 'ed-new',
          onclick: () =>
            send({ kind: 'open', load: { ok: true, map: newEditorMap(Number(newW.value), Number(newH.value)) } }),
        },
        'New map',
      ),
      el('span', { class: 'sep' }),
      el('button', { id: 'ed-import', onclick: () => fileInput.click() }, 'Import…'),
      el(
        'button',
        { id: 'ed-export', title: 'Download the map as JSON', onclick: () => send({ kind: 'export' }) },
        'Export JSON',
      ),
      el('span', { class: 'sep' }),
      d.undoBtn,
      d.redoBtn,
      el('span', { class: 'grow' }),
      el('label', { for: 'ed-seed', class: 'seed' }, 'Seed', seedIn),
      d.playBtn,
      el('button', { id: 'ed-back', onclick: () => send({ kind: 'close' }) }, 'Back'),
      fileInput,
    ),
    el(
      'aside',
      { class: 'left' },
      el('h3', {}, 'Tools'),
      d.toolBox,
      el('h3', {}, 'Terrain'),
      d.palette,
      el('h3', { title: 'H switches the brush between terrain and heights' }, 'Height (H)'),
      d.heightPalette,
      d.toolOptions,
    ),
    view,
    d.status,
    el(
      'aside',
      { class: 'right' },
      el(
        'h3',
        { class: 'row' },
        'Preview',
        el('span', { class: 'grow' }),
        el(
          'button',
          {
            id: 'ed-preview-size',
            class: 'small',
            title: 'A wider preview (the grid gives up room)',
            onclick: () => send({ kind: 'previewSize' }),
          },
          'Wider',
        ),
      ),
      preview,
      el('h3', {}, 'Map'),
      field('ed-id', 'Id', fields.id),
      field('ed-name', 'Name', fields.name),
      field('ed-author', 'Author', fields.author),
      fields.description,
      el(
        'div',
        { class: 'row' },
        field('ed-width', 'Size', fields.width),
        '×',
        fields.height,
        el(
          'button',
          {
            id: 'ed-resize',
            onclick: () =>
              send({
                kind: 'edit',
                edit: (m) => resizeMap(m, Number(fields.width.value), Number(fields.height.value)),
              }),
          },
          'Resize',
        ),
      ),
      field('ed-objective', 'Objective', fields.objective),
      field('ed-seal', 'Breaches seal after (turns)', fields.sealTurns),
      field('ed-limit', 'Turn limit', fields.turnLimit),
      el('h3', {}, 'Selection'),
      d.inspector,
      d.issueHead,
      d.why,
      d.issueList,
      d.warningHead,
      d.warningList,
      d.refused,
    ),
  );
  return { ...d, screen };
}
