// Verification: re-simulate a replay from map and seed and compare every recorded hash: after each command,
// after each turn, and the result. The first difference is named to the command that caused it.
import type { RejectionCode } from '../commands/types';
import type { GameEvent } from '../events/types';
import { hashWorld } from '../hash/hashWorld';
import { unitById } from '../world/units';
import type { GameWorld, Outcome } from '../world/world';
import { boundedJson } from './boundedJson';
import { describeCommand } from './describeCommand';
import { type MapInfo, type MapResolver, openReplay } from './open';
import { parseReplayText } from './parse';
import { applyStep } from './step';

export type { MapInfo, MapResolver, MapSource } from './open';

/** What the re-simulation saw at the diverging command (`verify --explain`): the replay holds only hashes, so this is the re-simulated side. */
export interface Explanation {
  /** The unit the command named, as it stands after the re-simulated command (undefined when the command names none). */
  unit?: { id: string; found: boolean; x?: number; y?: number; hp?: number; ap?: number };
  /** The events the re-simulated command produced, each as bounded JSON text (at most 40). */
  events: string[];
  /** The hash before the command (recorded and re-simulated agree on it). */
  before: string;
}

export type VerifyResult =
  | {
      status: 'ok';
      map: MapInfo;
      turns: number;
      outcome: Outcome;
      turn: number;
      hash: string;
      commands: number;
      /** The campaign mission this replay is (its carry-over is checked against the mission before, across files). */
      campaignMission?: number;
    }
  | {
      status: 'diverged';
      map?: MapInfo;
      turn: number;
      /** The first diverging command's index and description, when the divergence is at a command. */
      index?: number;
      command?: string;
      expected: string;
      got: string;
      what: string;
      explain?: Explanation;
    }
  | {
      status: 'illegal';
      map: MapInfo;
      index: number;
      turn: number;
      /** The command in a few words (bounded, whatever the file holds). */
      command: string;
      code: RejectionCode;
      reason: string;
    }
  /** The engine itself failed on a command (a bug, not a bad replay). */
  | { status: 'fault'; map: MapInfo; index: number; turn: number; command: string; message: string }
  | { status: 'invalid'; path: string; message: string };

export interface VerifyOptions {
  /** Says whether a map id is a built-in map (for the verdict's map source); default: every known id is. */
  isBuiltin?: (id: string) => boolean;
  /** Collect what the re-simulated command did at the first divergence. */
  explain?: boolean;
}

/** The words of a fault verdict: `FAULT at command #i (turn N): <message>`. */
export function faultWords(r: { index: number; turn: number; message: string }): string {
  return `FAULT at command #${r.index} (turn ${r.turn}): ${r.message}`;
}

/** Checks a replay file's text: size before parsing, then JSON, then structure, then re-simulation. */
export function verifyReplayText(text: string, resolveMap: MapResolver, opts: VerifyOptions = {}): VerifyResult {
  const parsed = parseReplayText(text);
  if (!parsed.ok) return { status: 'invalid', path: parsed.path, message: parsed.message };
  return verifyReplay(parsed.json, resolveMap, opts);
}

function explanation(world: GameWorld, command: unknown, events: readonly GameEvent[], before: string): Explanation {
  const id = (command as { unit?: unknown } | null)?.unit;
  let unit: Explanation['unit'];
  if (typeof id === 'string') {
    const e = unitById(world, id);
    const { Position, Health, Actions } = world.c;
    unit =
      e === undefined
        ? { id, found: false }
        : { id, found: true, x: Position.x[e]!, y: Position.y[e]!, hp: Health.hp[e]!, ap: Actions.ap[e]! };
  }
  return { unit, events: events.slice(0, 40).map((e) => boundedJson(e, 300)), before };
}

/** Re-simulates a parsed replay and compares every recorded hash. */
export function verifyReplay(json: unknown, resolveMap: MapResolver, opts: VerifyOptions = {}): VerifyResult {
  const opened = openReplay(json, resolveMap, opts.isBuiltin);
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
  const { commands, hashes } = replay;
  let k = 0;
  let before = hashWorld(world);
  for (let i = 0; i < commands.length; i++) {
    const command = commands[i]!;
    const turn = world.header.turn;
    let step: ReturnType<typeof applyStep>;
    try {
      step = applyStep(world, command, i);
    } catch (e) {
      // apply turns what throws into a typed fault; this is for a bug outside it (e.g. in the turn bookkeeping)
      const message = e instanceof Error ? e.message : boundedJson(e, 200);
      return { status: 'fault', map, index: i, turn, command: describeCommand(command), message };
    }
    const { result } = step;
    if (!result.ok && result.fault)
      return { status: 'fault', map, index: i, turn, command: describeCommand(command), message: result.fault.message };
    if (!result.ok)
      return {
        status: 'illegal',
        map,
        index: i,
        turn,
        command: describeCommand(command),
        code: result.rejection.code,
        reason: result.rejection.message,
      };
    const got = hashWorld(world);
    const recorded = hashes[i];
    if (recorded !== got) {
      return {
        status: 'diverged',
        map,
        turn,
        index: i,
        command: describeCommand(command),
        expected: recorded ?? '(no hash recorded)',
        got,
        what:
          recorded === undefined
            ? `state hash after command #${i}: the replay's hash list ends early`
            : `state hash after command #${i}`,
        ...(opts.explain ? { explain: explanation(world, command, result.events, before) } : {}),
      };
    }
    before = got;
    if (!step.turnEnded) continue;
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
  if (hashes.length > commands.length)
    return {
      status: 'diverged',
      map,
      turn: world.header.turn,
      expected: `${hashes.length} command hashes`,
      got: `${commands.length} commands`,
      what: 'the hash list is longer than the command list',
    };
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
  const hash = before;
  const res = replay.result;
  const { outcome, turn } = world.header;
  if (res.outcome !== outcome)
    return { status: 'diverged', map, turn, expected: res.outcome, got: outcome, what: 'outcome' };
  if (res.turn !== turn)
    return { status: 'diverged', map, turn, expected: `turn ${res.turn}`, got: `turn ${turn}`, what: 'final turn' };
  if (res.hash !== hash)
    return { status: 'diverged', map, turn, expected: res.hash, got: hash, what: 'final state hash' };
  return {
    status: 'ok',
    map,
    turns: replay.turns.length,
    outcome,
    turn,
    hash,
    commands: commands.length,
    ...(replay.campaign ? { campaignMission: replay.campaign.mission } : {}),
  };
}
