import type { Sound } from './cues';

/**
 * Where sounds go: the browser's Web Audio (audio/webAudio.ts) or nowhere (tests, `?test`, a browser without
 * Web Audio). The sound logic (audio/soundBoard.ts) talks only to this, so it is tested headless.
 */
export interface AudioOut {
  /** Plays a sound `delay` seconds from now (nothing when sound cannot play yet). */
  play(sound: Sound, delay: number): void;
  /** The master volume, 0–1 (0: muted). */
  setVolume(gain: number): void;
  /** The low hum near the conduits, 0 (none) to 1 (standing on one). */
  hum(level: number): void;
  /** A user gesture happened: the browser lets sound start now. */
  unlock(): void;
  /** 'none' (no audio context: silent or not yet unlocked), 'suspended' or 'running'. */
  readonly state: 'none' | 'suspended' | 'running';
}

/** The silent output: plays nothing, never creates an audio context. */
export function silentOut(): AudioOut {
  return { play: () => {}, setVolume: () => {}, hum: () => {}, unlock: () => {}, state: 'none' };
}
