import { DEFAULT_MAP_ID } from '@denizens/maps';
import { Application, Container, Graphics } from 'pixi.js';
import { playtestPlatform } from './editor/playtestPlatform';
import { buildReplay } from './game/buildReplay';
import { rebuildLog } from './game/combatLog';
import { checkMap, loadBuiltinMap } from './game/loadMap';
import { builtinMaps } from './game/replayHashes';
import {
  exportSaveText,
  inspectSave,
  keptSaves,
  restoreSave,
  SAVE_KEY,
  setAsideUnreadable,
  writeAutosave,
} from './game/saveGame';
import { createSession, type Session } from './game/session';
import { mark, perfMarks } from './perfMarks';
import { browserPlatform } from './platform/browserPlatform';
import type { Platform } from './platform/platform';
import { frameLoopOf } from './render/frameLoop';
import { makeTextures } from './render/makeTextures';
import { showEnd } from './screens/endScreen';
import { openPlay } from './screens/play/openPlay';
import type { PlayScreen } from './screens/play/playScreen';
import { showTitle } from './screens/titleScreen';
import { readReplayFragment, shareLink } from './screens/viewer/shareLink';
import { openTimeline } from './screens/viewer/timeline';
import { ViewerScreen } from './screens/viewer/viewerScreen';
import { installTestHandle, testHandleWanted } from './testHandle';

// The one init file: browser side effects start here.
const platform = browserPlatform();
const query = platform.query();
const ui = document.getElementById('ui')!;
const state: { screen: string; play: PlayScreen | null; viewer: ViewerScreen | null } = {
  screen: 'boot',
  play: null,
  viewer: null,
};
let closeOverlay: (() => void) | null = null;

const textSize = Number(platform.load('denizens.textSize'));
if (textSize >= 12 && textSize <= 26) document.documentElement.style.fontSize = `${textSize}px`;

