import { z } from 'zod';
import { CaptiveSchema, MAX_TRIGGERS, TriggerSchema } from './story';
import { MAP_LIMITS, TERRAIN_NAMES } from './terrain';

/** The map format's version. Bump it when the format changes shape; old versions get a clear message. */
export const MAP_FORMAT_VERSION = 1;

const int = (min = 0, max = 1_000_000) => z.number().int().min(min).max(max);
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'an id (lowercase letters, digits, "-" or "_"; 1-64 characters)');

export const PointSchema = z
  .strictObject({ x: int(0, 255).describe('Column, 0 = left'), y: int(0, 255).describe('Row, 0 = top') })
  .describe('A tile');
export type Point = z.infer<typeof PointSchema>;

export const TerrainNameSchema = z.enum(TERRAIN_NAMES);

/**
 * A legend key: exactly one character, i.e. one code point that is also one UTF-16 unit (rows are read one unit per
 * tile), so an emoji, a lone surrogate or a letter with a combining accent is refused.
 */
export const LegendKeySchema = z
  .string()
  .regex(
    /^[^\uD800-\uDFFF]$/,
    'one character (a single code point such as a letter, digit or symbol; not an emoji or an accent combined with a letter)',
  );

export const WeaponSchema = z.strictObject({
  name: z.string().min(1).max(64),
  kind: z.enum(['smg', 'lmg', 'pistol', 'rifle', 'energy']),
  /** Damage on a hit, inclusive range. */
  damage: z.strictObject({ min: int(0, 100), max: int(0, 100) }),
  /** Shots before a reload; null: never runs dry. */
  ammo: int(1, 100).nullable(),
  /** Aim modifier by distance: the first entry whose upTo is at least the distance applies; beyond the last, out of range. */
  rangeMods: z
    .array(z.strictObject({ upTo: int(1, 64), mod: int(-100, 100) }))
    .min(1)
    .max(16),
  /** Extra critical chance on any hit. */
  crit: int(0, 100).default(0),
  /** Heavy weapons cannot be fired after a dash. */
  heavy: z.boolean().default(false),
});
export type Weapon = z.infer<typeof WeaponSchema>;

export const UnitStatsSchema = z.strictObject({
  hp: int(1, 100),
  aim: int(0, 150),
  /** Move points per move action. */
  mobility: int(1, 20),
  /** Vision radius in tiles (shortened in dark corridors by the rules). */
  vision: int(1, 30).default(12),
  defense: int(0, 100).default(0),
});

export const RosterUnitSchema = z.strictObject({
  id: id.describe('Unique unit id (lowercase)'),
  name: z.string().min(1).max(40).describe('Name shown in the game'),
  role: z.string().max(40).default('').describe('Role shown in the roster, e.g. "Captain"'),
  ...UnitStatsSchema.shape,
  weapon: id.describe('Primary weapon id: thompson, bren, webley or one from "weapons"'),
  sidearm: id.optional().describe('Secondary weapon id, kept when the primary is lost'),
  /** What the pilot carries: first-aid kits and the pack itself (lost when hauled through a sealing breach). */
  pack: z.strictObject({ medkits: int(0, 9).default(0) }).default({ medkits: 0 }),
  /** Abilities by name: "boost" (good at helping an ally climb), "haul" (can pull an ally through a breach). */
  traits: z
    .array(z.enum(['boost', 'haul', 'medic']))
    .max(8)
    .default([]),
  x: int(0, 255),
  y: int(0, 255),
});
export type RosterUnit = z.infer<typeof RosterUnitSchema>;

export const EnemyTypeSchema = z.strictObject({
  name: z.string().min(1).max(40),
  ...UnitStatsSchema.shape,
  weapon: id,
  /** Behaviour tags read by the AI, e.g. "flanker", "suppressor", "fast". */
  tags: z.array(z.string().max(24)).max(8).default([]),
});
export type EnemyType = z.infer<typeof EnemyTypeSchema>;

export const EnemySpawnSchema = z.strictObject({
  id: id.describe('Unique unit id (lowercase)'),
  type: id.describe('Enemy type id: drone, trooper, heavy or one from "enemyTypes"'),
  x: int(0, 255),
  y: int(0, 255),
  /** Patrol route walked while unaware, as waypoints (looped). */
  patrol: z.array(PointSchema).max(MAP_LIMITS.maxPatrolPoints).default([]),
});
export type EnemySpawn = z.infer<typeof EnemySpawnSchema>;

export const ObjectiveSchema = z.discriminatedUnion('kind', [
  /** Reach the cell tile and open it (interact) with any squad member. */
  z.strictObject({ kind: z.literal('cell'), x: int(0, 255), y: int(0, 255) }),
  /** Get any squad member onto one of these tiles. */
  z.strictObject({ kind: z.literal('reach'), tiles: z.array(PointSchema).min(1).max(1024) }),
  /** Kill every enemy. */
  z.strictObject({ kind: z.literal('eliminate') }),
  /** Get the squad off the map: a squad member stepping onto one of these tiles leaves it (won when none is left and any captive is out). */
  z
    .strictObject({
      kind: z.literal('extract').describe('Get the squad off the map through these tiles'),
      tiles: z.array(PointSchema).min(1).max(1024).describe('Extraction tiles'),
    })
    .describe('Extraction'),
]);
export type Objective = z.infer<typeof ObjectiveSchema>;

