import { Rectangle, Texture } from 'pixi.js';
import { WALL_H } from '../iso/constants';
import { drawCanvas } from './drawCanvas';
import { drawPilotLook } from './drawPilot';
import {
  blockSize,
  drawBreachBlock,
  drawBreachFloor,
  drawCellFloor,
  drawConduit,
  drawCrater,
  drawDeck,
  drawGround,
  drawHull,
  drawHullTop,
  drawRubbleFloor,
  drawRubblePile,
  drawRuinWall,
  FLOOR_H,
  FLOOR_W,
  HULL_H,
} from './drawTerrain';
import {
  drawBlob,
  drawCaptive,
  drawDrone,
  drawFlame,
  drawPod,
  drawTightPuff,
  drawTrooper,
  UNIT_H,
  UNIT_W,
} from './drawUnits';
import { addRim, outlineCanvas } from './outline';
import { lookKey, type PilotLook } from './pilotLook';

export interface Block {
  texture: Texture;
  /** Anchor y so the tile centre of the block's base lands on the tile's screen point. */
  anchorY: number;
}

/** Every texture the game draws with, generated once from code at start-up. */
export interface Textures {
  ground: Texture[];
  rubble: Texture[];
  crater: Texture[];
  deck: Texture[];
  conduit: { x: Texture; y: Texture; xy: Texture };
  cell: Texture;
  breachFloor: Texture;
  hullTop: Texture[];
  /** Ruin walls by variant, each with damage levels 0-2. */
  walls: Block[][];
  hull: Block[];
  breach: Block;
  rubblePile: Block[];
  /** A pilot's figure from their look (role, gun, medic, initial), made once per look. */
  pilot(look: PilotLook): Texture;
  /** Tara: in the cell (wrists bound), and freed. */
  captive: Texture;
  freed: Texture;
  trooper: Texture;
  heavy: Texture;
  drone: Texture;
  /** A unit's figure as seen through a wall: its outline, white (tinted by side when drawn). */
  ghost(figure: Texture): Texture;
  pod: Texture;
  glow: Texture;
  puff: Texture;
  /** The particles' puff: the same cloud as `puff` drawn at 0.8 of the scale (its faint rim left off). */
  tightPuff: Texture;
  flame: Texture;
}

const tex = (c: HTMLCanvasElement) => Texture.from(c);

/**
 * A figure's texture without its transparent margin: the same picture in a smaller quad (`trim` keeps the anchor
 * and the size as drawn). Software WebGL shades every pixel of a sprite's quad, transparent ones too, in every frame.
 */
export function trimmed(c: HTMLCanvasElement): Texture {
  const { width: w, height: h } = c;
  const alpha = c.getContext('2d')!.getImageData(0, 0, w, h).data;
  let x0 = w;
  let y0 = h;
  let x1 = 0;
  let y1 = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (alpha[(y * w + x) * 4 + 3] === 0) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x + 1);
      y1 = Math.max(y1, y + 1);
    }
  }
  if (x1 <= x0) return tex(c);
  const part = new Rectangle(x0, y0, x1 - x0, y1 - y0);
  return new Texture({ source: tex(c).source, frame: part, orig: new Rectangle(0, 0, w, h), trim: part.clone() });
}

const LGF_RIM = 'rgba(255,160,70,0.75)';

/** A white outline (2 px) around a figure: over a wall it shows where the unit stands; elsewhere it is a rim. */
function ghostCanvas(src: HTMLCanvasElement): HTMLCanvasElement {
  return outlineCanvas(src, '#ffffff', 2);
}

function block(height: number, draw: (ctx: CanvasRenderingContext2D) => void): Block {
  const { w, h, baseY } = blockSize(height);
  return { texture: tex(drawCanvas(w, h, draw)), anchorY: baseY / h };
}

export function makeTextures(): Textures {
  const floor = (draw: (ctx: CanvasRenderingContext2D) => void) => tex(drawCanvas(FLOOR_W, FLOOR_H, draw));
  const unit = (draw: (ctx: CanvasRenderingContext2D) => void) => trimmed(drawCanvas(UNIT_W, UNIT_H, draw));
  const pilots = new Map<string, Texture>();
  const ghosts = new Map<Texture, Texture>();
  return {
    ground: [0, 1, 2, 3, 4, 5].map((s) => floor((c) => drawGround(c, s))),
    rubble: [0, 1, 2].map((s) => floor((c) => drawRubbleFloor(c, s))),
    crater: [0, 1].map((s) => floor((c) => drawCrater(c, s))),
    deck: [0, 1, 2, 3].map((s) => floor((c) => drawDeck(c, s))),
    conduit: {
      x: floor((c) => drawConduit(c, 'x')),
      y: floor((c) => drawConduit(c, 'y')),
      xy: floor((c) => drawConduit(c, 'xy')),
    },
    cell: floor(drawCellFloor),
    breachFloor: floor(drawBreachFloor),
    hullTop: [0, 1].map((s) => floor((c) => drawHullTop(c, s))),
    walls: [0, 1, 2, 3, 4, 5].map((v) => [0, 1, 2].map((d) => block(WALL_H, (c) => drawRuinWall(c, v, d)))),
    hull: [0, 1, 2].map((v) => block(HULL_H, (c) => drawHull(c, v))),
    breach: block(HULL_H, drawBreachBlock),
    rubblePile: [0, 1, 2].map((s) => block(18, (c) => drawRubblePile(c, s))),
    pilot: (look) => {
      const key = lookKey(look);
      let t = pilots.get(key);
      if (!t) {
        t = unit((c) => drawPilotLook(c, look));
        pilots.set(key, t);
      }
      return t;
    },
    captive: unit((c) => drawCaptive(c, true)),
    freed: unit((c) => drawCaptive(c, false)),
    // LGF figures are dark: an orange rim keeps them readable on a dark floor
    trooper: unit((c) => {
      drawTrooper(c, false);
      addRim(c, LGF_RIM);
    }),
    heavy: unit((c) => {
      drawTrooper(c, true);
      addRim(c, LGF_RIM);
    }),
    drone: unit((c) => {
      drawDrone(c);
      addRim(c, LGF_RIM);
    }),
    ghost: (t) => {
      let g = ghosts.get(t);
      if (!g) {
        g = trimmed(ghostCanvas(t.source.resource as HTMLCanvasElement));
        ghosts.set(t, g);
      }
      return g;
    },
    pod: unit(drawPod),
    glow: tex(drawCanvas(128, 128, (c) => drawBlob(c, 128))),
    puff: tex(drawCanvas(32, 32, (c) => drawBlob(c, 32, 0.2))),
    tightPuff: tex(drawCanvas(32, 32, (c) => drawTightPuff(c, 32))),
    flame: tex(drawCanvas(16, 28, drawFlame)),
  };
}
