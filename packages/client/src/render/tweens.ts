interface Tween {
  elapsed: number;
  duration: number;
  step: (t: number) => void;
  resolve: () => void;
}

/**
 * Time-based animations driven by the frame loop. `speed` scales every duration; `skip` finishes
 * everything now (and keeps finishing at once until `skip` is turned off).
 */
export class Tweens {
  speed = 1;
  skip = false;
  /** Called when a tween starts (the frame loop wakes up: frames are drawn on demand only). */
  wake: () => void = () => {};
  private list: Tween[] = [];

  /** Runs `step(t)` with t from 0 to 1 over `seconds` (at speed 1); resolves when done. */
  run(seconds: number, step: (t: number) => void): Promise<void> {
    this.wake();
    if (this.skip || seconds <= 0) {
      step(1);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.list.push({ elapsed: 0, duration: seconds, step, resolve }));
  }

  wait(seconds: number): Promise<void> {
    return this.run(seconds, () => {});
  }

  update(dt: number): void {
    const list = this.list;
    this.list = [];
    const keep: Tween[] = [];
    for (const tw of list) {
      tw.elapsed += dt * this.speed;
      const t = this.skip ? 1 : Math.min(1, tw.elapsed / tw.duration);
      tw.step(t);
      if (t >= 1) tw.resolve();
      else keep.push(tw);
    }
    this.list = keep.concat(this.list);
  }

  get active(): number {
    return this.list.length;
  }
}