export const StrikeSchema = z.strictObject({
  /** Turn on which it lands (environment phase); telegraphed in the environment phase of the turn before. */
  turn: int(1, 999),
  x: int(0, 255),
  y: int(0, 255),
  radius: int(0, 6),
  damage: int(0, 50),
});
export type Strike = z.infer<typeof StrikeSchema>;

export const BreachSchema = z.strictObject({
  x: int(0, 255),
  y: int(0, 255),
  /** Turns until this breach seals (default: the map's sealTurns). */
  sealsIn: int(1, 99).optional().describe("Turns until this breach seals (default: the map's sealTurns)"),
});

export const RectSchema = z.strictObject({ x: int(0, 255), y: int(0, 255), w: int(1, 256), h: int(1, 256) });

export const MapSchema = z
  .strictObject({
    $schema: z.string().max(1000).optional().describe('Path or URL of this JSON Schema, for editors'),
    format: z.literal('denizens-map').describe('Always "denizens-map"'),
    version: z.literal(MAP_FORMAT_VERSION).describe('Map format version'),
    id: id.describe('Map id (lowercase), unique among maps'),
    name: z.string().min(1).max(80).describe('Title shown to players'),
    description: z.string().max(2000).default('').describe('Briefing text'),
    /** Who made the map (free text). */
    author: z.string().max(120).optional().describe('Who made the map'),
    /** Id of the map that follows when this one is won (a campaign link); the engine may ignore it. */
    next: id.optional().describe('Id of the map that follows when this one is won'),
    width: int(1, MAP_LIMITS.maxWidth).describe('Columns (at most 256)'),
    height: int(1, MAP_LIMITS.maxHeight).describe('Rows (at most 256)'),
    /** One character per terrain kind; replaces the default legend when given. */
    legend: z
      .record(LegendKeySchema, TerrainNameSchema)
      .optional()
      .describe('Terrain code (one character) to terrain kind; replaces the default legend'),
    /** Rows of legend characters, top (y = 0) first; every row exactly `width` long. */
    terrain: z
      .array(z.string().max(MAP_LIMITS.maxWidth))
      .min(1)
      .max(MAP_LIMITS.maxHeight)
      .describe('Rows of terrain codes, top first; each row exactly width long'),
    /** Optional height level per tile as digits 0-9, same shape as terrain. */
    heights: z
      .array(
        z
          .string()
          .max(MAP_LIMITS.maxWidth)
          .regex(/^[0-9]*$/, 'a row of digits 0-9'),
      )
      .max(MAP_LIMITS.maxHeight)
      .optional()
      .describe('Optional height level per tile, digits 0-9, same shape as terrain'),
    /** Extra lit tiles (conduit tiles are always lit). */
    lights: z.array(PointSchema).max(4096).default([]).describe('Extra lit tiles (conduits light themselves)'),
    /** Weapons by id; built-in ones (thompson, bren, webley, lgf-*) are there unless replaced. */
    weapons: z.record(id, WeaponSchema).default({}),
    /** Enemy types by id; built-in ones (drone, trooper, heavy) are there unless replaced. */
    enemyTypes: z.record(id, EnemyTypeSchema).default({}),
    squad: z.array(RosterUnitSchema).min(1).max(MAP_LIMITS.maxUnits).describe('The roster with spawn tiles'),
    enemies: z.array(EnemySpawnSchema).max(MAP_LIMITS.maxUnits).default([]).describe('Enemy spawns with patrols'),
    objective: ObjectiveSchema,
    /** Hull areas that bombardment can open (default: all hull tiles). */
    breachable: z.array(RectSchema).max(256).optional().describe('Hull areas bombardment can open (default: all hull)'),
    breaches: z.array(BreachSchema).max(256).default([]).describe('Breaches already open at the start'),
    strikes: z.array(StrikeSchema).max(MAP_LIMITS.maxStrikes).default([]).describe('The bombardment schedule'),
    /** Turns a fresh breach stays open before the hull seals it. */
    sealTurns: int(1, 99).default(3).describe('Turns a fresh breach stays open'),
    triggers: z
      .array(TriggerSchema)
      .max(MAX_TRIGGERS)
      .default([])
      .describe(
        'Story beats: conditions and their effects (dialogue, collapses, wounds, reinforcements, breaches, objectives)',
      ),
    captive: CaptiveSchema.optional(),
    /** The squad loses when this turn ends without the objective. */
    turnLimit: int(1, 999).optional().describe('The squad loses when this turn ends without the objective'),
  })
  .meta({
    title: 'Denizens map',
    description: 'A Denizens map (format "denizens-map"). Documented in docs/map-format.md.',
  });
/** A map as written in a file (defaults not yet applied). */
export type MapInput = z.input<typeof MapSchema>;
/** A validated map with defaults applied: what the engine loads. */
export type MapData = z.infer<typeof MapSchema>;
