import type { HitChance } from '@denizens/engine';
import type { Camera } from '../../camera/camera';
import { ACTIONS, type ActionDef } from '../../game/actions';
import type { CardData } from '../../hud/squadCards';

export type Tile = { x: number; y: number };
/** A unit the current action can be aimed at, with its hit chance for shots. */
export type Target = { id: string; eid: number; chance: HitChance | null };
/** A strike shown as landing at the end of this turn: its centre and every tile it covers. */
export type StrikeMark = { x: number; y: number; tiles: Tile[] };

/** The screen layers `redraw` can bring up to date, in the order it draws them. */
export const LAYERS = [
  'terrain',
  'fog',
  'ground',
  'units',
  'cards',
  'bar',
  'overlays',
  'tip',
  'labels',
  'prompt',
  'help',
] as const;
export type Layer = (typeof LAYERS)[number];

/**
 * Everything the play screen knows beside the engine's world, as plain data: what is selected and
 * aimed at, where the pointer and camera are, what the squad has seen, what the animation has
 * reached. The controller writes it; every part reads it.
 */
export interface PlayState {
  selected: string | null;
  mode: ActionDef;
  targets: Target[];
  targetIndex: number;
  /** Shots go with the sidearm. */
  sidearm: boolean;
  /** The tile under the pointer, and the keyboard cursor's tile (which wins while set). */
  hover: Tile | null;
  keyCursor: Tile | null;
  /** Where the pointer is (client pixels), whether it is in the window, and whether over the map (not a panel). */
  pointer: { x: number; y: number; inside: boolean; overMap: boolean };
  dragging: boolean;
  held: Set<string>;
  cam: Camera;
  /** Where the camera glides to (world-layer pixels, and a zoom when framing a shot), if anywhere. */
  camTarget: { x: number; y: number; zoom?: number } | null;
  /** The player's zoom before a shot was framed (zoomed out to hold shooter and target); null: not framed. */
  userZoom: number | null;
  /** Animating a command's events: the world already holds the result, the screen catches up. */
  busy: boolean;
  speedIndex: number;
  /** The squad's sight now (1 = in sight) and every tile it has ever seen. */
  visible: Uint8Array;
  seen: Uint8Array;
  /** Open breaches: tile index → turns until it seals (updated by events while animating). */
  breaches: Map<number, number>;
  strikes: StrikeMark[];
  /** Strikes that have landed, as far as the animation has reached: their craters and scorch stay on the ground. */
  marks: { x: number; y: number; radius: number }[];
  /** Walls the world has already brought down whose collapse is still to be animated (tile indices). */
  standing: Set<number>;
  /** The turn and phase the animation has reached (the header's once idle). */
  anim: { turn: number; phase: string };
  /** While animating: each unit's hit points as the animation has reached them (cards and pips show these). */
  shownHp: Map<string, number> | null;
  /** Each pilot's card as last drawn: a pilot who falls during an animated phase keeps it until the death is shown. */
  cardMemo: Map<string, CardData>;
  /** "End the turn with pilots who can still act?" is being asked. */
  confirmEnd: boolean;
  /** The engine says the objective can no longer be reached: the squad members who cannot get there (null: it can). */
  lost: string[] | null;
  /** "End the mission?" is being asked (offered by itself once, when the objective is first lost). */
  offerEnd: boolean;
  lostOffered: boolean;
  /** Ending the mission: the turns left pass with the animations skipped. */
  fastForward: boolean;
  /** The key help (`?`) is open. */
  help: boolean;
  /** Layers to draw at the next `redraw`. */
  dirty: Set<Layer>;
  /** The tiles as the terrain layer last drew them (see `terrainKey`). */
  terrainShown: string;
  /** The last tooltip and what it was for (the pointer moving within a tile asks the engine nothing new). */
  tipMemo: { key: string; html: string | null } | null;
}

export const SPEEDS = [0.5, 1, 2, 4];

export function createState(tiles: number): PlayState {
  return {
    selected: null,
    mode: ACTIONS[0]!,
    targets: [],
    targetIndex: 0,
    sidearm: false,
    hover: null,
    keyCursor: null,
    pointer: { x: -1, y: -1, inside: false, overMap: false },
    dragging: false,
    held: new Set(),
    cam: { x: 0, y: 0, zoom: 1 },
    camTarget: null,
    userZoom: null,
    busy: false,
    speedIndex: 1,
    visible: new Uint8Array(tiles),
    seen: new Uint8Array(tiles),
    breaches: new Map(),
    strikes: [],
    marks: [],
    standing: new Set(),
    anim: { turn: 0, phase: 'player' },
    shownHp: null,
    cardMemo: new Map(),
    confirmEnd: false,
    lost: null,
    offerEnd: false,
    lostOffered: false,
    fastForward: false,
    help: false,
    dirty: new Set(LAYERS),
    terrainShown: '',
    tipMemo: null,
  };
}

/** The fog of war per tile: 2 in sight, 1 seen before (dimmed), 0 never seen. */
export function fogOf(state: PlayState): Uint8Array {
  const fog = new Uint8Array(state.visible.length);
  for (let i = 0; i < fog.length; i++) fog[i] = state.visible[i] ? 2 : state.seen[i] ? 1 : 0;
  return fog;
}

/** Back to moving: no action chosen, nothing aimed at. */
export function resetMode(state: PlayState): void {
  state.mode = ACTIONS[0]!;
  state.targets = [];
  state.sidearm = false;
}
