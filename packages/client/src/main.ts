import { chooseCommand, extractedIds, Faction } from '@denizens/engine';
import { DEFAULT_MAP_ID, formatIssue, formatWarning, parseMapText } from '@denizens/maps';
import { Application, Container, Graphics } from 'pixi.js';
import { silentOut } from './audio/audioOut';
import { conduitTiles, humLevel } from './audio/hum';
import { SoundBoard } from './audio/soundBoard';
import { bindSoundGestures, mountSoundControl } from './audio/soundControl';
import { webAudioOut } from './audio/webAudio';
import { playtestPlatform } from './editor/playtestPlatform';
import { buildReplay } from './game/buildReplay';
import type { CampaignRun } from './game/campaignRun';
import { rebuildLog } from './game/combatLog';
import { checkMap, loadBuiltinMap } from './game/loadMap';
import { builtinMaps } from './game/replayHashes';
import {
  exportSaveText,
  inspectSave,
  keptSaves,
  type ReadSave,
  readSave,
  SAVE_KEY,
  setAsideUnreadable,
  writeAutosave,
} from './game/saveGame';
import { createSession, type Session, sendCommand } from './game/session';
import { mark, perfMarks } from './perfMarks';
import { browserPlatform } from './platform/browserPlatform';
import type { Platform } from './platform/platform';
import { frameLoopOf } from './render/frameLoop';
import { makeTextures } from './render/makeTextures';
import { campaignFlow } from './screens/campaign/campaignFlow';
import { showSlots } from './screens/campaign/slotsScreen';
import { showEnd } from './screens/endScreen';
import { showPause } from './screens/pauseMenu';
import { openPlay } from './screens/play/openPlay';
import type { PlayResume, PlayScreen } from './screens/play/playScreen';
import { showTitle } from './screens/titleScreen';
import { openWatched } from './screens/viewer/chronicle';
import { readReplayFragment, shareLink } from './screens/viewer/shareLink';
import { ViewerScreen } from './screens/viewer/viewerScreen';
import { installTestHandle, testHandleWanted } from './testHandle';

// The one init file: browser side effects start here.
const platform = browserPlatform();
const query = platform.query();
const ui = document.getElementById('ui')!;
const state: {
  screen: string;
  play: PlayScreen | null;
  viewer: ViewerScreen | null;
  campaign: CampaignRun | null;
  autoplay: ((turns: number) => string) | null;
} = {
  screen: 'boot',
  play: null,
  viewer: null,
  campaign: null,
  autoplay: null,
};
let closeOverlay: (() => void) | null = null;

// sound: silent in tests (`?test`: no audio context is ever made), else Web Audio once the player clicks or types
const sound = new SoundBoard(platform, query.has('test') ? silentOut() : webAudioOut());
bindSoundGestures(sound);
mountSoundControl(sound);

const textSize = Number(platform.load('denizens.textSize'));
if (textSize >= 12 && textSize <= 26) document.documentElement.style.fontSize = `${textSize}px`;

