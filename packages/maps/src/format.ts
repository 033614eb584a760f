import { z } from 'zod';
import { CaptiveSchema, MAX_TRIGGERS, TriggerSchema } from './story';
import { MAP_LIMITS, TERRAIN_NAMES } from './terrain';

/** The map format's version. Bump it when the format changes shape; old versions get a clear message. */
export const MAP_FORMAT_VERSION = 1;

const int = (min = 0, max = 1_000_000) => z.number().int().min(min).max(max);
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'an id (lowercase letters, digits, "-" or "_"; 1-64 characters)');

/** A tile column (x) and row (y); descriptions say the unit and range for editors. */
const col = () => int(0, 255).describe('Column in tiles, 0 = left edge (0-255, inside the map)');
const row = () => int(0, 255).describe('Row in tiles, 0 = top edge (0-255, inside the map)');

export const PointSchema = z.strictObject({ x: col(), y: row() }).describe('A tile');
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
  name: z.string().min(1).max(64).describe('Name shown in the game (1-64 characters)'),
  kind: z
    .enum(['smg', 'lmg', 'pistol', 'rifle', 'energy'])
    .describe('Kind of weapon: smg, lmg, pistol, rifle or energy'),
  /** Damage on a hit, inclusive range. */
  damage: z
    .strictObject({
      min: int(0, 100).describe('Least damage on a hit, in HP (0-100; at most max)'),
      max: int(0, 100).describe('Most damage on a hit, in HP (0-100)'),
    })
    .describe('Damage on a hit, in HP, inclusive range'),
  /** Shots before a reload; null: never runs dry. */
  ammo: int(1, 100).nullable().describe('Shots before a reload (1-100); null: never runs dry'),
  /** Aim modifier by distance: the first entry whose upTo is at least the distance applies; beyond the last, out of range. */
  rangeMods: z
    .array(
      z
        .strictObject({
          upTo: int(1, 64).describe('Farthest distance of this band, in tiles (1-64; growing from band to band)'),
          mod: int(-100, 100).describe('Aim modifier in this band, in percentage points (-100 to 100)'),
        })
        .describe('One range band'),
    )
    .min(1)
    .max(16)
    .describe(
      'Aim modifier by distance, nearest band first (1-16 bands): the first band whose upTo reaches the distance applies; beyond the last, out of range',
    ),
  /** Extra critical chance on any hit. */
  crit: int(0, 100).default(0).describe('Extra critical chance on a hit, in percentage points (0-100, default 0)'),
  /** Heavy weapons cannot be fired after a dash. */
  heavy: z.boolean().default(false).describe('Heavy weapons cannot be fired after a dash (default false)'),
});
export type Weapon = z.infer<typeof WeaponSchema>;

export const UnitStatsSchema = z.strictObject({
  hp: int(1, 100).describe('Hit points at the start (1-100)'),
  aim: int(0, 150).describe('Base chance to hit, in percent before modifiers (0-150)'),
  /** Move points per move action. */
  mobility: int(1, 20).describe(
    'Move budget: 2 × mobility move points per move action; a straight step costs 2, a diagonal 3 (1-20)',
  ),
  /** Vision radius in tiles (shortened in dark corridors by the rules). */
  vision: int(1, 30).default(12).describe('Vision radius in tiles, shortened in the dark (1-30, default 12)'),
  defense: int(0, 100)
    .default(0)
    .describe("Subtracted from attackers' chance to hit, in percentage points (0-100, default 0)"),
});

export const RosterUnitSchema = z.strictObject({
  id: id.describe('Unique unit id (lowercase)'),
  name: z.string().min(1).max(40).describe('Name shown in the game'),
  role: z.string().max(40).default('').describe('Role shown in the roster, e.g. "Captain"'),
  ...UnitStatsSchema.shape,
  weapon: id.describe('Primary weapon id: thompson, bren, webley or one from "weapons"'),
  sidearm: id.optional().describe('Secondary weapon id, kept when the primary is lost'),
  /** What the pilot carries: first-aid kits and the pack itself (lost when hauled through a sealing breach). */
  pack: z
    .strictObject({ medkits: int(0, 9).default(0).describe('First-aid kits carried (0-9, default 0)') })
    .default({ medkits: 0 })
    .describe('What the pilot carries (lost when hauled through a sealing breach)'),
  /** Abilities by name: "boost" (good at helping an ally climb), "haul" (can pull an ally through a breach). */
  traits: z
    .array(z.enum(['boost', 'haul', 'medic']))
    .max(8)
    .default([])
    .describe(
      'Abilities: boost (helps an ally climb), haul (pulls an ally through a breach), medic (better first aid)',
    ),
  x: col().describe('Spawn column in tiles, 0 = left edge (0-255, inside the map)'),
  y: row().describe('Spawn row in tiles, 0 = top edge (0-255, inside the map)'),
});
export type RosterUnit = z.infer<typeof RosterUnitSchema>;

