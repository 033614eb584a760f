import { describe, expect, it } from 'vitest';
import { memoryPlatform } from '../platform/platform';
import { DEFAULT_VOLUME, loadSoundSettings, MUTED_KEY, saveSoundSettings, VOLUME_KEY } from './settings';

describe('sound settings', () => {
  it('start at the default volume, not muted', () => {
    expect(loadSoundSettings(memoryPlatform())).toEqual({ volume: DEFAULT_VOLUME, muted: false });
  });

  it('are remembered: what is saved is what the next visit loads', () => {
    const p = memoryPlatform();
    saveSoundSettings(p, { volume: 35, muted: true });
    expect(loadSoundSettings(p)).toEqual({ volume: 35, muted: true });
    saveSoundSettings(p, { volume: 80, muted: false });
    expect(loadSoundSettings(p)).toEqual({ volume: 80, muted: false });
  });

  it('read anything unreadable as the default, and keep the volume within 0–100 in steps of 5', () => {
    const p = memoryPlatform();
    p.save(VOLUME_KEY, 'loud');
    p.save(MUTED_KEY, 'perhaps');
    expect(loadSoundSettings(p)).toEqual({ volume: DEFAULT_VOLUME, muted: false });
    p.save(VOLUME_KEY, '250');
    expect(loadSoundSettings(p).volume).toBe(100);
    p.save(VOLUME_KEY, '-4');
    expect(loadSoundSettings(p).volume).toBe(0);
    p.save(VOLUME_KEY, '43');
    expect(loadSoundSettings(p).volume).toBe(45);
  });
});
