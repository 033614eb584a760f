import { describe, expect, it } from 'vitest';
import { builtin, tinyMap } from '../../test/support';
import { hashWorld } from '../hash/hashWorld';
import { createGame } from '../setup/createGame';
import { createRecorder, recordApply, toReplay } from './recorder';
import { simulateGame } from './simulate';

describe('the recorder', () => {
  it('records accepted commands with their hashes, a turn hash at each turn end, and never a refused command', () => {
    const world = createGame(tinyMap(['S...', '....', '...E']), 1);
    const rec = createRecorder(world, 1);
    const start = hashWorld(world);
    // Nothing recorded yet: the result is the starting state.
    expect(toReplay(rec)).toMatchObject({
      commands: [],
      hashes: [],
      turns: [],
      result: { outcome: 'ongoing', turn: 1, hash: start },
    });

    const refused = recordApply(rec, { type: 'move', unit: 'nobody', to: { x: 1, y: 0 } });
    expect(refused.ok).toBe(false);
    expect(rec.commands).toEqual([]);
    expect(rec.hashes).toEqual([]);
    expect(rec.last.hash).toBe(start);

    expect(recordApply(rec, { type: 'move', unit: 's1', to: { x: 1, y: 0 } }).ok).toBe(true);
    const afterMove = hashWorld(world);
    expect(rec.commands).toEqual([{ type: 'move', unit: 's1', to: { x: 1, y: 0 } }]);
    expect(rec.hashes).toEqual([afterMove]);
    expect(rec.turns).toEqual([]);

    expect(recordApply(rec, { type: 'end_turn' }).ok).toBe(true);
    const afterTurn = hashWorld(world);
    expect(rec.hashes).toEqual([afterMove, afterTurn]);
    expect(rec.turns).toEqual([{ turn: 1, hash: afterTurn }]);
    expect(toReplay(rec).result).toEqual({ outcome: world.header.outcome, turn: 2, hash: afterTurn });
  });

  it('writes the difficulty, the campaign link, the provenance and the embedded map only when given', () => {
    const world = createGame(builtin('training'), 5);
    const plain = toReplay(createRecorder(world, 5));
    expect(Object.keys(plain)).not.toEqual(expect.arrayContaining(['difficulty']));
    for (const key of ['difficulty', 'campaign', 'provenance']) expect(plain).not.toHaveProperty(key);
    expect(plain.map).not.toHaveProperty('data');

    const campaign = { seed: 7, mission: 1 };
    const provenance = {
      players: { squad: 'ai', enemy: 'ai' },
      tool: 'test',
      recordedAt: '2026-12-01T00:00:00Z',
    } as const;
    const full = toReplay(createRecorder(world, 5, { difficulty: 'hard', campaign }), { embedMap: true, provenance });
    expect(full).toMatchObject({ difficulty: 'hard', campaign, provenance, map: { data: world.scenario.map } });
  });
});

describe('simulateGame', () => {
  it('stops when the game ends, not at the turn limit, and reports every event and the final world', () => {
    // One pilot next to one trooper: the AI squad shoots until the trooper is dead (or the pilot is).
    const map = tinyMap(['S.E']);
    const events: string[] = [];
    let ended: string | null = null;
    const { replay, fault } = simulateGame(map, 3, 40, {
      onEvent: (e) => events.push(e.type),
      onEnd: (w) => {
        ended = w.header.outcome;
      },
    });
    expect(fault).toBeUndefined();
    expect(replay.result.outcome).not.toBe('ongoing');
    expect(ended).toBe(replay.result.outcome);
    expect(replay.result.turn).toBeLessThan(40);
    expect(events).toContain('game_over');
    // Nothing was played after the end: the last command is the one that ended the game.
    expect(replay.hashes.at(-1)).toBe(replay.result.hash);
  });

  it('plays exactly the asked number of turns when the game goes on', () => {
    const { replay } = simulateGame(builtin('training'), 41, 2);
    expect(replay.turns.map((t) => t.turn)).toEqual([1, 2]);
    expect(replay.commands.filter((c) => c.type === 'end_turn')).toHaveLength(2);
    expect(replay.result).toMatchObject({ outcome: 'ongoing', turn: 3 });
  });
});
