import { describe, expect, it } from 'vitest';
import { memoryPlatform } from '../platform/platform';
import type { AudioOut } from './audioOut';
import type { Sound } from './cues';
import { loadSoundSettings } from './settings';
import { SoundBoard } from './soundBoard';

function recordingOut() {
  const played: { sound: Sound; delay: number }[] = [];
  const volumes: number[] = [];
  const out: AudioOut = {
    play: (sound, delay) => void played.push({ sound, delay }),
    setVolume: (g) => void volumes.push(g),
    hum: () => {},
    unlock: () => {},
    state: 'running',
  };
  return { out, played, volumes };
}

const hit = {
  type: 'hit' as const,
  unit: 'a',
  target: 'b',
  damage: 3,
  crit: false,
  flanked: false,
  critRoll: 50,
  damageRoll: 1,
  hp: 2,
};

describe('the sound board', () => {
  it('plays an event’s sounds at the set volume, delays shrinking with the animation speed', () => {
    const r = recordingOut();
    const b = new SoundBoard(memoryPlatform(), r.out);
    b.setVolume(40);
    b.event(hit, () => undefined);
    expect(r.played).toEqual([{ sound: 'hit', delay: 0 }]);
    expect(r.volumes.at(-1)).toBeCloseTo(0.4);
    b.event(
      {
        type: 'shot',
        unit: 'a',
        target: 'b',
        weapon: 'w',
        from: { x: 0, y: 0 },
        to: { x: 1, y: 0 },
        percent: 10,
        critPercent: 0,
        roll: 90,
        hit: false,
        reaction: false,
        ammo: 1,
      },
      () => 'pistol',
      2,
    );
    expect(r.played.slice(1)).toEqual([
      { sound: 'pistol', delay: 0 },
      { sound: 'ricochet', delay: 0.15 },
    ]);
  });

  it('muted, plays nothing (master volume 0) but still counts what it was asked; the mute is remembered', () => {
    const r = recordingOut();
    const platform = memoryPlatform();
    const b = new SoundBoard(platform, r.out);
    b.toggleMute();
    b.event(hit, () => undefined);
    b.click();
    expect(r.played).toEqual([]);
    expect(b.asked).toBe(2);
    expect(r.volumes.at(-1)).toBe(0);
    expect(loadSoundSettings(platform).muted).toBe(true);
    // the next visit starts muted; unmuting plays again
    const again = new SoundBoard(platform, r.out);
    expect(again.muted).toBe(true);
    again.toggleMute();
    again.click();
    expect(r.played).toEqual([{ sound: 'click', delay: 0 }]);
    expect(loadSoundSettings(platform).muted).toBe(false);
  });

  it('raising the volume unmutes; listeners hear every change', () => {
    const b = new SoundBoard(memoryPlatform(), recordingOut().out);
    let changes = 0;
    b.onChange(() => changes++);
    b.toggleMute();
    b.setVolume(75);
    expect(b.muted).toBe(false);
    expect(b.volume).toBe(75);
    expect(changes).toBe(2);
  });

  it('never throws when the output fails (no Web Audio, a refused context)', () => {
    const broken: AudioOut = {
      play: () => {
        throw new Error('no audio');
      },
      setVolume: () => {
        throw new Error('no audio');
      },
      hum: () => {
        throw new Error('no audio');
      },
      unlock: () => {
        throw new Error('not allowed');
      },
      state: 'none',
    };
    const b = new SoundBoard(memoryPlatform(), broken);
    expect(() => {
      b.unlock();
      b.click();
      b.hum(0.5);
      b.toggleMute();
      b.setVolume(30);
    }).not.toThrow();
  });
});
