import {
  applyStep,
  Faction,
  type GameWorld,
  hashWorld,
  openBreaches,
  replaySteps,
  unitsSorted,
  visibleTo,
} from '@denizens/engine';
import type { Application } from 'pixi.js';
import type { Camera } from '../../camera/camera';
import { el } from '../../hud/el';
import { tileToScreen } from '../../iso/tileToScreen';
import type { Textures } from '../../render/makeTextures';
import { terrainKey } from '../play/layers';
import { PixiView } from '../play/pixiView';
import { checkpointBefore, restoreCheckpoint } from './checkpoints';
import { aiIntent, type Chronicle, linesUpTo, memoryAt, strikesUpTo } from './chronicle';
import { squadFrame } from './squadFrame';
import { nextTurnCursor, prevTurnCursor, type Timeline, verifiedBy, verifiedCommandsBy } from './timeline';
import { VIEWER_CSS } from './viewerCss';

/** Below this many rem of window width or height the viewer is cramped (as the play screen's HUD: hud.ts). */
const CRAMPED_REM = { width: 44, height: 28 };

/** Playback speeds: commands a second. */
export const VIEWER_SPEEDS = [0.5, 1, 2, 4, 8];

const VIEWER_KEYS: readonly [string, string][] = [
  ['Space / K', 'play / pause'],
  ['→ / ←', 'one command forward / back'],
  ['↓ / ↑ (or PageDown / PageUp)', 'next / previous turn'],
  ['Home / End', 'start / as far as it verifies'],
  ['+ / −', 'faster / slower'],
  ['V', 'point of view: the squad’s sight / everything'],
  ['L', 'share a link'],
  ['E', 'export the replay file'],
  ['Esc', 'back to the title screen'],
];

/** The keys, as listed on screen (and in docs/client.md); Esc leaves for where the viewer was opened from. */
export function viewerKeys(exitLabel = 'Back to the title screen'): readonly [string, string][] {
  return [...VIEWER_KEYS.slice(0, -1), ['Esc', exitLabel.toLowerCase()]];
}

/** What the test handle reads: the cursor, the turn, playing, turns verified so far, the divergence. */
export interface ViewerStatus {
  command: number;
  commands: number;
  limit: number;
  turn: number;
  playing: boolean;
  verifiedTurns: number;
  /** Commands passed whose recorded hash matched. */
  verifiedCommands: number;
  divergedAt: { index: number; turn: number; words: string } | null;
  /** The divergence has been reached (playback stopped there). */
  stoppedAtDivergence: boolean;
  pov: 'squad' | 'all';
  hash: string;
  /** The combat log up to the cursor, as the point of view shows it. */
  log: string[];
  /** Everything: the AI's side at the cursor, one line per LGF unit (empty in the squad's view). */
  ai: string[];
  /** Tiles the squad remembers (seen before, out of sight now or not). */
  remembered: number;
  /** Strike marks (craters with their scorch) the floor shows at the cursor. */
  strikeMarks: number;
  /** The squad's units at the cursor, where their tiles are on screen (client pixels). */
  squad: { id: string; x: number; y: number }[];
}

export interface ViewerOptions {
  onExit(): void;
  /** What leaving does, on its button (the title screen unless said: "Back to the game"). */
  exitLabel?: string;
  /** Offers the replay's text as a file (the same bytes that were opened). */
  download(filename: string, text: string): void;
  /** Makes a link to this replay, or says why not (too long: the file is offered instead). */
  share(text: string): Promise<{ ok: true; url: string } | { ok: false; reason: string }>;
}

/**
 * The replay viewer: a cursor over a replay's commands (0 = the start, n = after n commands), the map
 * drawn from the world at the cursor, a timeline with each turn's verification, and playback. Going
 * forward applies the next command (`applyStep`); going back restores the nearest checkpoint and
 * re-simulates from there (checkpoints.ts): exact, never an approximation. The log and the squad's
 * memory of the map come from the chronicle recorded when the replay was opened (chronicle.ts). The
 * viewer never sends anything but the file's own commands.
 */
