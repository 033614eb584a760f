// Verification: re-simulate a replay from map and seed and compare every recorded hash.
import type { RejectionCode } from '../commands/types';
import { hashWorld } from '../hash/hashWorld';
import type { Outcome } from '../world/world';
import { type MapInfo, type MapResolver, openReplay } from './open';
import { parseReplayText } from './parse';
import { replaySteps } from './step';

export type { MapInfo, MapResolver, MapSource } from './open';

export type VerifyResult =
  | { status: 'ok'; map: MapInfo; turns: number; outcome: Outcome; turn: number; hash: string; commands: number }
  | { status: 'diverged'; map?: MapInfo; turn: number; expected: string; got: string; what: string }
  | {
      status: 'illegal';
      map: MapInfo;
      index: number;
      turn: number;
      command: unknown;
      code: RejectionCode;
      reason: string;
    }
  /** The engine threw on a command (a bug, not the replay's fault): `FAULT at command #index (turn N): message`. */
  | { status: 'fault'; map: MapInfo; index: number; turn: number; command: unknown; message: string }
  | { status: 'invalid'; path: string; message: string };

/** The words of a fault verdict: `FAULT at command #i (turn N): <message>`. */
export function faultWords(r: { index: number; turn: number; message: string }): string {
  return `FAULT at command #${r.index} (turn ${r.turn}): ${r.message}`;
}

/** Checks a replay file's text: size before parsing, then JSON, then structure, then re-simulation. */
export function verifyReplayText(
  text: string,
  resolveMap: MapResolver,
  isBuiltin?: (id: string) => boolean,
): VerifyResult {
  const parsed = parseReplayText(text);
  if (!parsed.ok) return { status: 'invalid', path: parsed.path, message: parsed.message };
  return verifyReplay(parsed.json, resolveMap, isBuiltin);
}

/** Re-simulates a parsed replay and compares every recorded hash. */
export function verifyReplay(
  json: unknown,
  resolveMap: MapResolver,
  isBuiltin?: (id: string) => boolean,
): VerifyResult {
  const opened = openReplay(json, resolveMap, isBuiltin);
  if (!opened.ok) {
    if (opened.status === 'invalid') return { status: 'invalid', path: opened.path, message: opened.message };
    return {
      status: 'diverged',
      map: opened.map,
      turn: 0,
      expected: opened.expected,
      got: opened.got,
      what: opened.what,
    };
  }
  const { replay, world, map } = opened;
  let k = 0;
  for (const step of replaySteps(world, replay.commands)) {
    const { turn, result } = step;
    if (!result.ok && result.fault)
      return { status: 'fault', map, index: step.index, turn, command: step.command, message: result.fault.message };
    if (!result.ok)
      return {
        status: 'illegal',
        map,
        index: step.index,
        turn,
        command: step.command,
        code: result.rejection.code,
        reason: result.rejection.message,
      };
    if (!step.turnEnded) continue;
    const got = hashWorld(world);
    const rec = replay.turns[k++];
    if (!rec)
      return {
        status: 'diverged',
        map,
        turn,
        expected: '(no hash recorded)',
        got,
        what: `state hash after turn ${turn}: the replay's turn list ends early`,
      };
    if (rec.turn !== turn)
      return {
        status: 'diverged',
        map,
        turn,
        expected: `turn ${rec.turn}`,
        got: `turn ${turn}`,
        what: 'turn number of the next recorded hash',
      };
    if (rec.hash !== got)
      return { status: 'diverged', map, turn, expected: rec.hash, got, what: `state hash after turn ${turn}` };
  }
  if (k < replay.turns.length) {
    const rec = replay.turns[k]!;
    return {
      status: 'diverged',
      map,
      turn: rec.turn,
      expected: rec.hash,
      got: '(turn never played)',
      what: `state hash after turn ${rec.turn}: the commands end before it`,
    };
  }
  const hash = hashWorld(world);
  const res = replay.result;
  const { outcome, turn } = world.header;
  if (res.outcome !== outcome)
    return { status: 'diverged', map, turn, expected: res.outcome, got: outcome, what: 'outcome' };
  if (res.turn !== turn)
    return { status: 'diverged', map, turn, expected: `turn ${res.turn}`, got: `turn ${turn}`, what: 'final turn' };
  if (res.hash !== hash)
    return { status: 'diverged', map, turn, expected: res.hash, got: hash, what: 'final state hash' };
  return { status: 'ok', map, turns: replay.turns.length, outcome, turn, hash, commands: replay.commands.length };
}
