import type { Texture } from 'pixi.js';
import { HALF_H, HALF_W } from '../iso/constants';
import { tileToScreen } from '../iso/tileToScreen';
import { drawCanvas } from './drawCanvas';
import { PALETTE } from './palette';

/** Largest side of the ground canvas; bigger maps are painted at a reduced scale. */
const MAX_SIDE = 4096;
const SKIRT = 26;
const TOP_ROOM = 72;

/** A static object on a tile (wall, hull, heap), painted into the ground canvas. */
export interface StaticObject {
  i: number;
  x: number;
  y: number;
  texture: Texture;
  anchorY: number;
  depth: number;
  /** Cut away (translucent) when it would hide the selected unit or the cursor. */
  wall: boolean;
}

/** Where a strike landed: a crater at its centre, scorch on the tiles around it (kept for the rest of the game). */
export interface StrikeMark {
  x: number;
  y: number;
  radius: number;
}

/**
 * A still glow (a fire's light, a breach, a lit deck tile): painted into the ground canvas in the colour the WebGL
 * sprite showed (its fog tint), `scale` of the glow image wide and half as high.
 */
export interface GroundGlow {
  sx: number;
  sy: number;
  alpha: number;
  scale: number;
  colour: number;
}

/** What the ground canvas paints over the floor and the static objects: still glows, then lingering dust. */
export interface GroundLights {
  glows: readonly GroundGlow[];
  /** The glow image (a white blob). */
  glowImage: CanvasImageSource & { width: number; height: number };
  /** Tiles with lingering dust that the squad sees. */
  dust: readonly { x: number; y: number }[];
  /** The dust puff image (a white blob, tinted dust). */
  puffImage: CanvasImageSource & { width: number; height: number };
}

export interface FloorTile {
  x: number;
  y: number;
  texture: Texture;
}

/**
 * The static floor, painted once with Canvas 2D into a DOM canvas that sits under the transparent
 * WebGL canvas and follows the camera with a CSS transform. In headless Chromium's software WebGL
 * every screen-sized textured quad costs ~50 ms a frame; the browser's compositor moves a canvas
 * layer for almost nothing, so the big static layers (sky, floor, fog) live here, and WebGL only
 * draws units, pulsing lights and effects. Everything that stands still is painted here: the floor, the fog, the
 * walls, the still glows and the lingering dust (each translucent WebGL sprite costs SwiftShader its area in every
 * frame drawn; painted here it costs nothing until the canvas is composed again).
 */
export class GroundLayer {
  readonly canvas = document.createElement('canvas');
  private base = document.createElement('canvas');
  private originX = 0;
  private originY = 0;
  private scale = 1;
  private width = 0;
  private height = 0;
  private lastTransform = '';

  constructor(parent: HTMLElement) {
    const c = this.canvas;
    c.className = 'ground';
    c.style.cssText = 'position:absolute;left:0;top:0;transform-origin:0 0;will-change:transform;pointer-events:none';
    parent.prepend(c);
  }

  /** Paints the floor tiles and the earth/hull cut faces along the two front edges. */
  paint(
    width: number,
    height: number,
    tiles: readonly FloorTile[],
    skirt: { left: number; right: number } | null,
    marks: readonly StrikeMark[] = [],
  ): void {
    this.width = width;
    this.height = height;
    this.originX = -height * HALF_W - 4;
    // room above the top row for the tallest blocks standing on it
    this.originY = -HALF_H - TOP_ROOM;
    const w = (width + height) * HALF_W + 8;
    const h = (width + height) * HALF_H + SKIRT + TOP_ROOM + 4;
    this.scale = Math.min(1, MAX_SIDE / Math.max(w, h));
    for (const c of [this.base, this.canvas]) {
      c.width = Math.ceil(w * this.scale);
      c.height = Math.ceil(h * this.scale);
    }
    const ctx = this.base.getContext('2d')!;
    ctx.setTransform(this.scale, 0, 0, this.scale, -this.originX * this.scale, -this.originY * this.scale);
    for (const t of tiles) {
      const src = t.texture.source.resource as CanvasImageSource & { width: number; height: number };
      const p = tileToScreen(t.x, t.y);
      ctx.drawImage(src, p.sx - src.width / 2, p.sy - src.height / 2);
    }
    for (const m of marks) paintStrikeMark(ctx, m, width, height);
    this.marks = marks.length;
    if (skirt) this.paintSkirt(ctx, tiles, skirt);
    this.lastTransform = '';
  }

  /** How many strike marks (craters with their scorch) the floor shows. */
  marks = 0;

