import {
  BUILTIN_ENEMY_TYPES,
  BUILTIN_MAPS,
  DEFAULT_SQUAD,
  formatIssue,
  type MapIssue,
  type Objective,
  type Point,
  slugOf,
  stringifyMap,
  TERRAIN_NAMES,
  type TerrainName,
  validateMap,
} from '@denizens/maps';
import { el } from '../hud/el';
import { HUD_CSS } from '../hud/styles';
import { browserPlatform } from '../platform/browserPlatform';
import type { Platform } from '../platform/platform';
import { drawEditor, drawTile } from './drawEditor';
import {
  addBreachable,
  addEnemy,
  addStrike,
  addWaypoint,
  applyObjectiveAt,
  breachAt,
  clearPatrol,
  eraseAt,
  moveUnit,
  nextUnplacedPilot,
  placePilot,
  removeBreachableAt,
  removeLastWaypoint,
  removeStrike,
  removeUnit,
  SEALS_IN_LIMITS,
  setMeta,
  setObjectiveKind,
  setSealsIn,
  strikeAt,
  toggleBreach,
  unitAt,
  updateEnemy,
  updateStrike,
} from './editEntities';
import { fillHeightRect, floodFillHeight, heightAt, MAX_HEIGHT, paintHeights } from './editHeights';
import { lightAt, toggleLight } from './editLights';
import { EDITOR_CSS } from './editorCss';
import {
  buildMapJson,
  CODE_OF,
  EDITOR_MAX_SIZE,
  EDITOR_MIN_SIZE,
  type EditorMap,
  newEditorMap,
  terrainAt,
} from './editorMap';
import { fillRect, floodFill, lineTiles, paintTiles } from './editTerrain';
import { type History, record, redo, startHistory, undo } from './history';
import { issueTile } from './issueTile';
import {
  type EditorLoad,
  loadWork,
  looksLikeTiled,
  openBuiltin,
  openMapText,
  openTiledText,
  saveWork,
} from './loadEditorMap';
import { resizeMap } from './resizeMap';

export interface EditorHooks {
  /** Starts a game on the map; returns why it cannot, or null. */
  playTest(map: unknown): string | null;
  close(): void;
  /** Storage and downloads (default: the browser's). */
  platform?: Platform;
}

type ToolId =
  | 'brush'
  | 'rect'
  | 'fill'
  | 'pick'
  | 'select'
  | 'pilot'
  | 'enemy'
  | 'patrol'
  | 'objective'
  | 'breach'
  | 'light'
  | 'area'
  | 'strike'
  | 'erase';

const TOOLS: readonly { id: ToolId; key: string; label: string; hint: string }[] = [
  {
    id: 'brush',
    key: 'B',
    label: 'Brush',
    hint: 'Click or drag to paint terrain (or heights: H). Alt-click or right-click picks a terrain (or height).',
  },
  { id: 'rect', key: 'R', label: 'Rectangle', hint: 'Drag a rectangle to fill it with the terrain (or height).' },
  {
    id: 'fill',
    key: 'F',
    label: 'Flood fill',
    hint: 'Click to repaint the connected area of the same terrain (or height).',
  },
  { id: 'pick', key: 'I', label: 'Eyedropper', hint: 'Click a tile to take its terrain (or height).' },
  {
    id: 'select',
    key: 'V',
    label: 'Select',
    hint: 'Click a unit, a strike target or a breach to select it; drag to move a unit or strike. Delete removes it.',
  },
  {
    id: 'pilot',
    key: 'P',
    label: 'Squad',
    hint: 'Click to place the chosen pilot (the next unplaced one by default); click a placed pilot to choose them, then click elsewhere to move them. Right-click removes.',
  },
  {
    id: 'enemy',
    key: 'E',
    label: 'Enemy',
    hint: 'Click to place an enemy of the chosen type; click one to select it. Right-click removes.',
  },
  {
    id: 'patrol',
    key: 'T',
    label: 'Patrol',
    hint: 'Click an enemy, then click its waypoints in order (the route loops). Right-click or Backspace removes the last waypoint.',
  },
  {
    id: 'objective',
    key: 'O',
    label: 'Objective',
    hint: 'Cell: click to move the cell. Reach: click tiles to add or remove them. Eliminate has no tiles.',
  },
  {
    id: 'breach',
    key: 'K',
    label: 'Breach',
    hint: 'Click a hull tile to add or remove a breach that is open at the start; a new one is selected, to set its timer.',
  },
  {
    id: 'light',
    key: 'L',
    label: 'Light',
    hint: 'Click a tile to add or remove a map light (conduits light themselves and their neighbours).',
  },
  {
    id: 'area',
    key: 'A',
    label: 'Breachable',
    hint: 'Drag a rectangle of hull that strikes can open (without any, all hull is breachable). Right-click removes one.',
  },
  {
    id: 'strike',
    key: 'S',
    label: 'Strike',
    hint: 'Click to schedule a strike with the settings below; click a target to select it. Right-click removes.',
  },
  {
    id: 'erase',
    key: 'X',
    label: 'Erase',
    hint: 'Click or drag to remove units, strikes, breaches, lights, reach tiles, waypoints or breachable areas (terrain and heights stay).',
  },
];

