import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Faction, type GameEvent, patrolTarget, unitsSorted } from '@denizens/engine';
import { describe, expect, it } from 'vitest';
import { rebuildLog } from '../../game/combatLog';
import { exploredTiles } from '../../game/exploredTiles';
import { builtinMaps } from '../../game/replayHashes';
import { unitNames } from '../../game/unitNames';
import { aiIntent, everythingLines, linesUpTo, memoryAt, openWatched } from './chronicle';
import { worldAt } from './timeline';

const GOLDEN = join(__dirname, '..', '..', '..', '..', 'engine', 'test', 'golden');
const golden = (name: string) => readFileSync(join(GOLDEN, `${name}.replay.json`), 'utf8');

function open(name: string, every = 8) {
  const r = openWatched(golden(name), `${name}.replay.json`, builtinMaps, every);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('the viewer’s chronicle', () => {
  it('the squad’s log at any cursor is the log the play screen wrote (the same lines, through the fog)', () => {
    const { timeline: t, chronicle: c } = open('ship-seed1');
    for (const cursor of [0, 1, 17, 40, t.limit]) {
      const { lines } = rebuildLog(t.map, String(t.replay.seed), t.commands.slice(0, cursor), unitNames(t.fresh()));
      expect(linesUpTo(c, cursor, 'squad'), `cursor ${cursor}`).toEqual(lines);
    }
  });

  it('everything shows both sides: the LGF’s moves (on patrol or aware), shots and wake-ups the squad never saw', () => {
    const { timeline: t, chronicle: c } = open('ruins-seed1');
    const squad = linesUpTo(c, t.limit, 'squad').map((l) => l.text);
    const all = linesUpTo(c, t.limit, 'all').map((l) => l.text);
    expect(all.length).toBeGreaterThan(squad.length);
    const lgfNames = [...c.names].filter(([id]) => !t.map.squad.some((u) => u.id === id)).map(([, n]) => n);
    const lgfMoves = all.filter((l) => / (moves|dashes) to \d+,\d+ \((on patrol|aware of the squad)\)\.$/.test(l));
    expect(lgfMoves.length).toBeGreaterThan(0);
    for (const l of lgfMoves)
      expect(
        lgfNames.some((n) => l.startsWith(n)),
        l,
      ).toBe(true);
    expect(lgfMoves.some((l) => l.endsWith('(on patrol).'))).toBe(true);
    expect(lgfMoves.some((l) => l.endsWith('(aware of the squad).'))).toBe(true);
    // the squad's view never names a move it did not see, nor the AI's state
    expect(squad.some((l) => /\((on patrol|aware of the squad)\)/.test(l))).toBe(false);
    expect(all.filter((l) => / spotted /.test(l)).length).toBeGreaterThanOrEqual(
      squad.filter((l) => / spotted /.test(l)).length,
    );
    // every LGF shot is there with its target, and the squad's log has no more of them
    const lgfShots = c.shots.flat();
    expect(lgfShots.length).toBeGreaterThan(0);
    for (const s of lgfShots) expect(lgfNames).toContain(c.names.get(s.unit));
    for (const s of lgfShots)
      expect(
        all.some((l) => l.startsWith(`${c.names.get(s.unit)} `) && l.includes(`at ${c.names.get(s.target)}`)),
      ).toBe(true);
  });

  it('an LGF unit woken during a command (spotted) moves on as aware of the squad', () => {
    const { timeline: t, chronicle: c } = open('training-seed1');
    const world = t.fresh();
    const [eid] = unitsSorted(world, Faction.lgf);
    const id = world.c.Unit.id[eid!]!;
    const moved = (x: number): GameEvent => ({
      type: 'moved',
      unit: id,
      faction: 'lgf',
      path: [{ x, y: 1 }],
      cost: 1,
      dash: false,
      apLeft: 1,
    });
    const lines = everythingLines(
      world,
      [moved(1), { type: 'spotted', unit: id, target: t.map.squad[0]!.id, reason: 'sight' }, moved(2)],
      new Map(c.names),
      new Set(),
    ).map((l) => l.text);
    expect(lines[0]).toMatch(/ moves to 1,1 \(on patrol\)\.$/);
    expect(lines[2]).toMatch(/ moves to 2,1 \(aware of the squad\)\.$/);
    expect(everythingLines(world, [moved(3)], new Map(c.names), new Set([id]))[0]!.text).toMatch(
      /\(aware of the squad\)/,
    );
  });

  it('the AI’s side at the cursor: every LGF unit, its patrol waypoint (the engine’s) or whom it last fired at', () => {
    const { timeline: t, chronicle: c } = open('ruins-seed1');
    const start = worldAt(t, 0);
    const lines0 = aiIntent(start, c, 0);
    const lgf0 = unitsSorted(start, Faction.lgf);
    expect(lines0).toHaveLength(lgf0.length);
    lgf0.forEach((eid, i) => {
      const to = patrolTarget(start, eid);
      expect(lines0[i]).toContain(to ? `unaware, on patrol toward ${to.x},${to.y}` : 'holding its post');
    });
    // at the end: every unit that fired (and is still there) names whom it last fired at, with the turn
    const last = new Map<string, { target: string; turn: number }>();
    for (const s of c.shots.flat()) last.set(s.unit, s);
    const lines = aiIntent(worldAt(t, t.limit), c, t.limit);
    let named = 0;
    for (const [unit, s] of last) {
      const line = lines.find((l) => l.startsWith(`${c.names.get(unit)} at `));
      if (!line) continue; // down by the end
      expect(line).toContain(`aware of the squad, last fired at ${c.names.get(s.target)} (turn ${s.turn})`);
      named++;
    }
    expect(named).toBeGreaterThan(0);
  });

  it('the squad’s memory at each checkpoint is what the play screen remembered then', () => {
    const { timeline: t, chronicle: c } = open('ship-seed3', 10);
    expect(c.memory).toHaveLength(Math.floor(t.limit / 10) + 1);
    for (let k = 0; k * 10 <= t.limit; k += 3) {
      const want = exploredTiles(t.map, String(t.replay.seed), t.commands.slice(0, k * 10));
      expect(Array.from(memoryAt(c, k * 10)), `after ${k * 10}`).toEqual(Array.from(want));
    }
    expect(() => memoryAt(c, 5)).toThrow(/no memory kept after 5/);
  });
});