async function boot(): Promise<void> {
  mark('boot');
  const app = new Application();
  await app.init({
    resizeTo: window,
    backgroundAlpha: 0,
    antialias: false,
    preference: 'webgl',
    resolution: 1,
    autoDensity: true,
    // frames are drawn on demand (render/frameLoop.ts), never by PixiJS's ticker
    autoStart: false,
  });
  const loop = frameLoopOf(app);
  mark('renderer');
  document.getElementById('stage')!.append(app.canvas);
  app.canvas.setAttribute('aria-label', 'Game map');
  if (testHandleWanted(query)) installTestHandle(state, loop);
  if (query.get('bench') === 'empty') {
    // the benchmark's baseline: an empty stage in the same page and renderer
    app.stage.addChild(new Container().addChild(new Graphics().rect(0, 0, 1, 1).fill(0x000000)));
    state.screen = 'bench-empty';
    document.getElementById('boot')?.remove();
    loop.hold(); // the peer of the benchmark's figures: an empty stage drawn every display frame
    return;
  }
  const tex = makeTextures();
  mark('textures');
  document.getElementById('boot')?.remove();

  const clear = () => {
    closeOverlay?.();
    closeOverlay = null;
    state.play?.destroy();
    state.play = null;
    state.viewer?.destroy();
    state.viewer = null;
  };

  /** `store`: where the game autosaves (a play-test from the editor gets one that never touches the player's save). */
  const play = (session: Session, exit: () => void = title, store: Platform = platform) => {
    // an autosave that cannot be read is never overwritten: it is moved aside first (and the player told)
    let aside: string | null = null;
    try {
      aside = setAsideUnreadable(store);
    } catch (e) {
      return title(`The game was not started, so the unreadable autosave is not overwritten: ${(e as Error).message}`);
    }
    clear();
    state.screen = 'play';
    state.play = openPlay(app, tex, store, session, {
      onExit: exit,
      onGameOver: (s) => {
        state.screen = 'end';
        // the stats, and the turn as the log said it, from the game's own command log
        const { stats } = rebuildLog(s.map, s.seed, s.commands, new Map(s.names));
        closeOverlay = showEnd(
          ui,
          {
            outcome: s.world.header.outcome,
            reason: s.world.header.reason,
            turn: stats.endTurn ?? s.world.header.turn,
            hash: buildReplay(s).result.hash,
            mapName: s.map.name,
            stats,
          },
          {
            exportReplay: () =>
              platform.download(
                `denizens-${s.map.id}-${s.seed}.replay.json`,
                `${JSON.stringify(buildReplay(s), null, 1)}\n`,
              ),
            // the game just played, in the viewer (the same text Export writes)
            watchReplay: () =>
              openViewer(`${JSON.stringify(buildReplay(s), null, 1)}\n`, `denizens-${s.map.id}-${s.seed}.replay.json`),
            // a new game on the same map data (an edited map keeps its edits even when it reuses a built-in id)
            newGame: () => play(createSession(s.map, String(Math.floor(Math.random() * 99999)), s.mapId), exit, store),
            title: exit,
          },
        );
      },
    });
    writeAutosave(store, session);
    if (aside) {
      const note = `The autosave that could not be read was kept as "${aside}": export or discard it from the title screen.`;
      state.play.hud.log(note, 'bad');
      state.play.hud.toast(note);
    }
    mark('scene');
    if (!('playable' in perfMarks)) loop.afterNextRender(() => requestAnimationFrame(() => mark('playable')));
  };

  const newGame = (mapId: string, seed: string, error?: (m: string) => void) => {
    const m = loadBuiltinMap(mapId);
    if (!m.ok) return error ? error(m.error) : title(m.error);
    play(createSession(m.map, seed, mapId));
  };

  const continueGame = () => {
    const text = platform.load(SAVE_KEY);
    const r = text ? restoreSave(text) : { ok: false as const, error: 'there is no saved game' };
    if (!r.ok) return title(`Could not continue: ${r.error}`);
    play(r.session);
  };

  /** The replay viewer on a replay's text: checked first; another rules version or a broken file is named, nothing plays. */
  const openViewer = (text: string, name = 'replay') => {
    const t = openTimeline(text, name, builtinMaps);
    if (!t.ok) return title(`This replay cannot be shown: ${t.error}`);
    clear();
    state.screen = 'viewer';
    state.viewer = new ViewerScreen(app, tex, ui, t.timeline, {
      onExit: () => {
        if (location.hash) history.replaceState(null, '', location.pathname + location.search);
        title();
      },
      download: (filename, body) => platform.download(filename, body),
      share: (body) => shareLink(location.href, body),
    });
  };
  const loadReplay = (text: string, name?: string) => openViewer(text, name);

  // a replay file dropped anywhere on the page opens in the viewer
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    const f = e.dataTransfer?.files[0];
    if (!f) return;
    e.preventDefault();
    void f.text().then((text) => openViewer(text, f.name));
  });

  const openEditor = async () => {
    clear();
    state.screen = 'editor';
    const { openEditor: open } = await import('./editor/openEditor');
    closeOverlay = open(ui, {
      playTest: (map, seed) => {
        const m = checkMap(map, 'editor.json');
        if (!m.ok) return m.error;
        // back to the editor afterwards; the play-test autosaves apart from the player's game
        play(createSession(m.map, seed, m.map.id), () => void openEditor(), playtestPlatform(platform));
        return null;
      },
      close: title,
      platform,
    });
  };

  function title(error = ''): void {
    clear();
    state.screen = 'title';
    closeOverlay = showTitle(
      ui,
      inspectSave(platform),
      keptSaves(platform),
      {
        newGame: (id, seed) => newGame(id, seed),
        continueGame,
        loadReplay,
        openEditor: () => void openEditor(),
        exportSave: (key) => exportSaveText(platform, key),
        discardSave: (key) => {
          platform.remove(key);
          title();
        },
      },
      error,
    );
  }

  const mapParam = query.get('map');
  const linked = await readReplayFragment(location.hash);
  if (linked)
    return linked.ok ? openViewer(linked.text, 'linked replay') : title(`Could not open the link: ${linked.error}`);
  const replayUrl = query.get('replay');
  if (replayUrl) {
    // a replay file hosted beside the game (a relative URL only: the page never fetches from elsewhere)
    const url = new URL(replayUrl, location.href);
    if (url.origin !== location.origin) return title('?replay= takes a file beside the game (a relative URL).');
    const res = await fetch(url).catch((e: unknown) => ({ ok: false, status: String(e) }) as const);
    if (!res.ok) return title(`Could not fetch ${replayUrl}: ${res.status}`);
    return openViewer(await (res as Response).text(), url.pathname.split('/').pop());
  }
  if (mapParam || query.has('seed')) newGame(mapParam ?? DEFAULT_MAP_ID, query.get('seed') ?? '1');
  else if (query.has('continue')) continueGame();
  else if (query.has('editor')) void openEditor();
  else title();
}

boot().catch((e: unknown) => {
  const b = document.getElementById('boot');
  if (b) b.textContent = `Denizens could not start: ${(e as Error).message ?? e}`;
  console.error(e);
});
