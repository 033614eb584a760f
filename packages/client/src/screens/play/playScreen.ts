import {
  type Command,
  Faction,
  type GameWorld,
  objectiveReach,
  openBreaches,
  pendingStrikes,
  strikeTiles,
  unitById,
  unitsSorted,
  visibleTo,
} from '@denizens/engine';
import type { Camera } from '../../camera/camera';
import { buildReplay } from '../../game/buildReplay';
import { logLines, rebuildLog } from '../../game/combatLog';
import { exploredTiles } from '../../game/exploredTiles';
import { fogEvents } from '../../game/fogEvents';
import { openingLines } from '../../game/openingLines';
import { writeAutosave } from '../../game/saveGame';
import { type Session, sendCommand } from '../../game/session';
import type { ShownEvent } from '../../game/shownEvents';
import { squadSight } from '../../game/squadSight';
import { undoLastMove } from '../../game/undoLastMove';
import { screenToTile } from '../../iso/screenToTile';
import type { Platform } from '../../platform/platform';
import type { Fill } from '../../render/fillMeter';
import { Tweens } from '../../render/tweens';
import { animate, type Stage } from './animate';
import {
  cameraMoving,
  centreOn,
  clientToTile,
  dragBy,
  frameTiles,
  homeCamera,
  jumpCamera,
  stepCamera,
  tileToClient,
  zoomBy,
} from './cameraRig';
import * as choose from './choose';
import type { KeyContext } from './input';
import type { Intent } from './intents';
import { DRAW, type DrawContext, readyPilots, terrainKey } from './layers';
import { createState, fogOf, LAYERS, type Layer, type PlayState, resetMode, SPEEDS } from './state';
import { capitalise } from './tooltip';
import type { HudPort, PlayView } from './view';

export interface PlayOptions {
  onExit(): void;
  /** The top bar's Menu (the pause menu); without it, Menu leaves as onExit does. */
  onMenu?(): void;
  onGameOver(session: Session): void;
  /** The game's sound (audio/soundBoard.ts): an event's sounds as its animation starts, the conduits' hum. */
  sound?: {
    event(e: ShownEvent, weaponKind: (weapon: string) => string | undefined, speed: number): void;
    hum(level: number): void;
  };
  /** The conduits' hum at a tile (0–1; audio/hum.ts). */
  humAt?(x: number, y: number): number;
  /**
   * The same game coming back from the replay viewer (pause menu → Watch replay): the camera and the selection
   * as they were left, and no "Continued at turn N" line (it was never left).
   */
  resume?: PlayResume;
}

/** Where a play screen was when the viewer was opened over its game (`PlayScreen.resumePoint`). */
export interface PlayResume {
  cam: Camera;
  selected: string | null;
}

/**
 * The play screen's controller: one session on the map, one way round. Input arrives as intents
 * (`dispatch`); choices (choose.ts) turn them into state and commands; commands go to the engine;
 * the events that come back pass the fog of war and are animated (`play`, animate.ts); `redraw`
 * then brings the view and the HUD up to date from the state, dirty layers only, in a fixed order
 * (layers.ts). The parts never call each other; only this controller writes the state.
 */
export class PlayScreen {
  readonly state: PlayState;
  readonly tweens = new Tweens();
  /** What the animations may touch. */
  private readonly stage: Stage;
  private readonly draw: DrawContext;
  private destroyed = false;
  private cleanups: (() => void)[] = [];
  /** The triggers whose lines were told as the mission opened (game/openingLines.ts): their story_line events are not told again. */
  private told = new Set<string>();

