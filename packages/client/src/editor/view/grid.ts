import type { Point } from '@denizens/maps';
import { drawEditor } from '../drawEditor';
import { breachAt, strikeAt, unitAt } from '../editEntities';
import { heightAt } from '../editHeights';
import { lightAt } from '../editLights';
import { terrainAt } from '../editorMap';
import type { EditorState } from '../state';
import { toolOf } from '../tools';
import type { EditorDom } from './layout';

/**
 * Sizes the grid's canvas for the state (to fit the view, or at the zoom chosen with + and −) and labels it with
 * its cell size and tile counts; returns the cell size. Done at once on a change, so the canvas always says the
 * size of the map in the state (the drawing itself waits for the next frame).
 */
export function sizeGrid(d: EditorDom, s: EditorState): number {
  const { canvas, view } = d;
  const m = s.draft;
  const fit = Math.floor(Math.min((view.clientWidth - 24) / m.width, (view.clientHeight - 40) / m.height));
  const cell = s.zoom || Math.max(6, Math.min(48, fit || 24));
  const w = m.width * cell;
  const h = m.height * cell;
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  canvas.dataset.cell = String(cell);
  canvas.dataset.width = String(m.width);
  canvas.dataset.height = String(m.height);
  canvas.setAttribute(
    'aria-label',
    `Map grid, ${m.width} by ${m.height} tiles: ${m.squad.length} pilots, ${m.enemies.length} enemies, ${m.strikes.length} strikes. Tool: ${s.tool}.`,
  );
  return cell;
}

/** Draws the top-down grid for the state. */
export function paintGrid(d: EditorDom, s: EditorState): void {
  const cell = sizeGrid(d, s);
  const m = s.draft;
  const ctx = d.canvas.getContext('2d');
  if (!ctx) return;
  drawEditor(ctx, m, {
    cell,
    hover: s.hover,
    dragRect:
      s.drag?.kind === 'rect' ? { a: s.drag.a, b: s.drag.b, colour: s.tool === 'area' ? '#f0e442' : '#ffffff' } : null,
    selectedUnit: s.selUnit,
    selectedStrike: s.selStrike,
    selectedBreach: s.selBreach,
    issueTiles: s.issues.flatMap((i) => (i.tile ? [i.tile] : [])),
    highlight: s.highlight,
  });
}

/** The status line: what is on the tile under the pointer, then the note or the tool's hint. */
export function statusText(s: EditorState): string {
  const m = s.draft;
  const p = s.hover;
  let where = '';
  if (p) {
    const u = unitAt(m, p);
    const k = strikeAt(m, p);
    const b = m.breaches[breachAt(m, p)];
    const hgt = heightAt(m, p.x, p.y);
    const t = terrainAt(m, p.x, p.y);
    const kind = t === 'unknown' ? `unknown code ${JSON.stringify(m.terrain[p.y]![p.x])}` : t;
    where = `${p.x},${p.y} ${kind}${hgt ? ` · height ${hgt}` : ''}${lightAt(m, p) ? ' · light' : ''}${u ? ` · ${u.id}` : ''}${k >= 0 ? ` · strike T${m.strikes[k]!.turn}` : ''}${b ? ` · breach seals in ${b.sealsIn ?? m.sealTurns}` : ''} — `;
  }
  return `${where}${s.note || toolOf(s.tool).hint}`;
}

/** Scrolls the grid so a tile is in the middle of the view. */
export function scrollToTile(d: EditorDom, t: Point): void {
  const cell = Number(d.canvas.dataset.cell) || 24;
  const x = d.canvas.offsetLeft + t.x * cell - d.view.clientWidth / 2;
  const y = d.canvas.offsetTop + t.y * cell - d.view.clientHeight / 2;
  d.view.scrollTo({ left: x, top: y });
}
