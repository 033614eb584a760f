import { Texture } from 'pixi.js';
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
import { drawBlob, drawCaptive, drawDrone, drawFlame, drawPod, drawTrooper, UNIT_H, UNIT_W } from './drawUnits';
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
  flame: Texture;
}

const tex = (c: HTMLCanvasElement) => Texture.from(c);

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
  const unit = (draw: (ctx: CanvasRenderingContext2D) => void) => tex(drawCanvas(UNIT_W, UNIT_H, draw));
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
        g = tex(ghostCanvas(t.source.resource as HTMLCanvasElement));
        ghosts.set(t, g);
      }
      return g;
    },
    pod: unit(drawPod),
    glow: tex(drawCanvas(128, 128, (c) => drawBlob(c, 128))),
    puff: tex(drawCanvas(32, 32, (c) => drawBlob(c, 32, 0.2))),
    flame: tex(drawCanvas(16, 28, drawFlame)),
  };
}
