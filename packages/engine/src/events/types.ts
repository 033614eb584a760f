import type { Point } from '@denizens/maps';
import type { FactionName } from '../world/components';
import type { Outcome, Phase } from '../world/world';

/**
 * What happened, in order: plain JSON, derived from commands (never stored as truth).
 * The client animates these; `simulate --events` writes them one per line. See docs/events.md.
 */
export type GameEvent =
  | { type: 'phase_started'; turn: number; phase: Phase }
  | { type: 'moved'; unit: string; faction: FactionName; path: Point[]; cost: number; dash: boolean; apLeft: number }
  | { type: 'turn_ended'; turn: number }
  | { type: 'game_over'; outcome: Exclude<Outcome, 'ongoing'>; reason: string; turn: number };

export type EventType = GameEvent['type'];
