import type { Application } from 'pixi.js';
import type { Session } from '../../game/session';
import { Hud } from '../../hud/hud';
import type { Platform } from '../../platform/platform';
import type { Textures } from '../../render/makeTextures';
import { bindInput } from './input';
import type { Intent } from './intents';
import { PixiView } from './pixiView';
import { type PlayOptions, PlayScreen } from './playScreen';

/**
 * Opens the play screen in the browser: the PixiJS view, the HUD (its buttons send intents), the
 * controller, and the input bound to it. The only file here that wires parts together.
 */
export function openPlay(
  app: Application,
  tex: Textures,
  platform: Platform,
  session: Session,
  opts: PlayOptions,
): PlayScreen {
  const view = new PixiView(app, tex, document.getElementById('stage')!);
  let dispatch = (_: Intent) => {};
  const hud = new Hud(document.getElementById('ui')!, {
    selectUnit: (id) => dispatch({ type: 'select', id }),
    action: (action) => dispatch({ type: 'action', action }),
    endTurn: () => dispatch({ type: 'end_turn' }),
    endMission: () => dispatch({ type: 'end_mission' }),
    undo: () => dispatch({ type: 'undo' }),
    speed: (delta) => dispatch({ type: 'speed', delta }),
    skip: () => dispatch({ type: 'skip' }),
    textScale: (delta) => dispatch({ type: 'text_size', delta }),
    exportReplay: () => dispatch({ type: 'export_replay' }),
    quit: () => dispatch({ type: 'quit' }),
  });
  const screen = new PlayScreen(session, platform, view, hud, opts);
  dispatch = (i) => screen.dispatch(i);
  screen.start();
  screen.onDestroy(bindInput(app.canvas, dispatch, () => screen.keyContext()));
  return screen;
}
