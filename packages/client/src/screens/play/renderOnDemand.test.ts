import { describe, expect, it } from 'vitest';
import { loadBuiltinMap } from '../../game/loadMap';
import { createSession } from '../../game/session';
import { headlessPlay } from './testKit';

function session(map = 'training', seed = '3') {
  const m = loadBuiltinMap(map);
  if (!m.ok) throw new Error(m.error);
  return createSession(m.map, seed);
}

/** Runs frames until the screen stops wanting them (at most `n`); returns how many it wanted. */
function runDown(p: ReturnType<typeof headlessPlay>, n = 600): number {
  for (let k = 0; k < n; k++) if (!p.frame(1 / 60)) return k;
  return n;
}

describe('the play screen draws on demand', () => {
  it('wants no further frame once the opening glide is over', () => {
    const p = headlessPlay(session());
    expect(runDown(p)).toBeLessThan(600);
    expect(p.frame(1 / 60)).toBe(false);
    expect(p.renders.holds).toBe(0);
  });

  it('held arrow keys keep frames coming; releasing them lets the loop sleep', () => {
    const p = headlessPlay(session());
    runDown(p);
    const before = p.renders.count;
    p.dispatch({ type: 'pan_key', key: 'ArrowRight', down: true });
    expect(p.renders.count).toBeGreaterThan(before);
    for (let k = 0; k < 5; k++) expect(p.frame(1 / 60)).toBe(true);
    p.dispatch({ type: 'pan_key', key: 'ArrowRight', down: false });
    expect(runDown(p)).toBeLessThan(2);
  });

  it('holds the frame loop while the events of a command play, and releases it after', async () => {
    const p = headlessPlay(session());
    runDown(p);
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'end_turn' }); // the second answers "end the turn anyway"
    expect(p.screen.isBusy).toBe(true);
    expect(p.renders.holds).toBe(1);
    await p.settle();
    expect(p.screen.isBusy).toBe(false);
    expect(p.renders.holds).toBe(0);
  });
});
