import { describe, expect, it } from 'vitest';
import { progressBar } from './progress';

describe('the progress line', () => {
  it('shows files done, files per second and time left, at most ten times a second, and clears itself', () => {
    let t = 0;
    const drawn: string[] = [];
    const bar = progressBar(
      10,
      (s) => drawn.push(s),
      () => t,
    );
    t = 1000;
    bar.tick(2);
    expect(drawn.at(-1)).toBe('\r\x1b[2K[#####-------------------] 2/10 files, 2.0 files/s, 4s left');
    t = 1050;
    bar.tick(3);
    expect(drawn).toHaveLength(1); // 50 ms later: not redrawn
    bar.clear();
    expect(drawn.at(-1)).toBe('\r\x1b[2K');
    t = 1060;
    bar.tick(4); // after a clear it is drawn again at once
    expect(drawn.at(-1)).toMatch(/ 4\/10 files, /);
  });
});
