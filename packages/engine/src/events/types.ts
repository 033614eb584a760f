import type { Objective, Point } from '@denizens/maps';
import type { FactionName } from '../world/components';
import type { Outcome, Phase } from '../world/world';

/**
 * What happened, in order: plain JSON, derived from commands (never stored as truth).
 * The client animates these; `simulate --events` writes them one per line. See docs/events.md.
 */
export type GameEvent =
  | { type: 'phase_started'; turn: number; phase: Phase }
  | {
      type: 'moved';
      unit: string;
      faction: FactionName;
      path: Point[];
      cost: number;
      dash: boolean;
      apLeft: number;
      /** Present (true) when reaction fire stopped the move at the path's last tile. */
      interrupted?: true;
    }
  // Combat: shots, reaction fire, overwatch, reloads, first aid, awareness (see docs/events.md).
  | {
      type: 'shot';
      unit: string;
      target: string;
      weapon: string;
      from: Point;
      to: Point;
      percent: number;
      critPercent: number;
      /** The hit roll (0-99, first draw): a hit when roll < percent. */
      roll: number;
      hit: boolean;
      reaction: boolean;
      /** Shots left in the weapon after this one (-1: never runs dry). */
      ammo: number;
      /** The peek tile the shooter leaned out to (it fired from there; it still stands on `from`). */
      peek?: Point;
    }
  | { type: 'crit'; unit: string; target: string; critPercent: number; roll: number }
  | {
      type: 'hit';
      unit: string;
      target: string;
      damage: number;
      crit: boolean;
      flanked: boolean;
      /** Second draw (0-99): a crit when critRoll < critPercent. */
      critRoll: number;
      /** Third draw: the base damage rolled within the weapon's range, before the crit bonus. */
      damageRoll: number;
      hp: number;
    }
  | { type: 'miss'; unit: string; target: string; percent: number; roll: number }
  | { type: 'reaction_fire'; unit: string; target: string; at: Point }
  | { type: 'overwatch_set'; unit: string; weapon: string; apLeft: number }
  | { type: 'hunkered'; unit: string; apLeft: number }
  | { type: 'reloaded'; unit: string; weapon: string; ammo: number; apLeft: number }
  | {
      type: 'healed';
      unit: string;
      target: string;
      amount: number;
      hp: number;
      bleedingStopped: boolean;
      medkits: number;
      apLeft: number;
    }
  | { type: 'spotted'; unit: string; target: string | null; reason: 'sight' | 'shot_at' }
  | { type: 'turn_ended'; turn: number }
  | { type: 'game_over'; outcome: Exclude<Outcome, 'ongoing'>; reason: string; turn: number }
  // Damage and death from any cause (shots report their own hit events first).
  | { type: 'unit_damaged'; unit: string; amount: number; hp: number; cause: DamageCause }
  | { type: 'unit_died'; unit: string; faction: FactionName; x: number; y: number; cause: DamageCause }
  | { type: 'bleeding_started'; unit: string; perTurn: number }
  // The environment phase: bombardment, dust and the self-healing hull.
  | { type: 'strike_warned'; turn: number; x: number; y: number; radius: number; damage: number; tiles: Point[] }
  | { type: 'strike_landed'; x: number; y: number; radius: number; damage: number; tiles: Point[] }
  | { type: 'wall_damaged'; x: number; y: number; hp: number }
  | { type: 'wall_collapsed'; x: number; y: number }
  | { type: 'debris'; x: number; y: number; unit: string | null; damage: number }
  | { type: 'dust_raised'; tiles: Point[]; turns: number }
  | { type: 'breach_opened'; x: number; y: number; sealsIn: number }
  | { type: 'breach_venting'; x: number; y: number; sealsIn: number }
  | { type: 'breach_sealed'; x: number; y: number }
  | { type: 'unit_hauled'; unit: string; by: string; from: Point; to: Point; lost: string[] }
  | { type: 'unit_crushed'; unit: string; from: Point; to: Point | null; damage: number }
  // Breach entry and the objective.
  | { type: 'boosted'; unit: string; target: string; free: boolean; apLeft: number }
  | { type: 'pulled'; unit: string; target: string; apLeft: number }
  | { type: 'climbed'; unit: string; from: Point; to: Point; ap: number; apLeft: number }
  | { type: 'cell_opened'; unit: string; x: number; y: number }
  // The story: triggers from the map, the captive, extraction (see docs/events.md).
  | { type: 'trigger_fired'; trigger: string }
  | { type: 'story_line'; trigger: string; speaker: string; text: string }
  | { type: 'collapse_warned'; x: number; y: number; turn: number }
  | { type: 'unit_arrived'; unit: string; kind: string; x: number; y: number }
  | { type: 'objective_changed'; objective: Objective }
  | { type: 'captive_freed'; unit: string; by: string; weapon: string; x: number; y: number }
  | { type: 'unit_extracted'; unit: string; x: number; y: number; hp: number };

/** What hurt a unit. */
export type DamageCause = 'shot' | 'reaction_fire' | 'blast' | 'debris' | 'bleeding' | 'crush' | 'splinter';

export type EventType = GameEvent['type'];
