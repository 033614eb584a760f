import { noise } from './drawCanvas';

/** Unit canvases: the feet sit at (UNIT_W / 2, UNIT_FOOT). */
export const UNIT_W = 40;
export const UNIT_H = 64;
export const UNIT_FOOT = 58;
const CX = UNIT_W / 2;

/**
 * Tara, the captured pilot: a pilot's build without helmet or gun, in the LGF's pale grey prisoner's coverall
 * with her flight scarf still on (blue, the squad's colour), dark hair tied back; wrists bound while `bound`.
 */
export function drawCaptive(ctx: CanvasRenderingContext2D, bound: boolean): void {
  // legs and boots
  ctx.fillStyle = '#8d96a0';
  ctx.fillRect(CX - 6, UNIT_FOOT - 16, 5, 14);
  ctx.fillRect(CX + 1, UNIT_FOOT - 16, 5, 14);
  ctx.fillStyle = '#15161a';
  ctx.fillRect(CX - 7, UNIT_FOOT - 3, 6, 3);
  ctx.fillRect(CX + 1, UNIT_FOOT - 3, 6, 3);
  // coverall body
  ctx.fillStyle = '#a9b2bb';
  ctx.beginPath();
  ctx.moveTo(CX - 8, UNIT_FOOT - 15);
  ctx.lineTo(CX - 7, UNIT_FOOT - 33);
  ctx.lineTo(CX + 7, UNIT_FOOT - 33);
  ctx.lineTo(CX + 8, UNIT_FOOT - 15);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = '#7c858f';
  ctx.fillRect(CX - 1, UNIT_FOOT - 32, 2, 16);
  // the scarf: the squad's blue
  ctx.fillStyle = '#56b4e9';
  ctx.fillRect(CX - 6, UNIT_FOOT - 34, 12, 3);
  ctx.fillRect(CX + 3, UNIT_FOOT - 32, 3, 7);
  // arms: together in front with a green-lit binding, or free at her sides
  ctx.fillStyle = '#a9b2bb';
  if (bound) {
    ctx.fillRect(CX - 9, UNIT_FOOT - 31, 3, 10);
    ctx.fillRect(CX + 6, UNIT_FOOT - 31, 3, 10);
    ctx.fillStyle = '#e0b896';
    ctx.fillRect(CX - 3, UNIT_FOOT - 22, 6, 3);
    ctx.fillStyle = 'rgba(80,255,170,0.9)';
    ctx.fillRect(CX - 4, UNIT_FOOT - 23, 8, 2);
  } else {
    ctx.fillRect(CX - 10, UNIT_FOOT - 31, 3, 13);
    ctx.fillRect(CX + 7, UNIT_FOOT - 31, 3, 13);
    ctx.fillStyle = '#e0b896';
    ctx.fillRect(CX - 10, UNIT_FOOT - 18, 3, 2);
    ctx.fillRect(CX + 7, UNIT_FOOT - 18, 3, 2);
  }
  // head: bare, dark hair tied back
  ctx.fillStyle = '#e0b896';
  ctx.beginPath();
  ctx.arc(CX, UNIT_FOOT - 39, 5, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#2a1c14';
  ctx.beginPath();
  ctx.arc(CX, UNIT_FOOT - 40.5, 5.3, Math.PI * 0.95, Math.PI * 2.05);
  ctx.fill();
  ctx.fillRect(CX + 3, UNIT_FOOT - 40, 4, 6);
  // moonlit edge
  ctx.fillStyle = 'rgba(190,210,255,0.35)';
  ctx.fillRect(CX + 6, UNIT_FOOT - 32, 2, 16);
}

/** LGF trooper: tall, thin, dark carapace with an orange visor (faction colour). */
export function drawTrooper(ctx: CanvasRenderingContext2D, heavy: boolean): void {
  const s = heavy ? 1.3 : 1;
  ctx.fillStyle = '#1a1f22';
  ctx.fillRect(CX - 5 * s, UNIT_FOOT - 18, 4 * s, 18);
  ctx.fillRect(CX + 1 * s, UNIT_FOOT - 18, 4 * s, 18);
  ctx.fillStyle = heavy ? '#2c3332' : '#252c2e';
  ctx.beginPath();
  ctx.moveTo(CX - 10 * s, UNIT_FOOT - 36);
  ctx.lineTo(CX + 10 * s, UNIT_FOOT - 36);
  ctx.lineTo(CX + 6 * s, UNIT_FOOT - 16);
  ctx.lineTo(CX - 6 * s, UNIT_FOOT - 16);
  ctx.closePath();
  ctx.fill();
  ctx.strokeStyle = 'rgba(60,255,140,0.55)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(CX, UNIT_FOOT - 35);
  ctx.lineTo(CX, UNIT_FOOT - 18);
  ctx.stroke();
  // elongated head with a visor
  ctx.fillStyle = '#2f3836';
  ctx.beginPath();
  ctx.ellipse(CX, UNIT_FOOT - 44, 5 * s, 8, 0, 0, Math.PI * 2);
  ctx.fill();
  const g = ctx.createLinearGradient(CX - 5, 0, CX + 5, 0);
  g.addColorStop(0, '#d55e00');
  g.addColorStop(1, '#ffcf5a');
  ctx.fillStyle = g;
  ctx.fillRect(CX - 4 * s, UNIT_FOOT - 46, 8 * s, 3);
  // energy weapon
  ctx.fillStyle = '#3a4442';
  ctx.fillRect(CX - 2, UNIT_FOOT - 28, heavy ? 20 : 15, heavy ? 5 : 3);
  ctx.fillStyle = '#e69f00';
  ctx.fillRect(CX + (heavy ? 15 : 11), UNIT_FOOT - 28, 3, heavy ? 5 : 3);
}

/** LGF drone: a hovering orb with a ring and one orange eye. */
export function drawDrone(ctx: CanvasRenderingContext2D): void {
  const cy = UNIT_FOOT - 30;
  ctx.strokeStyle = '#3b4644';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.ellipse(CX, cy, 15, 5, 0, 0, Math.PI * 2);
  ctx.stroke();
  const g = ctx.createRadialGradient(CX - 3, cy - 4, 1, CX, cy, 9);
  g.addColorStop(0, '#56605e');
  g.addColorStop(1, '#161b1c');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.arc(CX, cy, 9, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#e69f00';
  ctx.beginPath();
  ctx.arc(CX + 2, cy + 1, 3, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#fff3c0';
  ctx.fillRect(CX + 1, cy, 2, 2);
}

/** The containment pod on the objective tile. */
export function drawPod(ctx: CanvasRenderingContext2D): void {
  const g = ctx.createLinearGradient(CX - 10, 0, CX + 10, 0);
  g.addColorStop(0, 'rgba(60,255,180,0.25)');
  g.addColorStop(0.5, 'rgba(160,255,220,0.55)');
  g.addColorStop(1, 'rgba(60,255,180,0.2)');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.ellipse(CX, UNIT_FOOT - 24, 11, 22, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = 'rgba(200,255,230,0.9)';
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.fillStyle = 'rgba(20,40,30,0.8)';
  ctx.beginPath();
  ctx.arc(CX, UNIT_FOOT - 32, 4, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillRect(CX - 4, UNIT_FOOT - 28, 8, 14);
}

/** A soft white radial blob (glows, dust, steam: tinted and additive or normal at run time). */
export function drawBlob(ctx: CanvasRenderingContext2D, size: number, hard = 0): void {
  const r = size / 2;
  const g = ctx.createRadialGradient(r, r, 0, r, r, r);
  g.addColorStop(0, 'rgba(255,255,255,1)');
  g.addColorStop(Math.max(0.05, hard), 'rgba(255,255,255,0.6)');
  g.addColorStop(1, 'rgba(255,255,255,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, size, size);
}

/**
 * The particles' puff: the puff blob (`drawBlob(…, 0.2)`) without its faintest outer fifth, in a quad 0.8 as wide
 * (drawn at 0.8 of the scale, the cloud is the same: the same core, a slightly thinner halo). Every particle costs
 * software WebGL its whole quad in every frame, and that rim was a third of the area for a few percent of alpha.
 */
export function drawTightPuff(ctx: CanvasRenderingContext2D, size: number): void {
  const r = size / 2;
  const g = ctx.createRadialGradient(r, r, 0, r, r, r);
  g.addColorStop(0, 'rgba(255,255,255,1)');
  g.addColorStop(0.25, 'rgba(255,255,255,0.6)');
  g.addColorStop(0.75, 'rgba(255,255,255,0.22)');
  g.addColorStop(1, 'rgba(255,255,255,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, size, size);
}

/** A flame tongue: white-yellow core to orange edge. */
export function drawFlame(ctx: CanvasRenderingContext2D): void {
  const w = 16;
  const h = 28;
  const g = ctx.createRadialGradient(w / 2, h - 7, 1, w / 2, h - 9, 14);
  g.addColorStop(0, 'rgba(255,250,210,1)');
  g.addColorStop(0.35, 'rgba(255,190,70,0.95)');
  g.addColorStop(0.7, 'rgba(240,90,20,0.6)');
  g.addColorStop(1, 'rgba(200,40,10,0)');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.moveTo(w / 2, 0);
  ctx.quadraticCurveTo(w, h * 0.6, w / 2, h);
  ctx.quadraticCurveTo(0, h * 0.6, w / 2, 0);
  ctx.fill();
}

/** The ruins' night sky: deep blue to a red-lit horizon, stars, a moon, a burning skyline. */
export function drawNightSky(ctx: CanvasRenderingContext2D, w: number, h: number): void {
  const rnd = noise(2024);
  const g = ctx.createLinearGradient(0, 0, 0, h);
  g.addColorStop(0, '#04060f');
  g.addColorStop(0.55, '#0b1124');
  g.addColorStop(0.85, '#2a1420');
  g.addColorStop(1, '#40180e');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
  for (let i = 0; i < 260; i++) {
    const a = rnd();
    ctx.fillStyle = `rgba(220,230,255,${0.2 + a * 0.7})`;
    ctx.fillRect(rnd() * w, rnd() * h * 0.7, a > 0.9 ? 2 : 1, a > 0.9 ? 2 : 1);
  }
  const mx = w * 0.8;
  const my = h * 0.16;
  const mg = ctx.createRadialGradient(mx, my, 4, mx, my, 70);
  mg.addColorStop(0, 'rgba(230,235,255,0.95)');
  mg.addColorStop(0.18, 'rgba(200,215,255,0.5)');
  mg.addColorStop(1, 'rgba(120,140,220,0)');
  ctx.fillStyle = mg;
  ctx.fillRect(mx - 70, my - 70, 140, 140);
  // skyline silhouettes
  ctx.fillStyle = '#07070c';
  let x = 0;
  while (x < w) {
    const bw = 20 + rnd() * 50;
    const bh = h * (0.06 + rnd() * 0.16);
    ctx.fillRect(x, h - bh, bw, bh);
    if (rnd() < 0.4) {
      // broken top
      ctx.beginPath();
      ctx.moveTo(x, h - bh);
      ctx.lineTo(x + bw * 0.3, h - bh - 10 * rnd());
      ctx.lineTo(x + bw * 0.6, h - bh + 6);
      ctx.lineTo(x + bw, h - bh - 4);
      ctx.lineTo(x + bw, h - bh + 10);
      ctx.lineTo(x, h - bh + 10);
      ctx.fill();
    }
    if (rnd() < 0.25) {
      const fg = ctx.createRadialGradient(x + bw / 2, h - bh, 1, x + bw / 2, h - bh, 40);
      fg.addColorStop(0, 'rgba(255,140,40,0.55)');
      fg.addColorStop(1, 'rgba(255,80,20,0)');
      ctx.fillStyle = fg;
      ctx.fillRect(x + bw / 2 - 40, h - bh - 40, 80, 80);
      ctx.fillStyle = '#07070c';
    }
    x += bw + rnd() * 6;
  }
}

/** The ship's interior backdrop: near-black with a faint green haze. */
export function drawShipBackdrop(ctx: CanvasRenderingContext2D, w: number, h: number): void {
  const g = ctx.createRadialGradient(w / 2, h / 2, 10, w / 2, h / 2, w * 0.7);
  g.addColorStop(0, '#0b1612');
  g.addColorStop(1, '#020403');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
}
