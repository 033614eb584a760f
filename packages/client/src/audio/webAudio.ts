import type { AudioOut } from './audioOut';
import type { Sound } from './cues';

/** One voice of a sound: a tone (oscillator, pitch glide) or filtered noise, with an attack/decay envelope. */
type Voice =
  | { tone: OscillatorType; f0: number; f1: number; at: number; dur: number; peak: number }
  | { noise: BiquadFilterType; f0: number; f1: number; at: number; dur: number; peak: number; q?: number };

const tone = (type: OscillatorType, f0: number, f1: number, at: number, dur: number, peak: number): Voice => ({
  tone: type,
  f0,
  f1,
  at,
  dur,
  peak,
});
const noise = (filter: BiquadFilterType, f0: number, f1: number, at: number, dur: number, peak: number): Voice => ({
  noise: filter,
  f0,
  f1,
  at,
  dur,
  peak,
});

/** `n` gunshots `gap` seconds apart: a filtered crack and a low thump each. */
function burst(n: number, gap: number, filter: BiquadFilterType, freq: number, dur: number, peak: number): Voice[] {
  const v: Voice[] = [];
  for (let k = 0; k < n; k++) {
    v.push(noise(filter, freq, freq * 0.6, k * gap, dur, peak));
    v.push(tone('sine', 150, 55, k * gap, dur * 0.8, peak * 0.6));
  }
  return v;
}

/** Every sound as a few synthesised voices (no samples: nothing to download, a few hundred bytes of code). */
const RECIPES: Record<Sound, Voice[]> = {
  smg: burst(3, 0.075, 'bandpass', 1400, 0.06, 0.5),
  lmg: burst(5, 0.09, 'lowpass', 1100, 0.085, 0.6),
  pistol: burst(1, 0, 'highpass', 1600, 0.12, 0.55),
  energy: [tone('sawtooth', 1500, 160, 0, 0.26, 0.22), tone('square', 760, 90, 0, 0.22, 0.1)],
  ricochet: [tone('sine', 2600, 900, 0, 0.22, 0.12)],
  hit: [tone('sine', 150, 48, 0, 0.16, 0.6), noise('lowpass', 700, 200, 0, 0.09, 0.35)],
  crit: [
    tone('sine', 150, 40, 0, 0.2, 0.7),
    noise('lowpass', 900, 200, 0, 0.12, 0.4),
    tone('triangle', 880, 860, 0, 0.35, 0.12),
  ],
  death: [tone('triangle', 220, 45, 0, 0.7, 0.3), noise('lowpass', 300, 80, 0.05, 0.5, 0.25)],
  whistle: [tone('sine', 1900, 520, 0, 1.1, 0.16)],
  impact: [noise('lowpass', 500, 60, 0, 1.3, 0.9), tone('sine', 75, 28, 0, 0.9, 0.8)],
  collapse: [
    noise('lowpass', 320, 70, 0, 1.7, 0.7),
    noise('bandpass', 600, 300, 0.12, 0.25, 0.35),
    noise('bandpass', 520, 260, 0.41, 0.22, 0.3),
    noise('bandpass', 700, 320, 0.73, 0.2, 0.25),
    tone('sine', 60, 30, 0, 1.1, 0.5),
  ],
  crumble: [noise('bandpass', 520, 260, 0, 0.3, 0.35), noise('bandpass', 640, 300, 0.11, 0.2, 0.2)],
  steam: [noise('highpass', 2600, 3400, 0, 1.3, 0.28)],
  seal: [
    tone('square', 190, 180, 0, 0.11, 0.12),
    tone('square', 125, 118, 0.13, 0.2, 0.14),
    noise('highpass', 3000, 3000, 0, 0.3, 0.12),
  ],
  reload: [noise('bandpass', 2600, 2000, 0, 0.035, 0.4), noise('bandpass', 1800, 1400, 0.18, 0.05, 0.45)],
  overwatch: [tone('sine', 660, 660, 0, 0.08, 0.18), tone('sine', 990, 990, 0.1, 0.1, 0.18)],
  heal: [tone('sine', 523, 523, 0, 0.35, 0.16), tone('sine', 784, 784, 0.08, 0.35, 0.12)],
  chime: [tone('triangle', 880, 880, 0, 0.6, 0.2), tone('triangle', 1320, 1320, 0.12, 0.6, 0.14)],
  click: [tone('sine', 1300, 900, 0, 0.035, 0.14)],
};

