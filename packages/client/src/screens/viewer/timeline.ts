import {
  type Command,
  type GameWorld,
  hashWorld,
  type MapInfo,
  type MapResolver,
  openReplay,
  parseReplayText,
  type Replay,
  replaySteps,
  type Step,
  type VerifyResult,
  verifyReplay,
} from '@denizens/engine';
import { type MapData, validateMap } from '@denizens/maps';
import { type Checkpoints, createCheckpoints, offerCheckpoint, restoreCheckpoint } from './checkpoints';

/** A turn's end on the timeline: the command that ended it and whether its state hash matches the file. */
export interface TurnMark {
  /** Index of the command that ended the turn (the cursor after it is `index + 1`). */
  index: number;
  turn: number;
  /** ok: the hash matches the file; bad: it does not (the divergence); unverifiable: after a divergence. */
  status: 'ok' | 'bad' | 'unverifiable';
}

/** Where a replay stops being the game it claims to be: the cursor cannot pass `stop`. */
export interface Divergence {
  /** The command at fault (illegal, or the one whose state differs). */
  index: number;
  turn: number;
  /** The furthest cursor (commands applied): the illegal command is never applied; a diverged one is shown. */
  stop: number;
  /** The verifier's verdict in the CLI's words. */
  words: string;
}

/**
 * A replay opened for watching: checked once from start to end with the engine's re-simulation
 * (`replaySteps`), every turn's hash compared with the file, and the verifier's verdict in the CLI's words.
 * The same pass keeps checkpoints (checkpoints.ts): `worldAt(t, n)` restores the one at or before `n`
 * and re-simulates the commands after it, so going back is exact and cheap however long the replay.
 */
export interface Timeline {
  replay: Replay;
  /** The map it is played on (embedded in the file, or built in). */
  map: MapData;
  /** The file's text as it was opened (Export writes it back byte for byte). */
  text: string;
  name: string;
  commands: readonly Command[];
  /** The turn each command was applied in. */
  turnOf: number[];
  /** Each command's state hash against the file's: ok, bad (the divergence) or unverifiable (after it). */
  commandStatus: ('ok' | 'bad' | 'unverifiable')[];
  marks: TurnMark[];
  divergence: Divergence | null;
  /** The furthest cursor playback may reach. */
  limit: number;
  verdict: VerifyResult;
  /** The world every `checkpoints.every` commands, up to the limit (the start first). */
  checkpoints: Checkpoints;
  /** A fresh world at the start of the game (the same one the verifier starts from). */
  fresh(): GameWorld;
}

/** Watches the one pass that opens a timeline, up to the limit (the viewer records its log and memory in it). */
export interface PassWatch {
  /** The world after `n` commands, for n = 0 (the start), 1, 2 … up to the limit, in order. */
  world(world: GameWorld, n: number): void;
  /** A command that was applied (the diverging one included), right after it and before `world` of its n. */
  step(world: GameWorld, step: Step): void;
}

export interface OpenOptions {
  /** Commands between checkpoints (checkpoints.ts's CHECKPOINT_EVERY by default). */
  every?: number;
  watch?: PassWatch;
}

export type OpenTimeline = { ok: true; timeline: Timeline } | { ok: false; error: string };

const SOURCE_WORDS = { builtin: 'built-in', given: 'from --map', embedded: 'embedded' } as const;

function mapWords(m: MapInfo | undefined): string {
  return m ? `map ${m.id} (${SOURCE_WORDS[m.source]}, ${m.hash})` : '';
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, '; ');

/**
 * The CLI's words for a verdict (the first line `denizens verify` prints, engine/cli/verify/print.ts),
 * so the viewer says exactly what the CLI says. (print.ts lives with the Node CLI, which the browser does not load.)
 */
export function verdictWords(file: string, v: VerifyResult): string {
  switch (v.status) {
    case 'ok':
      return `OK ${file}: ${mapWords(v.map)}, ${v.outcome} at turn ${v.turn}, ${v.turns} turns, ${v.commands} commands, final hash ${v.hash}`;
    case 'diverged': {
      const where =
        v.index === undefined
          ? `at turn ${v.turn}: ${v.what}`
          : `at command #${v.index} (turn ${v.turn}, ${v.command})`;
      return oneLine(
        `DIVERGED ${file} ${where}: expected ${v.expected}, got ${v.got}${v.map && v.index !== undefined ? ` [${mapWords(v.map)}]` : ''}`,
      );
    }
    case 'illegal':
      return oneLine(`ILLEGAL ${file} at command #${v.index} (turn ${v.turn}, ${v.command}): ${v.code}: ${v.reason}`);
    case 'fault':
      return oneLine(`FAULT ${file} at command #${v.index} (turn ${v.turn}): ${v.message}`);
    case 'invalid':
      return oneLine(`INVALID ${file}: ${v.path}: ${v.message}`);
  }
}

/**
 * Opens a replay's text for the viewer. A file that is not a replay, of another rules version, or on a
 * map that cannot be found is refused with the verifier's words before anything plays.
 */
