import type { EditorTerrain } from './editorMap';

/** Terrain colours of the editor: the game's families (city greys and browns, dark ship deck, green conduits). */
export const TERRAIN_COLOURS: Record<EditorTerrain, string> = {
  ground: '#3a4150',
  rubble: '#6a5a50',
  wall: '#a08a80',
  hull: '#3b4d45',
  deck: '#1c2622',
  conduit: '#2fbf6a',
  crater: '#17161a',
  void: '#000000',
  breach: '#ff8a2a',
  cell: '#7dffd0',
  unknown: '#5a1040',
};

/** One terrain tile: its colour plus a small pattern so kinds differ by more than hue. */
export function drawTile(ctx: CanvasRenderingContext2D, t: EditorTerrain, x: number, y: number, c: number): void {
  const px = x * c;
  const py = y * c;
  ctx.fillStyle = TERRAIN_COLOURS[t];
  ctx.fillRect(px, py, c, c);
  const s = Math.max(1, Math.round(c / 8));
  switch (t) {
    case 'wall':
      ctx.fillStyle = '#c8b4a8';
      ctx.fillRect(px, py, c, s);
      ctx.fillStyle = '#6e5c54';
      ctx.fillRect(px, py + c - s, c, s);
      ctx.fillRect(px + c / 2, py + s, 1, c / 2 - s);
      ctx.fillRect(px, py + c / 2, c, 1);
      break;
    case 'hull':
      ctx.fillStyle = '#5b7468';
      ctx.fillRect(px, py, c, s);
      ctx.fillStyle = '#16201c';
      ctx.fillRect(px, py + c - s, c, s);
      ctx.fillStyle = '#2a3832';
      for (let i = 1; i < 4; i++) ctx.fillRect(px + (c * i) / 4, py + s, 1, c - 2 * s);
      ctx.fillStyle = 'rgba(61,255,138,0.45)';
      ctx.fillRect(px, py + c * 0.6, c, Math.max(1, s / 2));
      break;
    case 'rubble':
      ctx.fillStyle = '#8d7a6c';
      ctx.fillRect(px + c * 0.2, py + c * 0.25, c * 0.22, c * 0.18);
      ctx.fillRect(px + c * 0.55, py + c * 0.55, c * 0.25, c * 0.2);
      ctx.fillRect(px + c * 0.25, py + c * 0.65, c * 0.15, c * 0.12);
      break;
    case 'crater':
      ctx.strokeStyle = '#4a4240';
      ctx.lineWidth = Math.max(1, c / 10);
      ctx.beginPath();
      ctx.arc(px + c / 2, py + c / 2, c * 0.32, 0, Math.PI * 2);
      ctx.stroke();
      break;
    case 'deck':
      ctx.fillStyle = '#212d28';
      ctx.fillRect(px + 1, py + 1, c / 2 - 1, c / 2 - 1);
      ctx.fillRect(px + c / 2 + 1, py + c / 2 + 1, c / 2 - 2, c / 2 - 2);
      break;
    case 'conduit':
      ctx.fillStyle = '#9dffc4';
      ctx.fillRect(px + c * 0.15, py + c / 2 - s / 2, c * 0.7, s);
      ctx.fillStyle = 'rgba(61,255,138,0.35)';
      ctx.fillRect(px + c * 0.1, py + c * 0.3, c * 0.8, c * 0.4);
      break;
    case 'breach':
      ctx.fillStyle = '#3a1a08';
      ctx.fillRect(px + c * 0.2, py + c * 0.2, c * 0.6, c * 0.6);
      break;
    case 'cell':
      ctx.strokeStyle = '#1f6f58';
      ctx.lineWidth = Math.max(1, c / 10);
      ctx.strokeRect(px + c * 0.2, py + c * 0.2, c * 0.6, c * 0.6);
      break;
    case 'unknown':
      // a code no legend knows: magenta hatching and a question mark, never a guessed kind
      ctx.strokeStyle = '#ff4fd8';
      ctx.lineWidth = Math.max(1, c / 12);
      ctx.beginPath();
      for (let k = -c; k < c; k += Math.max(3, c / 4)) {
        ctx.moveTo(px + Math.max(0, k), py + Math.max(0, -k));
        ctx.lineTo(px + Math.min(c, c + k), py + Math.min(c, c - k));
      }
      ctx.stroke();
      if (c >= 10) {
        ctx.fillStyle = '#ffd6f6';
        ctx.font = `800 ${Math.round(c * 0.6)}px system-ui, sans-serif`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText('?', px + c / 2, py + c / 2 + 1);
      }
      break;
    case 'void':
      ctx.strokeStyle = '#111';
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(px, py + c);
      ctx.lineTo(px + c, py);
      ctx.stroke();
      break;
    default:
      break;
  }
}