/** A game's replay file, as Export writes it and the viewer opens it. */
const replayText = (s: Session) => `${JSON.stringify(buildReplay(s), null, 1)}\n`;
const replayName = (s: Session) => `denizens-${s.map.id}-${s.seed}.replay.json`;

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
  if (testHandleWanted(query)) installTestHandle(state, loop, sound);
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
    sound.hum(0);
  };

  /** `store`: where the game autosaves (a play-test from the editor gets one that never touches the player's save). */
  /** `resume`: the same game back from the replay viewer (its camera and selection as they were left). */
  const play = (session: Session, exit: () => void = title, store: Platform = platform, resume?: PlayResume) => {
    // an autosave that cannot be read is never overwritten: it is moved aside first (and the player told)
    let aside: string | null = null;
    try {
      aside = setAsideUnreadable(store);
    } catch (e) {
      return title(`The game was not started, so the unreadable autosave is not overwritten: ${(e as Error).message}`);
    }
    clear();
    state.screen = 'play';
    const conduits = conduitTiles(session.world.grid);
    state.play = openPlay(app, tex, store, session, {
      sound,
      humAt: (x, y) => humLevel(conduits, x, y),
      resume,
      onExit: exit,
      // the top bar's Menu: the pause menu
      onMenu: () => pause(session, exit, store),
      onGameOver: (s) => {
        // a campaign mission ends in its debrief, with the squad carried over by the engine
        if (s.campaign) return campaign.missionOver(s);
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
            squad: { size: s.map.squad.length, out: extractedIds(s.world).length },
          },
          {
            exportReplay: () => platform.download(replayName(s), replayText(s)),
            // the game just played, in the viewer (the same text Export writes)
            watchReplay: () => openViewer(replayText(s), replayName(s)),
            // a new game on the same map data (an edited map keeps its edits even when it reuses a built-in id)
            newGame: () => play(createSession(s.map, String(Math.floor(Math.random() * 99999)), s.mapId), exit, store),
            title: exit,
          },
        );
      },
    });
    writeAutosave(store, session);
    state.campaign = session.campaign;
    if (aside) {
      const note = `The autosave that could not be read was kept as "${aside}": export or discard it from the title screen.`;
      state.play.hud.log(note, 'bad');
      state.play.hud.toast(note);
    }
    mark('scene');
    if (!('playable' in perfMarks)) loop.afterNextRender(() => requestAnimationFrame(() => mark('playable')));
  };

  /**
   * The pause menu over a game in progress: resume; watch the game so far in the viewer and come back
   * to it (the viewer re-simulates the replay on worlds of its own: the session is left as it is, and
   * the play screen is opened on it again, its camera and selection as they were, with no "Continued" line);
   * or leave (the game is saved).
   */
  const pause = (session: Session, exit: () => void, store: Platform) => {
    if (closeOverlay) return;
    state.screen = 'pause';
    const close = showPause(
      ui,
      {
        resume: () => {
          close();
          closeOverlay = null;
          state.screen = 'play';
        },
        watchReplay: () => {
          const left = state.play?.resumePoint;
          openViewer(replayText(session), replayName(session), {
            label: 'Back to the game',
            exit: () => play(session, exit, store, left),
          });
        },
        leave: exit,
      },
      { mapName: session.map.name, turn: session.world.header.turn, commands: session.commands.length },
    );
    closeOverlay = close;
  };

  const newGame = (mapId: string, seed: string, error?: (m: string) => void) => {
    const m = loadBuiltinMap(mapId);
    if (!m.ok) return error ? error(m.error) : title(m.error);
    play(createSession(m.map, seed, mapId));
  };

  /**
   * A game started by a link (`?map=…&seed=…`; `play` saves it at once): the address becomes `?continue`, so a
   * reload goes on with this game instead of starting it again over its own autosave.
   */
  const linkGame = (mapId: string, seed: string) => {
    const m = loadBuiltinMap(mapId);
    if (!m.ok) return title(m.error);
    const session = createSession(m.map, seed, mapId);
    play(session);
    if (state.play?.session !== session) return; // not started (an unreadable autosave could not be set aside)
    const q = new URLSearchParams(location.search);
    q.delete('map');
    q.delete('seed');
    q.set('continue', '');
    history.replaceState(null, '', `${location.pathname}?${q.toString().replace(/=(&|$)/g, '$1')}${location.hash}`);
  };

  const continueGame = () => {
    const text = platform.load(SAVE_KEY);
    const r = text ? readSave(text) : { ok: false as const, error: 'there is no saved game' };
    if (!r.ok) return title(`Could not continue: ${r.error}`);
    continueWith(r);
  };

  /** Goes on with a save exactly where it was: a campaign's briefing or end, a mission (or its debrief), a game. */
  const continueWith = (r: Extract<ReadSave, { ok: true }>, aside: string | null = null) => {
    if (r.kind === 'campaign') return campaign.resume(r.run);
    // a campaign mission that had ended before its debrief was shown: the debrief now
    if (r.session.campaign && r.session.world.header.outcome !== 'ongoing') return campaign.missionOver(r.session);
    play(r.session);
    if (aside) state.play?.hud.toast(`The unreadable autosave was kept as "${aside}".`);
  };

  /** The save slots over whatever was on screen; `back` returns there. */
  const saves = (back: () => void) => {
    clear();
    state.screen = 'slots';
    closeOverlay = showSlots(ui, platform, {
      loaded: (r, aside) => continueWith(r, aside),
      back,
      now: () => new Date().toISOString(),
    });
  };

  const campaign = campaignFlow({
    ui,
    platform,
    show: (screen, close) => {
      clear();
      state.screen = screen;
      closeOverlay = close;
    },
    play: (session) => play(session),
    title: (error) => title(error),
    saves,
    watchReplay: (s) =>
      openViewer(`${JSON.stringify(buildReplay(s), null, 1)}\n`, `denizens-${s.map.id}-${s.seed}.replay.json`),
    exportReplay: (s) =>
      platform.download(
        `denizens-${s.map.id}-${s.seed.replace(/[^a-z0-9.-]/gi, '_')}.replay.json`,
        `${JSON.stringify(buildReplay(s), null, 1)}\n`,
      ),
    current: (run) => {
      state.campaign = run;
    },
  });

  /** An authored map file: validated with the maps package (every message shown), then played. */
  const openMap = (text: string, fileName: string, seed: string) => {
    const r = parseMapText(text, fileName);
    if (!r.ok) {
      const shown = r.issues.slice(0, 12).map(formatIssue);
      const more = r.issues.length > shown.length ? [`…and ${r.issues.length - shown.length} more`] : [];
      return title(`This map cannot be played:\n${[...shown, ...more].join('\n')}`);
    }
    play(createSession(r.map, seed, r.map.id));
    state.play?.hud.log(
      `${fileName}: a valid map${r.warnings.length ? `, ${r.warnings.length} warning(s)` : ''}.`,
      'phase',
    );
    for (const w of r.warnings.slice(0, 5)) state.play?.hud.log(formatWarning(w), 'bad');
  };

  // test builds: the squad's AI plays the mission on from here through the engine (a browser test's jump)
  state.autoplay = (turns) => {
    const p = state.play;
    if (!p || state.screen !== 'play' || p.isBusy) return 'not playing';
    const s = p.session;
    const last = s.world.header.turn + turns;
    let guard = 0;
    while (s.world.header.outcome === 'ongoing' && s.world.header.turn < last && guard++ < 5000) {
      const cmd =
        s.world.header.phase === 'player' ? chooseCommand(s.world, Faction.squad) : { type: 'end_turn' as const };
      const r = sendCommand(s, cmd);
      if (!r.ok && !sendCommand(s, { type: 'end_turn' }).ok) return `refused: ${r.rejection.message}`;
    }
    writeAutosave(platform, s);
    if (s.world.header.outcome !== 'ongoing' && s.campaign) campaign.missionOver(s);
    else play(s, title);
    return s.world.header.outcome;
  };

  /**
   * The replay viewer on a replay's text: checked first; another rules version or a broken file is named,
   * nothing plays. `back`: where its exit leads (the game in progress), instead of the title screen.
   */
  const openViewer = (text: string, name = 'replay', back?: { label: string; exit: () => void }) => {
    const t = openWatched(text, name, builtinMaps);
    if (!t.ok) return title(`This replay cannot be shown: ${t.error}`);
    clear();
    state.screen = 'viewer';
    state.viewer = new ViewerScreen(app, tex, ui, t.timeline, t.chronicle, {
      exitLabel: back?.label,
      onExit: () => {
        if (location.hash) history.replaceState(null, '', location.pathname + location.search);
        if (back) back.exit();
        else title();
      },
      download: (filename, body) => platform.download(filename, body),
      share: (body) => shareLink(location.href, body),
    });
  };
  const loadReplay = (text: string, name?: string) => openViewer(text, name);

  // a file dropped anywhere on the page: a map is played (on the title screen's seed), a replay opens in the viewer
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    const f = e.dataTransfer?.files[0];
    if (!f) return;
    e.preventDefault();
    void f.text().then((text) => {
      if (!isMapText(text)) return openViewer(text, f.name);
      const seed = document.querySelector<HTMLInputElement>('#seed-input')?.value.trim() || '1';
      openMap(text, f.name, seed);
    });
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
        campaign: (seed) => campaign.choose(seed),
        saves: () => saves(() => title()),
        openMap,
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
  if (mapParam || query.has('seed')) linkGame(mapParam ?? DEFAULT_MAP_ID, query.get('seed') ?? '1');
  else if (query.has('continue')) continueGame();
  else if (query.has('editor')) void openEditor();
  else title();
}

/** A dropped file is a map (not a replay) when its JSON says so near the top: format "denizens-map". */
function isMapText(text: string): boolean {
  const head = text.slice(0, 4000);
  return /"format"\s*:\s*"denizens-map"/.test(head);
}

boot().catch((e: unknown) => {
  const b = document.getElementById('boot');
  if (b) b.textContent = `Denizens could not start: ${(e as Error).message ?? e}`;
  console.error(e);
});
