import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import { hashWorld } from '../hash/hashWorld';
import { createGame } from '../setup/createGame';
import { simulate } from './simulate';
import { applyStep, replaySteps } from './step';

describe('the one re-simulation', () => {
  const replay = simulate(builtin('training'), 7, 3);

  it('ends a turn exactly where the recorder recorded a turn hash, with the same hash', () => {
    const world = createGame(builtin('training'), replay.seed);
    const ended: { turn: number; hash: string }[] = [];
    for (const s of replaySteps(world, replay.commands)) {
      expect(s.result.ok).toBe(true);
      if (s.turnEnded) ended.push({ turn: s.turn, hash: hashWorld(world) });
    }
    expect(ended).toEqual(replay.turns);
    expect(ended.length).toBe(3);
  });

  it('a refused command ends no turn and stops the re-simulation after it', () => {
    const world = createGame(builtin('training'), 1);
    const steps = [...replaySteps(world, [{ type: 'move', unit: 'nobody', to: { x: 0, y: 0 } }, { type: 'end_turn' }])];
    expect(steps.length).toBe(1);
    expect(steps[0]).toMatchObject({ index: 0, turn: 1, turnEnded: false, result: { ok: false } });
    expect(world.header.turn).toBe(1);
  });

  it('end_turn ends the turn it was applied in', () => {
    const world = createGame(builtin('training'), 1);
    const s = applyStep(world, { type: 'end_turn' }, 0);
    expect(s).toMatchObject({ turn: 1, turnEnded: true });
    expect(world.header.turn).toBe(2);
  });
});
