import { z } from 'zod';

/**
 * The story side of a map: triggers (a condition, then effects: dialogue, a telegraphed wall collapse, a
 * splinter wound, reinforcements, a breach, a new objective) and the captive held in the cell. The engine runs
 * them deterministically after every squad command; see docs/map-format.md ("Triggers", "The captive").
 */

/** Most triggers a map may have (the engine keeps which have fired as one flag per trigger). */
export const MAX_TRIGGERS = 64;

const int = (min: number, max: number) => z.number().int().min(min).max(max);
const storyId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'an id (lowercase letters, digits, "-" or "_"; 1-64 characters)');
const x = int(0, 255).describe('Column, 0 = left');
const y = int(0, 255).describe('Row, 0 = top');

export const SideSchema = z.enum(['squad', 'lgf']).describe('A side: "squad" (the pilots) or "lgf" (the enemy)');

export const AreaSchema = z
  .strictObject({
    x: x.describe('Left column of the area'),
    y: y.describe('Top row of the area'),
    w: int(1, 256).describe('Width in tiles'),
    h: int(1, 256).describe('Height in tiles'),
  })
  .describe('A rectangle of tiles');

/** Events a trigger can wait for (the engine's event types). */
export const TRIGGER_EVENTS = [
  'breach_opened',
  'breach_venting',
  'breach_sealed',
  'unit_hauled',
  'unit_crushed',
  'unit_died',
  'wall_collapsed',
  'strike_landed',
  'cell_opened',
  'captive_freed',
  'unit_extracted',
  'climbed',
  'spotted',
  'story_line',
] as const;

export const ConditionSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('turn').describe('Fires when this turn begins (turn 1: with the first command)'),
        turn: int(1, 999).describe('The turn number'),
      })
      .describe('At the start of a turn'),
    z
      .strictObject({
        kind: z.literal('enter').describe('Fires when a unit stands in the area'),
        area: AreaSchema.describe('The tiles to watch'),
        side: SideSchema.default('squad').describe('Whose units count (default: squad)'),
        unit: storyId.optional().describe('Only this unit counts (its id); any unit of the side when absent'),
      })
      .describe('A unit stands in an area'),
    z
      .strictObject({
        kind: z.literal('sees').describe('Fires the first time a unit of the side sees the tile'),
        x,
        y,
        side: SideSchema.default('squad').describe('Whose sight counts (default: squad)'),
      })
      .describe('A side first sees a tile'),
    z
      .strictObject({
        kind: z.literal('event').describe('Fires when an event of this type has happened'),
        event: z.enum(TRIGGER_EVENTS).describe('The event type, e.g. "breach_opened" or "unit_hauled"'),
        unit: storyId
          .optional()
          .describe('Only events about this unit (its id as the event\'s "unit" or "target"); any when absent'),
      })
      .describe('An event happened'),
  ])
  .describe('When a trigger fires');
export type Condition = z.infer<typeof ConditionSchema>;

export const DifficultyNameSchema = z
  .enum(['easy', 'normal', 'hard'])
  .describe('A difficulty level: "easy", "normal" or "hard"');
export type DifficultyName = z.infer<typeof DifficultyNameSchema>;

export const ReinforcementSchema = z
  .strictObject({
    id: storyId.describe('Unique unit id (lowercase), not used by any other unit of the map'),
    type: storyId.describe('Enemy type id: drone, trooper, heavy or one from "enemyTypes"'),
    x: x.describe('Column it arrives on (or the nearest free walkable tile)'),
    y: y.describe('Row it arrives on (or the nearest free walkable tile)'),
    minDifficulty: DifficultyNameSchema.default('easy').describe(
      'Lowest difficulty at which this one arrives (default: easy, i.e. always)',
    ),
  })
  .describe('An LGF unit that arrives');

