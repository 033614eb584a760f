import { BUILTIN_MAPS, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import { apply } from '../apply';
import type { Command } from '../commands/types';
import { hashWorld } from '../hash/hashWorld';
import { createGame } from '../setup/createGame';
import { unitById } from '../world/units';
import { boundedJson } from './boundedJson';
import type { Replay } from './format';
import { simulate } from './simulate';
import { type MapResolver, verifyReplay } from './verify';

/**
 * Tampering gives one exact verdict at one exact command and turn (no "diverged or illegal"): each tamper
 * below is built so that only one answer is right. Since replay version 6 a replay records the hash after
 * every command, so the verdict names the first command whose hash differs.
 */
const resolve: MapResolver = (id) => {
  const r = validateMap(BUILTIN_MAPS[id], id);
  return r.ok ? r.map : { error: 'invalid' };
};
const base: Replay = simulate(builtin('training'), 41, 6);
const commandsOf = (r: Replay) => r.commands as Command[];
const clone = (): Replay => JSON.parse(JSON.stringify(base));
const ends = base.commands.map((c, i) => (c.type === 'end_turn' ? i : -1)).filter((i) => i >= 0);

describe('tampered replays: exact verdict and turn', () => {
  it('a changed seed diverges at command #0 (turn 1), on the recorded hash of that command', () => {
    for (const seed of [2, 78]) {
      const r = clone();
      r.seed = seed;
      const v = verifyReplay(r, resolve);
      expect(v).toMatchObject({ status: 'diverged', turn: 1, index: 0, expected: base.hashes[0] });
      expect(v.status === 'diverged' && v.got).not.toBe(base.hashes[0]);
    }
  });

  it("a move sent one tile off (the rest of its turn still legal) diverges at that command, on that command's hash", () => {
    // A move of turn 2 and a destination one tile off for which every command of the turn stays legal.
    const from = ends[0]! + 1;
    const end = ends[1]!;
    const turnLegal = (cmds: readonly Command[]) => {
      const w = createGame(builtin('training'), 41);
      return cmds.every((c) => apply(w, c).ok);
    };
    let tampered: Replay | null = null;
    let at = -1;
    for (let i = from; i < end && !tampered; i++) {
      const cmd = commandsOf(base)[i]!;
      if (cmd.type !== 'move') continue;
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ]) {
        const r = clone();
        (r.commands[i] as typeof cmd).to = { x: cmd.to.x + dx!, y: cmd.to.y + dy! };
        if (turnLegal(commandsOf(r).slice(0, end + 1))) {
          tampered = r;
          at = i;
          break;
        }
      }
    }
    expect(tampered, 'a legal one-tile change in turn 2').not.toBeNull();
    expect(verifyReplay(tampered!, resolve)).toMatchObject({
      status: 'diverged',
      turn: 2,
      index: at,
      expected: base.hashes[at],
    });
  });

  it('a shot dropped from turn 3 (the rest of the turn still legal) diverges at the command now in its place', () => {
    // (A dropped overwatch that never fired leaves no trace in the turn's hash: the turn-end state is
    // the same. Shots draw from the random stream, whose state is hashed.)
    let tampered: Replay | null = null;
    let at = -1;
    for (let k = ends[2]! - 1; k > ends[1]! && !tampered; k--) {
      if (base.commands[k]!.type !== 'shoot') continue;
      const r = clone();
      r.commands.splice(k, 1);
      const w = createGame(builtin('training'), 41);
      if (
        commandsOf(r)
          .slice(0, ends[2]!)
          .every((c) => apply(w, c).ok)
      ) {
        tampered = r;
        at = k;
      }
    }
    expect(tampered).not.toBeNull();
    expect(verifyReplay(tampered!, resolve)).toMatchObject({
      status: 'diverged',
      turn: 3,
      index: at,
      expected: base.hashes[at],
    });
  });

  it('an extra end_turn at the start diverges at command #0 (turn 1: the squad did nothing in turn 1)', () => {
    const r = clone();
    r.commands.unshift({ type: 'end_turn' });
    expect(verifyReplay(r, resolve)).toMatchObject({
      status: 'diverged',
      turn: 1,
      index: 0,
      command: 'end_turn',
      expected: base.hashes[0],
    });
  });

  it('a recorded hash list cut short diverges at the first command without a hash, saying the list ends early', () => {
    const r = clone();
    const at = 7;
    r.hashes.length = at;
    expect(verifyReplay(r, resolve)).toMatchObject({
      status: 'diverged',
      index: at,
      expected: '(no hash recorded)',
      got: base.hashes[at],
      what: `state hash after command #${at}: the replay's hash list ends early`,
    });
  });

  it('a hash list longer than the commands diverges after the last command, naming both counts', () => {
    const r = clone();
    r.hashes.push(base.result.hash);
    expect(verifyReplay(r, resolve)).toMatchObject({
      status: 'diverged',
      turn: base.result.turn,
      expected: `${base.commands.length + 1} command hashes`,
      got: `${base.commands.length} commands`,
      what: 'the hash list is longer than the command list',
    });
  });

  it('a turn hash recorded under another turn number diverges at that turn, on the number', () => {
    const r = clone();
    r.turns[2]!.turn = 9;
    expect(verifyReplay(r, resolve)).toMatchObject({
      status: 'diverged',
      turn: 3,
      expected: 'turn 9',
      got: 'turn 3',
      what: 'turn number of the next recorded hash',
    });
  });

  it('a turn list cut short diverges at the first turn without a hash; commands cut short, at the first turn never played', () => {
    expect(base.turns.length).toBeGreaterThanOrEqual(4);
    const r = clone();
    r.turns.length = 2;
    expect(verifyReplay(r, resolve)).toMatchObject({
      status: 'diverged',
      turn: 3,
      expected: '(no hash recorded)',
      got: base.turns[2]!.hash,
      what: "state hash after turn 3: the replay's turn list ends early",
    });
    const c = clone();
    c.commands = c.commands.slice(0, ends[2]! + 1);
    c.hashes = c.hashes.slice(0, ends[2]! + 1);
    expect(verifyReplay(c, resolve)).toMatchObject({
      status: 'diverged',
      turn: 4,
      expected: base.turns[3]!.hash,
      got: '(turn never played)',
      what: 'state hash after turn 4: the commands end before it',
    });
  });

  it('a result with another final turn diverges on the final turn', () => {
    const r = clone();
    r.result.turn = base.result.turn + 1;
    expect(verifyReplay(r, resolve)).toMatchObject({
      status: 'diverged',
      turn: base.result.turn,
      expected: `turn ${base.result.turn + 1}`,
      got: `turn ${base.result.turn}`,
      what: 'final turn',
    });
  });

  it('explains the first divergence when asked: the unit after the command, its events, the hash before', () => {
    const r = clone();
    r.seed = 2;
    const plain = verifyReplay(r, resolve);
    expect(plain).not.toHaveProperty('explain');
    const v = verifyReplay(r, resolve, { explain: true });
    expect(v.status).toBe('diverged');
    if (v.status !== 'diverged') return;
    const first = commandsOf(base)[0]!;
    const w = createGame(builtin('training'), 2);
    const before = hashWorld(w);
    const events = apply(w, first);
    expect(events.ok).toBe(true);
    if (!events.ok) return;
    const unitId = 'unit' in first ? first.unit : undefined;
    const e = unitId === undefined ? undefined : unitById(w, unitId);
    expect(v.explain).toEqual({
      unit:
        unitId === undefined
          ? undefined
          : e === undefined
            ? { id: unitId, found: false }
            : {
                id: unitId,
                found: true,
                x: w.c.Position.x[e],
                y: w.c.Position.y[e],
                hp: w.c.Health.hp[e],
                ap: w.c.Actions.ap[e],
              },
      events: events.events.slice(0, 40).map((x) => boundedJson(x, 300)),
      before,
    });
    expect(unitId).toBeDefined();
  });
});
