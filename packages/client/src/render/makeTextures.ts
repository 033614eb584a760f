import { Texture } from 'pixi.js';
import { WALL_H } from '../iso/constants';
import { drawCanvas } from './drawCanvas';
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
import { drawBlob, drawDrone, drawFlame, drawPilot, drawPod, drawTrooper, UNIT_H, UNIT_W } from './drawUnits';

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
  pilots: Texture[];
  bren: Texture;
  trooper: Texture;
  heavy: Texture;
  drone: Texture;
  pod: Texture;
  glow: Texture;
  puff: Texture;
  flame: Texture;
}

const tex = (c: HTMLCanvasElement) => Texture.from(c);

function block(height: number, draw: (ctx: CanvasRenderingContext2D) => void): Block {
  const { w, h, baseY } = blockSize(height);
  return { texture: tex(drawCanvas(w, h, draw)), anchorY: baseY / h };
}

export function makeTextures(): Textures {
  const floor = (draw: (ctx: CanvasRenderingContext2D) => void) => tex(drawCanvas(FLOOR_W, FLOOR_H, draw));
  const unit = (draw: (ctx: CanvasRenderingContext2D) => void) => tex(drawCanvas(UNIT_W, UNIT_H, draw));
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
    pilots: [0, 1, 2, 3].map((v) => unit((c) => drawPilot(c, v, false))),
    bren: unit((c) => drawPilot(c, 1, true)),
    trooper: unit((c) => drawTrooper(c, false)),
    heavy: unit((c) => drawTrooper(c, true)),
    drone: unit(drawDrone),
    pod: unit(drawPod),
    glow: tex(drawCanvas(128, 128, (c) => drawBlob(c, 128))),
    puff: tex(drawCanvas(32, 32, (c) => drawBlob(c, 32, 0.2))),
    flame: tex(drawCanvas(16, 28, drawFlame)),
  };
}
