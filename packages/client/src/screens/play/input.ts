import { actionForKey } from '../../game/actions';
import type { Dispatch, Intent, PanKey } from './intents';

/** What a key means depends on a little of the screen's state; the controller answers these. */
export interface KeyContext {
  /** An action is aimed (Shoot, First aid, …): Enter and F fire, Tab picks the next target. */
  targeting: boolean;
  /** The keyboard cursor is on the map: F acts on its tile. */
  cursor: boolean;
  /** Animating: only camera, speed and skip keys do anything. */
  locked: boolean;
  /** A HUD button has the focus: Space and Enter press it, not End turn. */
  buttonFocused: boolean;
  /** A question is asked ("End the turn?", "End the mission?"): Space or Enter says yes, Escape no. */
  prompt: boolean;
  /** The key help is open: Escape or ? closes it. */
  help: boolean;
}

/** Every key, for the help overlay (`?`): keys and what they do, in the order a player meets them. */
export const KEY_HELP: readonly (readonly [string, string])[] = [
  ['Click · Tab / Shift+Tab', 'select a pilot (aiming: next / previous target)'],
  ['Click a tile · W A S D then F or Enter', 'move there (keyboard cursor, then confirm)'],
  [
    '1–9, 0 · M T O R H G B K P E',
    'actions: move, shoot, overwatch, reload, hunker, first aid, boost, climb, pull, interact',
  ],
  ['Q', 'fire the sidearm'],
  ['Enter · F', 'fire at the target, or act on the keyboard cursor’s tile (never ends the turn)'],
  ['Space', 'end the turn (asks first while pilots can still act)'],
  ['U · Ctrl+Z · Backspace', 'undo the last move (while no dice were rolled)'],
  ['Esc · right click', 'cancel aiming, close this help'],
  ['Arrows · drag · screen edges', 'pan the map'],
  ['Wheel · + −', 'zoom'],
  ['C', 'centre on the selected pilot'],
  [', .', 'animations slower / faster'],
  ['X', 'skip the animations'],
  ['[ ]', 'smaller / larger text'],
  ['N', 'sound on / off (the volume: the slider at the bottom right)'],
  ['?', 'this help'],
];

export interface KeyPress {
  key: string;
  shift?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  alt?: boolean;
}

const PAN_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];
const CURSOR: Record<string, [number, number]> = { w: [0, -1], s: [0, 1], a: [-1, 0], d: [1, 0] };

/**
 * The key map: a key press → the intent it stands for (null: nothing), and whether the browser's
 * own use of the key is prevented. Pure, so the whole map is tested without a browser.
 */
export function keyIntent(k: KeyPress, ctx: KeyContext): { intent: Intent | null; prevent: boolean } {
  const key = k.key;
  const lower = key.length === 1 ? key.toLowerCase() : key;
  const none = { intent: null, prevent: false };
  const to = (intent: Intent | null, prevent = false) => ({ intent, prevent });
  if (key === '?') return to({ type: 'help', open: !ctx.help }, true);
  if (ctx.help && key === 'Escape') return to({ type: 'help', open: false }, true);
  if (PAN_KEYS.includes(key)) return to({ type: 'pan_key', key: key as PanKey, down: true }, true);
  if (lower === 'x') return to({ type: 'skip' });
  if (key === '+' || key === '=') return to({ type: 'zoom', factor: 1.2 });
  if (key === '-' || key === '_') return to({ type: 'zoom', factor: 1 / 1.2 });
  if (lower === 'c') return to({ type: 'centre' });
  if (key === ',' || key === '<') return to({ type: 'speed', delta: -1 });
  if (key === '.' || key === '>') return to({ type: 'speed', delta: 1 });
  if (key === '[') return to({ type: 'text_size', delta: -1 });
  if (key === ']') return to({ type: 'text_size', delta: 1 });
  if (ctx.locked) return none;
  if (ctx.prompt && (key === ' ' || key === 'Enter')) return to({ type: 'answer', yes: true }, true);
  if (key === 'Tab') return to({ type: 'cycle', dir: k.shift ? -1 : 1 }, true);
  if (key === 'Escape') return to({ type: 'cancel' });
  // Enter and F confirm what is aimed or under the keyboard cursor, never the end of the turn (that is Space)
  if ((key === 'Enter' || lower === 'f') && ctx.targeting) return to({ type: 'confirm' }, true);
  if ((key === 'Enter' || lower === 'f') && ctx.cursor) return to({ type: 'cursor_click' }, true);
  if (key === ' ') return to(ctx.buttonFocused ? null : { type: 'end_turn' }, true);
  if (lower === 'u' || key === 'Backspace' || ((k.ctrl || k.meta) && lower === 'z')) return to({ type: 'undo' }, true);
  const step = CURSOR[lower];
  if (step) return to({ type: 'cursor', dx: step[0], dy: step[1] });
  const action = actionForKey(key);
  if (action && !k.ctrl && !k.meta && !k.alt) return to({ type: 'action', action });
  return none;
}

