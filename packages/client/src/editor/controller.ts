import { stringifyMap } from '@denizens/maps';
import type { Platform } from '../platform/platform';
import { buildMapJson } from './editorMap';
import type { Intent } from './intents';
import { saveWork } from './loadEditorMap';
import { playtestSeed } from './playtestSeed';
import { reduce } from './reduce';
import type { EditorState } from './state';

/** What the editor does outside its state: storage and downloads, starting a play-test, leaving. */
export interface EditorEffects {
  platform: Platform;
  /** False when stored work that could not be read or moved aside must not be overwritten (default true). */
  keepWork?: boolean;
  /** Starts a game on the map with the seed; returns why it cannot, or null. */
  playTest(map: unknown, seed: string): string | null;
  close(): void;
}

export interface EditorController {
  readonly state: EditorState;
  dispatch(intent: Intent): void;
}

/**
 * The editor's controller: the one place state changes. `dispatch` runs the intent through `reduce`, performs
 * its effects (the work in progress is saved whenever the map changed; export, play-test, close), then calls
 * `redraw(next, previous)` once. The view never changes state itself: one way, input → intent → state → view.
 */
export function createController(
  start: EditorState,
  effects: EditorEffects,
  redraw: (s: EditorState, prev: EditorState) => void,
): EditorController {
  let state = start;
  const c: EditorController = {
    get state() {
      return state;
    },
    dispatch(intent) {
      const prev = state;
      let next = reduce(prev, intent);
      const changed = next.hist.present !== prev.hist.present || next.seed !== prev.seed;
      if (changed && effects.keepWork !== false) saveWork(effects.platform, next.hist.present, next.seed);
      if (intent.kind === 'export') {
        const m = next.hist.present;
        effects.platform.download(`${m.id || 'map'}.json`, stringifyMap(buildMapJson(m)));
      } else if (intent.kind === 'playtest' && !next.issues.length) {
        const err = effects.playTest(buildMapJson(next.hist.present), playtestSeed(next));
        if (err) next = { ...next, refused: err };
        else return; // the editor is gone: the game screen took over
      } else if (intent.kind === 'close') return effects.close();
      state = next;
      redraw(next, prev);
    },
  };
  return c;
}