export class ViewerScreen {
  private world: GameWorld;
  private cursor = 0;
  private playing = false;
  private speedIndex = 1;
  private pov: 'squad' | 'all' = 'squad';
  private seen: Uint8Array;
  private readonly view: PixiView;
  private readonly cam: Camera = { x: 0, y: 0, zoom: 1 };
  private terrainShown = '';
  private clock = 0;
  private readonly root: HTMLElement;
  private readonly els: Record<string, HTMLElement>;
  private readonly cleanups: (() => void)[] = [];
  private logLines: string[] = [];
  private aiLines: string[] = [];

  constructor(
    app: Application,
    tex: Textures,
    ui: HTMLElement,
    readonly timeline: Timeline,
    private readonly chronicle: Chronicle,
    private opts: ViewerOptions,
  ) {
    this.world = timeline.fresh();
    this.seen = memoryAt(chronicle, 0);
    this.view = new PixiView(app, tex, document.getElementById('stage')!);
    if (!document.getElementById('viewer-css'))
      document.head.append(el('style', { id: 'viewer-css', text: VIEWER_CSS }));
    this.els = {
      title: el('div', { class: 'v-title' }),
      status: el('div', { class: 'v-status', id: 'viewer-status' }),
      verdict: el('div', { class: 'v-verdict', id: 'viewer-verdict', role: 'status' }),
      track: el('div', {
        class: 'v-track',
        id: 'viewer-timeline',
        role: 'slider',
        tabindex: 0,
        'aria-label': 'Timeline',
      }),
      log: el('ol', { class: 'v-log', id: 'viewer-log', 'aria-label': 'Combat log' }),
      ai: el('ul', { class: 'v-ai', id: 'viewer-ai', 'aria-label': 'The LGF: what the AI is doing' }),
      share: el('div', { class: 'v-share', id: 'viewer-share' }),
      play: el('button', { id: 'viewer-play', onclick: () => this.togglePlay() }, 'Play'),
      speed: el('span', { class: 'v-speed' }),
      pov: el('button', { id: 'viewer-pov', onclick: () => this.togglePov() }, ''),
    };
    const btn = (id: string, label: string, title: string, fn: () => void) =>
      el('button', { id, title, 'aria-label': title, onclick: fn }, label);
    const top = el('div', { class: 'v-top panel' }, this.els.title!, this.els.status!, this.els.verdict!);
    this.root = el(
      'div',
      { class: 'viewer', role: 'region', 'aria-label': 'Replay viewer' },
      top,
      this.els.log!,
      this.els.ai!,
      el(
        'div',
        { class: 'v-bottom panel' },
        this.els.track!,
        el(
          'div',
          { class: 'v-controls' },
          btn('viewer-start', '|◀', 'Start (Home)', () => this.seek(0)),
          btn('viewer-prev-turn', '◀ Turn', 'Previous turn (↑)', () =>
            this.seek(prevTurnCursor(timeline, this.cursor)),
          ),
          btn('viewer-back', '◀', 'One command back (←)', () => this.seek(this.cursor - 1)),
          this.els.play!,
          btn('viewer-forward', '▶', 'One command forward (→)', () => this.seek(this.cursor + 1)),
          btn('viewer-next-turn', 'Turn ▶', 'Next turn (↓)', () => this.seek(nextTurnCursor(timeline, this.cursor))),
          btn('viewer-slower', '−', 'Slower (−)', () => this.setSpeed(-1)),
          this.els.speed!,
          btn('viewer-faster', '+', 'Faster (+)', () => this.setSpeed(1)),
          this.els.pov!,
          btn('viewer-share-btn', 'Share link', 'Share a link (L)', () => void this.share()),
          btn('viewer-export', 'Export', 'Export the replay file (E)', () => this.exportFile()),
          btn('viewer-exit', opts.exitLabel ?? 'Title', `${opts.exitLabel ?? 'Back to the title screen'} (Esc)`, () =>
            opts.onExit(),
          ),
          // in a small window the key line is folded away behind this (the log and the AI's panel need the room)
          el(
            'button',
            {
              id: 'viewer-keys-btn',
              'aria-expanded': 'false',
              'aria-controls': 'viewer-keys',
              onclick: (e: Event) => {
                const open = this.root.classList.toggle('keys-open');
                (e.currentTarget as HTMLElement).setAttribute('aria-expanded', String(open));
              },
            },
            'Keys',
          ),
        ),
        this.els.share!,
        el(
          'p',
          { class: 'v-keys', id: 'viewer-keys' },
          viewerKeys(opts.exitLabel)
            .map(([k, what]) => `${k} ${what}`)
            .join(' · '),
        ),
      ),
    );
    ui.append(this.root);
    // the log and the AI's panel sit between the title and the controls, however tall text size and width make them
    const bottom = this.root.querySelector('.v-bottom')!;
    const layout = new ResizeObserver(() => {
      // a window small for the text size (800×600 at large text): the key line folds, the title takes the width
      const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      this.root.classList.toggle(
        'cramped',
        innerWidth / rem < CRAMPED_REM.width || innerHeight / rem < CRAMPED_REM.height,
      );
      this.root.style.setProperty('--v-top', `${Math.ceil(top.getBoundingClientRect().bottom)}px`);
      this.root.style.setProperty(
        '--v-bottom',
        `${Math.ceil(window.innerHeight - bottom.getBoundingClientRect().top)}px`,
      );
    });
    layout.observe(top);
    layout.observe(bottom);
    this.cleanups.push(() => layout.disconnect());
    this.buildTrack();
    this.bindKeys();
    this.bindCamera(app.canvas);
    this.drawTerrain();
    const c = this.view.mapCentre();
    this.cam.x = c.sx;
    this.cam.y = c.sy;
    // the squad framed at the start, in the map between the panels (not the map's centre: often far from them)
    const { Position } = this.world.c;
    const squad = unitsSorted(this.world, Faction.squad).map((e) => ({ x: Position.x[e]!, y: Position.y[e]! }));
    const log = this.els.log!.getClientRects().length ? this.els.log!.getBoundingClientRect().left : innerWidth;
    const framed = squadFrame(squad, this.view.screen, {
      left: 0,
      right: log,
      top: top.getBoundingClientRect().bottom,
      bottom: bottom.getBoundingClientRect().top,
    });
    if (framed) Object.assign(this.cam, framed);
    this.els.title!.textContent =
      `Replay — ${timeline.replay.map.id}, seed ${timeline.replay.seed} · ${timeline.commands.length} commands`;
    this.cleanups.push(this.view.onFrame((dt) => this.frame(dt)));
    this.redraw();
  }

