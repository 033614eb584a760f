import { type GameWorld, unitsSorted } from '@denizens/engine';
import type { Session } from '../../game/session';
import type { CardData } from '../../hud/squadCards';
import { memoryPlatform } from '../../platform/platform';
import type { UnitSprite } from './animate';
import type { Intent } from './intents';
import { type PlayOptions, PlayScreen } from './playScreen';
import type { HudPort, PlayView } from './view';

/**
 * The play screen without a browser (for tests): a view and a HUD that record what they are asked
 * to draw, a memory platform, and a frame pump that runs the animations to the end.
 */
export function headlessPlay(session: Session, opts: Partial<PlayOptions> = {}) {
  const drawn: string[] = [];
  const hudCalls: string[] = [];
  const toasts: string[] = [];
  const logLines: string[] = [];
  /** The story's lines told as captions one after another (Hud.tell), as "speaker: words". */
  const told: string[] = [];
  const help = { open: false };
  /** The top bar as last drawn: the turn it shows and the lost-objective warning. */
  const top: { turn: number; lost: string | null } = { turn: 0, lost: null };
  /** Every top bar drawn: the turn, whether it was drawn while animating, and the objective line. */
  const tops: { turn: number; busy: boolean; objective: string }[] = [];
  const prompt: { text: string | null; yes: () => void; no: () => void } = { text: null, yes: () => {}, no: () => {} };
  const units = new Map<string, UnitSprite>();
  /** Each unit's health pips as last redrawn by an animation, and every card render's hit points. */
  const pips = new Map<string, number>();
  const cardHp: Map<string, number>[] = [];
  const cardBusy: boolean[] = [];
  /** Every list of cards drawn, in order. */
  const cards: (readonly CardData[])[] = [];
  let screen: PlayScreen | null = null;
  const floats: string[] = [];
  /** What each terrain draw showed beyond the world: walls still standing, strike marks. And the walls that fell. */
  const terrain: { standing: number[]; marks: number }[] = [];
  const falls: string[] = [];
  let frame: ((dt: number) => unknown) | null = null;
  /** Frames asked for (requestRender) and holds on the frame loop not yet released. */
  const renders = { count: 0, holds: 0 };
  const sprite = (id: string, x: number, y: number): UnitSprite => {
    const s: UnitSprite = {
      tileX: x,
      tileY: y,
      faction: 0,
      setTile: (tx, ty) => {
        s.tileX = tx;
        s.tileY = ty;
      },
      setHp: (hp) => void pips.set(id, hp),
      root: { visible: true, alpha: 1, rotation: 0, scale: { set: () => {} }, pivot: { y: 0 } },
    };
    return s;
  };
  const view: PlayView = {
    screen: { width: 1280, height: 720 },
    drawTerrain: (_w, shown) => {
      drawn.push('terrain');
      terrain.push({ standing: [...(shown?.standing ?? [])], marks: shown?.marks.length ?? 0 });
    },
    fallingWall: (x, y) => {
      falls.push(`${x},${y}`);
      return { step: () => {}, destroy: () => {} };
    },
    strikeMarks: () => terrain.at(-1)?.marks ?? 0,
    groundLights: () => ({ dust: 0, glows: 0 }),
    fill: () => ({ pixels: 0, drawn: 0, by: {}, count: {} }),
    drawFog: () => void drawn.push('fog'),
    drawGround: () => void drawn.push('ground'),
    drawUnits: (world: GameWorld, visible) => {
      drawn.push(visible ? 'units' : 'selection');
      if (!visible) return;
      const { Unit, Position } = world.c;
      for (const eid of unitsSorted(world))
        if (!units.has(Unit.id[eid]!))
          units.set(Unit.id[eid]!, sprite(Unit.id[eid]!, Position.x[eid]!, Position.y[eid]!));
    },
    drawOverlays: () => void drawn.push('overlays'),
    applyCamera: () => {},
    update: () => false,
    requestRender: () => void renders.count++,
    hold: () => {
      renders.holds++;
      return () => void renders.holds--;
    },
    onFrame: (fn) => {
      frame = fn;
      return () => (frame = null);
    },
    focused: () => false,
    mapCentre: () => ({ sx: 0, sy: 0 }),
    unit: (id) => units.get(id),
    unitShown: (id) => units.get(id)?.root.visible ?? false,
    unitOutlined: () => false,
    emit: () => {},
    tracer: () => ({ draw: () => {}, destroy: () => {} }),
    float: (_x, _y, text) => {
      floats.push(text);
      return { place: () => {}, destroy: () => {} };
    },
    scaleText: () => 16,
    destroy: () => {},
  };
  const record =
    (name: string) =>
    (..._: unknown[]) =>
      void hudCalls.push(name);
  const hud: HudPort = {
    setTop: (_map, turn, _phase, busy, objective, lost) => {
      hudCalls.push('top');
      tops.push({ turn, busy, objective: objective ?? '' });
      Object.assign(top, { turn, lost: lost ?? null });
    },
    setSpeed: record('speed'),
    renderCards: (list) => {
      drawn.push('cards');
      cardHp.push(new Map(list.map((c) => [c.id, c.hp])));
      cards.push(list);
      cardBusy.push(screen?.isBusy ?? false);
    },
    setActions: () => void drawn.push('bar'),
    showTip: () => void drawn.push('tip'),
    hideTip: () => void drawn.push('tip'),
    banner: record('banner'),
    toast: (text: string) => void toasts.push(text),
    say: record('say'),
    tell: (lines) => {
      hudCalls.push('tell');
      for (const l of lines) told.push(`${l.speaker}: ${l.text}`);
    },
    setBadges: () => void drawn.push('badges'),
    setMapLabels: () => void drawn.push('labels'),
    setHelp: (keys) => {
      drawn.push('help');
      help.open = keys !== null;
    },
    setPrompt: (p, yes, no) => {
      drawn.push('prompt');
      Object.assign(prompt, { text: p?.text ?? null, yes, no });
    },
    log: (line: string) => void logLines.push(line),
    destroy: record('destroy'),
  };
  const platform = memoryPlatform();
  screen = new PlayScreen(session, platform, view, hud, { onExit: () => {}, onGameOver: () => {}, ...opts });
  screen.start();
  return {
    screen,
    platform,
    drawn,
    toasts,
    logLines,
    told,
    units,
    pips,
    cardHp,
    /** Whether the screen was animating at each card render. */
    cardBusy,
    cards,
    floats,
    renders,
    terrain,
    falls,
    /** Runs one frame of `dt` seconds; true when the screen wants the next frame too. */
    frame: (dt: number) => frame?.(dt) ?? false,
    /** The question asked over the map (text null: none) and its two answers. */
    prompt,
    help,
    top,
    tops,
    dispatch: (i: Intent) => screen.dispatch(i),
    /** Runs frames (a second each) until the animations are over. */
    async settle(): Promise<void> {
      for (let i = 0; i < 2000; i++) {
        await new Promise((r) => setTimeout(r, 0));
        if (!screen.isBusy) return;
        frame?.(1);
      }
      throw new Error('the animations never finished');
    },
  };
}
