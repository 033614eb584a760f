import {
  Faction,
  type GameEvent,
  type GameWorld,
  type MapResolver,
  patrolTarget,
  type Step,
  unitsSorted,
} from '@denizens/engine';
import { type LogLine, logLines } from '../../game/combatLog';
import { type FogStart, fogEvents } from '../../game/fogEvents';
import { openingLines } from '../../game/openingLines';
import { squadSight } from '../../game/squadSight';
import { unitNames } from '../../game/unitNames';
import { CHECKPOINT_EVERY } from './checkpoints';
import { openTimeline, type PassWatch, type Timeline } from './timeline';

/** An LGF shot (reaction fire included): whom the AI fired at, and in which turn. */
export interface AiShot {
  unit: string;
  target: string;
  turn: number;
}

/**
 * What a replay showed, command by command, recorded once in the pass that opens its timeline (so the
 * log follows the cursor at no cost): the squad's log (the events through the fog of war, exactly the
 * lines the play screen logged), everything (every event of both sides, the LGF's moves marked on
 * patrol or aware of the squad), the AI's shots, and the squad's memory of the map at each checkpoint.
 */
export interface Chronicle {
  /** `squad[i]`: the lines command i showed the squad. */
  squad: LogLine[][];
  /** `all[i]`: every event of command i in words. */
  all: LogLine[][];
  /** `shots[i]`: the LGF's shots during command i. */
  shots: AiShot[][];
  /** `strikes[i]`: the strikes that landed during command i (their craters and scorch stay). */
  strikes: { x: number; y: number; radius: number }[][];
  /** `memory[k]`: the tiles the squad had seen after `k * every` commands (the remembered, dimmed map). */
  memory: Uint8Array[];
  /** The story's opening lines, before any command (as the play screen tells them: game/openingLines.ts). */
  opening: LogLine[];
  every: number;
  names: Map<string, string>;
}

/** A chronicle to fill and the watch that fills it (pass it to openTimeline with the same `every`). */
export function chronicleWatch(every: number): { chronicle: Chronicle; watch: PassWatch } {
  const chronicle: Chronicle = {
    squad: [],
    all: [],
    shots: [],
    strikes: [],
    memory: [],
    opening: [],
    every,
    names: new Map(),
  };
  // the triggers whose lines are told at the opening: their story_line events are not logged again
  let told = new Set<string>();
  let seen: Uint8Array | null = null;
  let start: FogStart | null = null;
  // the LGF's units before each command, and those aware of the squad (read from the world)
  let lgf = new Set<string>();
  let aware = new Set<string>();
  const watch: PassWatch = {
    world(world, n) {
      if (n === 0) {
        for (const [id, name] of unitNames(world)) chronicle.names.set(id, name);
        const opening = openingLines(world);
        told = opening.told;
        chronicle.opening = logLines(world, opening.lines, chronicle.names);
      }
      start = squadSight(world, () => world);
      seen ??= new Uint8Array(start.sight.length);
      for (let i = 0; i < seen.length; i++) if (start.sight[i]) seen[i] = 1;
      if (n === chronicle.memory.length * every) chronicle.memory.push(seen.slice());
      const { Unit, Ai } = world.c;
      const units = unitsSorted(world, Faction.lgf);
      lgf = new Set(units.map((e) => Unit.id[e]!));
      aware = new Set(units.flatMap((e) => (Ai.aware[e] ? [Unit.id[e]!] : [])));
    },
    step(world, step: Step) {
      const events = (step.result.ok ? step.result.events : []).filter(
        (e) => e.type !== 'story_line' || !told.has(e.trigger),
      );
      const names = chronicle.names;
      chronicle.all.push(everythingLines(world, events, names, aware));
      chronicle.squad.push(start ? logLines(world, fogEvents(events, start), names) : []);
      chronicle.shots.push(aiShots(events, lgf, step.turn));
      chronicle.strikes.push(
        events.flatMap((e) => (e.type === 'strike_landed' ? [{ x: e.x, y: e.y, radius: e.radius }] : [])),
      );
    },
  };
  return { chronicle, watch };
}

