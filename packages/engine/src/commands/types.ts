import type { Point } from '@denizens/maps';
import type { GameEvent } from '../events/types';

/**
 * What a player (or the AI) asks for: plain, serializable JSON. The replay file is a list of these.
 * `unit` is the unit's id from the map (e.g. "willow").
 */
export type Command =
  | { type: 'move'; unit: string; to: Point }
  | { type: 'end_turn' }
  // Combat (rules in docs/rules.md).
  | { type: 'shoot'; unit: string; target: string; sidearm?: boolean }
  | { type: 'overwatch'; unit: string }
  | { type: 'reload'; unit: string }
  | { type: 'hunker'; unit: string }
  | { type: 'first_aid'; unit: string; target?: string }
  // Breach entry and the objective (rules in docs/rules.md).
  | { type: 'climb'; unit: string; to: Point }
  | { type: 'boost'; unit: string; target: string }
  | { type: 'pull'; unit: string; target: string }
  | { type: 'interact'; unit: string };

export type CommandType = Command['type'];

/** Why a command was refused. A refused command changes nothing. */
export type RejectionCode =
  | 'invalid_command'
  | 'game_over'
  | 'not_your_turn'
  | 'unknown_unit'
  | 'not_your_unit'
  | 'no_action_points'
  | 'out_of_bounds'
  | 'occupied'
  | 'unreachable'
  | 'invalid_target'
  | 'not_visible'
  | 'out_of_range'
  | 'no_weapon'
  | 'no_ammo'
  | 'full_ammo'
  | 'heavy_after_dash'
  | 'no_cover'
  | 'no_medkits'
  | 'not_wounded'
  | 'not_adjacent'
  | 'no_breach'
  | 'not_inside'
  | 'already_helped'
  | 'nothing_to_interact'
  /** Not a refusal by the rules: the engine threw (a bug) and put the world back (apply.ts). */
  | 'engine_fault';

export interface Rejection {
  code: RejectionCode;
  /** A sentence for people: what was wrong, in words. */
  message: string;
}

/** What a command's rule file answers: the events it caused, or why it was refused (then nothing changed). */
export type CommandResult = { ok: true; events: GameEvent[] } | { ok: false; rejection: Rejection };

export function reject(code: RejectionCode, message: string): { ok: false; rejection: Rejection } {
  return { ok: false, rejection: { code, message } };
}