  private paintSkirt(
    ctx: CanvasRenderingContext2D,
    tiles: readonly FloorTile[],
    colours: { left: number; right: number },
  ): void {
    const face = (x0: number, y0: number, x1: number, y1: number, colour: number) => {
      ctx.fillStyle = `#${colour.toString(16).padStart(6, '0')}`;
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
      ctx.lineTo(x1, y1 + SKIRT);
      ctx.lineTo(x0, y0 + SKIRT);
      ctx.closePath();
      ctx.fill();
      ctx.strokeStyle = 'rgba(0,0,0,0.35)';
      ctx.beginPath();
      for (let k = 1; k < 3; k++) {
        ctx.moveTo(x0, y0 + (SKIRT * k) / 3);
        ctx.lineTo(x1, y1 + (SKIRT * k) / 3);
      }
      ctx.stroke();
    };
    for (const t of tiles) {
      const p = tileToScreen(t.x, t.y);
      if (t.x === this.width - 1) face(p.sx + HALF_W, p.sy, p.sx, p.sy + HALF_H, colours.right);
      if (t.y === this.height - 1) face(p.sx, p.sy + HALF_H, p.sx - HALF_W, p.sy, colours.left);
    }
  }

  /**
   * Copies the floor, darkens it by fog of war (0 never seen: dark, 1 remembered: dim, 2 visible),
   * then paints the static objects back to front (dimmed in fog, translucent where cut away), the still
   * glows over them and the lingering dust on top.
   */
  compose(
    state: Uint8Array,
    statics: readonly StaticObject[],
    cut: ReadonlySet<number>,
    danger: ReadonlySet<number> = new Set(),
    lights: GroundLights | null = null,
  ): void {
    const ctx = this.canvas.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.drawImage(this.base, 0, 0);
    ctx.setTransform(this.scale, 0, 0, this.scale, -this.originX * this.scale, -this.originY * this.scale);
    // remembered tiles dim; never-seen tiles darker still: their shape is known, what stands there is not
    for (const [st, fill] of [
      [1, 'rgba(3,4,10,0.55)'],
      [0, 'rgba(3,4,10,0.78)'],
    ] as const) {
      ctx.fillStyle = fill;
      ctx.beginPath();
      for (let y = 0; y < this.height; y++) {
        for (let x = 0; x < this.width; x++) {
          if (state[y * this.width + x] !== st) continue;
          const p = tileToScreen(x, y);
          diamondPathInto(ctx, p.sx, p.sy);
          if (st === 0 && (x === this.width - 1 || y === this.height - 1))
            ctx.rect(p.sx - HALF_W - 1, p.sy, HALF_W * 2 + 2, HALF_H + SKIRT + 1);
        }
      }
      ctx.fill();
    }
    ctx.globalCompositeOperation = 'source-over';
    for (const o of statics) {
      const st = state[o.i] ?? 2;
      const src = o.texture.source.resource as HTMLCanvasElement;
      // a wall a telegraphed strike will hit glows danger orange (never cut away, see Scene.cutAway)
      const img = danger.has(o.i) ? dimmed(src, DANGER) : st === 2 ? src : dimmed(src, st === 0 ? UNSEEN_DIM : FOG_DIM);
      const p = tileToScreen(o.x, o.y);
      ctx.globalAlpha = cut.has(o.i) ? 0.28 : 1;
      ctx.drawImage(img, p.sx - src.width / 2, p.sy - o.anchorY * src.height);
    }
    if (lights) paintLights(ctx, lights);
    ctx.globalAlpha = 1;
  }

  /** Follows the camera: the world layer's offset and zoom, in CSS pixels. */
  follow(offsetX: number, offsetY: number, zoom: number): void {
    const k = zoom / this.scale;
    const t = `translate(${Math.round(offsetX + this.originX * zoom)}px,${Math.round(offsetY + this.originY * zoom)}px) scale(${k})`;
    if (t !== this.lastTransform) {
      this.canvas.style.transform = t;
      this.lastTransform = t;
    }
  }

  destroy(): void {
    this.canvas.remove();
  }
}

