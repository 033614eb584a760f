import type { Point } from '@denizens/maps';
import { css, PALETTE } from '../render/palette';
import { drawTile } from './drawTile';
import { heightAt } from './editHeights';
import { type EditorMap, terrainAt } from './editorMap';

export interface EditorOverlay {
  cell: number;
  hover: Point | null;
  /** A rectangle being dragged (rect fill or breachable area). */
  dragRect: { a: Point; b: Point; colour: string } | null;
  selectedUnit: string | null;
  selectedStrike: number;
  /** The pre-placed breach whose timer is being edited. */
  selectedBreach: Point | null;
  /** Tiles named by validation issues. */
  issueTiles: readonly Point[];
  /** The tile of the issue the author clicked. */
  highlight: Point | null;
}

type Box = { x: number; y: number; w: number; h: number };

const SQUAD = css(PALETTE.squad);
const LGF = css(PALETTE.lgf);
const DANGER = css(PALETTE.danger);
const DASH = css(PALETTE.dash);

/** Draws the whole map top-down on a Canvas 2D context (a few thousand rectangles: fast enough to redraw). */
export function drawEditor(ctx: CanvasRenderingContext2D, m: EditorMap, o: EditorOverlay): void {
  const c = o.cell;
  const W = m.width * c;
  const H = m.height * c;
  ctx.save();
  ctx.clearRect(0, 0, W, H);
  ctx.fillStyle = '#05070d';
  ctx.fillRect(0, 0, W, H);
  for (let y = 0; y < m.height; y++) for (let x = 0; x < m.width; x++) drawTile(ctx, terrainAt(m, x, y), x, y, c);
  if (m.heights) drawHeights(ctx, m, c);
  // map lights: a warm glow and a small lamp in the tile's top-right corner
  for (const l of m.lights) {
    ctx.fillStyle = 'rgba(255,236,160,0.16)';
    ctx.fillRect(l.x * c, l.y * c, c, c);
    lamp(ctx, l.x * c + c * 0.76, l.y * c + c * 0.24, Math.max(2, c * 0.11));
  }
  // grid
  ctx.strokeStyle = 'rgba(0,0,0,0.45)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let x = 0; x <= m.width; x++) {
    ctx.moveTo(x * c + 0.5, 0);
    ctx.lineTo(x * c + 0.5, H);
  }
  for (let y = 0; y <= m.height; y++) {
    ctx.moveTo(0, y * c + 0.5);
    ctx.lineTo(W, y * c + 0.5);
  }
  ctx.stroke();
  if (c >= 12) {
    ctx.strokeStyle = 'rgba(140,170,220,0.18)';
    ctx.beginPath();
    for (let x = 0; x <= m.width; x += 8) {
      ctx.moveTo(x * c + 0.5, 0);
      ctx.lineTo(x * c + 0.5, H);
    }
    for (let y = 0; y <= m.height; y += 8) {
      ctx.moveTo(0, y * c + 0.5);
      ctx.lineTo(W, y * c + 0.5);
    }
    ctx.stroke();
  }

  // breachable hull areas: dashed yellow outlines
  ctx.setLineDash([Math.max(2, c / 5), Math.max(2, c / 6)]);
  ctx.lineWidth = 2;
  ctx.strokeStyle = DASH;
  for (const r of m.breachable ?? []) ctx.strokeRect(r.x * c + 2, r.y * c + 2, r.w * c - 4, r.h * c - 4);
  ctx.setLineDash([]);

  // objective
  const obj = m.objective;
  const objTiles = obj.kind === 'cell' ? [obj] : obj.kind === 'reach' ? obj.tiles : [];
  for (const t of objTiles) {
    ctx.fillStyle = 'rgba(125,255,208,0.28)';
    ctx.fillRect(t.x * c, t.y * c, c, c);
    ctx.strokeStyle = '#7dffd0';
    ctx.lineWidth = 2;
    ctx.strokeRect(t.x * c + 1, t.y * c + 1, c - 2, c - 2);
    star(ctx, t.x * c + c / 2, t.y * c + c / 2, c * 0.3, '#7dffd0');
  }

  // pre-placed breaches: an open diamond
  for (const b of m.breaches) {
    const cx = b.x * c + c / 2;
    const cy = b.y * c + c / 2;
    const sel = o.selectedBreach !== null && o.selectedBreach.x === b.x && o.selectedBreach.y === b.y;
    diamond(ctx, cx, cy, c * 0.42, '#1a0c04', sel ? DASH : '#ffb060', sel ? 3 : 2);
  }

  // breach timers beside them: turns until it seals (dimmer when it follows the map's sealTurns)
  for (const b of m.breaches) {
    const own = b.sealsIn !== undefined;
    const text = `${c >= 28 ? 'seals ' : ''}${b.sealsIn ?? m.sealTurns}`;
    label(
      ctx,
      text,
      b.x * c + c * 0.7,
      Math.max(0, b.y * c - c * 0.1),
      own ? '#ffd0a0' : '#a89888',
      own ? '#ffb060' : '#6a5a50',
      c,
      'left',
    );
  }

  // strikes: the square of tiles within their Chebyshev radius, labelled with the turn
  m.strikes.forEach((s, i) => {
    const x0 = Math.max(0, s.x - s.radius);
    const y0 = Math.max(0, s.y - s.radius);
    const x1 = Math.min(m.width - 1, s.x + s.radius);
    const y1 = Math.min(m.height - 1, s.y + s.radius);
    ctx.fillStyle = 'rgba(213,94,0,0.22)';
    ctx.fillRect(x0 * c, y0 * c, (x1 - x0 + 1) * c, (y1 - y0 + 1) * c);
    ctx.strokeStyle = i === o.selectedStrike ? DASH : DANGER;
    ctx.lineWidth = i === o.selectedStrike ? 3 : 2;
    ctx.strokeRect(x0 * c + 1, y0 * c + 1, (x1 - x0 + 1) * c - 2, (y1 - y0 + 1) * c - 2);
    // crosshair on the target tile
    const cx = s.x * c + c / 2;
    const cy = s.y * c + c / 2;
    ctx.beginPath();
    ctx.moveTo(cx - c * 0.35, cy);
    ctx.lineTo(cx + c * 0.35, cy);
    ctx.moveTo(cx, cy - c * 0.35);
    ctx.lineTo(cx, cy + c * 0.35);
    ctx.stroke();
    label(ctx, `T${s.turn}`, x0 * c + 2, y0 * c + 2, '#ffd0a0', DANGER, c, 'left');
  });

  // patrol routes: dashed lines from the spawn through every waypoint and back to the first
  for (const e of m.enemies) {
    if (!e.patrol.length) continue;
    const sel = e.id === o.selectedUnit;
    ctx.strokeStyle = sel ? DASH : 'rgba(230,159,0,0.85)';
    ctx.lineWidth = sel ? 3 : 2;
    ctx.setLineDash([Math.max(3, c / 4), Math.max(2, c / 6)]);
    ctx.beginPath();
    ctx.moveTo(e.x * c + c / 2, e.y * c + c / 2);
    for (const p of e.patrol) ctx.lineTo(p.x * c + c / 2, p.y * c + c / 2);
    if (e.patrol.length > 1) ctx.lineTo(e.patrol[0]!.x * c + c / 2, e.patrol[0]!.y * c + c / 2);
    ctx.stroke();
    ctx.setLineDash([]);
    e.patrol.forEach((p, i) => {
      ctx.fillStyle = sel ? DASH : LGF;
      ctx.beginPath();
      ctx.arc(p.x * c + c / 2, p.y * c + c / 2, Math.max(3, c * 0.18), 0, Math.PI * 2);
      ctx.fill();
      if (c >= 18) {
        ctx.fillStyle = '#000';
        ctx.font = `700 ${Math.round(c * 0.26)}px system-ui, sans-serif`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(String(i + 1), p.x * c + c / 2, p.y * c + c / 2 + 0.5);
      }
    });
  }

  // units: squad circles (blue), LGF diamonds (orange), ids underneath
  for (const u of m.squad) {
    const cx = u.x * c + c / 2;
    const cy = u.y * c + c / 2;
    ctx.fillStyle = SQUAD;
    ctx.strokeStyle = u.id === o.selectedUnit ? DASH : '#0b1a2a';
    ctx.lineWidth = u.id === o.selectedUnit ? 3 : 2;
    ctx.beginPath();
    ctx.arc(cx, cy, c * 0.36, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    initial(ctx, u.name.slice(0, 1).toUpperCase(), cx, cy, c);
  }
  for (const e of m.enemies) {
    const cx = e.x * c + c / 2;
    const cy = e.y * c + c / 2;
    const sel = e.id === o.selectedUnit;
    diamond(ctx, cx, cy, c * 0.42, LGF, sel ? DASH : '#2a1a00', sel ? 3 : 2);
    initial(ctx, e.type.slice(0, 1).toUpperCase(), cx, cy, c);
  }
  // id labels under the units; where they would overlap, the selected and hovered unit win, the rest keep their
  // initial (the status line names the unit under the pointer)
  const taken: Box[] = [];
  const onTile = (u: Point, p: Point | null) => p !== null && u.x === p.x && u.y === p.y;
  const labelled = [
    ...m.squad.map((u) => ({ u, text: '#dff0ff', border: SQUAD })),
    ...m.enemies.map((u) => ({ u, text: '#fff0d0', border: LGF })),
  ].sort(
    (a, b) =>
      Number(b.u.id === o.selectedUnit) - Number(a.u.id === o.selectedUnit) ||
      Number(onTile(b.u, o.hover)) - Number(onTile(a.u, o.hover)),
  );
  const marker = (u: Point): Box => ({ x: u.x * c + c * 0.12, y: u.y * c + c * 0.12, w: c * 0.76, h: c * 0.76 });
  for (const { u, text, border } of labelled) {
    // a label never covers another unit's marker
    const n = taken.length;
    for (const l of labelled) if (l.u !== u) taken.push(marker(l.u));
    const drawn = label(ctx, u.id, u.x * c + c / 2, u.y * c + c * 0.9, text, border, c, 'center', taken);
    const mine = drawn ? taken.pop() : undefined;
    taken.length = n;
    if (mine) taken.push(mine);
  }

  // validation issues and the chosen one
  ctx.strokeStyle = DANGER;
  ctx.lineWidth = 2;
  for (const t of o.issueTiles) {
    ctx.beginPath();
    ctx.moveTo(t.x * c + 2, t.y * c + 2);
    ctx.lineTo(t.x * c + c - 2, t.y * c + c - 2);
    ctx.moveTo(t.x * c + c - 2, t.y * c + 2);
    ctx.lineTo(t.x * c + 2, t.y * c + c - 2);
    ctx.stroke();
    ctx.strokeRect(t.x * c + 1, t.y * c + 1, c - 2, c - 2);
  }
  if (o.highlight) {
    const t = o.highlight;
    ctx.strokeStyle = DASH;
    ctx.lineWidth = 3;
    ctx.strokeRect(t.x * c - 3, t.y * c - 3, c + 6, c + 6);
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 1;
    ctx.strokeRect(t.x * c - 5, t.y * c - 5, c + 10, c + 10);
  }
  if (o.dragRect) {
    const { a, b, colour } = o.dragRect;
    const x0 = Math.min(a.x, b.x);
    const y0 = Math.min(a.y, b.y);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2;
    ctx.setLineDash([4, 3]);
    ctx.strokeRect(x0 * c + 1, y0 * c + 1, (Math.abs(a.x - b.x) + 1) * c - 2, (Math.abs(a.y - b.y) + 1) * c - 2);
    ctx.setLineDash([]);
  }
  if (o.hover) {
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.lineWidth = 1;
    ctx.strokeRect(o.hover.x * c + 0.5, o.hover.y * c + 0.5, c - 1, c - 1);
  }
  ctx.restore();
}

