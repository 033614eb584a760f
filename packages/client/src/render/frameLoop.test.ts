import { describe, expect, it } from 'vitest';
import { AMBIENT_FPS, AMBIENT_LINGER_MS, FrameLoop, type LoopClock } from './frameLoop';

/** A clock whose display frames and timers run only when the test says so. */
function fakeClock() {
  let t = 1000;
  let nextId = 1;
  const frames = new Map<number, (t: number) => void>();
  const timers = new Map<number, { at: number; cb: () => void }>();
  const clock: LoopClock = {
    now: () => t,
    frame: (cb) => {
      frames.set(nextId, cb);
      return nextId++;
    },
    cancelFrame: (id) => void frames.delete(id),
    timer: (cb, ms) => {
      timers.set(nextId, { at: t + ms, cb });
      return nextId++;
    },
    cancelTimer: (id) => void timers.delete(id),
  };
  return {
    clock,
    /** Advances time by one display frame (16 ms): due timers fire, then pending frame callbacks run. */
    tick(ms = 16) {
      t += ms;
      for (const [id, tm] of [...timers]) {
        if (tm.at <= t) {
          timers.delete(id);
          tm.cb();
        }
      }
      const due = [...frames.values()];
      frames.clear();
      for (const cb of due) cb(t);
    },
    /** Runs `ms` of display frames. */
    run(ms: number) {
      for (let k = 0; k < ms / 16; k++) this.tick();
    },
    pending: () => frames.size + timers.size,
  };
}

function setup() {
  const c = fakeClock();
  let renders = 0;
  const loop = new FrameLoop(() => renders++, c.clock);
  return { c, loop, renders: () => renders };
}

describe('FrameLoop (render on demand)', () => {
  it('draws nothing while nothing is asked for', () => {
    const { c, loop, renders } = setup();
    c.run(2000);
    expect(renders()).toBe(0);
    expect(loop.rendered).toBe(0);
    expect(c.pending()).toBe(0);
  });

  it('draws one frame for any number of requests before it, then sleeps', () => {
    const { c, loop, renders } = setup();
    loop.requestRender();
    loop.requestRender();
    loop.requestRender();
    c.run(1000);
    expect(renders()).toBe(1);
    expect(c.pending()).toBe(0);
  });

  it('draws every display frame while held, and stops after the last release', () => {
    const { c, loop, renders } = setup();
    const a = loop.hold();
    const b = loop.hold();
    c.run(160);
    expect(renders()).toBe(10);
    a();
    a(); // a second release of the same hold changes nothing
    c.run(160);
    expect(renders()).toBe(20);
    expect(loop.animating).toBe(1);
    b();
    c.run(160);
    // the frame after the release draws the final state, then nothing
    expect(renders()).toBe(21);
    expect(loop.animating).toBe(0);
  });

  it('keeps drawing while a frame callback wants more, with the time since the last frame', () => {
    const { c, loop, renders } = setup();
    const steps: number[] = [];
    let left = 3;
    loop.onFrame((dt) => {
      steps.push(dt);
      return --left > 0;
    });
    c.run(500);
    expect(renders()).toBe(3);
    // the first frame after sleeping gets a nominal step, the next ones the real time between frames
    expect(steps[0]).toBeCloseTo(1 / 60);
    expect(steps[1]).toBeCloseTo(0.016);
    expect(steps).toHaveLength(3);
  });

  it('a request made while a frame runs is drawn by that frame, not by another', () => {
    const { c, loop, renders } = setup();
    loop.onFrame(() => void loop.requestRender());
    c.run(500);
    expect(renders()).toBe(1);
  });

  it('ambient motion on screen is drawn at a low rate for a while after real activity, then never', () => {
    const { c, loop, renders } = setup();
    let onScreen = true;
    loop.ambient = () => onScreen;
    loop.requestRender();
    c.tick();
    expect(renders()).toBe(1);
    c.run(1000);
    // about AMBIENT_FPS frames in that second, far fewer than the display's 60
    expect(renders() - 1).toBeGreaterThanOrEqual(AMBIENT_FPS - 2);
    expect(renders() - 1).toBeLessThanOrEqual(AMBIENT_FPS + 1);
    c.run(AMBIENT_LINGER_MS);
    const settled = renders();
    c.run(3000);
    expect(renders()).toBe(settled);
    expect(c.pending()).toBe(0);
    // off screen: no ambient frames at all after a real one
    onScreen = false;
    loop.requestRender();
    c.run(2000);
    expect(renders()).toBe(settled + 1);
  });
});
