import type { Point } from '@denizens/maps';

/**
 * What a player (or the AI) asks for: plain, serializable JSON. The replay file is a list of these.
 * `unit` is the unit's id from the map (e.g. "willow").
 */
export type Command =
  | { type: 'move'; unit: string; to: Point }
  | { type: 'end_turn' };

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
  | 'unreachable';

export interface Rejection {
  code: RejectionCode;
  /** A sentence for people: what was wrong, in words. */
  message: string;
}

export function reject(code: RejectionCode, message: string): { ok: false; rejection: Rejection } {
  return { ok: false, rejection: { code, message } };
}
