import type { ShownEvent } from '../game/shownEvents';
import type { Platform } from '../platform/platform';
import type { AudioOut } from './audioOut';
import { eventCues, type Sound } from './cues';
import { clampVolume, loadSoundSettings, type SoundSettings, saveSoundSettings } from './settings';

/**
 * The game's sound: settings (volume, mute; remembered), and what to play for an event, a UI click or the hum,
 * sent to an `AudioOut`. It never throws: an output that fails is silent.
 */
export class SoundBoard {
  private settings: SoundSettings;
  private listeners: (() => void)[] = [];
  /** Sounds asked for so far (played, or silent when muted or in tests): the test handle reads it. */
  asked = 0;
  /** The last sounds asked for (at most 20), newest last. */
  readonly recent: Sound[] = [];

  constructor(
    private readonly platform: Pick<Platform, 'load' | 'save'>,
    private readonly out: AudioOut,
  ) {
    this.settings = loadSoundSettings(platform);
    this.applyVolume();
  }

  get volume(): number {
    return this.settings.volume;
  }
  get muted(): boolean {
    return this.settings.muted;
  }
  get outState(): AudioOut['state'] {
    return this.out.state;
  }

  /** The sounds of an event as its animation starts; `speed` is the animation speed (delays shrink with it). */
  event(e: ShownEvent, weaponKind: (weapon: string) => string | undefined, speed = 1): void {
    for (const c of eventCues(e, weaponKind)) this.play(c.sound, (c.delay ?? 0) / Math.max(0.25, speed));
  }

  /** A button or menu click. */
  click(): void {
    this.play('click', 0);
  }

  play(sound: Sound, delay = 0): void {
    this.asked++;
    this.recent.push(sound);
    if (this.recent.length > 20) this.recent.shift();
    if (this.settings.muted || this.settings.volume === 0) return;
    this.safely(() => this.out.play(sound, delay));
  }

  hum(level: number): void {
    this.safely(() => this.out.hum(Math.min(1, Math.max(0, level))));
  }

  unlock(): void {
    this.safely(() => this.out.unlock());
    this.applyVolume();
  }

  toggleMute(): void {
    this.settings = { ...this.settings, muted: !this.settings.muted };
    this.changed();
  }

  setVolume(v: number): void {
    // moving the volume up unmutes, as a player expects
    const volume = clampVolume(v);
    this.settings = { volume, muted: volume > 0 ? false : this.settings.muted };
    this.changed();
  }

  /** Calls `fn` after every change of the settings; returns the unsubscribe. */
  onChange(fn: () => void): () => void {
    this.listeners.push(fn);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== fn);
    };
  }

  private changed(): void {
    saveSoundSettings(this.platform, this.settings);
    this.applyVolume();
    for (const l of this.listeners) l();
  }

  private applyVolume(): void {
    this.safely(() => this.out.setVolume(this.settings.muted ? 0 : this.settings.volume / 100));
  }

  private safely(fn: () => void): void {
    try {
      fn();
    } catch {
      // sound is never worth an error: a failing output stays silent
    }
  }
}
