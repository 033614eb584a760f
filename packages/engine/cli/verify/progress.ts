// The progress line on a terminal: files done, files per second and time left. Drawn on stderr only when it is a
// terminal (the caller decides), at most ten times a second, and cleared before any verdict line is printed.

export interface Progress {
  tick: (done: number) => void;
  /** Removes the line (before printing something else, and at the end). */
  clear: () => void;
}

export function progressBar(total: number, draw: (s: string) => void, now: () => number): Progress {
  const t0 = now();
  let last = 0;
  let shown = false;
  let done = 0;
  const render = () => {
    const secs = Math.max((now() - t0) / 1000, 0.001);
    const rate = done / secs;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    const width = 24;
    const fill = Math.round((done / Math.max(total, 1)) * width);
    draw(
      `\r\x1b[2K[${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${done}/${total} files, ${rate.toFixed(1)} files/s, ${left}s left`,
    );
    shown = true;
  };
  return {
    tick: (n) => {
      done = n;
      const t = now();
      if (t - last >= 100 || n === total) {
        last = t;
        render();
      }
    },
    clear: () => {
      if (shown) draw('\r\x1b[2K');
      last = 0;
      shown = false;
    },
  };
}
