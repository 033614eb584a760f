import { describe, expect, it } from 'vitest';
import { hashJson } from '../hash/hasher';
import { createGrid } from '../world/grid';
import { T } from '../world/terrain';
import { findPathAStar } from './findPath';
import { reachList, reachMap } from './reach';

// Which of several equally cheap paths A* and the budgeted search take, and in which order the budgeted search
// settles tiles of equal cost, are part of the rules: a move's path decides which overwatchers may fire on it, and
// the AI walks reachList's tiles in its order. The answers below are the searches' as the golden corpus was
// recorded (replay version 10). If they change on purpose: bump REPLAY_VERSION, run `pnpm golden` and record the
// new digests here. (The jump search's own ties: jumpPointTies.test.ts.)

const KINDS = [T.ground, T.ground, T.ground, T.wall, T.rubble, T.crater, T.void] as const;

/** The same small maps every run: walls, rough ground, some units in the way (a fixed generator, no library). */
function* cases(seed: number, count: number) {
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  for (let k = 0; k < count; k++) {
    const w = 2 + next(11);
    const h = 2 + next(11);
    const g = createGrid(w, h);
    for (let i = 0; i < w * h; i++) g.terrain[i] = KINDS[next(KINDS.length)]!;
    const blocked = k % 2 === 0 ? Uint8Array.from({ length: w * h }, () => (next(10) === 0 ? 1 : 0)) : null;
    const s = next(w * h);
    const t = next(w * h);
    yield { g, w, blocked, sx: s % w, sy: (s / w) | 0, tx: t % w, ty: (t / w) | 0, budget: next(40) };
  }
}

describe('the exact searches between equally cheap ways', () => {
  it('A* takes the same path as recorded on 2,000 small maps with walls, rough ground and units in the way', () => {
    const answers: unknown[] = [];
    let long = 0;
    for (const { g, blocked, sx, sy, tx, ty, budget } of cases(20261202, 2000)) {
      const found = findPathAStar(g, sx, sy, tx, ty, { blocked, maxCost: budget < 30 ? budget : undefined });
      if (found && found.path.length > 2) long++;
      answers.push(found && [found.cost, found.path.map((p) => `${p.x},${p.y}`).join(' ')]);
    }
    expect(long).toBeGreaterThan(300);
    expect(hashJson(answers)).toBe(ASTAR_DIGEST);
  });

  it('the budgeted search keeps the same previous tiles and settles tiles in the same order as recorded', () => {
    const froms: number[][] = [];
    const orders: number[][] = [];
    let reached = 0;
    for (const { g, blocked, sx, sy, budget } of cases(20261203, 600)) {
      const r = reachMap(g, sx, sy, budget, blocked);
      froms.push(Array.from(r.from));
      const list = reachList(g, sx, sy, budget, blocked);
      orders.push(Array.from(list.tiles.subarray(0, list.count)));
      reached += list.count;
    }
    expect(reached).toBeGreaterThan(8000);
    expect(hashJson(froms)).toBe(FROM_DIGEST);
    expect(hashJson(orders)).toBe(ORDER_DIGEST);
  });
});

/** hashJson of the answers in the tests above, as recorded with REPLAY_VERSION 10. */
const ASTAR_DIGEST = '1447ae1d22e4cd1c';
const FROM_DIGEST = '929a98bb18fb06c4';
const ORDER_DIGEST = 'c5c6eb6fd3b2ca09';