const TERRAIN_TOOLS: ReadonlySet<ToolId> = new Set(['brush', 'rect', 'fill', 'pick']);

type Drag =
  | { kind: 'stroke'; last: Point }
  | { kind: 'rect'; a: Point; b: Point }
  | { kind: 'move'; id: string }
  | { kind: 'moveStrike'; index: number }
  | { kind: 'erase' };

/**
 * The map editor (its own lazily loaded chunk): a top-down Canvas 2D grid with terrain tools, units, patrols,
 * the objective, breaches and strikes; live validation with the validator's messages; import (map JSON or Tiled),
 * export, play-test; the work in progress is kept in storage. The editing itself is pure functions on `EditorMap`.
 */
export function openEditor(ui: HTMLElement, h: EditorHooks): () => void {
  if (!document.getElementById('hud-css')) document.head.append(el('style', { id: 'hud-css', text: HUD_CSS }));
  if (!document.getElementById('editor-css')) document.head.append(el('style', { id: 'editor-css', text: EDITOR_CSS }));
  const platform = h.platform ?? browserPlatform();

  let hist: History<EditorMap> = startHistory(loadWork(platform) ?? newEditorMap(24, 16));
  let live = hist.present;
  let issues: MapIssue[] = [];
  let tool: ToolId = 'brush';
  let lastTerrainTool: ToolId = 'brush';
  let terrain: TerrainName = 'wall';
  /** What the terrain tools paint: terrain kinds, or height levels 0-9 (H switches). */
  let layer: 'terrain' | 'height' = 'terrain';
  let level = 1;
  let enemyType = 'trooper';
  let pilot: string | null = nextUnplacedPilot(live);
  let selUnit: string | null = null;
  let selStrike = -1;
  let selBreach: Point | null = null;
  const strikeOpts = { turn: 2, radius: 1, damage: 8 };
  let highlight: Point | null = null;
  let hover: Point | null = null;
  let drag: Drag | null = null;
  let zoom = 0;
  let cell = 24;
  let note = '';

  // ---- layout ----
  const canvas = el('canvas', { role: 'img', tabindex: 0 });
  const status = el('div', { class: 'status', 'aria-live': 'polite' });
  const view = el('div', { class: 'view' }, canvas);
  const toolBox = el('div', { class: 'tools', role: 'radiogroup', 'aria-label': 'Tools' });
  const palette = el('div', { class: 'palette', role: 'radiogroup', 'aria-label': 'Terrain' });
  const heightPalette = el('div', { class: 'heights', role: 'radiogroup', 'aria-label': 'Height level' });
  const toolOptions = el('div', {});
  const inspector = el('div', { 'aria-label': 'Selection' });
  const issueList = el('ul', { class: 'issues', 'aria-label': 'Validation issues' });
  const issueHead = el('h3', { id: 'ed-issues-head' }, 'Issues');
  const refused = el('div', { role: 'alert' });
  const why = el('p', { class: 'why', id: 'ed-why' });
  const undoBtn = el('button', { id: 'ed-undo', title: 'Undo (Ctrl+Z)', onclick: () => doUndo() }, 'Undo');
  const redoBtn = el('button', { id: 'ed-redo', title: 'Redo (Ctrl+Y)', onclick: () => doRedo() }, 'Redo');
  const playBtn = el(
    'button',
    { id: 'ed-playtest', class: 'playtest', 'aria-describedby': 'ed-why', onclick: () => playTest() },
    'Play-test',
  );
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
  const newW = el('input', {
    type: 'number',
    id: 'ed-new-w',
    min: EDITOR_MIN_SIZE,
    max: EDITOR_MAX_SIZE,
    value: 24,
    'aria-label': 'New map width',
  });
  const newH = el('input', {
    type: 'number',
    id: 'ed-new-h',
    min: EDITOR_MIN_SIZE,
    max: EDITOR_MAX_SIZE,
    value: 16,
    'aria-label': 'New map height',
  });

  const field = (id: string, label: string, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => {
    input.id = id;
    return el('label', { for: id }, label, input);
  };
  const idIn = el('input', { maxlength: 64, spellcheck: false });
  const nameIn = el('input', { maxlength: 80 });
  const authorIn = el('input', { maxlength: 120 });
  const descIn = el('textarea', { id: 'ed-description', maxlength: 2000, 'aria-label': 'Description' });
  const wIn = el('input', { type: 'number', min: EDITOR_MIN_SIZE, max: EDITOR_MAX_SIZE });
  const hIn = el('input', { type: 'number', min: EDITOR_MIN_SIZE, max: EDITOR_MAX_SIZE });
  const sealIn = el('input', { type: 'number', min: 1, max: 99 });
  const limitIn = el('input', { type: 'number', min: 1, max: 999, placeholder: 'none' });
  const objSelect = el('select', {});
  for (const k of ['cell', 'reach', 'eliminate']) objSelect.append(el('option', { value: k, text: k }));

  const screen = el(
    'div',
    { class: 'editor', role: 'dialog', 'aria-label': 'Map editor' },
    el(
      'header',
      {},
      el('h1', {}, 'MAP EDITOR'),
      builtinSelect,
      el('button', { id: 'ed-open-builtin', onclick: () => load(openBuiltin(builtinSelect.value)) }, 'Open'),
      el('span', { class: 'sep' }),
      newW,
      '×',
      newH,
      el(
        'button',
        { id: 'ed-new', onclick: () => replace(newEditorMap(Number(newW.value), Number(newH.value))) },
        'New map',
      ),
      el('span', { class: 'sep' }),
      el('button', { id: 'ed-import', onclick: () => fileInput.click() }, 'Import…'),
      el('button', { id: 'ed-export', title: 'Download the map as JSON', onclick: () => exportMap() }, 'Export JSON'),
      el('span', { class: 'sep' }),
      undoBtn,
      redoBtn,
      el('span', { class: 'grow' }),
      playBtn,
      el('button', { id: 'ed-back', onclick: () => h.close() }, 'Back'),
      fileInput,
    ),
    el(
      'aside',
      { class: 'left' },
      el('h3', {}, 'Tools'),
      toolBox,
      el('h3', {}, 'Terrain'),
      palette,
      el('h3', { title: 'H switches the brush between terrain and heights' }, 'Height (H)'),
      heightPalette,
      toolOptions,
    ),
    view,
    status,
    el(
      'aside',
      { class: 'right' },
      el('h3', {}, 'Map'),
      field('ed-id', 'Id', idIn),
      field('ed-name', 'Name', nameIn),
      field('ed-author', 'Author', authorIn),
      descIn,
      el(
        'div',
        { class: 'row' },
        field('ed-width', 'Size', wIn),
        '×',
        hIn,
        el(
          'button',
          { id: 'ed-resize', onclick: () => commit(resizeMap(live, Number(wIn.value), Number(hIn.value))) },
          'Resize',
        ),
      ),
      field('ed-objective', 'Objective', objSelect),
      field('ed-seal', 'Breaches seal after (turns)', sealIn),
      field('ed-limit', 'Turn limit', limitIn),
      el('h3', {}, 'Selection'),
      inspector,
      issueHead,
      why,
      issueList,
      refused,
    ),
  );
  hIn.setAttribute('aria-label', 'Height');
  ui.append(screen);

  // ---- state changes ----
  const validate = () => {
    const r = validateMap(buildMapJson(live), `${live.id || 'map'}.json`);
    issues = r.ok ? [] : r.issues;
  };
  const fixSelection = () => {
    if (selUnit && !unitAt(live, findUnit(selUnit) ?? { x: -1, y: -1 })) selUnit = null;
    if (selStrike >= live.strikes.length) selStrike = -1;
    if (selBreach && breachAt(live, selBreach) < 0) selBreach = null;
    if (pilot && live.squad.some((u) => u.id === pilot) && tool === 'pilot' && pilot !== selUnit)
      pilot = nextUnplacedPilot(live) ?? pilot;
  };
  const findUnit = (id: string): Point | undefined =>
    live.squad.find((u) => u.id === id) ?? live.enemies.find((u) => u.id === id);
  const changed = () => {
    fixSelection();
    validate();
    saveWork(platform, live);
    renderAll();
  };
  const commit = (next: EditorMap) => {
    hist = record(hist, next);
    live = hist.present;
    changed();
  };
  const replace = (m: EditorMap) => {
    selUnit = null;
    selStrike = -1;
    selBreach = null;
    highlight = null;
    refused.replaceChildren();
    commit(m);
    pilot = nextUnplacedPilot(live);
    zoom = 0;
    renderAll();
  };
  const load = (r: EditorLoad) => {
    if (r.ok) return replace(r.map);
    refused.replaceChildren(
      el('div', { class: 'refused' }, 'The file was not opened:\n', r.issues.map(formatIssue).join('\n')),
    );
  };
  const doUndo = () => {
    if (drag) return;
    hist = undo(hist);
    live = hist.present;
    changed();
  };
  const doRedo = () => {
    if (drag) return;
    hist = redo(hist);
    live = hist.present;
    changed();
  };
  const exportMap = () => platform.download(`${live.id || 'map'}.json`, stringifyMap(buildMapJson(live)));
  const playTest = () => {
    if (issues.length) return;
    const err = h.playTest(buildMapJson(live));
    if (err) refused.replaceChildren(el('div', { class: 'refused' }, err));
  };
  const setTool = (t: ToolId) => {
    tool = t;
    if (TERRAIN_TOOLS.has(t) && t !== 'pick') lastTerrainTool = t;
    if (t === 'pilot' && !pilot) pilot = nextUnplacedPilot(live);
    note = '';
    renderAll();
  };
  const say = (s: string) => {
    note = s;
    renderStatus();
  };

  // ---- pointer ----
  const tileOf = (e: PointerEvent | MouseEvent): Point | null => {
    const r = canvas.getBoundingClientRect();
    const x = Math.floor(((e.clientX - r.left) / r.width) * live.width);
    const y = Math.floor(((e.clientY - r.top) / r.height) * live.height);
    return x >= 0 && y >= 0 && x < live.width && y < live.height ? { x, y } : null;
  };
  const pickAt = (p: Point) => {
    if (layer === 'height') level = heightAt(live, p.x, p.y);
    else terrain = terrainAt(live, p.x, p.y);
    say(layer === 'height' ? `Picked height ${level}.` : `Picked ${terrain}.`);
    renderPanels();
  };
  /** Paints the current terrain kind or height level (by layer) on tiles, a rectangle or a connected area. */
  const paint = (m: EditorMap, tiles: readonly Point[]) =>
    layer === 'height' ? paintHeights(m, tiles, level) : paintTiles(m, tiles, terrain);
  const paintRect = (a: Point, b: Point) =>
    layer === 'height' ? fillHeightRect(live, a, b, level) : fillRect(live, a, b, terrain);
  const paintFill = (p: Point) => (layer === 'height' ? floodFillHeight(live, p, level) : floodFill(live, p, terrain));
  const setLayer = (l: 'terrain' | 'height') => {
    layer = l;
    if (!TERRAIN_TOOLS.has(tool)) setTool(lastTerrainTool);
    else renderPanels();
  };
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('pointerdown', (e) => {
    const p = tileOf(e);
    if (!p || drag) return;
    canvas.focus();
    canvas.setPointerCapture(e.pointerId);
    pressAt(p, e.button === 2, e.altKey);
  });
  /** What a click (or Space on the keyboard cursor) does with the current tool; drags continue in dragTo. */
  const pressAt = (p: Point, right: boolean, alt: boolean) => {
    highlight = null;
    note = '';
    if (TERRAIN_TOOLS.has(tool) && (right || alt)) return pickAt(p);
    const u = unitAt(live, p);
    switch (tool) {
      case 'brush':
        live = paint(live, [p]);
        drag = { kind: 'stroke', last: p };
        break;
      case 'rect':
        drag = { kind: 'rect', a: p, b: p };
        break;
      case 'area':
        if (right) commit(removeBreachableAt(live, p));
        else drag = { kind: 'rect', a: p, b: p };
        break;
      case 'fill':
        commit(paintFill(p));
        break;
      case 'pick':
        pickAt(p);
        setTool(lastTerrainTool);
        break;
      case 'erase':
        live = eraseAt(live, p);
        drag = { kind: 'erase' };
        break;
      case 'select': {
        const s = strikeAt(live, p);
        selUnit = u?.id ?? null;
        selStrike = u ? -1 : s;
        selBreach = !u && s < 0 && breachAt(live, p) >= 0 ? p : null;
        if (u) drag = { kind: 'move', id: u.id };
        else if (s >= 0) drag = { kind: 'moveStrike', index: s };
        renderPanels();
        break;
      }
      case 'pilot':
        if (right) {
          if (u?.side === 'squad') commit(removeUnit(live, u.id));
        } else if (u?.side === 'squad') {
          pilot = u.id;
          selUnit = u.id;
          drag = { kind: 'move', id: u.id };
          renderPanels();
        } else if (!u) {
          const id = pilot ?? nextUnplacedPilot(live);
          if (!id) {
            say('All seven pilots are placed: click one to pick it up, or choose one in the list, then click a tile.');
            break;
          }
          commit(placePilot(live, id, p));
          selUnit = id;
          pilot = nextUnplacedPilot(live);
          renderPanels();
        } else say('Another unit stands there.');
        break;
      case 'enemy':
        if (right) {
          if (u?.side === 'enemy') commit(removeUnit(live, u.id));
        } else if (u?.side === 'enemy') {
          selUnit = u.id;
          drag = { kind: 'move', id: u.id };
          renderPanels();
        } else if (!u) {
          const next = addEnemy(live, enemyType, p);
          selUnit = next.enemies[next.enemies.length - 1]?.id ?? null;
          commit(next);
        } else say('Another unit stands there.');
        break;
      case 'patrol': {
        const enemy = live.enemies.find((en) => en.id === selUnit);
        if (right) {
          if (enemy) commit(removeLastWaypoint(live, enemy.id));
        } else if (u?.side === 'enemy' && u.id !== selUnit) {
          selUnit = u.id;
          renderPanels();
        } else if (enemy) {
          commit(addWaypoint(live, enemy.id, p));
        } else say('Click an enemy first, then click its waypoints.');
        break;
      }
      case 'objective':
        if (live.objective.kind === 'eliminate')
          say('The objective is "eliminate": choose "cell" or "reach" under Map > Objective to place tiles.');
        else commit(applyObjectiveAt(live, p));
        break;
      case 'breach': {
        const next = toggleBreach(live, p);
        selBreach = breachAt(next, p) >= 0 ? p : null;
        if (selBreach) {
          selUnit = null;
          selStrike = -1;
        }
        commit(next);
        break;
      }
      case 'light':
        commit(toggleLight(live, p));
        break;
      case 'strike': {
        const s = strikeAt(live, p);
        if (right) {
          if (s >= 0) commit(removeStrike(live, s));
        } else if (s >= 0) {
          selStrike = s;
          selUnit = null;
          drag = { kind: 'moveStrike', index: s };
          renderPanels();
        } else {
          selStrike = live.strikes.length;
          selUnit = null;
          commit(addStrike(live, { ...strikeOpts, x: p.x, y: p.y }));
        }
        break;
      }
    }
    renderCanvas();
    renderStatus();
  };
  canvas.addEventListener('pointermove', (e) => dragTo(tileOf(e)));
  const dragTo = (p: Point | null) => {
    const moved = p?.x !== hover?.x || p?.y !== hover?.y;
    hover = p;
    if (drag && p && moved) {
      if (drag.kind === 'stroke') {
        live = paint(live, lineTiles(drag.last, p));
        drag.last = p;
      } else if (drag.kind === 'rect') drag.b = p;
      else if (drag.kind === 'move') live = moveUnit(live, drag.id, p);
      else if (drag.kind === 'moveStrike') live = updateStrike(live, drag.index, { x: p.x, y: p.y });
      else if (drag.kind === 'erase') live = eraseAt(live, p);
    }
    if (moved) {
      renderCanvas();
      renderStatus();
    }
  };
  const endDrag = () => {
    const d = drag;
    if (!d) return;
    drag = null;
    if (d.kind === 'rect') commit(tool === 'area' ? addBreachable(live, d.a, d.b) : paintRect(d.a, d.b));
    else commit(live);
  };
  canvas.addEventListener('pointerup', endDrag);
  canvas.addEventListener('pointercancel', endDrag);
  canvas.addEventListener('pointerleave', () => {
    if (document.activeElement === canvas) return; // keep the keyboard cursor
    hover = null;
    renderCanvas();
    renderStatus();
  });

  // ---- keyboard ----
  const onKey = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement | null;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    const k = e.key.toLowerCase();
    if (e.ctrlKey || e.metaKey) {
      if (k === 'z' && !e.shiftKey) doUndo();
      else if (k === 'y' || (k === 'z' && e.shiftKey)) doRedo();
      else return;
      e.preventDefault();
      return;
    }
    if (e.altKey) return;
    if (document.activeElement === canvas && keyboardCursor(e)) return e.preventDefault();
    const byKey = TOOLS.find((x) => x.key.toLowerCase() === k);
    if (byKey) setTool(byKey.id);
    else if (k === 'h') setLayer(layer === 'height' ? 'terrain' : 'height');
    else if (/^[0-9]$/.test(k) && layer === 'height') {
      level = Number(k);
      setLayer('height');
    } else if (/^[0-9]$/.test(k)) {
      const name = TERRAIN_NAMES[(Number(k) + 9) % 10];
      if (name) {
        terrain = name;
        if (!TERRAIN_TOOLS.has(tool)) setTool(lastTerrainTool);
        else renderPanels();
      }
    } else if (k === 'delete' || k === 'backspace') {
      if (tool === 'patrol' && selUnit) commit(removeLastWaypoint(live, selUnit));
      else removeSelected();
    } else if (k === 'escape') {
      selUnit = null;
      selStrike = -1;
      selBreach = null;
      highlight = null;
      renderAll();
    } else if (k === '+' || k === '=') setZoom(cell + 4);
    else if (k === '-') setZoom(cell - 4);
    else return;
    e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  /** Keyboard editing on the focused grid: arrows move a cursor (Shift: 4 tiles), Space/Enter acts like a click. */
  const keyboardCursor = (e: KeyboardEvent): boolean => {
    const step = e.shiftKey ? 4 : 1;
    const d: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const at = hover ?? { x: Math.floor(live.width / 2), y: Math.floor(live.height / 2) };
    const dir = d[e.key];
    if (dir) {
      dragTo({
        x: Math.min(live.width - 1, Math.max(0, at.x + dir[0])),
        y: Math.min(live.height - 1, Math.max(0, at.y + dir[1])),
      });
      return true;
    }
    if (e.key !== ' ' && e.key !== 'Enter') return false;
    if (drag) endDrag();
    else {
      hover = at;
      pressAt(at, false, false);
      // rectangles and moves continue with the arrows until the next Space/Enter; single clicks end here
      const started = drag as Drag | null; // pressAt may have started one
      if (started?.kind === 'stroke' || started?.kind === 'erase') endDrag();
    }
    return true;
  };
  const setZoom = (c: number) => {
    zoom = Math.max(6, Math.min(64, c));
    renderCanvas();
  };
  const removeSelected = () => {
    if (selUnit) commit(removeUnit(live, selUnit));
    else if (selStrike >= 0) commit(removeStrike(live, selStrike));
    else if (selBreach) commit(toggleBreach(live, selBreach));
  };
  const onResize = () => renderCanvas();
  window.addEventListener('resize', onResize);

  // ---- map fields ----
  idIn.addEventListener('change', () => commit(setMeta(live, { id: idIn.value.trim() })));
  nameIn.addEventListener('change', () => commit(setMeta(live, { name: nameIn.value })));
  authorIn.addEventListener('change', () => commit(setMeta(live, { author: authorIn.value.trim() || undefined })));
  descIn.addEventListener('change', () => commit(setMeta(live, { description: descIn.value })));
  sealIn.addEventListener('change', () => {
    const n = Math.round(Number(sealIn.value));
    commit(setMeta(live, { sealTurns: Math.min(99, Math.max(1, Number.isFinite(n) ? n : 3)) }));
  });
  limitIn.addEventListener('change', () => {
    const v = limitIn.value.trim();
    const n = Math.round(Number(v));
    commit(setMeta(live, { turnLimit: v === '' || !Number.isFinite(n) ? undefined : Math.min(999, Math.max(1, n)) }));
  });
  objSelect.addEventListener('change', () => commit(setObjectiveKind(live, objSelect.value as Objective['kind'])));
  for (const inp of [wIn, hIn])
    inp.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') commit(resizeMap(live, Number(wIn.value), Number(hIn.value)));
    });

  // ---- import ----
  fileInput.addEventListener('change', async () => {
    const files = [...(fileInput.files ?? [])];
    fileInput.value = '';
    if (!files.length) return;
    const texts = new Map<string, string>();
    for (const f of files) texts.set(f.name, await f.text());
    const main = files.find((f) => /\.tmj$/i.test(f.name)) ?? files.find((f) => !/\.tsj$/i.test(f.name)) ?? files[0]!;
    const text = texts.get(main.name)!;
    load(
      /\.tmj$/i.test(main.name) || looksLikeTiled(text)
        ? openTiledText(text, main.name, texts)
        : openMapText(text, main.name),
    );
  });

  // ---- rendering ----
  let frame = 0;
  const renderCanvas = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      paintCanvas();
    });
  };
  const paintCanvas = () => {
    const fit = Math.floor(Math.min((view.clientWidth - 24) / live.width, (view.clientHeight - 40) / live.height));
    cell = zoom || Math.max(6, Math.min(48, fit || 24));
    const w = live.width * cell;
    const hh = live.height * cell;
    if (canvas.width !== w || canvas.height !== hh) {
      canvas.width = w;
      canvas.height = hh;
    }
    canvas.dataset.cell = String(cell);
    canvas.dataset.width = String(live.width);
    canvas.dataset.height = String(live.height);
    canvas.setAttribute(
      'aria-label',
      `Map grid, ${live.width} by ${live.height} tiles: ${live.squad.length} pilots, ${live.enemies.length} enemies, ${live.strikes.length} strikes. Tool: ${tool}.`,
    );
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    drawEditor(ctx, live, {
      cell,
      hover,
      dragRect:
        drag?.kind === 'rect' ? { a: drag.a, b: drag.b, colour: tool === 'area' ? '#f0e442' : '#ffffff' } : null,
      selectedUnit: selUnit,
      selectedStrike: selStrike,
      selectedBreach: selBreach,
      issueTiles: issues.flatMap((i) => (i.tile ? [i.tile] : [])),
      highlight,
    });
  };
  const renderStatus = () => {
    const t = TOOLS.find((x) => x.id === tool)!;
    const where = hover
      ? (() => {
          const u = unitAt(live, hover);
          const s = strikeAt(live, hover);
          const b = live.breaches[breachAt(live, hover)];
          const hgt = heightAt(live, hover.x, hover.y);
          return `${hover.x},${hover.y} ${terrainAt(live, hover.x, hover.y)}${hgt ? ` · height ${hgt}` : ''}${lightAt(live, hover) ? ' · light' : ''}${u ? ` · ${u.id}` : ''}${s >= 0 ? ` · strike T${live.strikes[s]!.turn}` : ''}${b ? ` · breach seals in ${b.sealsIn ?? live.sealTurns}` : ''} — `;
        })()
      : '';
    status.textContent = `${where}${note || t.hint}`;
  };
  const renderTools = () => {
    toolBox.replaceChildren(
      ...TOOLS.map((t) =>
        el(
          'button',
          {
            role: 'radio',
            'aria-checked': String(t.id === tool),
            class: t.id === tool ? 'active' : '',
            'data-tool': t.id,
            title: `${t.hint} (${t.key})`,
            onclick: () => setTool(t.id),
          },
          t.label,
          el('kbd', {}, t.key),
        ),
      ),
    );
    palette.replaceChildren(
      ...TERRAIN_NAMES.map((name, i) => {
        const sw = el('canvas', { width: 16, height: 16, 'aria-hidden': 'true' });
        const c = sw.getContext('2d');
        if (c) drawTile(c, name, 0, 0, 16);
        return el(
          'button',
          {
            role: 'radio',
            'aria-checked': String(layer === 'terrain' && name === terrain),
            'aria-label': `${name} (code "${CODE_OF[name]}")`,
            class: layer === 'terrain' && name === terrain ? 'active' : '',
            'data-terrain': name,
            onclick: () => {
              terrain = name;
              setLayer('terrain');
            },
          },
          sw,
          name,
          el('kbd', {}, String((i + 1) % 10)),
        );
      }),
    );
    heightPalette.replaceChildren(
      ...Array.from({ length: MAX_HEIGHT + 1 }, (_, n) =>
        el(
          'button',
          {
            role: 'radio',
            'aria-checked': String(layer === 'height' && n === level),
            'aria-label': `height ${n}`,
            class: layer === 'height' && n === level ? 'active' : '',
            'data-height': n,
            title: n ? `Paint height ${n} (+10 to hit from above)` : 'Paint height 0 (flat)',
            onclick: () => {
              level = n;
              setLayer('height');
            },
          },
          String(n),
        ),
      ),
    );
  };
  const numberField = (
    label: string,
    value: number,
    min: number,
    max: number,
    set: (n: number) => void,
    id: string,
  ) => {
    const inp = el('input', { type: 'number', min, max, value, id });
    inp.addEventListener('change', () => {
      const n = Math.round(Number(inp.value));
      set(Math.min(max, Math.max(min, Number.isFinite(n) ? n : min)));
    });
    return el('label', { for: id }, label, inp);
  };
  const renderToolOptions = () => {
    const parts: (Node | string)[] = [];
    if (tool === 'pilot') {
      parts.push(
        el('h3', {}, 'Pilots'),
        el(
          'div',
          { class: 'pilots', role: 'radiogroup', 'aria-label': 'Pilot to place' },
          ...DEFAULT_SQUAD.map((p) => {
            const placed = live.squad.find((u) => u.id === p.id);
            return el(
              'button',
              {
                role: 'radio',
                'aria-checked': String(p.id === pilot),
                class: p.id === pilot ? 'active' : '',
                'data-pilot': p.id,
                onclick: () => {
                  pilot = p.id;
                  renderPanels();
                },
              },
              `${p.name} `,
              el('span', { class: 'placed' }, placed ? `✓ ${placed.x},${placed.y}` : 'not placed'),
            );
          }),
        ),
      );
    } else if (tool === 'enemy') {
      const sel = el('select', { id: 'ed-enemy-type' });
      for (const [id, t] of enemyTypeEntries()) {
        const o = el('option', { value: id, text: `${t.name} (${id})` });
        if (id === enemyType) o.selected = true;
        sel.append(o);
      }
      sel.addEventListener('change', () => (enemyType = sel.value));
      parts.push(el('h3', {}, 'Enemy'), el('label', { for: 'ed-enemy-type' }, 'Type', sel));
    } else if (tool === 'strike') {
      parts.push(
        el('h3', {}, 'New strikes'),
        numberField('Turn', strikeOpts.turn, 1, 999, (n) => (strikeOpts.turn = n), 'ed-strike-turn'),
        numberField('Radius', strikeOpts.radius, 0, 6, (n) => (strikeOpts.radius = n), 'ed-strike-radius'),
        numberField('Damage', strikeOpts.damage, 0, 50, (n) => (strikeOpts.damage = n), 'ed-strike-damage'),
      );
    }
    parts.push(el('p', { class: 'hint' }, TOOLS.find((t) => t.id === tool)!.hint));
    parts.push(
      el(
        'p',
        { class: 'hint' },
        'Keys: B R F I V P E T O K L A S X tools · 1–0 terrain · H heights (then 0–9 the level) · Ctrl+Z undo · Ctrl+Y redo · Delete removes the selection · Esc deselects · + − zoom',
      ),
    );
    toolOptions.replaceChildren(...parts);
  };
  const enemyTypeEntries = () => [
    ...Object.entries(BUILTIN_ENEMY_TYPES).filter(([id]) => !Object.hasOwn(live.enemyTypes, id)),
    ...Object.entries(live.enemyTypes),
  ];
  const renderInspector = () => {
    const squad = live.squad.find((u) => u.id === selUnit);
    const enemy = live.enemies.find((u) => u.id === selUnit);
    const strike = live.strikes[selStrike];
    const breach = selBreach ? live.breaches[breachAt(live, selBreach)] : undefined;
    const removeBtn = (label: string) => el('button', { id: 'ed-remove', onclick: () => removeSelected() }, label);
    if (squad) {
      inspector.replaceChildren(
        el(
          'p',
          { class: 'hint' },
          `${squad.name} (${squad.role || 'pilot'}) at ${squad.x},${squad.y}: hp ${squad.hp}, aim ${squad.aim}, mobility ${squad.mobility}, ${squad.weapon}`,
        ),
        removeBtn('Remove pilot'),
      );
    } else if (enemy) {
      const idInput = el('input', { id: 'ed-enemy-id', value: enemy.id, maxlength: 64, spellcheck: false });
      idInput.addEventListener('change', () => {
        const id = slugOf(idInput.value);
        if (!id || id === enemy.id) return void (idInput.value = enemy.id);
        selUnit = id;
        commit(updateEnemy(live, enemy.id, { id }));
      });
      const typeSel = el('select', { id: 'ed-enemy-retype' });
      for (const [id, t] of enemyTypeEntries()) {
        const o = el('option', { value: id, text: `${t.name} (${id})` });
        if (id === enemy.type) o.selected = true;
        typeSel.append(o);
      }
      typeSel.addEventListener('change', () => commit(updateEnemy(live, enemy.id, { type: typeSel.value })));
      inspector.replaceChildren(
        el('label', { for: 'ed-enemy-id' }, 'Id', idInput),
        el('label', { for: 'ed-enemy-retype' }, 'Type', typeSel),
        el(
          'p',
          { class: 'hint' },
          `At ${enemy.x},${enemy.y}. Patrol: ${enemy.patrol.length ? enemy.patrol.map((p) => `${p.x},${p.y}`).join(' → ') : 'none (use the Patrol tool, T)'}`,
        ),
        el(
          'div',
          { class: 'row' },
          el('button', { onclick: () => setTool('patrol') }, 'Draw patrol'),
          el(
            'button',
            { disabled: !enemy.patrol.length, onclick: () => commit(removeLastWaypoint(live, enemy.id)) },
            'Undo waypoint',
          ),
          el(
            'button',
            { disabled: !enemy.patrol.length, onclick: () => commit(clearPatrol(live, enemy.id)) },
            'Clear patrol',
          ),
          removeBtn('Remove enemy'),
        ),
      );
    } else if (strike) {
      const i = selStrike;
      inspector.replaceChildren(
        el('p', { class: 'hint' }, `Strike at ${strike.x},${strike.y}`),
        numberField('Turn', strike.turn, 1, 999, (n) => commit(updateStrike(live, i, { turn: n })), 'ed-sel-turn'),
        numberField(
          'Radius',
          strike.radius,
          0,
          6,
          (n) => commit(updateStrike(live, i, { radius: n })),
          'ed-sel-radius',
        ),
        numberField(
          'Damage',
          strike.damage,
          0,
          50,
          (n) => commit(updateStrike(live, i, { damage: n })),
          'ed-sel-damage',
        ),
        removeBtn('Remove strike'),
      );
    } else if (breach) {
      const { min, max } = SEALS_IN_LIMITS;
      const inp = el('input', {
        type: 'number',
        id: 'ed-seals-in',
        min,
        max,
        value: breach.sealsIn ?? '',
        placeholder: String(live.sealTurns),
      });
      // empty: the breach follows the map's sealTurns
      inp.addEventListener('change', () => {
        const v = inp.value.trim();
        commit(setSealsIn(live, breach, v === '' ? undefined : Number(v)));
        inp.value = String(live.breaches[breachAt(live, breach)]?.sealsIn ?? '');
      });
      inspector.replaceChildren(
        el('p', { class: 'hint' }, `Breach at ${breach.x},${breach.y}, open at the start`),
        el('label', { for: 'ed-seals-in' }, `Seals in (turns, ${min}–${max})`, inp),
        el(
          'p',
          { class: 'hint' },
          breach.sealsIn === undefined
            ? `Empty: it seals after the map's ${live.sealTurns} turns (Map panel).`
            : "Clear the field to use the map's setting.",
        ),
        removeBtn('Remove breach'),
      );
    } else inspector.replaceChildren(el('p', { class: 'hint' }, 'Nothing selected (Select tool: V).'));
  };
  const renderIssues = () => {
    issueHead.textContent = issues.length ? `Issues (${issues.length})` : 'Issues';
    if (!issues.length) {
      issueList.replaceChildren(el('li', { class: 'ok' }, '✓ No issues: the map is valid.'));
    } else {
      issueList.replaceChildren(
        ...issues.map((i) => {
          const tile = issueTile(live, i);
          const current = tile && highlight && tile.x === highlight.x && tile.y === highlight.y;
          return el(
            'li',
            {},
            el(
              'button',
              {
                class: current ? 'issue current' : 'issue',
                'data-path': i.path,
                title: tile ? `Show tile ${tile.x},${tile.y}` : formatIssue(i),
                onclick: () => {
                  highlight = tile;
                  if (tile) scrollToTile(tile);
                  renderAll();
                },
              },
              el('code', {}, `${i.path}${i.tile ? ` (tile ${i.tile.x},${i.tile.y})` : ''}`),
              i.message,
            ),
          );
        }),
      );
    }
    playBtn.disabled = issues.length > 0;
    why.textContent = issues.length
      ? `Play-test is off until the map is valid: fix the ${issues.length === 1 ? 'issue' : `${issues.length} issues`} below.`
      : '';
    undoBtn.disabled = !hist.past.length;
    redoBtn.disabled = !hist.future.length;
  };
  const scrollToTile = (t: Point) => {
    const x = canvas.offsetLeft + t.x * cell - view.clientWidth / 2;
    const y = canvas.offsetTop + t.y * cell - view.clientHeight / 2;
    view.scrollTo({ left: x, top: y });
  };
  const syncFields = () => {
    const set = (inp: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, v: string) => {
      if (document.activeElement !== inp && inp.value !== v) inp.value = v;
    };
    set(idIn, live.id);
    set(nameIn, live.name);
    set(authorIn, live.author ?? '');
    set(descIn, live.description);
    set(wIn, String(live.width));
    set(hIn, String(live.height));
    set(sealIn, String(live.sealTurns));
    set(limitIn, live.turnLimit === undefined ? '' : String(live.turnLimit));
    set(objSelect, live.objective.kind);
  };
  const renderPanels = () => {
    renderTools();
    renderToolOptions();
    renderInspector();
    renderIssues();
    syncFields();
    renderCanvas();
  };
  const renderAll = () => {
    renderPanels();
    renderStatus();
  };

  validate();
  renderAll();
  canvas.focus();
  return () => {
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('resize', onResize);
    if (frame) cancelAnimationFrame(frame);
    screen.remove();
  };
}
