import type { ActionDef } from '../../game/actions';

/** An arrow key held down pans the camera while it is held. */
export type PanKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/**
 * What the player asked for: every input (pointer, keys, HUD buttons) becomes one of these and goes
 * to the controller's `dispatch`. Positions are client (CSS) pixels; the controller maps them to tiles.
 */
export type Intent =
  /** The pointer moved (anywhere in the window); `overMap` when it is over the map canvas. */
  | { type: 'point'; x: number; y: number; overMap: boolean }
  /** The pointer left the window. */
  | { type: 'leave' }
  /** A click (not a drag) on the map at a client pixel. */
  | { type: 'click'; x: number; y: number }
  /** The map was dragged by this many client pixels since the last drag intent. */
  | { type: 'drag'; dx: number; dy: number }
  | { type: 'drag_end' }
  /** Zoom by a factor about a client pixel (the screen centre when absent). */
  | { type: 'zoom'; factor: number; at?: { x: number; y: number } }
  | { type: 'pan_key'; key: PanKey; down: boolean }
  /** The window lost focus: every held key is released. */
  | { type: 'release_keys' }
  /** Move the keyboard cursor one tile. */
  | { type: 'cursor'; dx: number; dy: number }
  /** Act on the keyboard cursor's tile as a click would. */
  | { type: 'cursor_click' }
  /** Next (or previous) target while targeting, else the next pilot who can act. */
  | { type: 'cycle'; dir: 1 | -1 }
  /** Fire at (or help) the current target. */
  | { type: 'confirm' }
  /** Fire at (or help) this unit (its hit badge was clicked). */
  | { type: 'pick'; id: string }
  | { type: 'action'; action: ActionDef }
  | { type: 'select'; id: string }
  | { type: 'cancel' }
  | { type: 'end_turn' }
  /** The question over the map was answered (Space / Enter yes, Esc no, or its buttons). */
  | { type: 'answer'; yes: boolean }
  /** Offer to end a mission whose objective can no longer be reached. */
  | { type: 'end_mission' }
  | { type: 'undo' }
  | { type: 'centre' }
  | { type: 'skip' }
  | { type: 'speed'; delta: number }
  | { type: 'text_size'; delta: number }
  /** Open or close the key help. */
  | { type: 'help'; open: boolean }
  | { type: 'export_replay' }
  | { type: 'quit' };

/** Where intents go: the controller's `dispatch`. */
export type Dispatch = (intent: Intent) => void;
