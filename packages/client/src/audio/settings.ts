import type { Platform } from '../platform/platform';

/** Where the sound settings are remembered (localStorage through the platform). */
export const VOLUME_KEY = 'denizens.volume';
export const MUTED_KEY = 'denizens.muted';
/** The volume of a first visit (0–100). */
export const DEFAULT_VOLUME = 60;

export interface SoundSettings {
  /** 0–100, in steps of 5. */
  volume: number;
  muted: boolean;
}

/** The remembered settings; anything unreadable falls back to the default (never throws). */
export function loadSoundSettings(platform: Pick<Platform, 'load'>): SoundSettings {
  const raw = Number(platform.load(VOLUME_KEY) ?? Number.NaN);
  return {
    volume: Number.isFinite(raw) ? clampVolume(raw) : DEFAULT_VOLUME,
    muted: platform.load(MUTED_KEY) === '1',
  };
}

export function saveSoundSettings(platform: Pick<Platform, 'save'>, s: SoundSettings): void {
  platform.save(VOLUME_KEY, String(clampVolume(s.volume)));
  platform.save(MUTED_KEY, s.muted ? '1' : '0');
}

/** A volume within 0–100, rounded to a step of 5. */
export function clampVolume(v: number): number {
  return Math.min(100, Math.max(0, Math.round(v / 5) * 5));
}
