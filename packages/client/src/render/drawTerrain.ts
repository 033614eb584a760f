import { HALF_H, HALF_W, WALL_H } from '../iso/constants';
import { diamondPath, noise, rgb } from './drawCanvas';

/** Floor canvases are a little larger than a tile so neighbouring diamonds overlap without seams. */
export const FLOOR_W = HALF_W * 2 + 4;
export const FLOOR_H = HALF_H * 2 + 4;
const CX = FLOOR_W / 2;
const CY = FLOOR_H / 2;

function speckle(ctx: CanvasRenderingContext2D, rnd: () => number, base: number, n: number, spread: number): void {
  for (let i = 0; i < n; i++) {
    const x = CX + (rnd() - 0.5) * HALF_W * 2;
    const y = CY + (rnd() - 0.5) * HALF_H * 2;
    ctx.fillStyle = rgb(base, 1 + (rnd() - 0.5) * spread);
    ctx.fillRect(x, y, 1 + Math.floor(rnd() * 2), 1);
  }
}

function clipTile(ctx: CanvasRenderingContext2D): void {
  diamondPath(ctx, CX, CY, HALF_W + 1, HALF_H + 0.5);
  ctx.clip();
}

/** Cracked night asphalt and earth, lit by the moon. */
export function drawGround(ctx: CanvasRenderingContext2D, seed: number): void {
  const rnd = noise(seed);
  clipTile(ctx);
  const base = [0x2c3240, 0x2f3442, 0x2a2f3b][seed % 3]!;
  const g = ctx.createLinearGradient(0, 0, FLOOR_W, FLOOR_H);
  g.addColorStop(0, rgb(base, 1.12));
  g.addColorStop(1, rgb(base, 0.86));
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, FLOOR_W, FLOOR_H);
  speckle(ctx, rnd, base, 90, 0.5);
  ctx.strokeStyle = 'rgba(10,12,18,0.7)';
  ctx.lineWidth = 1;
  for (let k = 0; k < 2; k++) {
    ctx.beginPath();
    let x = CX + (rnd() - 0.5) * 40;
    let y = CY + (rnd() - 0.5) * 16;
    ctx.moveTo(x, y);
    for (let s = 0; s < 4; s++) {
      x += (rnd() - 0.5) * 16;
      y += (rnd() - 0.5) * 8;
      ctx.lineTo(x, y);
    }
    ctx.stroke();
  }
  if (seed % 4 === 1) {
    // a puddle catching the moonlight
    ctx.fillStyle = 'rgba(120,140,200,0.22)';
    ctx.beginPath();
    ctx.ellipse(CX + (rnd() - 0.5) * 16, CY + (rnd() - 0.5) * 6, 9, 3.5, 0, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = 'rgba(160,180,230,0.10)';
  diamondPath(ctx, CX, CY, HALF_W - 0.5, HALF_H - 0.5);
  ctx.stroke();
}

function chunk(ctx: CanvasRenderingContext2D, rnd: () => number, x: number, y: number, r: number, base: number): void {
  ctx.beginPath();
  const n = 5 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    const rr = r * (0.6 + rnd() * 0.5);
    const px = x + Math.cos(a) * rr;
    const py = y + Math.sin(a) * rr * 0.6;
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
  ctx.fillStyle = rgb(base, 0.8 + rnd() * 0.5);
  ctx.fill();
  ctx.fillStyle = 'rgba(190,200,235,0.18)';
  ctx.fillRect(x - r * 0.4, y - r * 0.45, r * 0.7, 1);
}

/** Broken concrete and brick spread over the ground. */
export function drawRubbleFloor(ctx: CanvasRenderingContext2D, seed: number): void {
  drawGround(ctx, seed + 7);
  const rnd = noise(seed * 31 + 5);
  for (let i = 0; i < 16; i++) {
    const x = CX + (rnd() - 0.5) * HALF_W * 1.5;
    const y = CY + (rnd() - 0.5) * HALF_H * 1.3;
    chunk(ctx, rnd, x, y, 2 + rnd() * 3, rnd() < 0.4 ? 0x5a4438 : 0x4a4e58);
  }
}

/** A shell crater: scorched bowl, thrown-up rim, a few embers. */
export function drawCrater(ctx: CanvasRenderingContext2D, seed: number): void {
  drawGround(ctx, seed + 3);
  const rnd = noise(seed * 17 + 9);
  const g = ctx.createRadialGradient(CX, CY, 2, CX, CY, 24);
  g.addColorStop(0, 'rgba(5,4,6,0.95)');
  g.addColorStop(0.55, 'rgba(20,16,16,0.85)');
  g.addColorStop(0.8, 'rgba(70,60,60,0.5)');
  g.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.save();
  ctx.scale(1, 0.5);
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(CX, CY * 2, 26, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  for (let i = 0; i < 10; i++) {
    const a = rnd() * Math.PI * 2;
    chunk(ctx, rnd, CX + Math.cos(a) * 20, CY + Math.sin(a) * 10, 2 + rnd() * 2, 0x4b4748);
  }
  for (let i = 0; i < 6; i++) {
    ctx.fillStyle = `rgba(255,${120 + Math.floor(rnd() * 80)},40,${0.5 + rnd() * 0.5})`;
    ctx.fillRect(CX + (rnd() - 0.5) * 18, CY + (rnd() - 0.5) * 7, 1.5, 1.5);
  }
}

/** Ship deck plating: dark metal plates, seams and rivets. */
export function drawDeck(ctx: CanvasRenderingContext2D, seed: number): void {
  const rnd = noise(seed * 13 + 1);
  clipTile(ctx);
  const base = seed % 2 ? 0x1c2622 : 0x1f2a25;
  ctx.fillStyle = rgb(base);
  ctx.fillRect(0, 0, FLOOR_W, FLOOR_H);
  speckle(ctx, rnd, base, 40, 0.35);
  // plate seams along both iso axes (quarter lines)
  ctx.strokeStyle = 'rgba(0,0,0,0.55)';
  ctx.lineWidth = 1;
  for (const t of [0.5]) {
    ctx.beginPath();
    ctx.moveTo(CX - HALF_W * t, CY - HALF_H * (1 - t));
    ctx.lineTo(CX + HALF_W * (1 - t), CY + HALF_H * t);
    ctx.moveTo(CX + HALF_W * t, CY - HALF_H * (1 - t));
    ctx.lineTo(CX - HALF_W * (1 - t), CY + HALF_H * t);
    ctx.stroke();
  }
  ctx.strokeStyle = 'rgba(120,170,150,0.10)';
  diamondPath(ctx, CX, CY, HALF_W - 1, HALF_H - 0.5);
  ctx.stroke();
  ctx.fillStyle = 'rgba(150,190,170,0.35)';
  for (const [dx, dy] of [
    [0, -10],
    [20, 0],
    [0, 10],
    [-20, 0],
  ] as const)
    ctx.fillRect(CX + dx - 0.5, CY + dy - 0.5, 1.5, 1.5);
}

/**
 * A deck tile with a glowing alien conduit running along x (axis 'x'), along y ('y') or both ('xy').
 * The glow is baked into the texture; a pulsing additive sprite sits on top at run time.
 */
export function drawConduit(ctx: CanvasRenderingContext2D, axis: 'x' | 'y' | 'xy'): void {
  drawDeck(ctx, 5);
  const lines: [number, number, number, number][] = [];
  // along x: from the upper-left edge midpoint to the lower-right edge midpoint
  if (axis !== 'y') lines.push([CX - HALF_W / 2, CY - HALF_H / 2, CX + HALF_W / 2, CY + HALF_H / 2]);
  if (axis !== 'x') lines.push([CX + HALF_W / 2, CY - HALF_H / 2, CX - HALF_W / 2, CY + HALF_H / 2]);
  const strokes: [number, string][] = [
    [9, 'rgba(40,255,130,0.10)'],
    [6, 'rgba(40,255,130,0.22)'],
    [3.5, 'rgba(60,255,140,0.75)'],
    [1.5, 'rgba(210,255,225,0.95)'],
  ];
  ctx.lineCap = 'round';
  for (const [w, c] of strokes) {
    ctx.lineWidth = w;
    ctx.strokeStyle = c;
    for (const [x0, y0, x1, y1] of lines) {
      ctx.beginPath();
      ctx.moveTo(x0 - (x1 - x0) * 0.5, y0 - (y1 - y0) * 0.5);
      ctx.lineTo(x1 + (x1 - x0) * 0.5, y1 + (y1 - y0) * 0.5);
      ctx.stroke();
    }
  }
}

/** The captured pilot's cell: a glowing containment pad (the pod itself is an object). */
export function drawCellFloor(ctx: CanvasRenderingContext2D): void {
  drawDeck(ctx, 2);
  for (const [r, c] of [
    [14, 'rgba(80,255,200,0.25)'],
    [10, 'rgba(120,255,220,0.55)'],
  ] as const) {
    ctx.strokeStyle = c;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.ellipse(CX, CY, r * 1.8, r * 0.9, 0, 0, Math.PI * 2);
    ctx.stroke();
  }
}

/** Breach floor: the torn hull edge seen from above, hot metal around a dark opening. */
export function drawBreachFloor(ctx: CanvasRenderingContext2D): void {
  drawDeck(ctx, 9);
  const rnd = noise(77);
  ctx.beginPath();
  for (let i = 0; i < 14; i++) {
    const a = (i / 14) * Math.PI * 2;
    const r = 18 + rnd() * 9;
    const x = CX + Math.cos(a) * r;
    const y = CY + Math.sin(a) * r * 0.5;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.closePath();
  ctx.fillStyle = '#07090a';
  ctx.fill();
  ctx.strokeStyle = 'rgba(255,140,50,0.9)';
  ctx.lineWidth = 1.5;
  ctx.stroke();
}

/** Canvas size for a block of the given height (walls, hull). */
export function blockSize(height: number): { w: number; h: number; baseY: number } {
  const h = HALF_H * 2 + height + 8;
  return { w: FLOOR_W, h, baseY: h - HALF_H - 2 };
}

function faces(
  ctx: CanvasRenderingContext2D,
  baseY: number,
  height: number,
  left: string,
  right: string,
  top: string,
): void {
  const topY = baseY - height;
  ctx.fillStyle = left;
  ctx.beginPath();
  ctx.moveTo(CX - HALF_W, baseY);
  ctx.lineTo(CX, baseY + HALF_H);
  ctx.lineTo(CX, topY + HALF_H);
  ctx.lineTo(CX - HALF_W, topY);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = right;
  ctx.beginPath();
  ctx.moveTo(CX + HALF_W, baseY);
  ctx.lineTo(CX, baseY + HALF_H);
  ctx.lineTo(CX, topY + HALF_H);
  ctx.lineTo(CX + HALF_W, topY);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = top;
  diamondPath(ctx, CX, topY, HALF_W, HALF_H);
  ctx.fill();
}

/** Brick courses on both visible faces. */
function bricks(ctx: CanvasRenderingContext2D, baseY: number, height: number, rnd: () => number): void {
  ctx.strokeStyle = 'rgba(0,0,0,0.35)';
  ctx.lineWidth = 1;
  for (let h = 5; h < height; h += 6) {
    ctx.beginPath();
    ctx.moveTo(CX - HALF_W, baseY - h);
    ctx.lineTo(CX, baseY + HALF_H - h);
    ctx.lineTo(CX + HALF_W, baseY - h);
    ctx.stroke();
    const off = (h / 6) % 2 ? 4 : 0;
    ctx.beginPath();
    for (let s = off; s < HALF_W; s += 8) {
      const yl = baseY - h + (s / HALF_W) * HALF_H;
      ctx.moveTo(CX - HALF_W + s, yl);
      ctx.lineTo(CX - HALF_W + s, yl - 6);
      ctx.moveTo(CX + HALF_W - s, yl);
      ctx.lineTo(CX + HALF_W - s, yl - 6);
    }
    ctx.stroke();
  }
  for (let i = 0; i < 40; i++) {
    ctx.fillStyle = `rgba(${rnd() < 0.5 ? '0,0,0' : '200,190,180'},${0.08 + rnd() * 0.1})`;
    ctx.fillRect(CX - HALF_W + rnd() * HALF_W * 2, baseY - rnd() * height, 2, 1);
  }
}

/**
 * A bombed building wall: brick faces (moonlit on the right), a jagged broken top, sometimes a
 * window with firelight inside. `damage` 0-2 adds cracks.
 */
export function drawRuinWall(ctx: CanvasRenderingContext2D, variant: number, damage: number): void {
  const { baseY } = blockSize(WALL_H);
  const rnd = noise(variant * 97 + 13);
  const height = WALL_H;
  faces(ctx, baseY, height, '#3b3436', '#5a5158', '#6a6268');
  bricks(ctx, baseY, height, rnd);
  // moonlight rim on the right face's outer edge
  ctx.strokeStyle = 'rgba(180,200,255,0.35)';
  ctx.beginPath();
  ctx.moveTo(CX + HALF_W - 0.5, baseY);
  ctx.lineTo(CX + HALF_W - 0.5, baseY - height);
  ctx.stroke();
  if (variant % 3 === 1) {
    // a window with fire inside on the left face
    const wx = CX - HALF_W / 2 - 3;
    const wy = baseY - height / 2 + 2;
    ctx.fillStyle = '#120c0c';
    ctx.beginPath();
    ctx.moveTo(wx - 5, wy - 2.5 - 6);
    ctx.lineTo(wx + 5, wy + 2.5 - 6);
    ctx.lineTo(wx + 5, wy + 2.5 + 6);
    ctx.lineTo(wx - 5, wy - 2.5 + 6);
    ctx.closePath();
    ctx.fill();
    const g = ctx.createRadialGradient(wx, wy + 4, 0, wx, wy + 4, 8);
    g.addColorStop(0, 'rgba(255,170,60,0.9)');
    g.addColorStop(1, 'rgba(255,90,20,0)');
    ctx.fillStyle = g;
    ctx.fill();
  }
  // broken top: erase a jagged bite out of the upper part, below the front top edge of the faces
  const bite = variant % 3 === 0 ? 5 : 12 + (variant % 3) * 8;
  const pts = 10;
  const edge: [number, number][] = [];
  for (let i = 0; i <= pts; i++) {
    const x = (i / pts) * FLOOR_W;
    const frontY = baseY - height + HALF_H - Math.abs(x - CX) * 0.5;
    const shape = variant % 2 ? Math.sin((i / pts) * Math.PI) : 1 - Math.abs(i / pts - 0.3) * 1.4;
    const dip = i === 0 || i === pts ? bite * 0.15 : bite * Math.max(0, shape) * (0.55 + rnd() * 0.6);
    edge.push([x, frontY + dip + (rnd() - 0.5) * 3]);
  }
  ctx.save();
  ctx.globalCompositeOperation = 'destination-out';
  ctx.beginPath();
  ctx.moveTo(-2, -2);
  ctx.lineTo(FLOOR_W + 2, -2);
  for (let i = edge.length - 1; i >= 0; i--)
    ctx.lineTo(edge[i]![0], edge[i]![1] - (Math.abs(edge[i]![0] - CX) < HALF_W * 0.9 ? HALF_H * 0.9 : 0));
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  // a lighter broken-brick rim along the break
  ctx.strokeStyle = 'rgba(150,135,130,0.85)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (const [i, [x, y]] of edge.entries()) {
    if (i) ctx.lineTo(x, y);
    else ctx.moveTo(x, y);
  }
  ctx.stroke();
  ctx.strokeStyle = 'rgba(0,0,0,0.5)';
  ctx.lineWidth = 1;
  for (let d = 0; d < damage * 3; d++) {
    ctx.beginPath();
    let x = CX + (rnd() - 0.5) * 50;
    let y = baseY - rnd() * height * 0.8;
    ctx.moveTo(x, y);
    for (let s = 0; s < 4; s++) {
      x += (rnd() - 0.5) * 8;
      y += rnd() * 6;
      ctx.lineTo(x, y);
    }
    ctx.stroke();
  }
}

export const HULL_H = WALL_H - 4;

/** The alien ship's hull: dark ribbed metal with a thin green light along its seam. */
export function drawHull(ctx: CanvasRenderingContext2D, variant: number): void {
  const { baseY } = blockSize(HULL_H);
  const rnd = noise(variant * 53 + 2);
  faces(ctx, baseY, HULL_H, '#121816', '#1d2624', '#27322e');
  ctx.strokeStyle = 'rgba(0,0,0,0.6)';
  ctx.lineWidth = 1;
  for (let s = 8; s < HALF_W; s += 10) {
    ctx.beginPath();
    ctx.moveTo(CX - HALF_W + s, baseY + (s / HALF_W) * HALF_H);
    ctx.lineTo(CX - HALF_W + s, baseY + (s / HALF_W) * HALF_H - HULL_H);
    ctx.moveTo(CX + HALF_W - s, baseY + (s / HALF_W) * HALF_H);
    ctx.lineTo(CX + HALF_W - s, baseY + (s / HALF_W) * HALF_H - HULL_H);
    ctx.stroke();
  }
  ctx.fillStyle = 'rgba(140,180,160,0.3)';
  for (let i = 0; i < 10; i++) ctx.fillRect(CX + (rnd() - 0.5) * 60, baseY - rnd() * HULL_H, 1, 1);
  // green seam light a third of the way up, baked glow
  const seamY = baseY - HULL_H * 0.35;
  for (const [w, a] of [
    [6, 0.12],
    [3, 0.35],
    [1, 0.9],
  ] as const) {
    ctx.strokeStyle = `rgba(60,255,140,${a})`;
    ctx.lineWidth = w;
    ctx.beginPath();
    ctx.moveTo(CX - HALF_W + 2, seamY + 1);
    ctx.lineTo(CX, seamY + HALF_H);
    ctx.lineTo(CX + HALF_W - 2, seamY + 1);
    ctx.stroke();
  }
  ctx.strokeStyle = 'rgba(120,200,170,0.25)';
  ctx.lineWidth = 1;
  diamondPath(ctx, CX, baseY - HULL_H, HALF_W - 1, HALF_H - 0.5);
  ctx.stroke();
}

/** The breach: stumps of torn hull on both sides of a hot-edged opening, raised lip. */
export function drawBreachBlock(ctx: CanvasRenderingContext2D): void {
  const { baseY } = blockSize(HULL_H);
  const rnd = noise(404);
  faces(ctx, baseY, 14, '#121816', '#1d2624', '#27322e');
  ctx.save();
  ctx.globalCompositeOperation = 'destination-out';
  ctx.beginPath();
  ctx.ellipse(CX, baseY - 8, 16, 9, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  ctx.strokeStyle = 'rgba(255,130,40,0.95)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (let i = 0; i <= 16; i++) {
    const a = (i / 16) * Math.PI * 2;
    const r = 1 + (rnd() - 0.5) * 0.25;
    const x = CX + Math.cos(a) * 16 * r;
    const y = baseY - 8 + Math.sin(a) * 9 * r;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
  // torn hull spikes left and right
  for (const side of [-1, 1]) {
    ctx.fillStyle = side < 0 ? '#141b19' : '#202a27';
    ctx.beginPath();
    ctx.moveTo(CX + side * HALF_W, baseY);
    ctx.lineTo(CX + side * (HALF_W - 4), baseY - HULL_H * 0.8);
    ctx.lineTo(CX + side * (HALF_W - 10), baseY - HULL_H * 0.45);
    ctx.lineTo(CX + side * (HALF_W - 14), baseY - HULL_H * 0.6);
    ctx.lineTo(CX + side * (HALF_W - 18), baseY + 6);
    ctx.closePath();
    ctx.fill();
    ctx.strokeStyle = 'rgba(255,140,60,0.7)';
    ctx.lineWidth = 1;
    ctx.stroke();
  }
}

/** A low heap of rubble standing on a tile (half cover). */
export function drawRubblePile(ctx: CanvasRenderingContext2D, seed: number): void {
  const { baseY } = blockSize(18);
  const rnd = noise(seed * 7 + 3);
  for (let i = 0; i < 22; i++) {
    const t = i / 22;
    const r = 3 + rnd() * 5 * (1 - t * 0.5);
    const x = CX + (rnd() - 0.5) * 40 * (1 - t * 0.6);
    const y = baseY + (rnd() - 0.5) * 14 * (1 - t * 0.6) - t * 12;
    chunk(ctx, rnd, x, y, r, rnd() < 0.35 ? 0x6a4c3c : 0x565a66);
  }
  // a bent girder
  ctx.strokeStyle = '#2a2426';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(CX - 14, baseY + 2);
  ctx.lineTo(CX + 4, baseY - 12);
  ctx.lineTo(CX + 12, baseY - 8);
  ctx.stroke();
}

/** The flat top of solid hull (hull with hull all around): the ship's body seen in cut-away. */
export function drawHullTop(ctx: CanvasRenderingContext2D, seed: number): void {
  const rnd = noise(seed * 19 + 4);
  clipTile(ctx);
  ctx.fillStyle = seed % 2 ? '#0c1110' : '#0e1312';
  ctx.fillRect(0, 0, FLOOR_W, FLOOR_H);
  speckle(ctx, rnd, 0x141c1a, 30, 0.5);
  ctx.strokeStyle = 'rgba(90,140,120,0.10)';
  ctx.lineWidth = 1;
  diamondPath(ctx, CX, CY, HALF_W - 2, HALF_H - 1);
  ctx.stroke();
}
