import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply } from '../apply';
import type { GameEvent } from '../events/types';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { chooseCommand, ESCORT_RANGE } from './chooseCommand';

// The cell at the east end of a long hall, the way out at its west end. s1 stands by the cell; s2
// and s3 wait by the way out, where the old squad AI left the map the moment the objective became
// extraction, leaving Tara to walk the hall alone.
const rows = ['......................', '.S.................SC.', '.S....................'];
const tara = {
  id: 'tara',
  name: 'Tara',
  hp: 4,
  aim: 55,
  mobility: 5,
  extraction: [
    { x: 0, y: 1 },
    { x: 0, y: 2 },
  ],
};

// s1 (1,1) and s3 (1,2) stand next to the extraction tiles (0,1) and (0,2); s2 (19,1) is next to the cell.
function rescue(): GameWorld {
  const map = tinyMap(rows, { objective: { kind: 'cell', x: 20, y: 1 }, captive: tara, turnLimit: 20 });
  return createGame(map, 1);
}

/** Plays the squad with the AI to the end; after every squad turn, calls `check`. */
function play(w: GameWorld, check: (w: GameWorld) => void): GameEvent[] {
  const events: GameEvent[] = [];
  for (let i = 0; i < 400 && w.header.outcome === 'ongoing'; i++) {
    const cmd = chooseCommand(w, Faction.squad);
    if (cmd.type === 'end_turn') check(w);
    const r = apply(w, cmd);
    if (!r.ok) throw new Error(`${JSON.stringify(cmd)}: ${r.rejection.message}`);
    events.push(...r.events);
  }
  return events;
}

describe('the squad AI escorts the freed captive', () => {
  it('frees Tara, walks her out with the pilots around her, and nobody leaves before she does', () => {
    const w = rescue();
    // Once an escort has come to Tara, it stays by her at the end of every squad turn.
    const reached = new Set<string>();
    const spread: string[] = [];
    const events = play(w, (now) => {
      const t = unitById(now, 'tara');
      if (!t || now.c.Unit.faction[t] !== Faction.squad) return;
      for (const id of ['s1', 's2', 's3']) {
        const e = unitById(now, id);
        if (!e) continue;
        const far = Math.max(
          Math.abs(now.c.Position.x[e]! - now.c.Position.x[t]!),
          Math.abs(now.c.Position.y[e]! - now.c.Position.y[t]!),
        );
        spread.push(`${id}:${far}`);
        if (reached.has(id))
          expect(far, `${id} strayed from Tara at turn ${now.header.turn}`).toBeLessThanOrEqual(ESCORT_RANGE + 1);
        if (far <= ESCORT_RANGE) reached.add(id);
      }
    });
    expect(events.some((e) => e.type === 'captive_freed')).toBe(true);
    const out = events.flatMap((e) => (e.type === 'unit_extracted' ? [e.unit] : []));
    expect(out[0]).toBe('tara');
    expect(out.sort()).toEqual(['s1', 's2', 's3', 'tara']);
    expect(w.header).toMatchObject({ outcome: 'victory', reason: 'extracted' });
    expect([...reached].sort()).toEqual(['s1', 's2', 's3']);
  });
});
