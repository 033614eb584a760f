import type { FactionName, GameEvent } from '@denizens/engine';

type Tile = { x: number; y: number };
type EventOf<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>;

/** A hit, crit or miss whose shooter the squad cannot see: the same event with the shooter withheld. */
export type Unseen<E extends { unit: string }> = Omit<E, 'unit'> & { unit: null };

/**
 * The client's fog-of-war views of engine events (made by `fogEvents`): what the player may be
 * shown of something an enemy out of sight did.
 */
export type FogEvent =
  /** An enemy's move, cut to the runs of tiles the squad sees; `end` is null when it ends out of sight. */
  | { type: 'moved_in_sight'; unit: string; faction: FactionName; dash: boolean; segments: Tile[][]; end: Tile | null }
  /** A shot by an enemy out of sight: the target and the outcome only. */
  | { type: 'shot_from_dark'; target: string; to: Tile; hit: boolean; reaction: boolean }
  /** Reaction fire by an enemy out of sight. */
  | { type: 'reaction_from_dark'; target: string; at: Tile }
  | Unseen<EventOf<'hit'>>
  | Unseen<EventOf<'crit'>>
  | Unseen<EventOf<'miss'>>;

/** What the play screen shows and logs: the engine's events as they are, or their fog-of-war views. */
export type ShownEvent = GameEvent | FogEvent;

/** Fails to compile when a switch over events misses a case (call it in the `default` branch). */
export function unhandled(e: never): never {
  throw new Error(`unhandled event ${JSON.stringify(e)}`);
}