  constructor(
    public session: Session,
    private platform: Platform,
    private view: PlayView,
    readonly hud: HudPort,
    private opts: PlayOptions,
  ) {
    const g = session.world.grid;
    const state = createState(g.width * g.height);
    this.state = state;
    // a continued game remembers the map it explored (re-simulated from the log); a new game starts empty
    if (session.commands.length) state.seen = exploredTiles(session.map, session.seed, session.commands, session.start);
    // the strikes that have landed (a game is continued while it lasts: every strike of an earlier turn landed)
    state.marks = session.world.scenario.map.strikes
      .filter((s) => s.turn < session.world.header.turn)
      .map((s) => ({ x: s.x, y: s.y, radius: s.radius }));
    const speed = Number(platform.load('denizens.speed') ?? Number.NaN);
    if (Number.isInteger(speed) && SPEEDS[speed]) state.speedIndex = speed;
    this.tweens.speed = SPEEDS[state.speedIndex]!;
    this.tweens.wake = () => view.requestRender();
    this.stage = {
      state,
      width: g.width,
      tweens: this.tweens,
      unit: (id) => view.unit(id),
      emit: (kind, sx, sy, n) => view.emit(kind, sx, sy, n),
      float: (sx, sy, text, colour) => view.float(sx, sy, text, colour),
      tracer: () => view.tracer(),
      centre: (x, y) => centreOn(state, x, y, this.tweens.skip),
      frame: (a, b) => {
        const moved = frameTiles(state, view.screen, a, b);
        if (moved && this.tweens.skip) jumpCamera(state);
        return moved;
      },
      fallingWall: (x, y) => view.fallingWall(x, y),
      home: () => {
        const eid = choose.selectedEid(this.world, state) ?? unitsSorted(this.world, Faction.squad)[0];
        const { Position } = this.world.c;
        homeCamera(state, eid === undefined ? null : { x: Position.x[eid]!, y: Position.y[eid]! });
        if (this.tweens.skip) jumpCamera(state);
      },
      banner: (text, phase, ms) => hud.banner(text, phase, ms),
      say: (speaker, text) => hud.say(speaker ? (session.names.get(speaker) ?? speaker) : '', text),
      redraw: (...layers) => this.redraw(...layers),
    };
    this.draw = {
      session,
      state,
      view,
      hud,
      toClient: (x, y) => this.tileToClient(x, y),
      pick: (id) => this.dispatch({ type: 'pick', id }),
      answer: (yes) => this.dispatch({ type: 'answer', yes }),
    };
  }

  /** Shows the map with the first pilot selected and starts the frame loop. */
  start(): void {
    const { session } = this;
    this.sync();
    const back = this.opts.resume;
    const first = unitsSorted(this.world, Faction.squad)[0];
    // the pilot selected when the viewer was opened (if any), else the first
    const pick = back ? back.selected : first === undefined ? null : this.world.c.Unit.id[first]!;
    if (pick !== null) this.effect(choose.selectUnit(this.world, this.state, pick, false));
    if (back) {
      Object.assign(this.state.cam, back.cam);
      this.state.camTarget = null;
    } else this.centreOnSelected(true);
    this.hud.log(`${session.map.name} — seed ${session.seed}`, 'phase');
    if (!session.commands.length && !back) {
      // the story's opening lines as the mission opens, not with the first command (game/openingLines.ts)
      const { lines, told } = openingLines(this.world);
      this.told = told;
      for (const line of logLines(this.world, lines, session.names)) this.hud.log(line.text, line.cls);
      this.hud.tell(
        lines.flatMap((e) =>
          e.type === 'story_line'
            ? [{ speaker: e.speaker ? (session.names.get(e.speaker) ?? e.speaker) : '', text: e.text }]
            : [],
        ),
      );
    }
    if (session.commands.length) {
      // the log as it was before the reload, rebuilt from the command log (the last lines the log keeps)
      const { lines } = rebuildLog(session.map, session.seed, session.commands, session.names, session.start);
      for (const line of lines.slice(-LOG_KEPT)) this.hud.log(line.text, line.cls);
      if (!back) this.hud.log(`Continued at turn ${this.world.header.turn}.`, 'phase');
    }
    this.offerEndIfLost();
    this.redraw();
    this.cleanups.push(this.view.onFrame((dt) => this.frame(dt)));
  }

