import { UNIT_FOOT, UNIT_W } from './drawUnits';
import type { PilotLook } from './pilotLook';

const CX = UNIT_W / 2;
const F = UNIT_FOOT;

/** Jacket colours by outfit; pilots' leather jackets come in four shades. */
const JACKET = {
  captain: ['#27304a'],
  gunner: ['#4b4a2a', '#444526'],
  navigator: ['#46546a', '#3f4b5e'],
  pilot: ['#6a4630', '#53402e', '#6e5236', '#4a3a2c'],
} as const;

/**
 * A pilot of the squad (feet at UNIT_W / 2, UNIT_FOOT), drawn from their look: the outfit's jacket and
 * headgear (captain's peaked cap and scarf, gunner's steel helmet and ammunition belt, navigator's
 * headset and map case, pilot's leather helmet and goggles), the gun they carry, a medic's red cross, the
 * squad's blue armband, and the initial on a pale chest badge.
 */
export function drawPilotLook(ctx: CanvasRenderingContext2D, look: PilotLook): void {
  const shades = JACKET[look.outfit];
  const jacket = shades[look.shade % shades.length]!;
  const broad = look.outfit === 'gunner' || look.gun === 'bren' ? 2 : 0;
  // legs and boots (the captain's greatcoat reaches the knees)
  ctx.fillStyle = '#2a2b30';
  ctx.fillRect(CX - 6, F - 16, 5, 16);
  ctx.fillRect(CX + 1, F - 16, 5, 16);
  ctx.fillStyle = '#15161a';
  ctx.fillRect(CX - 7, F - 3, 6, 3);
  ctx.fillRect(CX + 1, F - 3, 6, 3);
  // body
  ctx.fillStyle = jacket;
  ctx.beginPath();
  const hem = look.outfit === 'captain' ? F - 8 : F - 15;
  ctx.moveTo(CX - 9 - broad, hem);
  ctx.lineTo(CX - 8 - broad, F - 33);
  ctx.lineTo(CX + 8 + broad, F - 33);
  ctx.lineTo(CX + 9 + broad, hem);
  ctx.closePath();
  ctx.fill();
  // belt
  ctx.fillStyle = '#241a12';
  ctx.fillRect(CX - 8 - broad, F - 18, 16 + 2 * broad, 2);
  // collar: the captain's white scarf, a fleece collar for the rest
  ctx.fillStyle = look.outfit === 'captain' ? '#f2f0ea' : '#d8c8a8';
  ctx.fillRect(CX - 7, F - 34, 14, 3);
  if (look.outfit === 'captain') {
    // the scarf's loose end over the right shoulder, and gold rank bars on the left
    ctx.fillRect(CX + 4, F - 32, 3, 7);
    ctx.fillStyle = '#d9b24a';
    ctx.fillRect(CX - 8, F - 33, 4, 1);
    ctx.fillRect(CX + 5, F - 33, 3, 1);
  }
  // gunner: an ammunition belt across the chest (brass rounds)
  if (look.outfit === 'gunner') {
    ctx.strokeStyle = '#3a2c18';
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(CX - 8 - broad, F - 32);
    ctx.lineTo(CX + 8 + broad, F - 19);
    ctx.stroke();
    ctx.fillStyle = '#d9b24a';
    for (let k = 0; k < 5; k++) ctx.fillRect(CX - 7 - broad + k * 3.6, F - 31.5 + k * 2.8, 2, 2);
  }
  // navigator: a flat map case on the hip
  if (look.outfit === 'navigator') {
    ctx.fillStyle = '#a7844f';
    ctx.fillRect(CX + 4, F - 22, 8, 9);
    ctx.strokeStyle = '#5a4326';
    ctx.lineWidth = 1;
    ctx.strokeRect(CX + 4.5, F - 21.5, 7, 8);
  }
  // squad armband (blue) on the left arm; a medic's is white with a red cross, and a satchel to match
  if (look.medic) {
    ctx.fillStyle = '#f4f4f4';
    ctx.fillRect(CX - 11 - broad, F - 30, 4, 6);
    ctx.fillStyle = '#d11f1f';
    ctx.fillRect(CX - 10 - broad, F - 28.5, 2, 3);
    ctx.fillRect(CX - 10.5 - broad, F - 28, 3, 2);
    ctx.fillStyle = '#ece6d6';
    ctx.fillRect(CX - 13 - broad, F - 20, 8, 7);
    ctx.fillStyle = '#d11f1f';
    ctx.fillRect(CX - 10 - broad, F - 19, 2, 5);
    ctx.fillRect(CX - 11.5 - broad, F - 17.5, 5, 2);
  } else {
    ctx.fillStyle = '#56b4e9';
    ctx.fillRect(CX - 11 - broad, F - 29, 3, 5);
  }
  // moonlit edge
  ctx.fillStyle = 'rgba(190,210,255,0.35)';
  ctx.fillRect(CX + 6 + broad, F - 32, 2, 16);
  drawHead(ctx, look);
  drawGun(ctx, look.gun);
  // the initial on a pale badge (left chest, above the gun)
  ctx.fillStyle = 'rgba(245,240,225,0.95)';
  ctx.beginPath();
  ctx.arc(CX - 3, F - 27, 4.6, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#101828';
  ctx.font = 'bold 8px sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(look.initial, CX - 3, F - 26.6);
}

function drawHead(ctx: CanvasRenderingContext2D, look: PilotLook): void {
  ctx.fillStyle = '#e0b896';
  ctx.beginPath();
  ctx.arc(CX, F - 39, 5, 0, Math.PI * 2);
  ctx.fill();
  switch (look.outfit) {
    case 'captain':
      // peaked cap: dark crown, gold band, black peak
      ctx.fillStyle = '#1d2438';
      ctx.fillRect(CX - 6, F - 48, 12, 5);
      ctx.fillStyle = '#d9b24a';
      ctx.fillRect(CX - 6, F - 44, 12, 1.5);
      ctx.fillStyle = '#0c0c10';
      ctx.fillRect(CX - 1, F - 43, 8, 2);
      return;
    case 'gunner':
      // a steel helmet with a wide flat brim
      ctx.fillStyle = '#56583e';
      ctx.beginPath();
      ctx.arc(CX, F - 42, 5.5, Math.PI, 0);
      ctx.fill();
      ctx.fillRect(CX - 9, F - 42.5, 18, 2);
      return;
    case 'navigator':
      // bare head, dark hair, a headset across it
      ctx.fillStyle = '#2b1d14';
      ctx.beginPath();
      ctx.arc(CX, F - 41, 5.3, Math.PI, 0);
      ctx.fill();
      ctx.strokeStyle = '#15161a';
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.arc(CX, F - 40, 6, Math.PI, 0);
      ctx.stroke();
      ctx.fillStyle = '#15161a';
      ctx.fillRect(CX - 7, F - 41, 3, 4);
      ctx.fillRect(CX + 4, F - 41, 3, 4);
      return;
    case 'pilot':
      // leather flying helmet and goggles up on the forehead
      ctx.fillStyle = '#3a2a1e';
      ctx.beginPath();
      ctx.arc(CX, F - 40, 5.5, Math.PI, 0);
      ctx.fill();
      ctx.fillRect(CX - 5.5, F - 40, 2, 5);
      ctx.fillRect(CX + 3.5, F - 40, 2, 5);
      ctx.fillStyle = '#9ac';
      ctx.fillRect(CX - 4, F - 43, 3, 2);
      ctx.fillRect(CX + 1, F - 43, 3, 2);
      return;
  }
}

function drawGun(ctx: CanvasRenderingContext2D, gun: PilotLook['gun']): void {
  ctx.lineCap = 'butt';
  switch (gun) {
    case 'bren': {
      // long barrel, wooden stock, the curved magazine standing on top
      ctx.strokeStyle = '#111';
      ctx.lineWidth = 3.5;
      ctx.beginPath();
      ctx.moveTo(CX - 10, F - 19);
      ctx.lineTo(CX + 17, F - 27);
      ctx.stroke();
      ctx.fillStyle = '#5a3a22';
      ctx.fillRect(CX - 12, F - 20, 6, 4);
      ctx.strokeStyle = '#2a2a2e';
      ctx.lineWidth = 2.5;
      ctx.beginPath();
      ctx.moveTo(CX + 3, F - 24);
      ctx.quadraticCurveTo(CX + 4, F - 31, CX + 8, F - 33);
      ctx.stroke();
      return;
    }
    case 'thompson': {
      ctx.strokeStyle = '#111';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(CX - 8, F - 20);
      ctx.lineTo(CX + 11, F - 28);
      ctx.stroke();
      ctx.fillStyle = '#4a3020';
      ctx.fillRect(CX - 9, F - 21, 4, 3);
      // the drum magazine under the receiver
      ctx.fillStyle = '#1a1a1e';
      ctx.beginPath();
      ctx.arc(CX + 2, F - 21.5, 2.8, 0, Math.PI * 2);
      ctx.fill();
      return;
    }
    case 'pistol': {
      // a revolver held out in the right hand
      ctx.fillStyle = '#e0b896';
      ctx.fillRect(CX + 8, F - 25, 3, 3);
      ctx.fillStyle = '#111';
      ctx.fillRect(CX + 10, F - 27, 7, 2);
      ctx.fillRect(CX + 10, F - 26, 2, 4);
      return;
    }
    case 'none':
      return;
  }
}
