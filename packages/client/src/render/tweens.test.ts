import { describe, expect, it } from 'vitest';
import { Tweens } from './tweens';

describe('Tweens', () => {
  it('advances by time times speed and resolves at the end', async () => {
    const tw = new Tweens();
    const seen: number[] = [];
    let done = false;
    const p = tw.run(1, (t) => seen.push(t)).then(() => (done = true));
    tw.update(0.25);
    tw.speed = 2;
    tw.update(0.25);
    expect(seen).toEqual([0.25, 0.75]);
    tw.update(0.25);
    await p;
    expect(done).toBe(true);
    expect(seen.at(-1)).toBe(1);
    expect(tw.active).toBe(0);
  });
  it('skip finishes at once', async () => {
    const tw = new Tweens();
    let last = 0;
    const p = tw.run(10, (t) => (last = t));
    tw.skip = true;
    tw.update(0.01);
    await p;
    expect(last).toBe(1);
    await tw.run(5, (t) => (last = t + 1));
    expect(last).toBe(2);
  });
});
