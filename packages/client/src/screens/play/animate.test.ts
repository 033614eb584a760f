import { describe, expect, it } from 'vitest';
import type { ShownEvent } from '../../game/shownEvents';
import { tileToScreen } from '../../iso/tileToScreen';
import { Tweens } from '../../render/tweens';
import { animate, type Stage, type UnitSprite } from './animate';
import { createState, type Layer } from './state';

type Sample = { [K in ShownEvent['type']]: Extract<ShownEvent, { type: K }> };
const p = (x: number, y: number) => ({ x, y });

/** One event of every kind the play screen can be shown (the type makes a missing kind fail to compile). */
const SAMPLES: Sample = {
  phase_started: { type: 'phase_started', turn: 2, phase: 'enemy' },
  moved: { type: 'moved', unit: 'willow', faction: 'squad', path: [p(1, 0), p(2, 0)], cost: 4, dash: false, apLeft: 1 },
  moved_in_sight: {
    type: 'moved_in_sight',
    unit: 'drone',
    faction: 'lgf',
    dash: false,
    segments: [[p(4, 0), p(3, 0)]],
    end: p(3, 0),
  },
  shot: {
    type: 'shot',
    unit: 'willow',
    target: 'drone',
    weapon: 'thompson',
    from: p(0, 0),
    to: p(5, 0),
    percent: 60,
    critPercent: 10,
    roll: 12,
    hit: true,
    reaction: false,
    ammo: 3,
  },
  shot_from_dark: { type: 'shot_from_dark', target: 'willow', to: p(0, 0), hit: true, reaction: false },
  reaction_from_dark: { type: 'reaction_from_dark', target: 'willow', at: p(0, 0) },
  crit: { type: 'crit', unit: 'willow', target: 'drone', critPercent: 10, roll: 3 },
  hit: {
    type: 'hit',
    unit: null,
    target: 'willow',
    damage: 2,
    crit: false,
    flanked: false,
    critRoll: 50,
    damageRoll: 2,
    hp: 5,
  },
  miss: { type: 'miss', unit: 'willow', target: 'drone', percent: 60, roll: 80 },
  reaction_fire: { type: 'reaction_fire', unit: 'drone', target: 'willow', at: p(0, 0) },
  overwatch_set: { type: 'overwatch_set', unit: 'willow', weapon: 'thompson', apLeft: 0 },
  hunkered: { type: 'hunkered', unit: 'willow', apLeft: 0 },
  reloaded: { type: 'reloaded', unit: 'willow', weapon: 'thompson', ammo: 4, apLeft: 1 },
  healed: {
    type: 'healed',
    unit: 'willow',
    target: 'willow',
    amount: 2,
    hp: 7,
    bleedingStopped: true,
    medkits: 0,
    apLeft: 1,
  },
  spotted: { type: 'spotted', unit: 'drone', target: 'willow', reason: 'sight' },
  turn_ended: { type: 'turn_ended', turn: 2 },
  game_over: { type: 'game_over', outcome: 'victory', reason: 'cell_opened', turn: 3 },
  unit_damaged: { type: 'unit_damaged', unit: 'willow', amount: 1, hp: 6, cause: 'bleeding' },
  unit_died: { type: 'unit_died', unit: 'drone', faction: 'lgf', x: 5, y: 0, cause: 'shot' },
  bleeding_started: { type: 'bleeding_started', unit: 'willow', perTurn: 1 },
  strike_warned: { type: 'strike_warned', turn: 2, x: 3, y: 3, radius: 1, damage: 4, tiles: [p(3, 3), p(4, 3)] },
  strike_landed: { type: 'strike_landed', x: 3, y: 3, radius: 1, damage: 4, tiles: [p(3, 3), p(4, 3)] },
  wall_damaged: { type: 'wall_damaged', x: 2, y: 2, hp: 1 },
  wall_collapsed: { type: 'wall_collapsed', x: 2, y: 2 },
  debris: { type: 'debris', x: 2, y: 2, unit: null, damage: 0 },
  dust_raised: { type: 'dust_raised', tiles: [p(2, 2)], turns: 2 },
  breach_opened: { type: 'breach_opened', x: 6, y: 1, sealsIn: 3 },
  breach_venting: { type: 'breach_venting', x: 6, y: 1, sealsIn: 2 },
  breach_sealed: { type: 'breach_sealed', x: 6, y: 1 },
  unit_hauled: { type: 'unit_hauled', unit: 'willow', by: 'faith', from: p(0, 0), to: p(1, 1), lost: [] },
  unit_crushed: { type: 'unit_crushed', unit: 'willow', from: p(0, 0), to: null, damage: 2 },
  boosted: { type: 'boosted', unit: 'faith', target: 'willow', free: false, apLeft: 1 },
  pulled: { type: 'pulled', unit: 'faith', target: 'willow', apLeft: 1 },
  climbed: { type: 'climbed', unit: 'willow', from: p(0, 0), to: p(1, 0), ap: 2, apLeft: 0 },
  cell_opened: { type: 'cell_opened', unit: 'willow', x: 7, y: 7 },
  trigger_fired: { type: 'trigger_fired', trigger: 'night' },
  story_line: { type: 'story_line', trigger: 'night', speaker: 'willow', text: 'Move.' },
  collapse_warned: { type: 'collapse_warned', x: 2, y: 2, turn: 3 },
  unit_arrived: { type: 'unit_arrived', unit: 'drone', kind: 'drone', x: 5, y: 0 },
  objective_changed: { type: 'objective_changed', objective: { kind: 'eliminate' } },
  captive_freed: { type: 'captive_freed', unit: 'tara', by: 'willow', weapon: 'webley', x: 7, y: 7 },
  unit_extracted: { type: 'unit_extracted', unit: 'faith', x: 0, y: 1, hp: 5 },
};