type Ctx = AudioContext;
type CtxClass = new () => AudioContext;

/**
 * Web Audio behind `AudioOut`: the context is made on the first user gesture (browsers refuse to start sound before
 * one) and resumed on every later one while suspended; no Web Audio, a refused context, or anything failing: silent.
 */
export function webAudioOut(win: { AudioContext?: CtxClass; webkitAudioContext?: CtxClass } = window): AudioOut {
  let ctx: Ctx | null = null;
  let master: GainNode | null = null;
  let humGain: GainNode | null = null;
  let noiseBuf: AudioBuffer | null = null;
  let volume = 0.6;
  let humLevel = 0;

  const make = (): void => {
    const C = win.AudioContext ?? win.webkitAudioContext;
    if (!C || ctx) return;
    ctx = new C();
    master = ctx.createGain();
    master.gain.value = volume;
    master.connect(ctx.destination);
    const n = ctx.sampleRate;
    noiseBuf = ctx.createBuffer(1, n, n);
    const d = noiseBuf.getChannelData(0);
    // white noise from a small LCG: the sound needs no seeded stream, only the same hiss every time
    let x = 12345;
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      d[i] = (x / 0xffffffff) * 2 - 1;
    }
    // the hum: two low oscillators through a low-pass filter, its gain following the conduits' nearness
    humGain = ctx.createGain();
    humGain.gain.value = 0;
    const lp = ctx.createBiquadFilter();
    lp.type = 'lowpass';
    lp.frequency.value = 260;
    for (const [type, f] of [
      ['sine', 55],
      ['triangle', 110.5],
    ] as const) {
      const o = ctx.createOscillator();
      o.type = type;
      o.frequency.value = f;
      o.connect(lp);
      o.start();
    }
    lp.connect(humGain);
    humGain.connect(master);
    setHum();
  };

  const setHum = (): void => {
    if (!ctx || !humGain) return;
    humGain.gain.setTargetAtTime(humLevel * 0.22, ctx.currentTime, 0.4);
  };

  const voice = (v: Voice, t0: number): void => {
    if (!ctx || !master || !noiseBuf) return;
    const start = t0 + v.at;
    const end = start + v.dur;
    const g = ctx.createGain();
    g.gain.setValueAtTime(0.0001, start);
    g.gain.exponentialRampToValueAtTime(v.peak, start + Math.min(0.01, v.dur / 4));
    g.gain.exponentialRampToValueAtTime(0.0001, end);
    g.connect(master);
    let src: AudioScheduledSourceNode;
    if ('tone' in v) {
      const o = ctx.createOscillator();
      o.type = v.tone;
      o.frequency.setValueAtTime(v.f0, start);
      o.frequency.exponentialRampToValueAtTime(v.f1, end);
      o.connect(g);
      src = o;
    } else {
      const b = ctx.createBufferSource();
      b.buffer = noiseBuf;
      b.loop = true;
      const f = ctx.createBiquadFilter();
      f.type = v.noise;
      f.Q.value = v.q ?? 1.2;
      f.frequency.setValueAtTime(v.f0, start);
      f.frequency.exponentialRampToValueAtTime(v.f1, end);
      b.connect(f).connect(g);
      src = b;
    }
    src.start(start);
    src.stop(end + 0.05);
  };

  return {
    get state() {
      return ctx ? (ctx.state === 'running' ? 'running' : 'suspended') : 'none';
    },
    play(sound, delay) {
      if (ctx?.state !== 'running') return;
      const t0 = ctx.currentTime + Math.max(0, delay);
      for (const v of RECIPES[sound]) voice(v, t0);
    },
    setVolume(gain) {
      volume = gain;
      if (ctx && master) master.gain.setTargetAtTime(gain, ctx.currentTime, 0.02);
    },
    hum(level) {
      humLevel = level;
      setHum();
    },
    unlock() {
      make();
      if (ctx && ctx.state === 'suspended') void ctx.resume().catch(() => {});
    },
  };
}
