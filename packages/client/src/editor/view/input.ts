import type { Point } from '@denizens/maps';
import { type MetaPatch, setMeta, setObjectiveKind } from '../editEntities';
import type { EditorMap } from '../editorMap';
import type { Intent } from '../intents';
import { looksLikeTiled, openMapText, openTiledText } from '../loadEditorMap';
import { resizeMap } from '../resizeMap';
import type { EditorState } from '../state';
import { keyIntent } from './keys';
import type { EditorDom } from './layout';

/**
 * DOM events → intents, through one callback. Reads the DOM (pointer position, field values, picked files) and
 * the state (the map's size, to find the tile under the pointer) but never changes either. Returns the unbinding.
 */
export function bindInput(d: EditorDom, state: () => EditorState, send: (i: Intent) => void): () => void {
  const { canvas, fields: f } = d;
  const tileOf = (e: PointerEvent | MouseEvent): Point | null => {
    const m = state().draft;
    const r = canvas.getBoundingClientRect();
    const x = Math.floor(((e.clientX - r.left) / r.width) * m.width);
    const y = Math.floor(((e.clientY - r.top) / r.height) * m.height);
    return x >= 0 && y >= 0 && x < m.width && y < m.height ? { x, y } : null;
  };
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('pointerdown', (e) => {
    const p = tileOf(e);
    if (!p || state().drag) return;
    canvas.focus();
    canvas.setPointerCapture(e.pointerId);
    send({ kind: 'press', at: p, right: e.button === 2, alt: e.altKey });
  });
  canvas.addEventListener('pointermove', (e) => send({ kind: 'hover', at: tileOf(e) }));
  canvas.addEventListener('pointerup', () => send({ kind: 'release' }));
  canvas.addEventListener('pointercancel', () => send({ kind: 'release' }));
  canvas.addEventListener('pointerleave', () => {
    if (document.activeElement !== canvas) send({ kind: 'hover', at: null }); // else keep the keyboard cursor
  });

  const onKey = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement | null;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    const intent = keyIntent({
      key: e.key,
      ctrl: e.ctrlKey || e.metaKey,
      shift: e.shiftKey,
      alt: e.altKey,
      onGrid: document.activeElement === canvas,
      cell: Number(canvas.dataset.cell) || 24,
    });
    if (!intent) return;
    e.preventDefault();
    send(intent);
  };
  window.addEventListener('keydown', onKey);

  // map fields: each change is one edit (one undo step)
  const edit = (fn: (m: EditorMap) => EditorMap) => send({ kind: 'edit', edit: fn });
  const meta = (patch: MetaPatch) => edit((m) => setMeta(m, patch));
  const whole = (v: string, min: number, max: number, fallback: number) => {
    const n = Math.round(Number(v));
    return Math.min(max, Math.max(min, Number.isFinite(n) ? n : fallback));
  };
  f.id.addEventListener('change', () => meta({ id: f.id.value.trim() }));
  f.name.addEventListener('change', () => meta({ name: f.name.value }));
  f.author.addEventListener('change', () => meta({ author: f.author.value.trim() || undefined }));
  f.description.addEventListener('change', () => meta({ description: f.description.value }));
  f.sealTurns.addEventListener('change', () => meta({ sealTurns: whole(f.sealTurns.value, 1, 99, 3) }));
  f.turnLimit.addEventListener('change', () => {
    const v = f.turnLimit.value.trim();
    meta({ turnLimit: v === '' || !Number.isFinite(Number(v)) ? undefined : whole(v, 1, 999, 1) });
  });
  f.objective.addEventListener('change', () =>
    edit((m) => setObjectiveKind(m, f.objective.value as 'cell' | 'reach' | 'eliminate')),
  );
  for (const inp of [f.width, f.height])
    inp.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') edit((m) => resizeMap(m, Number(f.width.value), Number(f.height.value)));
    });
  d.seedIn.addEventListener('change', () => send({ kind: 'seed', seed: d.seedIn.value }));

  // import: a map JSON, or a Tiled map picked together with its external tilesets
  d.fileInput.addEventListener('change', async () => {
    const files = [...(d.fileInput.files ?? [])];
    d.fileInput.value = '';
    if (!files.length) return;
    const texts = new Map<string, string>();
    for (const file of files) texts.set(file.name, await file.text());
    const main = files.find((x) => /\.tmj$/i.test(x.name)) ?? files.find((x) => !/\.tsj$/i.test(x.name)) ?? files[0]!;
    const text = texts.get(main.name)!;
    const tiled = /\.tmj$/i.test(main.name) || looksLikeTiled(text);
    send({ kind: 'open', load: tiled ? openTiledText(text, main.name, texts) : openMapText(text, main.name) });
  });

  return () => window.removeEventListener('keydown', onKey);
}
