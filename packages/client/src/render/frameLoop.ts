/**
 * Render on demand: the PixiJS ticker never runs; a frame is drawn only when something asked for it.
 *
 * - `requestRender()`: draw one frame soon (a layer changed, the camera moved, a sprite was placed).
 * - `hold()`: something animates (a tween, an event's animation); frames are drawn every display frame until every
 *   hold is released (the returned function; calling it twice is harmless).
 * - `onFrame(fn)`: `fn(seconds)` runs before each frame that is drawn; it returns true to ask for the next one too
 *   (a camera still gliding, particles still alive).
 * - Ambient motion (flames, pulsing conduits, drifting dust, steam, hovering drones) is not a reason to draw at the
 *   display's rate: while `ambient()` says some is on screen, frames come at `AMBIENT_FPS`, and only for
 *   `AMBIENT_LINGER_MS` after the last frame that was drawn for a real reason (input, animation). After that the
 *   scene stands still and an idle screen draws nothing at all (see docs/client.md, "Rendering").
 *
 * `rendered` counts the frames drawn (the benchmark and the browser tests read it through the test handle).
 */

/** Frames a second of ambient motion (flames, steam) while it lingers. */
export const AMBIENT_FPS = 8;
/** How long ambient motion goes on after the last frame drawn for a real reason. */
export const AMBIENT_LINGER_MS = 6000;
/** The longest step a frame callback is given (after a stall, motion jumps at most this far). */
const MAX_DT = 0.25;

export interface LoopClock {
  now(): number;
  frame(cb: (t: number) => void): number;
  cancelFrame(id: number): void;
  timer(cb: () => void, ms: number): number;
  cancelTimer(id: number): void;
}

export const browserClock: LoopClock = {
  now: () => performance.now(),
  frame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (id) => cancelAnimationFrame(id),
  timer: (cb, ms) => window.setTimeout(cb, ms),
  cancelTimer: (id) => window.clearTimeout(id),
};

export class FrameLoop {
  /** Frames drawn so far. */
  rendered = 0;
  /** Ambient motion on screen now (set by the view that owns the scene). */
  ambient: () => boolean = () => false;
  private holds = 0;
  private dirty = false;
  private frameId = 0;
  private timerId = 0;
  /** Time of the last frame run (0: the loop was asleep, the next frame gets a nominal step). */
  private last = 0;
  /** Time of the last frame drawn for a real reason (not ambient). */
  private lastReal = Number.NEGATIVE_INFINITY;
  private ambientFrame = false;
  private inFrame = false;
  private readonly callbacks = new Set<(dt: number) => unknown>();
  private readonly afterRender: (() => void)[] = [];

  constructor(
    private readonly render: () => void,
    private readonly clock: LoopClock = browserClock,
  ) {}

  requestRender(): void {
    this.dirty = true;
    this.schedule();
  }

  /** Something animates: frames at the display's rate until the returned release is called. */
  hold(): () => void {
    this.holds++;
    this.schedule();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.holds--;
      this.requestRender();
    };
  }

  get animating(): number {
    return this.holds;
  }

  /** Runs `fn(seconds)` before every frame drawn; `fn` returns true to want the next frame too. */
  onFrame(fn: (dt: number) => unknown): () => void {
    this.callbacks.add(fn);
    this.requestRender();
    return () => this.callbacks.delete(fn);
  }

  /** Calls `fn` once, after the next frame is drawn. */
  afterNextRender(fn: () => void): void {
    this.afterRender.push(fn);
    this.requestRender();
  }

  /** Stops everything scheduled (the page is going away). */
  stop(): void {
    if (this.frameId) this.clock.cancelFrame(this.frameId);
    if (this.timerId) this.clock.cancelTimer(this.timerId);
    this.frameId = 0;
    this.timerId = 0;
    this.callbacks.clear();
  }

  private schedule(): void {
    if (this.inFrame) return;
    if (this.timerId) {
      this.clock.cancelTimer(this.timerId);
      this.timerId = 0;
    }
    if (!this.frameId) this.frameId = this.clock.frame((t) => this.frame(t));
  }

  private frame(t: number): void {
    this.frameId = 0;
    const real = this.dirty || this.holds > 0 || !this.ambientFrame;
    const dt = this.last ? Math.min(MAX_DT, Math.max(0, (t - this.last) / 1000)) : 1 / 60;
    this.last = t;
    this.ambientFrame = false;
    let more = false;
    // what the callbacks ask to draw is drawn now, by this frame
    this.inFrame = true;
    try {
      for (const fn of [...this.callbacks]) if (fn(dt)) more = true;
      this.dirty = false;
      this.render();
    } finally {
      this.inFrame = false;
    }
    this.rendered++;
    if (real || more) this.lastReal = this.clock.now();
    for (const fn of this.afterRender.splice(0)) fn();
    if (more || this.holds > 0 || this.dirty) {
      this.schedule();
      return;
    }
    // asleep until asked, or until the next ambient frame while ambient motion lingers
    this.last = 0;
    const now = this.clock.now();
    if (now - this.lastReal < AMBIENT_LINGER_MS && this.ambient()) {
      this.timerId = this.clock.timer(() => {
        this.timerId = 0;
        this.ambientFrame = true;
        this.last = this.clock.now() - 1000 / AMBIENT_FPS;
        this.schedule();
      }, 1000 / AMBIENT_FPS);
    }
  }
}

const loops = new WeakMap<object, FrameLoop>();

/**
 * The frame loop of a PixiJS application (made on first use; the application's own ticker is stopped). Every view
 * on the same canvas shares it.
 */
export function frameLoopOf(app: { render(): void; ticker?: { stop(): void } | null }): FrameLoop {
  let loop = loops.get(app);
  if (!loop) {
    app.ticker?.stop();
    loop = new FrameLoop(() => app.render());
    loops.set(app, loop);
    if (typeof window !== 'undefined') window.addEventListener('resize', () => loop!.requestRender());
  }
  return loop;
}
