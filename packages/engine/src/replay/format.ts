import { z } from 'zod';
import type { Command } from '../commands/types';

export const REPLAY_FORMAT = 'denizens-replay';
/** Replays larger than this are refused before parsing (a long campaign is well under 1 MB). */
export const MAX_REPLAY_BYTES = 8 * 1024 * 1024;
export const MAX_REPLAY_COMMANDS = 200_000;

const hash = z.string().regex(/^[0-9a-f]{16}$/, '16 lowercase hex digits');

/**
 * A command as stored in a replay: an object with a string `type`. Its other fields are checked by
 * the rules when it is re-applied (a wrong field is an illegal command, reported with its index).
 */
export const ReplayCommandSchema = z.looseObject({ type: z.string().min(1).max(32) });

const pilot = z.strictObject({
  id: z.string().min(1).max(64),
  hp: z.number().int().min(1).max(100),
  maxHp: z.number().int().min(1).max(100),
  bleeding: z.number().int().min(0).max(20),
  weapon: z.string().max(64),
  sidearm: z.string().max(64),
  pack: z.boolean(),
  medkits: z.number().int().min(0).max(9),
});

/**
 * A campaign mission's place in its campaign: the mission number, and from mission 2 on the squad it
 * started from (the carry-over) and the result hash of the mission before, which verify checks against
 * that mission's own replay.
 */
export const CampaignLinkSchema = z.strictObject({
  /** The campaign's seed, shared by its missions' replays. */
  seed: z.union([z.string().min(1).max(128), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]),
  /** 1 for the first mission. */
  mission: z.number().int().min(1).max(99),
  /** From mission 2: the previous mission's map id and final state hash. */
  previous: z.strictObject({ map: z.string().min(1).max(64), hash }).optional(),
  /** From mission 2: the squad as the previous mission left it (the fallen absent). */
  squad: z.array(pilot).max(64).optional(),
});
export type CampaignLink = z.infer<typeof CampaignLinkSchema>;

export const ReplaySchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(REPLAY_FORMAT),
  /** The rules version the replay was recorded with (see REPLAY_VERSION). */
  version: z.number().int().min(1),
  /** The engine version that recorded it (informational). */
  engine: z.string().max(64),
  map: z.strictObject({
    /** A built-in map id, or the id of the map given with --map / embedded in `data`. */
    id: z.string().min(1).max(64),
    /** hashJson of the validated map: a replay only verifies on the very map it was played on. */
    hash,
    /** The map itself, for maps that are not built in (e.g. made in the editor). */
    data: z.unknown().optional(),
  }),
  seed: z.union([z.string().min(1).max(128), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)]),
  /** The difficulty the game was played at (absent: "normal"). */
  difficulty: z.enum(['easy', 'normal', 'hard']).optional(),
  /** For a campaign mission: which one, and the squad it started with (see docs/replay-format.md). */
  campaign: CampaignLinkSchema.optional(),
  commands: z.array(ReplayCommandSchema).max(MAX_REPLAY_COMMANDS),
  /** The state hash after each command, one per command in order: a divergence is named to the command. */
  hashes: z.array(hash).max(MAX_REPLAY_COMMANDS),
  /** The state hash after each completed turn (after its environment phase), in order. */
  turns: z.array(z.strictObject({ turn: z.number().int().min(1), hash })),
  result: z.strictObject({
    outcome: z.enum(['ongoing', 'victory', 'defeat']),
    /** The turn the game was on when the last command had been applied. */
    turn: z.number().int().min(1),
    /** The state hash after the last command. */
    hash,
  }),
  /** Who played and what recorded the game. Informational: it enters no hash and verification does not check it. */
  provenance: z
    .strictObject({
      /** Who played each side: a person at the client, or the built-in AI. */
      players: z.strictObject({ squad: z.enum(['human', 'ai']), enemy: z.enum(['human', 'ai']) }),
      /** The program and version that recorded it, e.g. "denizens-cli 0.1.0" or "denizens-client 0.1.0". */
      tool: z.string().max(64),
      /** When the recording was written (ISO 8601, UTC). */
      recordedAt: z.string().max(40),
    })
    .optional(),
});

/** Who played and what recorded a replay (not hashed). */
export type Provenance = NonNullable<z.infer<typeof ReplaySchema>['provenance']>;

/**
 * A replay. Its commands are typed as commands although only their `type` is checked when the file is read:
 * `apply` checks every other field and refuses a wrong one with a typed rejection (an ILLEGAL verdict).
 */
export type Replay = Omit<z.infer<typeof ReplaySchema>, 'commands'> & { commands: Command[] };