export const EnemyTypeSchema = z.strictObject({
  name: z.string().min(1).max(40).describe('Name shown in the game (1-40 characters)'),
  ...UnitStatsSchema.shape,
  weapon: id.describe('Weapon id: a built-in one or one from "weapons"'),
  /** Behaviour tags read by the AI: "flanker", "suppressor". */
  tags: z
    .array(z.string().max(24))
    .max(8)
    .default([])
    .describe('Behaviour tags read by the AI: "flanker", "suppressor" (at most 8)'),
});
export type EnemyType = z.infer<typeof EnemyTypeSchema>;

export const EnemySpawnSchema = z.strictObject({
  id: id.describe('Unique unit id (lowercase)'),
  type: id.describe('Enemy type id: drone, trooper, heavy or one from "enemyTypes"'),
  x: col().describe('Spawn column in tiles, 0 = left edge (0-255, inside the map)'),
  y: row().describe('Spawn row in tiles, 0 = top edge (0-255, inside the map)'),
  /** Patrol route walked while unaware, as waypoints (looped). */
  patrol: z
    .array(PointSchema)
    .max(MAP_LIMITS.maxPatrolPoints)
    .default([])
    .describe('Patrol waypoints walked in a loop while unaware (at most 64; empty: stands guard)'),
});
export type EnemySpawn = z.infer<typeof EnemySpawnSchema>;

export const ObjectiveSchema = z.discriminatedUnion('kind', [
  /** Reach the cell tile and open it (interact) with any squad member. */
  z
    .strictObject({
      kind: z.literal('cell').describe('Open the cell on this tile with any squad member'),
      x: col().describe('Column of the cell tile'),
      y: row().describe('Row of the cell tile'),
    })
    .describe('Open a cell'),
  /** Get any squad member onto one of these tiles. */
  z
    .strictObject({
      kind: z.literal('reach').describe('Get any squad member onto one of these tiles'),
      tiles: z.array(PointSchema).min(1).max(1024).describe('Target tiles (1-1024)'),
    })
    .describe('Reach a place'),
  /** Kill every enemy. */
  z.strictObject({ kind: z.literal('eliminate').describe('Kill every enemy') }).describe('Eliminate'),
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
  turn: int(1, 999).describe('Turn it lands on, in the environment phase; telegraphed the turn before (1-999)'),
  x: col().describe('Column of the centre of the blast'),
  y: row().describe('Row of the centre of the blast'),
  radius: int(0, 6).describe('Blast radius in tiles, a square (Chebyshev distance; 0-6)'),
  damage: int(0, 50).describe('Damage to every unit in the blast, in HP (0-50)'),
});
export type Strike = z.infer<typeof StrikeSchema>;

export const BreachSchema = z.strictObject({
  x: col().describe('Column of the breach (a hull or breach tile)'),
  y: row().describe('Row of the breach (a hull or breach tile)'),
  /** Turns until this breach seals (default: the map's sealTurns). */
  sealsIn: int(1, 99).optional().describe("Turns until this breach seals (1-99; default: the map's sealTurns)"),
});

export const RectSchema = z.strictObject({
  x: col().describe('Left column of the area'),
  y: row().describe('Top row of the area'),
  w: int(1, 256).describe('Width in tiles (1-256; must stay inside the map)'),
  h: int(1, 256).describe('Height in tiles (1-256; must stay inside the map)'),
});

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
    width: int(1, MAP_LIMITS.maxWidth).describe('Columns, in tiles (1-256)'),
    height: int(1, MAP_LIMITS.maxHeight).describe('Rows, in tiles (1-256)'),
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
    weapons: z
      .record(id, WeaponSchema)
      .default({})
      .describe('Weapons by id, added to or replacing the built-in ones (thompson, bren, webley, lgf-*)'),
    /** Enemy types by id; built-in ones (drone, trooper, heavy) are there unless replaced. */
    enemyTypes: z
      .record(id, EnemyTypeSchema)
      .default({})
      .describe('Enemy types by id, added to or replacing the built-in ones (drone, trooper, heavy)'),
    squad: z.array(RosterUnitSchema).min(1).max(MAP_LIMITS.maxUnits).describe('The roster with spawn tiles'),
    enemies: z.array(EnemySpawnSchema).max(MAP_LIMITS.maxUnits).default([]).describe('Enemy spawns with patrols'),
    objective: ObjectiveSchema.describe('How the squad wins: cell, reach, eliminate or extract'),
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
