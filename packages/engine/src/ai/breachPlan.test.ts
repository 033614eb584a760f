import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { unitById } from '../world/units';
import { chooseCommand } from './chooseCommand';
import { dangerTiles } from './danger';

describe('the squad AI and the hull', () => {
  // Inside (deck, top) and outside (ground, bottom) split by hull with one open breach at (3,2).
  const rows = ['_______', '_______', 'HHHHHHH', '.......', 'S......'];

  it('walks to the breach, climbs in and reaches a goal inside the ship', () => {
    const map = tinyMap(rows, {
      breaches: [{ x: 3, y: 2, sealsIn: 9 }],
      objective: { kind: 'reach', tiles: [{ x: 3, y: 0 }] },
    });
    const w = createGame(map, 1);
    const seen: string[] = [];
    for (let i = 0; i < 30 && w.header.outcome === 'ongoing'; i++) {
      const cmd = chooseCommand(w, Faction.squad);
      seen.push(cmd.type);
      const r = apply(w, cmd);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
    expect(seen).toContain('climb');
    expect(w.header).toMatchObject({ outcome: 'victory', reason: 'objective' });
  });

  it('pulls an ally standing in a breach from inside', () => {
    const map = tinyMap(['___S___', '_______', 'HHHHHHH', '...S...'], {
      breaches: [{ x: 3, y: 2, sealsIn: 9 }],
      objective: { kind: 'reach', tiles: [{ x: 0, y: 0 }] },
    });
    const w = createGame(map, 1);
    apply(w, { type: 'climb', unit: 's2', to: { x: 3, y: 2 } });
    apply(w, { type: 'move', unit: 's1', to: { x: 3, y: 1 } });
    expect(chooseCommand(w, Faction.squad)).toEqual({ type: 'pull', unit: 's1', target: 's2' });
  });

  it('gives an ally at the breach a leg up, and that ally waits for it and climbs for 1 AP', () => {
    // s1 stands next to the breach (3,2); s2 beside s1 but not next to the breach.
    const map = tinyMap(['_______', '_______', 'HHHHHHH', '...S...', '...S...'], {
      breaches: [{ x: 3, y: 2, sealsIn: 9 }],
      objective: { kind: 'reach', tiles: [{ x: 3, y: 0 }] },
    });
    const w = createGame(map, 1);
    const first = chooseCommand(w, Faction.squad);
    expect(first).toEqual({ type: 'boost', unit: 's2', target: 's1' });
    expect(apply(w, first).ok).toBe(true);
    const climb = chooseCommand(w, Faction.squad);
    expect(climb).toEqual({ type: 'climb', unit: 's1', to: { x: 3, y: 2 } });
    const r = apply(w, climb);
    expect(r.ok && r.events[0]).toMatchObject({ type: 'climbed', ap: 1, apLeft: 1 });
  });

  it('steps out of a telegraphed strike and never into one', () => {
    const map = tinyMap(['.......', '...S...', '.......', '......E'], {
      strikes: [{ turn: 1, x: 3, y: 1, radius: 1, damage: 5 }],
    });
    const w = createGame(map, 1);
    const danger = dangerTiles(w)!;
    const cmd = chooseCommand(w, Faction.squad);
    expect(cmd.type).toBe('move');
    if (cmd.type !== 'move') return;
    expect(danger[cmd.to.y * 7 + cmd.to.x]).toBe(0);
    apply(w, cmd);
    const s1 = unitById(w, 's1')!;
    expect(danger[w.c.Position.y[s1]! * 7 + w.c.Position.x[s1]!]).toBe(0);
  });
});