  get world(): GameWorld {
    return this.session.world;
  }
  get isBusy(): boolean {
    return this.state.busy;
  }
  get selectedId(): string | null {
    return this.state.selected;
  }
  /** The camera and the selection now, to come back to after the replay viewer (`PlayOptions.resume`). */
  get resumePoint(): PlayResume {
    return { cam: { ...this.state.cam }, selected: this.state.selected };
  }
  /** Tiles in sight now and tiles remembered from before (dimmed), as the fog of war shows them. */
  get fogCounts(): { visible: number; remembered: number } {
    const fog = fogOf(this.state);
    return { visible: fog.filter((f) => f === 2).length, remembered: fog.filter((f) => f === 1).length };
  }
  /** The unit's figure is on screen (not hidden by the fog of war). */
  unitShown(id: string): boolean {
    return this.view.unitShown(id);
  }
  /** Strike marks (craters with their scorch) the floor shows. */
  get strikeMarks(): number {
    return this.view.strikeMarks();
  }
  /** Tiles of lingering dust and still glows painted into the ground canvas (not drawn by WebGL every frame). */
  get fill(): Fill {
    return this.view.fill();
  }

  get groundLights(): { dust: number; glows: number } {
    return this.view.groundLights();
  }
  /** A wall hides the unit and its outline is drawn over the wall. */
  unitOutlined(id: string): boolean {
    return this.view.unitOutlined(id);
  }
  tileToClient(x: number, y: number): { x: number; y: number } {
    return tileToClient(this.state, this.view.screen, x, y);
  }
  /** What the keys mean now (see input.ts). */
  keyContext(): Omit<KeyContext, 'buttonFocused'> {
    const s = this.state;
    return {
      targeting: s.mode.mode !== 'move',
      cursor: s.keyCursor !== null,
      locked: s.busy,
      prompt: s.confirmEnd || s.offerEnd,
      help: s.help,
    };
  }
  onDestroy(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  // ---------------------------------------------------------------- intents up

  /** Everything the player asks for arrives here; the screen is redrawn once after. */
  dispatch(i: Intent): void {
    const { state: s, world: w } = this;
    const idle = !s.busy;
    // a question stays only while it is being answered
    if ((s.confirmEnd || s.offerEnd) && PROMPT_CLOSERS.has(i.type)) {
      s.confirmEnd = false;
      s.offerEnd = false;
      this.dirty('prompt');
    }
    switch (i.type) {
      case 'point': {
        s.pointer = { x: i.x, y: i.y, inside: true, overMap: i.overMap };
        if (!i.overMap) {
          // over a panel or a button: no tile is pointed at (no path, no tooltip under the pointer)
          if (s.hover && !s.keyCursor) {
            s.hover = null;
            this.dirty('overlays', 'tip', 'labels');
          }
          break;
        }
        const t = clientToTile(s, this.view.screen, i.x, i.y);
        s.keyCursor = null;
        const moved = s.hover?.x !== t.x || s.hover.y !== t.y;
        s.hover = t;
        this.dirty(...(moved ? (['overlays', 'tip', 'labels'] as const) : (['tip'] as const)));
        break;
      }
      case 'leave':
        s.pointer.inside = false;
        if (s.hover && !s.keyCursor) {
          s.hover = null;
          this.dirty('overlays', 'tip', 'labels');
        }
        break;
      case 'click':
        if (idle) this.effect(choose.clickTile(w, s, clientToTile(s, this.view.screen, i.x, i.y)));
        break;
      case 'cursor_click':
        if (idle && s.keyCursor) this.effect(choose.clickTile(w, s, s.keyCursor));
        break;
      case 'drag':
        s.dragging = true;
        dragBy(s, i.dx, i.dy);
        this.dirty('tip', 'labels');
        break;
      case 'drag_end':
        s.dragging = false;
        break;
      case 'zoom':
        zoomBy(s, this.view.screen, i.factor, i.at);
        this.dirty('labels');
        break;
      case 'pan_key':
        if (i.down) s.held.add(i.key);
        else s.held.delete(i.key);
        break;
      case 'release_keys':
        s.held.clear();
        break;
      case 'cursor':
        this.effect(choose.moveCursor(w, s, i.dx, i.dy));
        break;
      case 'cycle':
        if (s.mode.mode !== 'move' && s.targets.length) this.effect(choose.cycleTarget(w, s, i.dir));
        else this.effect(choose.cycleUnit(w, s, i.dir));
        break;
      case 'confirm':
      case 'pick': {
        const cmd = choose.aimedCommand(s, i.type === 'pick' ? i.id : undefined);
        if (cmd) void this.commit(cmd);
        break;
      }
      case 'action':
        if (idle) this.effect(choose.chooseAction(w, s, i.action));
        break;
      case 'select':
        this.effect(choose.selectUnit(w, s, i.id, true));
        break;
      case 'cancel':
        this.effect(choose.cancel(s));
        break;
      case 'end_turn': {
        if (!idle || w.header.phase !== 'player' || w.header.outcome !== 'ongoing') break;
        s.offerEnd = false;
        // pilots who can still act: ask first (a second End turn or Space answers yes)
        const ask = !s.confirmEnd && readyPilots(w).length > 0;
        s.confirmEnd = ask;
        this.dirty('prompt');
        if (!ask) void this.commit({ type: 'end_turn' }, true);
        break;
      }
      case 'answer': {
        const ending = s.offerEnd;
        const asked = s.confirmEnd;
        s.offerEnd = false;
        s.confirmEnd = false;
        this.dirty('prompt');
        if (i.yes && ending) void this.endMission();
        else if (i.yes && asked && idle) void this.commit({ type: 'end_turn' }, true);
        break;
      }
      case 'end_mission':
        if (idle && s.lost && w.header.outcome === 'ongoing') {
          s.confirmEnd = false;
          s.offerEnd = true;
          this.dirty('prompt');
        }
        break;
      case 'undo':
        this.undo();
        break;
      case 'centre':
        this.centreOnSelected(false);
        break;
      case 'skip':
        if (s.busy) this.tweens.skip = true;
        break;
      case 'speed':
        s.speedIndex = Math.min(SPEEDS.length - 1, Math.max(0, s.speedIndex + i.delta));
        this.tweens.speed = SPEEDS[s.speedIndex]!;
        this.platform.save('denizens.speed', String(s.speedIndex));
        this.dirty('bar');
        break;
      case 'text_size':
        this.platform.save('denizens.textSize', String(this.view.scaleText(i.delta)));
        break;
      case 'help':
        s.help = i.open;
        this.dirty('help');
        break;
      case 'export_replay': {
        const r = buildReplay(this.session);
        const name = `denizens-${this.session.map.id}-${this.session.seed}-t${r.result.turn}.replay.json`;
        this.platform.download(name, `${JSON.stringify(r, null, 1)}\n`);
        break;
      }
      case 'quit':
        (this.opts.onMenu ?? this.opts.onExit)();
        return;
    }
    this.redraw();
    // frames are drawn on demand: a camera about to move (keys, drag, zoom, the pointer at an edge) asks for one
    if (CAMERA_INTENTS.has(i.type) || cameraMoving(s, this.view.screen, this.view.focused())) this.view.requestRender();
  }

  /** Carries out a choice: camera, message, layers to draw, and the command to send. */
  private effect(e: choose.Effect): void {
    if (e.centre) centreOn(this.state, e.centre.x, e.centre.y, this.tweens.skip);
    if (e.toast) this.hud.toast(e.toast);
    this.dirty(...e.dirty, ...(e.centre ? (['labels'] as const) : []));
    if (e.send) void this.commit(e.send);
  }

  // ---------------------------------------------------------------- commands out, events down

  /** Sends a command; the events pass the fog of war (the squad's sight is taken before the command). */
  private send(cmd: Command): { ok: true; shown: ShownEvent[] } | { ok: false; message: string } {
    const start = squadSight(this.world, () => this.world);
    // the hit points before the command: the animation walks them to the result hit by hit
    const { Unit, Health } = this.world.c;
    this.state.shownHp = new Map(unitsSorted(this.world).map((e) => [Unit.id[e]!, Health.hp[e]!]));
    const r = sendCommand(this.session, cmd);
    return r.ok ? { ok: true, shown: fogEvents(r.events, start) } : { ok: false, message: r.rejection.message };
  }

  /** A command from the player: refused, its reason is shown; accepted, the game is saved and its events play. */
  private async commit(cmd: Command, keepCursor = false): Promise<void> {
    const s = this.state;
    if (s.busy) return;
    const r = this.send(cmd);
    if (!r.ok) {
      this.hud.toast(capitalise(r.message));
      this.redraw('bar');
      return;
    }
    writeAutosave(this.platform, this.session);
    resetMode(s);
    if (!keepCursor) s.keyCursor = null;
    await this.play(r.shown);
    // after a pilot's last action, the next pilot who can act is selected
    if (cmd.type !== 'end_turn' && !this.destroyed) {
      this.effect(choose.nextIfSpent(this.world, s));
      this.redraw();
    }
  }

  /** Animates events in order (the world already holds the result), then brings every view up to date. */
  async play(events: readonly ShownEvent[]): Promise<void> {
    const s = this.state;
    s.busy = true;
    this.tweens.skip = s.fastForward;
    // walls these events bring down stand on screen until their collapse is animated, one by one
    for (const e of events) if (e.type === 'wall_collapsed') s.standing.add(e.y * this.world.grid.width + e.x);
    this.redraw('bar', 'overlays', 'tip', 'labels');
    // frames at the display's rate while the events play (waits and banners included), none after
    const release = this.view.hold();
    try {
      for (const e of events) {
        if (this.destroyed) return;
        // lines told as the mission opened: the engine says them with the first command
        if (e.type === 'story_line' && this.told.has(e.trigger)) continue;
        for (const line of logLines(this.world, [e], this.session.names)) this.hud.log(line.text, line.cls);
        // skipped animations are not heard either (a burst of every sound at once helps nobody)
        if (!this.tweens.skip)
          this.opts.sound?.event(e, (w) => this.world.scenario.weapons[w]?.kind, this.tweens.speed);
        await animate(e, this.stage);
      }
    } finally {
      release();
    }
    this.tweens.skip = s.fastForward;
    s.busy = false;
    if (s.standing.size) {
      s.standing.clear();
      this.dirty('terrain');
    }
    // a shot framed by zooming out: the player's zoom comes back
    if (s.userZoom !== null) homeCamera(s, null);
    s.anim.phase = this.world.header.phase;
    this.sync();
    if (!s.fastForward) this.offerEndIfLost();
    this.redraw();
    if (this.world.header.outcome !== 'ongoing') {
      await this.tweens.wait(0.6);
      this.opts.onGameOver(this.session);
    }
  }

  /** Draws the dirty layers (and these), in the fixed order of LAYERS: terrain first, labels last. */
  redraw(...also: Layer[]): void {
    this.dirty(...also);
    const dirty = new Set(this.state.dirty);
    this.state.dirty.clear();
    for (const layer of LAYERS) if (dirty.has(layer)) DRAW[layer](this.draw);
  }

  private dirty(...layers: Layer[]): void {
    for (const l of layers) this.state.dirty.add(l);
  }

  /** The state catches up with the world (after animations, undo, load): sight, breaches, strikes, selection. */
  private sync(): void {
    const { state: s, world: w } = this;
    s.tipMemo = null;
    s.shownHp = null;
    s.visible = visibleTo(w, Faction.squad).tiles;
    for (let i = 0; i < s.visible.length; i++) if (s.visible[i]) s.seen[i] = 1;
    s.breaches = new Map(openBreaches(w).map((b) => [b.y * w.grid.width + b.x, b.sealsIn]));
    s.strikes = pendingStrikes(w).map((p) => ({ x: p.x, y: p.y, tiles: strikeTiles(w, p) }));
    const reach = objectiveReach(w);
    s.lost = reach.reachable ? null : reach.stuck;
    if (s.selected && unitById(w, s.selected) === undefined) s.selected = null;
    if (!s.selected) {
      const squad = unitsSorted(w, Faction.squad);
      const first = squad.find((e) => w.c.Actions.ap[e]! > 0) ?? squad[0];
      if (first !== undefined) s.selected = w.c.Unit.id[first]!;
    }
    if (terrainKey(w) !== s.terrainShown) this.dirty('terrain');
    this.dirty(...LAYERS.filter((l) => l !== 'terrain'));
  }

  /** The first time the objective is out of reach, the screen offers to end the mission (once; the top bar keeps the button). */
  private offerEndIfLost(): void {
    const s = this.state;
    if (!s.lost || s.lostOffered || this.world.header.outcome !== 'ongoing') return;
    s.lostOffered = true;
    s.confirmEnd = false;
    s.offerEnd = true;
    this.dirty('prompt');
  }

  /**
   * Ends a lost mission the only way the rules allow: the turns left pass at once (End turn after End
   * turn, animations skipped) until the turn limit ends the game. A map without a turn limit is left
   * instead (the game stays saved).
   */
  private async endMission(): Promise<void> {
    const s = this.state;
    if (s.busy || this.world.header.outcome !== 'ongoing') return;
    if (this.world.scenario.map.turnLimit === undefined) {
      this.opts.onExit();
      return;
    }
    this.hud.log('The squad gives up the objective: the turns left pass.', 'phase');
    s.fastForward = true;
    try {
      for (let guard = 0; guard < 1000 && !this.destroyed && this.world.header.outcome === 'ongoing'; guard++) {
        const r = this.send({ type: 'end_turn' });
        if (!r.ok) break;
        writeAutosave(this.platform, this.session);
        resetMode(s);
        await this.play(r.shown);
      }
    } finally {
      s.fastForward = false;
    }
  }

  /** One frame (drawn on demand): camera, tweens, effects, dirty layers. True while something still moves. */
  private frame(dt: number): boolean {
    const s = this.state;
    const before = camKey(s, this.view.screen);
    stepCamera(s, dt, this.view.screen, this.world.grid, this.view.focused(), this.tweens.speed);
    // labels and badges follow the camera however it moved (gliding, panning, shaking, zooming, resizing)
    const moved = camKey(s, this.view.screen) !== before;
    if (moved) {
      this.dirty('labels');
      // the map moved under a still pointer: the tile under it (the path, the tooltip) is another one now
      const p = s.pointer;
      if (p.inside && p.overMap && !s.keyCursor && !s.dragging) {
        const t = clientToTile(s, this.view.screen, p.x, p.y);
        if (s.hover?.x !== t.x || s.hover.y !== t.y) {
          s.hover = t;
          this.dirty('overlays', 'tip');
        }
      }
      // the hum follows the camera: the listener stands at the tile in the middle of the screen
      const t = screenToTile(s.cam.x, s.cam.y);
      if (this.opts.humAt) this.opts.sound?.hum(this.opts.humAt(t.x, t.y));
    }
    this.view.applyCamera(s.cam);
    this.tweens.update(dt);
    const effects = this.view.update(dt);
    if (s.dirty.size) this.redraw();
    return (moved && cameraMoving(s, this.view.screen, this.view.focused())) || this.tweens.active > 0 || effects;
  }

  private centreOnSelected(instant: boolean): void {
    const eid = choose.selectedEid(this.world, this.state);
    if (eid !== undefined)
      centreOn(this.state, this.world.c.Position.x[eid]!, this.world.c.Position.y[eid]!, instant || this.tweens.skip);
    else {
      const c = this.view.mapCentre();
      Object.assign(this.state.cam, { x: c.sx, y: c.sy });
    }
    this.dirty('labels');
  }

  private undo(): void {
    if (this.state.busy || !undoLastMove(this.session)) return;
    // what the undone move showed is forgotten too, as a continue would (and a move is no free look around)
    this.state.seen = exploredTiles(this.session.map, this.session.seed, this.session.commands, this.session.start);
    writeAutosave(this.platform, this.session);
    this.hud.log('Move undone.', 'phase');
    this.sync();
    this.centreOnSelected(false);
  }

  destroy(): void {
    this.destroyed = true;
    for (const c of this.cleanups) c();
    this.hud.destroy();
    this.view.destroy();
  }
}

/** Intents that close the end-turn question (anything that is not looking around or answering it). */
const PROMPT_CLOSERS = new Set<Intent['type']>([
  'click',
  'cursor_click',
  'cycle',
  'confirm',
  'pick',
  'action',
  'select',
  'cancel',
  'undo',
]);

/** Intents that move the camera (a frame is drawn for them). */
const CAMERA_INTENTS = new Set<Intent['type']>(['pan_key', 'drag', 'zoom', 'centre', 'release_keys']);

/** How many lines of a rebuilt log are shown (the log keeps 200). */
const LOG_KEPT = 190;

function camKey(s: PlayState, screen: { width: number; height: number }): string {
  return `${s.cam.x},${s.cam.y},${s.cam.zoom},${screen.width},${screen.height}`;
}