/** Soot over the blast (darker toward the centre, ragged by tile) and a crater with embers at its centre. */
function paintStrikeMark(ctx: CanvasRenderingContext2D, m: StrikeMark, width: number, height: number): void {
  for (let y = m.y - m.radius; y <= m.y + m.radius; y++) {
    for (let x = m.x - m.radius; x <= m.x + m.radius; x++) {
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const p = tileToScreen(x, y);
      const h = ((x * 73856093) ^ (y * 19349663)) >>> 0;
      const centre = x === m.x && y === m.y;
      const r = centre ? 30 : 20 + (h % 8);
      const g = ctx.createRadialGradient(p.sx, p.sy, 1, p.sx, p.sy, r);
      g.addColorStop(0, `rgba(8,6,5,${centre ? 0.75 : 0.45 + (h % 5) / 40})`);
      g.addColorStop(1, 'rgba(8,6,5,0)');
      ctx.save();
      ctx.translate(p.sx + ((h >> 3) % 9) - 4, p.sy + ((h >> 7) % 5) - 2);
      ctx.scale(1, 0.5);
      ctx.translate(-p.sx, -p.sy);
      ctx.fillStyle = g;
      ctx.fillRect(p.sx - r, p.sy - r, r * 2, r * 2);
      ctx.restore();
    }
  }
  // the crater: a dark bowl with a lighter rim and a few embers
  const c = tileToScreen(m.x, m.y);
  ctx.save();
  ctx.translate(c.sx, c.sy);
  ctx.scale(1, 0.5);
  const bowl = ctx.createRadialGradient(0, 0, 2, 0, 0, 20);
  bowl.addColorStop(0, 'rgba(3,2,3,0.95)');
  bowl.addColorStop(0.7, 'rgba(18,14,14,0.85)');
  bowl.addColorStop(0.85, 'rgba(90,80,76,0.55)');
  bowl.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = bowl;
  ctx.beginPath();
  ctx.arc(0, 0, 21, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  const h = ((m.x * 2654435761) ^ m.y) >>> 0;
  for (let i = 0; i < 5; i++) {
    ctx.fillStyle = `rgba(255,${120 + ((h >> i) % 90)},40,0.8)`;
    ctx.fillRect(c.sx + (((h >> (i * 3)) % 17) - 8), c.sy + (((h >> (i * 2 + 1)) % 7) - 3), 1.5, 1.5);
  }
}

/** Dust puffs: two a tile, as the WebGL puffs were (2.4 × 1.5 of the puff image, at their mean alpha). */
const PUFF_ALPHA = 0.28;
const PUFF_W = 2.4;
const PUFF_H = 1.5;

function paintLights(ctx: CanvasRenderingContext2D, l: GroundLights): void {
  const gw = l.glowImage.width;
  const gh = l.glowImage.height;
  for (const g of l.glows) {
    const w = gw * g.scale;
    const h = gh * g.scale * 0.5;
    ctx.globalAlpha = g.alpha;
    ctx.drawImage(tinted(l.glowImage, g.colour), g.sx - w / 2, g.sy - h / 2, w, h);
  }
  const pw = l.puffImage.width * PUFF_W;
  const ph = l.puffImage.height * PUFF_H;
  const puff = tinted(l.puffImage, PALETTE.dust);
  ctx.globalAlpha = PUFF_ALPHA;
  for (const t of l.dust) {
    const p = tileToScreen(t.x, t.y);
    for (let k = 0; k < 2; k++) ctx.drawImage(puff, p.sx + (k ? 8 : -8) - pw / 2, p.sy - 12 - k * 8 - ph / 2, pw, ph);
  }
}

const tints = new WeakMap<object, Map<number, HTMLCanvasElement>>();

/** A white image multiplied by a colour (what a WebGL tint does to it), kept per image and colour. */
function tinted(src: CanvasImageSource & { width: number; height: number }, colour: number): HTMLCanvasElement {
  let byColour = tints.get(src);
  if (!byColour) tints.set(src, (byColour = new Map()));
  let c = byColour.get(colour);
  if (!c) {
    c = drawCanvas(src.width, src.height, (ctx) => {
      ctx.drawImage(src, 0, 0);
      ctx.globalCompositeOperation = 'multiply';
      ctx.fillStyle = `#${colour.toString(16).padStart(6, '0')}`;
      ctx.fillRect(0, 0, src.width, src.height);
      // multiply fills the transparent parts too: keep the image's own alpha
      ctx.globalCompositeOperation = 'destination-in';
      ctx.drawImage(src, 0, 0);
    });
    byColour.set(colour, c);
  }
  return c;
}

function diamondPathInto(ctx: CanvasRenderingContext2D, cx: number, cy: number): void {
  ctx.moveTo(cx, cy - HALF_H - 0.5);
  ctx.lineTo(cx + HALF_W + 1, cy);
  ctx.lineTo(cx, cy + HALF_H + 0.5);
  ctx.lineTo(cx - HALF_W - 1, cy);
  ctx.closePath();
}

const dimCache = new WeakMap<HTMLCanvasElement, HTMLCanvasElement>();
const unseenCache = new WeakMap<HTMLCanvasElement, HTMLCanvasElement>();
const dangerCache = new WeakMap<HTMLCanvasElement, HTMLCanvasElement>();

/** A darkened copy of an object texture for remembered (not currently seen) tiles. */
const FOG_DIM = 'rgba(8,10,22,0.55)';
const UNSEEN_DIM = 'rgba(6,8,18,0.78)';
/** A wall in a telegraphed strike area. */
const DANGER = 'rgba(213,94,0,0.42)';

function dimmed(src: HTMLCanvasElement, fill: string): HTMLCanvasElement {
  const cache = fill === FOG_DIM ? dimCache : fill === DANGER ? dangerCache : unseenCache;
  let c = cache.get(src);
  if (!c) {
    c = drawCanvas(src.width, src.height, (ctx) => {
      ctx.drawImage(src, 0, 0);
      ctx.globalCompositeOperation = 'source-atop';
      ctx.fillStyle = fill;
      ctx.fillRect(0, 0, src.width, src.height);
    });
    cache.set(src, c);
  }
  return c;
}
