import { Faction, hashWorld, unitsSorted, type VerifyResult } from '@denizens/engine';
import type { SoundBoard } from './audio/soundBoard';
import type { CampaignRun } from './game/campaignRun';
import { type ReplayHashes, replayHashes, verifyWithBuiltins } from './game/replayHashes';
import { perfMarks } from './perfMarks';
import type { Fill } from './render/fillMeter';
import type { PlayScreen } from './screens/play/playScreen';
import type { ViewerScreen, ViewerStatus } from './screens/viewer/viewerScreen';

/**
 * What browser tests and replay checks may read (never write): the world hash, turn, phase and a few views.
 * One exception, for tests that need a mission's end without clicking through it: `playOut` lets the squad's
 * AI play on through the engine (commands like a player's, autosaved and replayable).
 */
export interface TestHandle {
  readonly screen: string;
  hash(): string | null;
  turn(): number | null;
  phase(): string | null;
  outcome(): string | null;
  busy(): boolean;
  selected(): string | null;
  commands(): number;
  /** Units as the world has them; `visible`: the figure is shown, `outlined`: a wall hides it and its outline shows. */
  units(): {
    id: string;
    faction: 'squad' | 'lgf' | 'captive';
    x: number;
    y: number;
    hp: number;
    ap: number;
    visible: boolean;
    outlined: boolean;
  }[];
  /** Strike marks (craters with their scorch) the floor shows. */
  strikeMarks(): number | null;
  /** Painted into the ground canvas, not drawn by WebGL every frame: tiles of lingering dust, still glows. */
  ground(): { dust: number; glows: number } | null;
  /**
   * What the WebGL canvas covers now (render/fillMeter.ts): pixels summed over every object drawn, by kind. In
   * software rendering this area, not the number of sprites, is what a frame costs.
   */
  fill(): Fill | null;
  /** Fog of war: tiles in sight now and tiles remembered from before (dimmed). */
  fog(): { visible: number; remembered: number } | null;
  /** Client pixel of a tile centre (to click on it). */
  tileToClient(x: number, y: number): { x: number; y: number } | null;
  errors: string[];
  /** The engine's `verifyReplayText` on a replay file's text, with the built-in maps (touches no game). */
  verifyReplay(text: string): VerifyResult;
  /** Re-simulates a replay file: every per-turn hash and the final hash (touches no game). */
  replayHashes(text: string): ReplayHashes;
  /** The replay viewer: cursor (commands applied), turn, playing, turns verified so far, divergence, world hash. */
  viewer(): ViewerStatus | null;
  /** The campaign on screen or in play (a copy): the engine's campaign state and the debriefs so far. */
  campaign(): CampaignRun | null;
  /**
   * The squad's AI plays the game on for up to `turns` turns (or to its end) through the engine; then a campaign
   * mission that ended shows its debrief, anything else the play screen again. Returns the outcome.
   */
  playOut(turns: number): string;
  /** Start-up timings in ms since navigation start (boot, renderer, textures, playable). */
  marks: Readonly<Record<string, number>>;
  /** Frames drawn so far (frames are drawn on demand: an idle screen draws none) and holds still animating. */
  frames(): { rendered: number; animating: number };
  /** Sound: the settings, the audio context's state ('none': never made) and the sounds asked for so far. */
  sound(): { muted: boolean; volume: number; context: string; asked: number; recent: string[] };
}

/** The handle is there in test builds (`vite build --mode test`) or with ?test / ?debug in the URL. */
export function testHandleWanted(query: URLSearchParams): boolean {
  return import.meta.env.MODE === 'test' || query.has('test') || query.has('debug');
}

export function installTestHandle(
  state: {
    screen: string;
    play: PlayScreen | null;
    viewer?: ViewerScreen | null;
    campaign?: CampaignRun | null;
    autoplay?: ((turns: number) => string) | null;
  },
  loop: { readonly rendered: number; readonly animating: number },
  sound: SoundBoard,
): void {
  const errors: string[] = [];
  window.addEventListener('error', (e) => errors.push(String(e.message)));
  const w = () => state.play?.session.world ?? null;
  const handle: TestHandle = {
    get screen() {
      return state.screen;
    },
    hash: () => (w() ? hashWorld(w()!) : null),
    turn: () => w()?.header.turn ?? null,
    phase: () => w()?.header.phase ?? null,
    outcome: () => w()?.header.outcome ?? null,
    busy: () => state.play?.isBusy ?? false,
    selected: () => state.play?.selectedId ?? null,
    commands: () => state.play?.session.commands.length ?? 0,
    units: () => {
      const world = w();
      const play = state.play;
      if (!world || !play) return [];
      const { Unit, Position, Health, Actions } = world.c;
      return unitsSorted(world).map((e) => ({
        id: Unit.id[e]!,
        faction:
          Unit.faction[e] === Faction.squad
            ? ('squad' as const)
            : Unit.faction[e] === Faction.captive
              ? ('captive' as const)
              : ('lgf' as const),
        x: Position.x[e]!,
        y: Position.y[e]!,
        hp: Health.hp[e]!,
        ap: Actions.ap[e]!,
        visible: play.unitShown(Unit.id[e]!),
        outlined: play.unitOutlined(Unit.id[e]!),
      }));
    },
    fog: () => state.play?.fogCounts ?? null,
    strikeMarks: () => state.play?.strikeMarks ?? null,
    ground: () => state.play?.groundLights ?? null,
    fill: () => state.play?.fill ?? null,
    tileToClient: (x, y) => state.play?.tileToClient(x, y) ?? null,
    errors,
    verifyReplay: (text) => verifyWithBuiltins(text),
    replayHashes: (text) => replayHashes(text),
    viewer: () => state.viewer?.status() ?? null,
    campaign: () => (state.campaign ? (JSON.parse(JSON.stringify(state.campaign)) as CampaignRun) : null),
    playOut: (turns) => state.autoplay?.(turns) ?? 'not available',
    marks: perfMarks,
    frames: () => ({ rendered: loop.rendered, animating: loop.animating }),
    sound: () => ({
      muted: sound.muted,
      volume: sound.volume,
      context: sound.outState,
      asked: sound.asked,
      recent: [...sound.recent],
    }),
  };
  Object.defineProperty(window, 'denizens', { value: Object.freeze(handle), configurable: true });
}