/** Raised tiles: lighter the higher they are, with the level as a small digit in the bottom-right corner. */
function drawHeights(ctx: CanvasRenderingContext2D, m: EditorMap, c: number): void {
  ctx.font = `700 ${Math.max(8, Math.round(c * 0.34))}px system-ui, sans-serif`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  for (let y = 0; y < m.height; y++) {
    for (let x = 0; x < m.width; x++) {
      const h = heightAt(m, x, y);
      if (!h) continue;
      ctx.fillStyle = `rgba(190,215,255,${(0.06 + h * 0.035).toFixed(3)})`;
      ctx.fillRect(x * c, y * c, c, c);
      ctx.fillStyle = 'rgba(210,230,255,0.55)';
      ctx.fillRect(x * c, y * c, c, Math.max(1, c / 12));
      if (c < 12) continue;
      ctx.fillStyle = '#000';
      ctx.fillText(String(h), x * c + c - 1, y * c + c);
      ctx.fillStyle = '#e8f0ff';
      ctx.fillText(String(h), x * c + c - 2, y * c + c - 1);
    }
  }
}

/** A small lamp: a yellow bulb with eight short rays. */
function lamp(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number): void {
  ctx.strokeStyle = '#ffe08a';
  ctx.lineWidth = Math.max(1, r / 2.5);
  ctx.beginPath();
  for (let i = 0; i < 8; i++) {
    const a = (i * Math.PI) / 4;
    ctx.moveTo(cx + Math.cos(a) * r * 1.5, cy + Math.sin(a) * r * 1.5);
    ctx.lineTo(cx + Math.cos(a) * r * 2.2, cy + Math.sin(a) * r * 2.2);
  }
  ctx.stroke();
  ctx.fillStyle = '#ffe08a';
  ctx.strokeStyle = '#3a2a00';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
}