function sprite(x: number, y: number, faction = 0): UnitSprite & { scaled: number[]; hp: number } {
  const s = {
    tileX: x,
    tileY: y,
    faction,
    scaled: [] as number[],
    setTile(tx: number, ty: number) {
      s.tileX = tx;
      s.tileY = ty;
    },
    hp: -1,
    setHp(hp: number) {
      s.hp = hp;
    },
    root: {
      rotation: 0,
      visible: true,
      alpha: 1,
      scale: { set: (_x: number, y2: number) => void s.scaled.push(y2) },
      pivot: { y: 0 },
    },
  };
  return s;
}

/** A stage that records what the animations do; its tweens finish at once. */
function fakeStage() {
  const tweens = new Tweens();
  tweens.skip = true;
  const units = new Map([
    ['willow', sprite(0, 0)],
    ['faith', sprite(1, 0)],
    ['drone', sprite(5, 0, 1)],
  ]);
  const log = {
    emitted: [] as string[],
    puffs: [] as { kind: string; sx: number; sy: number; n: number }[],
    centred: [] as string[],
    redrawn: [] as Layer[][],
    banners: [] as string[],
    said: [] as string[],
    tracers: 0,
    floats: [] as string[],
    framed: [] as string[],
    falls: [] as string[],
    fallSteps: [] as number[],
    homes: 0,
  };
  const stage: Stage = {
    state: createState(64),
    width: 8,
    tweens,
    unit: (id) => units.get(id),
    emit: (kind, sx, sy, n) => {
      log.emitted.push(kind);
      log.puffs.push({ kind, sx, sy, n });
    },
    tracer: () => {
      log.tracers++;
      return { draw: () => {}, destroy: () => {} };
    },
    centre: (x, y) => void log.centred.push(`${x},${y}`),
    frame: (a, b) => {
      log.framed.push(`${a.x},${a.y} ${b.x},${b.y}`);
      return true;
    },
    home: () => void log.homes++,
    fallingWall: (x, y) => {
      log.falls.push(`${x},${y}`);
      return { step: (t) => void log.fallSteps.push(t), destroy: () => {} };
    },
    float: (_x, _y, text) => {
      log.floats.push(text);
      return { place: () => {}, destroy: () => {} };
    },
    banner: (text) => void log.banners.push(text),
    say: (speaker, text) => void log.said.push(`${speaker}: ${text}`),
    redraw: (...layers) => void log.redrawn.push(layers),
  };
  return { stage, units, log };
}