  // ---------------------------------------------------------------- moving the cursor

  /** Moves the cursor to `n` commands applied (clamped to what verifies): forward by applying, back by re-simulating. */
  seek(n: number): void {
    const t = this.timeline;
    const to = Math.max(0, Math.min(t.limit, Math.round(n)));
    // back, or far ahead: the checkpoint at or before it and the squad's memory then, re-simulated forward (exact)
    if (to < this.cursor || checkpointBefore(t.checkpoints, to) >= this.cursor + t.checkpoints.every) {
      const { world, at } = restoreCheckpoint(t.checkpoints, to);
      this.world = world;
      this.seen = memoryAt(this.chronicle, at);
      for (const step of replaySteps(this.world, t.commands.slice(at, to))) {
        if (!step.result.ok) break;
        this.look();
      }
      this.cursor = to;
    }
    while (this.cursor < to) {
      const step = applyStep(this.world, t.commands[this.cursor]!, this.cursor);
      if (!step.result.ok) break;
      this.cursor++;
      this.look();
    }
    if (this.cursor >= t.limit) this.playing = false;
    this.redraw();
  }

  togglePlay(): void {
    if (!this.playing && this.cursor >= this.timeline.limit) return;
    this.playing = !this.playing;
    this.clock = 0;
    this.redraw();
  }

