import type { GameWorld } from '@denizens/engine';
import * as Engine from '@denizens/engine';

/** The engine's hit chance preview (coming with combat). */
export interface HitPreview {
  percent: number;
  breakdown: { label: string; value: number }[];
  critPercent?: number;
  flanked?: boolean;
}

/**
 * Engine functions that are being written while the client is: looked up at run time so the client
 * builds and runs before they land, and uses them as soon as they do. Each is undefined until then.
 */
export interface EngineExtras {
  hitChance?: (world: GameWorld, shooter: number, target: number) => HitPreview | null;
  targetsFor?: (world: GameWorld, eid: number) => number[];
  visibleTo?: (world: GameWorld, faction: number) => Uint8Array | ArrayLike<number>;
  coverAt?: (world: GameWorld, x: number, y: number) => unknown;
  serializeGame?: (world: GameWorld) => unknown;
  deserializeGame?: (
    json: unknown,
  ) => { ok: true; world: GameWorld } | { ok: false; error: { path: string; message: string } };
}

const table = Engine as unknown as Record<string, unknown>;
const pick = <K extends keyof EngineExtras>(name: K): EngineExtras[K] =>
  typeof table[name] === 'function' ? (table[name] as EngineExtras[K]) : undefined;

export const engineExtras: EngineExtras = {
  hitChance: pick('hitChance'),
  targetsFor: pick('targetsFor'),
  visibleTo: pick('visibleTo'),
  coverAt: pick('coverAt'),
  serializeGame: pick('serializeGame'),
  deserializeGame: pick('deserializeGame'),
};