function initial(ctx: CanvasRenderingContext2D, ch: string, cx: number, cy: number, c: number): void {
  if (c < 14) return;
  ctx.fillStyle = '#05070d';
  ctx.font = `800 ${Math.round(c * 0.38)}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(ch, cx, cy + 1);
}

function label(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  colour: string,
  border: string,
  c: number,
  align: 'left' | 'center',
  taken?: Box[],
): boolean {
  if (c < 10) return false;
  const size = Math.max(9, Math.min(13, Math.round(c * 0.36)));
  ctx.font = `700 ${size}px system-ui, sans-serif`;
  const w = ctx.measureText(text).width + 6;
  const h = size + 4;
  // stay on the canvas: labels of units on the bottom row go above them, edge labels slide inwards
  const left = Math.max(0, Math.min(ctx.canvas.width - w, align === 'center' ? x - w / 2 : x));
  const top = align === 'center' && y + h > ctx.canvas.height ? y - c * 0.8 - h : y;
  if (taken) {
    const box = { x: left, y: top, w, h };
    if (taken.some((t) => t.x < box.x + box.w && box.x < t.x + t.w && t.y < box.y + box.h && box.y < t.y + t.h))
      return false;
    taken.push(box);
  }
  ctx.fillStyle = 'rgba(0,0,0,0.78)';
  ctx.fillRect(left, top, w, h);
  ctx.strokeStyle = border;
  ctx.lineWidth = 1;
  ctx.strokeRect(left + 0.5, top + 0.5, w - 1, h - 1);
  ctx.fillStyle = colour;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillText(text, left + 3, top + 2);
  return true;
}

/** A filled and outlined diamond of half-width r around (cx, cy): pre-placed breaches and LGF units. */
function diamond(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  r: number,
  fill: string,
  stroke: string,
  width: number,
): void {
  ctx.fillStyle = fill;
  ctx.strokeStyle = stroke;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.moveTo(cx, cy - r);
  ctx.lineTo(cx + r, cy);
  ctx.lineTo(cx, cy + r);
  ctx.lineTo(cx - r, cy);
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
}

function star(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number, colour: string): void {
  ctx.fillStyle = colour;
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.45 : r;
    ctx.lineTo(cx + Math.cos(a) * rr, cy + Math.sin(a) * rr);
  }
  ctx.closePath();
  ctx.fill();
}
