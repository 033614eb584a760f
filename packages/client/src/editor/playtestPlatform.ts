import { SAVE_KEY } from '../game/saveGame';
import type { Platform } from '../platform/platform';

/** Where a play-test keeps its autosave: never the player's saved game. */
export const PLAYTEST_SAVE_KEY = 'denizens.editor.playtest';

/**
 * The platform a play-test's game runs on: the same storage and downloads, except that the autosave key is
 * redirected to `PLAYTEST_SAVE_KEY`, so trying a map out never replaces (or sets aside) the player's game.
 */
export function playtestPlatform(p: Platform): Platform {
  const key = (k: string) => (k === SAVE_KEY ? PLAYTEST_SAVE_KEY : k);
  return {
    load: (k) => p.load(key(k)),
    save: (k, v) => p.save(key(k), v),
    remove: (k) => p.remove(key(k)),
    keys: () => p.keys(),
    query: () => p.query(),
    download: (f, t, m) => p.download(f, t, m),
  };
}
