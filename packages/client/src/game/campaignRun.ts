import {
  type CampaignState,
  type Command,
  createGame,
  type Debrief,
  debrief,
  type GameEvent,
  type GameOptions,
  replaySteps,
} from '@denizens/engine';
import { jsonPath } from '@denizens/maps';
import { z } from 'zod';
import type { Session } from './session';

/**
 * A campaign as the client keeps it: the engine's campaign state (plain data: missions, difficulty, the squad
 * carried over, the fallen) plus the report of each finished mission (what the debrief showed), so the final
 * screen can tell the whole campaign after a reload.
 */
export interface CampaignRun {
  state: CampaignState;
  reports: MissionReport[];
}

/** The engine's debrief of one finished mission, with the map it was played on. */
export interface MissionReport extends Debrief {
  map: string;
  title: string;
}

const id = z.string().min(1).max(64);
const pilot = z.strictObject({
  id,
  hp: z.number().int().min(1).max(100),
  maxHp: z.number().int().min(1).max(100),
  bleeding: z.number().int().min(0).max(20),
  weapon: z.string().max(64),
  sidearm: z.string().max(64),
  pack: z.boolean(),
  medkits: z.number().int().min(0).max(9),
});
const difficulty = z.enum(['easy', 'normal', 'hard']);
const outcome = z.enum(['victory', 'defeat']);

export const CampaignStateSchema = z.strictObject({
  format: z.literal('denizens-campaign'),
  seed: z.union([z.string().min(1).max(128), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]),
  difficulty,
  mission: z.number().int().min(0).max(9),
  squad: z.array(pilot).max(64).nullable(),
  fallen: z.array(id).max(64),
  status: z.enum(['playing', 'won', 'lost']),
  missions: z
    .array(
      z.strictObject({
        map: id,
        outcome,
        reason: z.string().max(200),
        turn: z.number().int().min(1),
        hash: z.string().regex(/^[0-9a-f]{16}$/, '16 lowercase hex digits'),
        fallen: z.array(id).max(64),
      }),
    )
    .max(9),
});

const count = z.number().int().min(0);
export const MissionReportSchema = z.strictObject({
  map: id,
  title: z.string().max(200),
  outcome: z.enum(['victory', 'defeat', 'ongoing']),
  reason: z.string().max(200),
  turns: count,
  shots: count,
  hits: count,
  hitRate: z.number().int().min(0).max(100),
  damageTaken: count,
  fallen: z.array(id).max(64),
  lost: z.record(z.string(), z.array(z.string().max(64)).max(8)),
  difficulty,
});

export const CampaignRunSchema = z.strictObject({
  state: CampaignStateSchema,
  reports: z.array(MissionReportSchema).max(9),
});

/** How a game was started (difficulty, carried squad), as the autosave keeps it. */
export const StartSchema = z.strictObject({
  difficulty: difficulty.optional(),
  squad: z.array(pilot).max(64).optional(),
});

/**
 * Checks data against a schema at the boundary: the value, or the first problem as "$.path: what was expected"
 * (`at` is the path of the data inside its file, e.g. "$.campaign").
 */
export function checkShape<T>(
  schema: z.ZodType<T>,
  data: unknown,
  at = '$',
): { ok: true; value: T } | { ok: false; error: string } {
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  const iss = r.error.issues[0]!;
  const path = at + jsonPath(iss.path).slice(1);
  let v: unknown = data;
  for (const k of iss.path)
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  const msg = iss.message.replace(/^Invalid input: /, '');
  return { ok: false, error: `${path}: ${v === undefined ? `missing (${msg})` : msg}` };
}

/** Every event of a game, re-simulated from its start and command log (the debrief counts from them). */
export function gameEvents(session: Pick<Session, 'map' | 'seed' | 'commands' | 'start'>): GameEvent[] {
  const world = createGame(session.map, session.seed, session.start);
  const events: GameEvent[] = [];
  for (const step of replaySteps(world, session.commands as Command[])) {
    if (!step.result.ok) break;
    events.push(...step.result.events);
  }
  return events;
}

/** The debrief of a finished mission, from the engine's `debrief` over the game's own events. */
export function missionReport(session: Session): MissionReport {
  return {
    ...debrief(session.world, gameEvents(session)),
    map: session.map.id,
    title: session.map.name,
  };
}

/** The difficulty and carried squad a campaign's next mission starts from. */
export function missionStart(state: CampaignState): GameOptions {
  return { difficulty: state.difficulty, ...(state.squad ? { squad: state.squad } : {}) };
}