/** The log lines for the commands before the cursor (after the story's opening lines), as the point of view shows them. */
export function linesUpTo(c: Chronicle, cursor: number, pov: 'squad' | 'all'): LogLine[] {
  return [...c.opening, ...(pov === 'all' ? c.all : c.squad).slice(0, cursor).flat()];
}

/** The strikes that have landed in the commands before the cursor: the craters the ground shows there. */
export function strikesUpTo(c: Chronicle, cursor: number): { x: number; y: number; radius: number }[] {
  return c.strikes.slice(0, cursor).flat();
}

/** The squad's memory of the map after `at` commands, a checkpoint's (`at` a multiple of `every`): a copy. */
export function memoryAt(c: Chronicle, at: number): Uint8Array {
  const m = c.memory[Math.floor(at / c.every)];
  if (m === undefined || at % c.every !== 0) throw new Error(`no memory kept after ${at} commands`);
  return m.slice();
}

/**
 * The AI's side at the cursor, one line per LGF unit on the map: where it is, and what the world and the
 * events tell of its intent: on patrol toward its next waypoint (the engine's `patrolTarget`), or aware
 * of the squad, with whom it last fired at. Nothing is worked out here that the engine or the events
 * do not say.
 */
export function aiIntent(world: GameWorld, c: Chronicle, cursor: number): string[] {
  const { Unit, Position, Health, Ai } = world.c;
  const lastShot = new Map<string, AiShot>();
  for (const shots of c.shots.slice(0, cursor)) for (const s of shots) lastShot.set(s.unit, s);
  const who = (id: string) => c.names.get(id) ?? id;
  return unitsSorted(world, Faction.lgf).map((eid) => {
    const id = Unit.id[eid]!;
    const where = `${who(id)} at ${Position.x[eid]},${Position.y[eid]} (${Health.hp[eid]} HP)`;
    if (!Ai.aware[eid]) {
      const to = patrolTarget(world, eid);
      return `${where}: unaware${to ? `, on patrol toward ${to.x},${to.y}` : ', holding its post'}`;
    }
    const s = lastShot.get(id);
    return `${where}: aware of the squad${s ? `, last fired at ${who(s.target)} (turn ${s.turn})` : ''}`;
  });
}

/**
 * Every event in words; an LGF move says whether the unit was on patrol or aware of the squad (aware
 * before the command, or woken during it: the engine's `spotted` event, by sight or by being shot at).
 */
export function everythingLines(
  world: GameWorld,
  events: readonly GameEvent[],
  names: Map<string, string>,
  awareBefore: ReadonlySet<string>,
): LogLine[] {
  const aware = new Set(awareBefore);
  const out: LogLine[] = [];
  for (const e of events) {
    if (e.type === 'spotted') aware.add(e.unit);
    for (const line of logLines(world, [e], names)) {
      if (e.type === 'moved' && e.faction === 'lgf')
        line.text = line.text.replace(/\.$/, aware.has(e.unit) ? ' (aware of the squad).' : ' (on patrol).');
      out.push(line);
    }
  }
  return out;
}

/** The LGF's shots among a command's events (`lgf`: its units before the command; arrivals are the LGF's too). */
function aiShots(events: readonly GameEvent[], lgf: ReadonlySet<string>, turn: number): AiShot[] {
  const ours = new Set(lgf);
  const out: AiShot[] = [];
  for (const e of events) {
    if (e.type === 'unit_arrived') ours.add(e.unit);
    if (e.type === 'shot' && ours.has(e.unit)) out.push({ unit: e.unit, target: e.target, turn });
  }
  return out;
}

/** Opens a replay for the viewer: its timeline (verification and checkpoints) and its chronicle, in one pass. */
export function openWatched(
  text: string,
  name: string,
  resolveMap: MapResolver,
  every = CHECKPOINT_EVERY,
): { ok: true; timeline: Timeline; chronicle: Chronicle } | { ok: false; error: string } {
  const { chronicle, watch } = chronicleWatch(every);
  const t = openTimeline(text, name, resolveMap, { every, watch });
  return t.ok ? { ok: true, timeline: t.timeline, chronicle } : t;
}
