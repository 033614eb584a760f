import { jsonPath as jsonPathOf, type MapData, validateMap } from '@denizens/maps';
import { apply } from '../apply';
import type { Command, RejectionCode } from '../commands/types';
import { hashWorld } from '../hash/hashWorld';
import { createGame } from '../setup/createGame';
import { REPLAY_VERSION } from '../version';
import type { Outcome } from '../world/world';
import { MAX_REPLAY_BYTES, REPLAY_FORMAT, type Replay, ReplaySchema } from './format';

export type VerifyResult =
  | { status: 'ok'; turns: number; outcome: Outcome; turn: number; hash: string; commands: number }
  | { status: 'diverged'; turn: number; expected: string; got: string; what: string }
  | { status: 'illegal'; index: number; turn: number; command: unknown; code: RejectionCode; reason: string }
  | { status: 'invalid'; path: string; message: string };

/** Finds a map by id (built-in or given on the command line); undefined when unknown. */
export type MapResolver = (id: string) => MapData | { error: string } | undefined;

/** Checks a replay file's text: size before parsing, then JSON, then structure, then re-simulation. */
export function verifyReplayText(text: string, resolveMap: MapResolver): VerifyResult {
  if (text.length > MAX_REPLAY_BYTES) {
    return {
      status: 'invalid',
      path: '$',
      message: `file is ${(text.length / 1048576).toFixed(1)} MB; a replay may be at most ${MAX_REPLAY_BYTES / 1048576} MB`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { status: 'invalid', path: '$', message: `not valid JSON (${(e as Error).message})` };
  }
  return verifyReplay(json, resolveMap);
}

/** Parses a replay's structure; the first problem is reported with its JSON path. */
export function parseReplay(
  json: unknown,
): { ok: true; replay: Replay } | { ok: false; path: string; message: string } {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return {
      ok: false,
      path: '$',
      message: `expected a replay object {format: "${REPLAY_FORMAT}", …}, got ${Array.isArray(json) ? 'an array' : json === null ? 'null' : typeof json}`,
    };
  }
  const o = json as Record<string, unknown>;
  if (o.format !== REPLAY_FORMAT) {
    return {
      ok: false,
      path: '$.format',
      message: `expected "${REPLAY_FORMAT}", got ${JSON.stringify(o.format) ?? 'nothing'}`,
    };
  }
  if (typeof o.version === 'number' && o.version !== REPLAY_VERSION) {
    return {
      ok: false,
      path: '$.version',
      message: `recorded with rules version ${o.version}; this engine verifies version ${REPLAY_VERSION} replays (use the engine that recorded it)`,
    };
  }
  const parsed = ReplaySchema.safeParse(json);
  if (!parsed.success) {
    const iss = parsed.error.issues[0]!;
    return { ok: false, path: jsonPathOf(iss.path), message: describeIssue(iss, json) };
  }
  return { ok: true, replay: parsed.data };
}

/** Turns a schema issue into "expected …, got …" words, saying "missing" for an absent field. */
function describeIssue(iss: { message: string; code: string; path: PropertyKey[] }, root: unknown): string {
  let v: unknown = root;
  for (const k of iss.path)
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  const msg = iss.message.replace(/^Invalid input: /, '');
  if (v === undefined) return `missing: this field is required${msg === 'Invalid input' ? '' : ` (${msg})`}`;
  if (msg === 'Invalid input') return `not an accepted value: got ${JSON.stringify(v)?.slice(0, 60)}`;
  return msg;
}

/** Re-simulates a parsed replay and compares every recorded hash. */
export function verifyReplay(json: unknown, resolveMap: MapResolver): VerifyResult {
  const parsed = parseReplay(json);
  if (!parsed.ok) return { status: 'invalid', path: parsed.path, message: parsed.message };
  const replay = parsed.replay;
  let map: MapData;
  if (replay.map.data !== undefined) {
    const r = validateMap(replay.map.data, 'replay');
    if (!r.ok)
      return { status: 'invalid', path: `$.map.data${r.issues[0]!.path.slice(1)}`, message: r.issues[0]!.message };
    map = r.map;
  } else {
    const found = resolveMap(replay.map.id);
    if (found === undefined)
      return {
        status: 'invalid',
        path: '$.map.id',
        message: `unknown map ${JSON.stringify(replay.map.id)}: not built in; give the map file with --map`,
      };
    if ('error' in found) return { status: 'invalid', path: '$.map.id', message: found.error };
    map = found;
  }
  const world = createGame(map, replay.seed);
  if (world.scenario.mapHash !== replay.map.hash) {
    return {
      status: 'diverged',
      turn: 0,
      expected: replay.map.hash,
      got: world.scenario.mapHash,
      what: `map hash (the replay was recorded on a different version of map "${map.id}")`,
    };
  }
  let k = 0;
  for (let i = 0; i < replay.commands.length; i++) {
    const cmd = replay.commands[i] as Command;
    const turn = world.header.turn;
    const r = apply(world, cmd);
    if (!r.ok)
      return { status: 'illegal', index: i, turn, command: cmd, code: r.rejection.code, reason: r.rejection.message };
    if (world.header.turn !== turn) {
      const got = hashWorld(world);
      const rec = replay.turns[k++];
      if (!rec)
        return {
          status: 'diverged',
          turn,
          expected: '(no hash recorded)',
          got,
          what: `state hash after turn ${turn}: the replay's turn list ends early`,
        };
      if (rec.turn !== turn)
        return {
          status: 'diverged',
          turn,
          expected: `turn ${rec.turn}`,
          got: `turn ${turn}`,
          what: 'turn number of the next recorded hash',
        };
      if (rec.hash !== got)
        return { status: 'diverged', turn, expected: rec.hash, got, what: `state hash after turn ${turn}` };
    }
  }
  if (k < replay.turns.length) {
    const rec = replay.turns[k]!;
    return {
      status: 'diverged',
      turn: rec.turn,
      expected: rec.hash,
      got: '(turn never played)',
      what: `state hash after turn ${rec.turn}: the commands end before it`,
    };
  }
  const hash = hashWorld(world);
  const res = replay.result;
  if (res.outcome !== world.header.outcome)
    return {
      status: 'diverged',
      turn: world.header.turn,
      expected: res.outcome,
      got: world.header.outcome,
      what: 'outcome',
    };
  if (res.turn !== world.header.turn)
    return {
      status: 'diverged',
      turn: world.header.turn,
      expected: `turn ${res.turn}`,
      got: `turn ${world.header.turn}`,
      what: 'final turn',
    };
  if (res.hash !== hash)
    return { status: 'diverged', turn: world.header.turn, expected: res.hash, got: hash, what: 'final state hash' };
  return {
    status: 'ok',
    turns: replay.turns.length,
    outcome: world.header.outcome,
    turn: world.header.turn,
    hash,
    commands: replay.commands.length,
  };
}