/** A drag starts panning once the pointer has travelled this far (client pixels); less is a click. */
export const DRAG_THRESHOLD = 6;

/**
 * Listens to the map canvas and the window and turns pointer, wheel and key events into intents,
 * all through `dispatch`. Returns the function that removes every listener.
 */
export function bindInput(
  canvas: HTMLCanvasElement,
  dispatch: Dispatch,
  context: () => Omit<KeyContext, 'buttonFocused'>,
): () => void {
  const cleanups: (() => void)[] = [];
  const on = <K extends keyof WindowEventMap>(
    target: Window | HTMLElement,
    type: K,
    fn: (e: WindowEventMap[K]) => void,
    opts?: AddEventListenerOptions,
  ) => {
    target.addEventListener(type, fn as EventListener, opts);
    cleanups.push(() => target.removeEventListener(type, fn as EventListener, opts));
  };
  let drag: { x: number; y: number; lastX: number; lastY: number; moved: boolean } | null = null;
  on(canvas, 'pointerdown', (e) => {
    if (e.button === 2) return;
    drag = { x: e.clientX, y: e.clientY, lastX: e.clientX, lastY: e.clientY, moved: false };
  });
  on(window, 'pointermove', (e) => {
    if (drag && Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > DRAG_THRESHOLD) drag.moved = true;
    dispatch({ type: 'point', x: e.clientX, y: e.clientY, overMap: e.target === canvas && !drag?.moved });
    if (drag?.moved) {
      dispatch({ type: 'drag', dx: e.clientX - drag.lastX, dy: e.clientY - drag.lastY });
      drag.lastX = e.clientX;
      drag.lastY = e.clientY;
    }
  });
  on(window, 'pointerup', (e) => {
    const d = drag;
    drag = null;
    if (!d) return;
    if (d.moved) dispatch({ type: 'drag_end' });
    else if (e.target === canvas) dispatch({ type: 'click', x: e.clientX, y: e.clientY });
  });
  on(document.documentElement, 'pointerleave', () => dispatch({ type: 'leave' }));
  on(canvas, 'contextmenu', (e) => {
    e.preventDefault();
    dispatch({ type: 'cancel' });
  });
  on(
    canvas,
    'wheel',
    (e) => {
      e.preventDefault();
      dispatch({ type: 'zoom', factor: e.deltaY < 0 ? 1.15 : 1 / 1.15, at: { x: e.clientX, y: e.clientY } });
    },
    { passive: false },
  );
  on(window, 'keydown', (e) => {
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement) return;
    const { intent, prevent } = keyIntent(
      { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey },
      { ...context(), buttonFocused: document.activeElement instanceof HTMLButtonElement },
    );
    if (prevent) e.preventDefault();
    if (intent) dispatch(intent);
  });
  on(window, 'keyup', (e) => {
    if (PAN_KEYS.includes(e.key)) dispatch({ type: 'pan_key', key: e.key as PanKey, down: false });
  });
  on(window, 'blur', () => dispatch({ type: 'release_keys' }));
  return () => {
    for (const c of cleanups) c();
  };
}