export function openTimeline(
  text: string,
  name: string,
  resolveMap: MapResolver,
  opts: OpenOptions = {},
): OpenTimeline {
  const parsed = parseReplayText(text);
  if (!parsed.ok) return { ok: false, error: `INVALID ${name}: ${parsed.path}: ${parsed.message}` };
  const verdict = verifyReplay(parsed.json, resolveMap);
  const opened = openReplay(parsed.json, resolveMap);
  if (!opened.ok) return { ok: false, error: verdictWords(name, verdict) };
  const { replay, world } = opened;
  const map = mapOf(replay, resolveMap);
  if (!map) return { ok: false, error: verdictWords(name, verdict) };
  const turnOf: number[] = [];
  const commandStatus: ('ok' | 'bad' | 'unverifiable')[] = [];
  const marks: TurnMark[] = [];
  let divergence: Divergence | null = null;
  const words = verdictWords(name, verdict);
  const checkpoints = createCheckpoints(opts.every);
  const reached = (n: number) => {
    offerCheckpoint(checkpoints, world, n);
    opts.watch?.world(world, n);
  };
  reached(0);
  let k = 0;
  for (const step of replaySteps(world, replay.commands)) {
    turnOf.push(step.turn);
    if (divergence) continue;
    if (!step.result.ok) {
      commandStatus.push('bad');
      divergence = { index: step.index, turn: step.turn, stop: step.index, words };
      break;
    }
    // applied and shown (a command whose state differs is still shown: playback stops after it)
    opts.watch?.step(world, step);
    reached(step.index + 1);
    // each command's hash, as the file records it (a divergence is named to the command)
    const same = replay.hashes[step.index] === hashWorld(world);
    commandStatus.push(same ? 'ok' : 'bad');
    if (!same) {
      divergence = { index: step.index, turn: step.turn, stop: step.index + 1, words };
      marks.push({ index: step.index, turn: step.turn, status: 'bad' });
      continue;
    }
    if (!step.turnEnded) continue;
    const rec = replay.turns[k++];
    const ok = rec !== undefined && rec.turn === step.turn && rec.hash === hashWorld(world);
    marks.push({ index: step.index, turn: step.turn, status: ok ? 'ok' : 'bad' });
    if (!ok) divergence = { index: step.index, turn: step.turn, stop: step.index + 1, words };
  }
  // the commands after a divergence: their turns, unverifiable
  for (let i = turnOf.length; i < replay.commands.length; i++) turnOf.push(turnOf[i - 1] ?? 1);
  while (commandStatus.length < replay.commands.length) commandStatus.push('unverifiable');
  if (divergence)
    for (let i = divergence.index + 1; i < replay.commands.length; i++)
      if (i === replay.commands.length - 1 || turnOf[i + 1] !== turnOf[i])
        marks.push({ index: i, turn: turnOf[i]!, status: 'unverifiable' });
  // every turn matched but the verifier still refuses (the end of the file, the final hash): stop at the end
  if (!divergence && verdict.status !== 'ok') {
    const last = replay.commands.length - 1;
    divergence = { index: Math.max(0, last), turn: turnOf[last] ?? 1, stop: replay.commands.length, words };
  }
  return {
    ok: true,
    timeline: {
      replay,
      map,
      text,
      name,
      commands: replay.commands,
      turnOf,
      commandStatus,
      marks,
      divergence,
      limit: divergence ? divergence.stop : replay.commands.length,
      verdict,
      checkpoints,
      fresh: () => {
        const again = openReplay(parsed.json, resolveMap);
        if (!again.ok) throw new Error('the replay opened once and not again');
        return again.world;
      },
    },
  };
}

/**
 * The world after the first `n` commands (at most the limit): the checkpoint at or before it, then the
 * commands after the checkpoint re-simulated with the engine's one replay loop.
 */
export function worldAt(t: Timeline, n: number): GameWorld {
  const to = Math.max(0, Math.min(n, t.limit));
  const { world, at } = restoreCheckpoint(t.checkpoints, to);
  for (const step of replaySteps(world, t.commands.slice(at, to))) if (!step.result.ok) break;
  return world;
}

/** The number of commands whose hash matched the file among those the cursor has passed. */
export function verifiedCommandsBy(t: Timeline, cursor: number): number {
  let n = 0;
  for (let i = 0; i < cursor && i < t.commandStatus.length; i++) if (t.commandStatus[i] === 'ok') n++;
  return n;
}

/** The number of turns whose hash matched the file among those the cursor has passed. */
export function verifiedBy(t: Timeline, cursor: number): number {
  return t.marks.filter((m) => m.status === 'ok' && m.index < cursor).length;
}

/** The cursor at the start of the turn after the cursor's (the end when there is none). */
export function nextTurnCursor(t: Timeline, cursor: number): number {
  const m = t.marks.find((m) => m.index + 1 > cursor);
  return Math.min(t.limit, m ? m.index + 1 : t.commands.length);
}

/** The cursor at the start of the turn before (the start of this turn when inside one). */
export function prevTurnCursor(t: Timeline, cursor: number): number {
  const ends = t.marks.map((m) => m.index + 1).filter((c) => c < cursor);
  return ends.length ? ends[ends.length - 1]! : 0;
}

/** The map a replay that opened is played on: its embedded map, or the one the resolver knows. */
function mapOf(replay: Replay, resolveMap: MapResolver): MapData | undefined {
  if (replay.map.data !== undefined) {
    const r = validateMap(replay.map.data, 'replay');
    return r.ok ? r.map : undefined;
  }
  const m = resolveMap(replay.map.id);
  return m && !('error' in m) ? m : undefined;
}