  setSpeed(delta: number): void {
    this.speedIndex = Math.max(0, Math.min(VIEWER_SPEEDS.length - 1, this.speedIndex + delta));
    this.redraw();
  }

  togglePov(): void {
    this.pov = this.pov === 'squad' ? 'all' : 'squad';
    this.redraw();
  }

  status(): ViewerStatus {
    const t = this.timeline;
    const d = t.divergence;
    return {
      command: this.cursor,
      commands: t.commands.length,
      limit: t.limit,
      turn: this.world.header.turn,
      playing: this.playing,
      verifiedTurns: verifiedBy(t, this.cursor),
      verifiedCommands: verifiedCommandsBy(t, this.cursor),
      divergedAt: d ? { index: d.index, turn: d.turn, words: d.words } : null,
      stoppedAtDivergence: !!d && this.cursor >= d.stop,
      pov: this.pov,
      hash: hashWorld(this.world),
      log: [...this.logLines],
      ai: [...this.aiLines],
      remembered: this.seen.reduce((n, s) => n + s, 0),
      strikeMarks: this.view.strikeMarks(),
      squad: unitsSorted(this.world, Faction.squad).map((e) => {
        const p = tileToScreen(this.world.c.Position.x[e]!, this.world.c.Position.y[e]!);
        const { width, height } = this.view.screen;
        return {
          id: this.world.c.Unit.id[e]!,
          x: (p.sx - this.cam.x) * this.cam.zoom + width / 2,
          y: (p.sy - this.cam.y) * this.cam.zoom + height / 2,
        };
      }),
    };
  }

  destroy(): void {
    for (const c of this.cleanups) c();
    this.view.destroy();
    this.root.remove();
  }

  // ---------------------------------------------------------------- drawing

  private look(): void {
    this.markSeen(this.world);
  }

  private markSeen(w: GameWorld): void {
    const v = visibleTo(w, Faction.squad).tiles;
    for (let i = 0; i < v.length; i++) if (v[i]) this.seen[i] = 1;
  }

  /** The terrain at the cursor with the craters of the strikes landed before it (rebuilt only when either changed). */
  private drawTerrain(): void {
    const marks = strikesUpTo(this.chronicle, this.cursor);
    const key = `${terrainKey(this.world)}|${marks.length}`;
    if (key === this.terrainShown) return;
    this.view.drawTerrain(this.world, { standing: new Set(), marks });
    this.terrainShown = key;
  }

  /** One frame (drawn on demand, render/frameLoop.ts): true while playing or an effect still moves. */
  private frame(dt: number): boolean {
    if (this.playing) {
      this.clock += dt;
      const every = 1 / VIEWER_SPEEDS[this.speedIndex]!;
      if (this.clock >= every) {
        this.clock = 0;
        this.seek(this.cursor + 1);
      }
    }
    const effects = this.view.update(dt);
    this.view.applyCamera(this.cam);
    return this.playing || effects;
  }

