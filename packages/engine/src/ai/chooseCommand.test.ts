import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtin, tinyMap } from '../../test/support';
import { apply, applyAs } from '../apply';
import type { GameEvent } from '../events/types';
import { simulate } from '../replay/simulate';
import { createGame } from '../setup/createGame';
import { canSeeUnit } from '../vision/sight';
import { Faction, type FactionId } from '../world/components';
import { unitById, unitsView } from '../world/units';
import type { GameWorld } from '../world/world';
import { chooseCommand } from './chooseCommand';
import { seenBySide } from './sideSight';

/** The other side's units that some unit of `faction` sees, by checking every pair, in uid order. */
function seenByEveryPair(world: GameWorld, faction: FactionId): number[] {
  const other = faction === Faction.squad ? Faction.lgf : Faction.squad;
  return unitsView(world, other).filter((e) => unitsView(world, faction).some((m) => canSeeUnit(world, m, e)));
}

/** A random open map: ground with walls and rubble sprinkled in, squad bottom-left, enemies top-right. */
function randomRows(cells: number[], w: number, h: number): string[] {
  const rows: string[] = [];
  for (let y = 0; y < h; y++) {
    let row = '';
    for (let x = 0; x < w; x++) {
      const v = cells[(y * w + x) % cells.length]!;
      const squadCorner = x < 3 && y >= h - 3;
      const enemyCorner = x >= w - 3 && y < 3;
      if (squadCorner && (x + y) % 2 === 0) row += 'S';
      else if (enemyCorner && (x + y) % 2 === 1) row += 'E';
      else if (squadCorner || enemyCorner) row += '.';
      else row += v < 8 ? '#' : v < 16 ? ',' : '.';
    }
    rows.push(row);
  }
  return rows;
}

describe('the AI', () => {
  it('never issues a rejected command on the training map, across many seeds (both sides)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const events: GameEvent[] = [];
      simulate(builtin('training'), seed, 20, { onEvent: (e) => events.push(e) });
      expect(events.some((e) => e.type === 'game_over' || e.type === 'turn_ended')).toBe(true);
    }
  });

  it('never issues a rejected command on random maps (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 30, maxLength: 200 }),
        fc.integer({ min: 10, max: 20 }),
        fc.nat(),
        (cells, size, seed) => {
          let map: ReturnType<typeof tinyMap>;
          try {
            map = tinyMap(randomRows(cells, size, size));
          } catch {
            return true; // the map validator refused it (e.g. a unit walled in): nothing to play
          }
          simulate(map, seed, 12);
          return true;
        },
      ),
      { numRuns: 40 },
    );
  });

  it('fights: on the training map the game ends with a winner within 20 turns for most seeds', () => {
    let ended = 0;
    let shots = 0;
    for (let seed = 1; seed <= 20; seed++) {
      let over = false;
      simulate(builtin('training'), seed, 20, {
        onEvent: (e) => {
          if (e.type === 'game_over') over = true;
          if (e.type === 'shot') shots++;
        },
      });
      if (over) ended++;
    }
    expect(shots).toBeGreaterThan(20);
    expect(ended).toBeGreaterThan(10);
  });

  it('is a pure function: choosing a command twice gives the same command and changes nothing', () => {
    const w = createGame(builtin('training'), 7);
    const a = chooseCommand(w, Faction.squad);
    const b = chooseCommand(w, Faction.squad);
    expect(a).toEqual(b);
    expect(w.rng.draws).toBe(0);
  });

  it('shoots the flanked target rather than the one in cover', () => {
    // s1 sees both; e1 has half cover (rubble) toward s1 and is closer, e2 stands in the open.
    const w = createGame(
      tinyMap([
        '..........', //
        '..........',
        '...E...E..',
        '...,......',
        '...S......',
      ]),
      1,
    );
    const s1 = unitById(w, 's1')!;
    w.c.Actions.ap[s1] = 1; // already moved: it must shoot now
    expect(chooseCommand(w, Faction.squad)).toEqual({ type: 'shoot', unit: 's1', target: 'e2' });
  });

  it('patrols while unaware and wakes up when it sees the squad', () => {
    // Out of its 12-tile vision at first (13 tiles away).
    const rows = ['S...............', '................', '................', '................'];
    const map = tinyMap(rows, {
      enemies: [
        {
          id: 'e1',
          type: 'trooper',
          x: 13,
          y: 2,
          patrol: [
            { x: 13, y: 2 },
            { x: 13, y: 0 },
          ],
        },
      ],
    });
    const w = createGame(map, 1);
    const r = apply(w, { type: 'end_turn' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const moved = r.events.find((e) => e.type === 'moved');
    expect(moved).toMatchObject({
      unit: 'e1',
      path: [
        { x: 13, y: 1 },
        { x: 13, y: 0 },
      ],
    });
    // Walk the squad into its view: it becomes aware at once.
    const seen = apply(w, { type: 'move', unit: 's1', to: { x: 3, y: 0 } });
    expect(seen.ok && seen.events.some((e) => e.type === 'spotted' && e.unit === 'e1' && e.reason === 'sight')).toBe(
      true,
    );
  });

  it('keeps what each side sees up to date through moves, shots and deaths of both sides (every pair checked)', () => {
    let steps = 0;
    let deaths = 0;
    for (const [id, seed] of [
      ['ruins', 2],
      ['ship', 3],
      ['training', 1],
    ] as const) {
      const world = createGame(builtin(id), seed);
      for (let step = 0; step < 500 && world.header.outcome === 'ongoing'; step++) {
        for (const f of [Faction.squad, Faction.lgf] as FactionId[]) {
          expect([...seenBySide(world, f)]).toEqual(seenByEveryPair(world, f));
        }
        // Each side in turn gives one command (the LGF out of its phase: this drives sight, not the rules),
        // so both sides' remembered sight lives across the other side's moves and its own.
        const lgfCmd = step % 2 === 0 ? chooseCommand(world, Faction.lgf) : null;
        const [side, cmd] =
          lgfCmd && lgfCmd.type !== 'end_turn'
            ? [Faction.lgf, lgfCmd]
            : [Faction.squad, chooseCommand(world, Faction.squad)];
        const r = applyAs(world, cmd, side);
        expect(r.ok).toBe(true);
        if (r.ok) deaths += r.events.filter((e) => e.type === 'unit_died').length;
        steps++;
      }
    }
    expect(steps).toBeGreaterThan(150);
    expect(deaths).toBeGreaterThan(3);
  });
});