describe('the event animation table', () => {
  it('animates every kind of event without failing', async () => {
    for (const e of Object.values(SAMPLES)) {
      const { stage } = fakeStage();
      await expect(animate(e, stage)).resolves.toBeUndefined();
    }
  });

  it('walks a squad move to its last tile and shows an enemy only where the squad sees it', async () => {
    const { stage, units, log } = fakeStage();
    await animate(SAMPLES.moved, stage);
    expect([units.get('willow')!.tileX, units.get('willow')!.tileY]).toEqual([2, 0]);
    await animate({ ...SAMPLES.moved_in_sight, end: null }, stage);
    expect(units.get('drone')!.root.visible).toBe(false);
    expect(units.get('drone')!.tileX).toBe(3);
    expect(log.centred).toEqual(['3,0']);
  });

  it('fires a tracer with sparks on a hit, only an impact for a shot from the dark', async () => {
    const { stage, log } = fakeStage();
    await animate(SAMPLES.shot, stage);
    expect(log.tracers).toBe(1);
    expect(log.emitted).toEqual(['flash', 'spark']);
    await animate(SAMPLES.shot_from_dark, stage);
    expect(log.tracers).toBe(1);
    expect(log.centred).toEqual(['0,0']);
  });

  it('frames shooter and target before the tracer flies, and brings the camera home as the squad turn starts', async () => {
    const { stage, log } = fakeStage();
    await animate(SAMPLES.shot, stage);
    await animate(SAMPLES.reaction_fire, stage);
    expect(log.framed).toEqual(['0,0 5,0', '5,0 0,0']);
    expect(log.homes).toBe(0);
    await animate(SAMPLES.phase_started, stage);
    expect(log.homes).toBe(0); // not for the enemy's phase
    await animate({ ...SAMPLES.phase_started, phase: 'player' }, stage);
    expect(log.homes).toBe(1);
  });

  it('leaves a crater mark where a strike lands, and lets each wall fall on its own, in event order', async () => {
    const { stage, log } = fakeStage();
    await animate(SAMPLES.strike_landed, stage);
    expect(stage.state.marks).toEqual([{ x: 3, y: 3, radius: 1 }]);
    stage.state.standing = new Set([1 * 8 + 2, 1 * 8 + 5]);
    await animate({ type: 'wall_collapsed', x: 2, y: 1 }, stage);
    expect([...stage.state.standing]).toEqual([1 * 8 + 5]); // the other wall still stands until its turn
    await animate({ type: 'wall_collapsed', x: 5, y: 1 }, stage);
    expect(stage.state.standing.size).toBe(0);
    expect(log.falls).toEqual(['2,1', '5,1']);
    expect(log.fallSteps.at(-1)).toBe(1); // each fall runs to the end
    expect(log.emitted.filter((k) => k === 'dust').length).toBeGreaterThan(4);
  });

  it("raises a strike's dust on every other tile (a checkerboard), each puff as dense as two", async () => {
    const { stage, log } = fakeStage();
    const square = [0, 1, 2].flatMap((y) => [0, 1, 2].map((x) => p(2 + x, 2 + y)));
    await animate({ type: 'dust_raised', tiles: square, turns: 2 }, stage);
    const dust = log.puffs.filter((e) => e.kind === 'dust');
    // the corners and the centre of the 3×3 square: five puffs for nine tiles, none on a tile's neighbour
    expect(dust.map((e) => e.n)).toEqual([2, 2, 2, 2, 2]);
    const at = new Set(dust.map((e) => `${e.sx},${e.sy + 8}`));
    const expected = square.filter((t) => (t.x + t.y) % 2 === 0).map((t) => tileToScreen(t.x, t.y));
    expect(at).toEqual(new Set(expected.map((q) => `${q.sx},${q.sy}`)));
  });

  it('fades a dead unit out and hides it', async () => {
    const { stage, units } = fakeStage();
    await animate(SAMPLES.unit_died, stage);
    const d = units.get('drone')!;
    expect(d.root.visible).toBe(false);
    expect(d.root.alpha).toBe(0);
  });

  it('keeps the strike warnings and breaches in the state as the events say, and redraws what they change', async () => {
    const { stage, log } = fakeStage();
    await animate(SAMPLES.strike_warned, stage);
    expect(stage.state.strikes).toEqual([{ x: 3, y: 3, tiles: [p(3, 3), p(4, 3)] }]);
    const cam = { ...stage.state.cam };
    await animate(SAMPLES.strike_landed, stage);
    expect(stage.state.strikes).toEqual([]);
    expect(stage.state.cam).toEqual(cam); // the shake puts the camera back
    await animate(SAMPLES.breach_opened, stage);
    expect(stage.state.breaches.get(1 * 8 + 6)).toBe(3);
    await animate(SAMPLES.breach_sealed, stage);
    expect(stage.state.breaches.size).toBe(0);
    await animate(SAMPLES.wall_collapsed, stage);
    expect(log.redrawn).toEqual([
      ['overlays', 'tip', 'labels'],
      ['overlays', 'tip', 'labels', 'terrain', 'fog'],
      ['terrain', 'fog'],
      ['terrain', 'fog'],
      ['terrain', 'fog'],
    ]);
  });

  it("shows a story line as a caption with its speaker, and a freed captive's word over her", async () => {
    const { stage, log } = fakeStage();
    await animate({ type: 'story_line', trigger: 'night', speaker: 'willow', text: 'Wall to wall.' }, stage);
    await animate({ type: 'story_line', trigger: 'night', speaker: '', text: 'Night.' }, stage);
    expect(log.said).toEqual(['willow: Wall to wall.', ': Night.']);
    await animate({ type: 'captive_freed', unit: 'tara', by: 'willow', weapon: '', x: 2, y: 3 }, stage);
    expect(log.floats).toEqual(['FREE']);
  });

  it('shows the phase in the top bar and a banner as a phase starts', async () => {
    const { stage, log } = fakeStage();
    await animate(SAMPLES.phase_started, stage);
    expect(stage.state.anim).toEqual({ phase: 'enemy', turn: 2 });
    expect(log.redrawn).toEqual([['bar']]);
    expect(log.banners).toEqual(['LGF activity']);
  });

  it('shows each hit at once: the pips, the card and a floating number (crits and misses too)', async () => {
    const { stage, units, log } = fakeStage();
    stage.state.shownHp = new Map([['willow', 7]]);
    await animate(SAMPLES.hit, stage);
    expect(units.get('willow')!.hp).toBe(5);
    expect(stage.state.shownHp.get('willow')).toBe(5);
    expect(log.redrawn).toContainEqual(['cards']);
    await animate({ ...SAMPLES.hit, crit: true, damage: 4, hp: 1 }, stage);
    await animate(SAMPLES.miss, stage);
    await animate(SAMPLES.unit_damaged, stage);
    await animate(SAMPLES.healed, stage);
    expect(log.floats).toEqual(['−2', 'CRIT −4', 'MISS', '−1', '+2']);
    expect(stage.state.shownHp.get('willow')).toBe(7);
  });

  it('lets a dead unit fall over before it fades', async () => {
    const { stage, units } = fakeStage();
    await animate(SAMPLES.unit_died, stage);
    expect(Math.abs(units.get('drone')!.root.rotation)).toBeGreaterThan(1);
  });
});