/** The objective kinds an effect can switch to (the map's objective kinds; see format.ts). */
const StoryObjectiveSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('reach').describe('Get any squad member onto one of the tiles'),
      tiles: z.array(z.strictObject({ x, y }).describe('A tile')).min(1).max(1024).describe('The tiles'),
    }),
    z.strictObject({ kind: z.literal('eliminate').describe('Kill every enemy') }),
    z.strictObject({
      kind: z.literal('extract').describe('Get the squad (and the freed captive) off the map through these tiles'),
      tiles: z
        .array(z.strictObject({ x, y }).describe('A tile'))
        .min(1)
        .max(1024)
        .describe('The extraction tiles: a squad member stepping onto one leaves the map'),
    }),
  ])
  .describe('An objective');

export const EffectSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('say').describe('A line of dialogue or narration'),
        speaker: z.string().max(40).describe('Who says it: a unit id or name, or "" for narration'),
        text: z.string().min(1).max(400).describe('The line'),
      })
      .describe('A line of dialogue or narration (a story_line event)'),
    z
      .strictObject({
        kind: z.literal('collapse').describe('A wall collapses after a warning'),
        x: x.describe('Column of the wall tile'),
        y: y.describe('Row of the wall tile'),
        turns: int(1, 9)
          .default(1)
          .describe(
            'Player phases the squad gets to react: 1 = it comes down in the environment phase of the turn it is warned in (or of the next turn, when warned outside the player phase)',
          ),
      })
      .describe('A telegraphed wall collapse: debris hits units on the tiles around it'),
    z
      .strictObject({
        kind: z.literal('wound').describe('A splinter wound'),
        unit: storyId.describe('The wounded unit (its id); nothing happens if it is not on the map'),
        damage: int(0, 20).describe('HP lost at once (never below 1 HP: a splinter does not kill)'),
        bleed: int(0, 5).default(1).describe('HP bled every environment phase until first aid (0: none)'),
      })
      .describe('A splinter wound'),
    z
      .strictObject({
        kind: z.literal('reinforce').describe('LGF reinforcements arrive'),
        enemies: z.array(ReinforcementSchema).min(1).max(32).describe('Who arrives and where'),
      })
      .describe('LGF reinforcements arrive, aware of the squad'),
    z
      .strictObject({
        kind: z.literal('breach').describe('A breach opens in the hull'),
        x: x.describe('Column of the hull tile'),
        y: y.describe('Row of the hull tile'),
        sealsIn: int(1, 99).optional().describe("Turns until it seals (default: the map's sealTurns)"),
      })
      .describe('A breach opens in the hull'),
    z
      .strictObject({
        kind: z.literal('objective').describe('The objective changes'),
        objective: StoryObjectiveSchema.describe('The new objective (same shape as the map\'s "objective")'),
      })
      .describe('The objective changes'),
  ])
  .describe('What a trigger does');
export type Effect = z.infer<typeof EffectSchema>;

export const TriggerSchema = z
  .strictObject({
    id: storyId.describe('Unique trigger id (lowercase)'),
    when: ConditionSchema,
    do: z.array(EffectSchema).min(1).max(16).describe('Effects, in order'),
  })
  .describe('A story beat: fires once, the first time its condition holds after a squad command');
export type Trigger = z.infer<typeof TriggerSchema>;

export const CaptiveSchema = z
  .strictObject({
    id: storyId.describe("Unit id of the captive (lowercase), unique among the map's units"),
    name: z.string().min(1).max(40).describe('Name shown in the game'),
    role: z.string().max(40).default('Pilot').describe('Role shown in the roster once freed'),
    hp: int(1, 100).describe('Hit points (she is weak: hurt in captivity)'),
    aim: int(0, 150).describe('Aim'),
    mobility: int(1, 20).describe('Move points per move action'),
    vision: int(1, 30).default(12).describe('Vision radius in tiles'),
    defense: int(0, 100).default(0).describe('Defense'),
    extraction: z
      .array(z.strictObject({ x, y }).describe('A tile'))
      .min(1)
      .max(1024)
      .describe(
        'Where the squad gets out once she is freed: a squad member stepping onto one of these tiles leaves the map',
      ),
  })
  .describe(
    'The prisoner held in the cell (the "cell" objective\'s tile): not under the player\'s control until a squad member opens the cell; then she joins the squad, unarmed unless her rescuer hands her a sidearm, and the objective becomes extraction',
  );
export type Captive = z.infer<typeof CaptiveSchema>;