  private redraw(): void {
    const w = this.world;
    const t = this.timeline;
    this.drawTerrain();
    const n = w.grid.width * w.grid.height;
    const all = this.pov === 'all';
    const visible = all ? new Uint8Array(n).fill(1) : visibleTo(w, Faction.squad).tiles;
    const fog = new Uint8Array(n);
    for (let i = 0; i < n; i++) fog[i] = visible[i] ? 2 : this.seen[i] ? 1 : 0;
    this.view.drawFog(fog);
    const vents = openBreaches(w).map((b) => ({ x: b.x, y: b.y }));
    this.view.drawGround(vents, w.grid.dust, visible);
    this.view.drawUnits(w, visible, null);
    const s = this.status();
    const h = w.header;
    this.els.status!.textContent = `Turn ${h.turn} · ${h.phase} · command ${s.command} of ${s.commands}${
      h.outcome !== 'ongoing' ? ` · ${h.outcome}` : ''
    } · ${s.verifiedTurns} turn${s.verifiedTurns === 1 ? '' : 's'} verified`;
    const d = t.divergence;
    const v = this.els.verdict!;
    if (d && this.cursor >= d.stop) {
      v.textContent = `Stopped: ${d.words}`;
      v.className = 'v-verdict bad';
    } else if (d) {
      v.textContent = `Verifies up to turn ${d.turn}; playback stops there.`;
      v.className = 'v-verdict warn';
    } else {
      v.textContent = t.verdict.status === 'ok' ? 'Every turn verifies: the file is this game.' : '';
      v.className = 'v-verdict ok';
    }
    (this.els.play as HTMLButtonElement).textContent = this.playing ? 'Pause' : 'Play';
    this.els.play!.setAttribute('aria-pressed', String(this.playing));
    this.els.speed!.textContent = `${VIEWER_SPEEDS[this.speedIndex]}/s`;
    this.els.pov!.textContent = all ? 'View: everything' : 'View: squad';
    this.drawCursor();
    this.drawLog();
  }

  /**
   * The combat log up to the cursor (the last lines): the squad's view is what the player read;
   * everything adds both sides' events and the AI's side at the cursor.
   */
  private drawLog(): void {
    const lines = linesUpTo(this.chronicle, this.cursor, this.pov);
    this.logLines = lines.map((l) => l.text);
    this.els.log!.replaceChildren(...lines.slice(-12).map((l) => el('li', { class: l.cls, text: l.text })));
    this.aiLines = this.pov === 'all' ? aiIntent(this.world, this.chronicle, this.cursor) : [];
    this.els.ai!.hidden = this.aiLines.length === 0;
    this.els.ai!.replaceChildren(
      ...(this.aiLines.length ? [el('li', { class: 'phase', text: 'The LGF (AI) now:' })] : []),
      ...this.aiLines.map((text) => el('li', { text })),
    );
  }

  // ---------------------------------------------------------------- the timeline

  /** One tick per command; each turn's end marked ok / bad / unverifiable; past the limit greyed. */
  private buildTrack(): void {
    const t = this.timeline;
    const track = this.els.track!;
    const total = Math.max(1, t.commands.length);
    const at = (i: number) => `${(100 * i) / total}%`;
    if (t.limit < t.commands.length)
      track.append(el('div', { class: 'v-grey', style: `left:${at(t.limit)};right:0`, title: 'Unverifiable' }));
    t.commandStatus.forEach((st, i) => {
      if (st !== 'unverifiable')
        track.append(
          el('div', {
            class: `v-cmd ${st}`,
            style: `left:${at(i)};width:${at(1)}`,
            title: `Command #${i} (turn ${t.turnOf[i]}): ${st === 'ok' ? 'hash matches' : 'diverges here'}`,
          }),
        );
    });
    for (const m of t.marks) {
      const words = m.status === 'ok' ? 'hash matches' : m.status === 'bad' ? 'DIVERGED' : 'unverifiable';
      track.append(
        el('div', {
          class: `v-mark ${m.status}`,
          style: `left:${at(m.index + 1)}`,
          'data-turn': m.turn,
          title: `Turn ${m.turn}: ${words}`,
        }),
      );
    }
    const d = t.divergence;
    if (d && !t.marks.some((m) => m.status === 'bad'))
      track.append(
        el('div', { class: 'v-mark bad', style: `left:${at(d.index + 1)}`, 'data-turn': d.turn, title: d.words }),
      );
    track.append(el('div', { class: 'v-cursor' }));
    track.setAttribute('aria-valuemin', '0');
    track.setAttribute('aria-valuemax', String(t.commands.length));
    const seekAt = (clientX: number) => {
      const r = track.getBoundingClientRect();
      this.seek(((clientX - r.left) / Math.max(1, r.width)) * total);
    };
    let dragging = false;
    track.addEventListener('pointerdown', (e) => {
      dragging = true;
      track.setPointerCapture(e.pointerId);
      seekAt(e.clientX);
    });
    track.addEventListener('pointermove', (e) => {
      if (dragging) seekAt(e.clientX);
    });
    track.addEventListener('pointerup', () => {
      dragging = false;
    });
  }

  private drawCursor(): void {
    const t = this.timeline;
    const c = this.els.track!.querySelector<HTMLElement>('.v-cursor')!;
    c.style.left = `${(100 * this.cursor) / Math.max(1, t.commands.length)}%`;
    this.els.track!.setAttribute('aria-valuenow', String(this.cursor));
    this.els.track!.setAttribute('aria-valuetext', `command ${this.cursor}, turn ${this.world.header.turn}`);
  }

  // ---------------------------------------------------------------- input

  private bindKeys(): void {
    const t = this.timeline;
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement) return;
      const k = e.key;
      const act: Record<string, () => void> = {
        ' ': () => this.togglePlay(),
        k: () => this.togglePlay(),
        ArrowRight: () => this.seek(this.cursor + 1),
        ArrowLeft: () => this.seek(this.cursor - 1),
        ArrowDown: () => this.seek(nextTurnCursor(t, this.cursor)),
        PageDown: () => this.seek(nextTurnCursor(t, this.cursor)),
        ArrowUp: () => this.seek(prevTurnCursor(t, this.cursor)),
        PageUp: () => this.seek(prevTurnCursor(t, this.cursor)),
        Home: () => this.seek(0),
        End: () => this.seek(t.limit),
        '+': () => this.setSpeed(1),
        '=': () => this.setSpeed(1),
        '-': () => this.setSpeed(-1),
        v: () => this.togglePov(),
        l: () => void this.share(),
        e: () => this.exportFile(),
        Escape: () => this.opts.onExit(),
      };
      const fn = act[k.length === 1 ? k.toLowerCase() : k];
      if (!fn) return;
      e.preventDefault();
      fn();
    };
    window.addEventListener('keydown', onKey);
    this.cleanups.push(() => window.removeEventListener('keydown', onKey));
  }

  /** Drag to pan, wheel to zoom. */
  private bindCamera(canvas: HTMLCanvasElement): void {
    let last: { x: number; y: number } | null = null;
    const down = (e: PointerEvent) => {
      last = { x: e.clientX, y: e.clientY };
    };
    const move = (e: PointerEvent) => {
      if (!last) return;
      this.cam.x -= (e.clientX - last.x) / this.cam.zoom;
      this.cam.y -= (e.clientY - last.y) / this.cam.zoom;
      last = { x: e.clientX, y: e.clientY };
      this.view.requestRender();
    };
    const up = () => {
      last = null;
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      this.cam.zoom = Math.max(0.5, Math.min(3, this.cam.zoom * (e.deltaY < 0 ? 1.15 : 1 / 1.15)));
      this.view.requestRender();
    };
    canvas.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    canvas.addEventListener('wheel', wheel, { passive: false });
    this.cleanups.push(() => {
      canvas.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      canvas.removeEventListener('wheel', wheel);
    });
  }

  // ---------------------------------------------------------------- share and export

  exportFile(): void {
    const r = this.timeline.replay;
    this.opts.download(`denizens-${r.map.id}-${r.seed}.replay.json`, this.timeline.text);
  }

  async share(): Promise<void> {
    const box = this.els.share!;
    box.replaceChildren(el('span', { text: 'Making the link…' }));
    const r = await this.opts.share(this.timeline.text);
    if (r.ok) {
      const input = el('input', { id: 'viewer-share-link', readonly: true, value: r.url, 'aria-label': 'Link' });
      box.replaceChildren(el('span', { text: 'Link (copied if the browser allows): ' }), input);
      input.select();
      navigator.clipboard?.writeText(r.url).catch(() => {});
    } else {
      box.replaceChildren(
        el('span', { id: 'viewer-share-too-long', text: `${r.reason} ` }),
        el('button', { id: 'viewer-share-file', onclick: () => this.exportFile() }, 'Download the file instead'),
      );
    }
  }
}
