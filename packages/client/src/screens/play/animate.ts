import { Faction } from '@denizens/engine';
import { type ShownEvent, unhandled } from '../../game/shownEvents';
import { tileToScreen } from '../../iso/tileToScreen';
import type { Layer, PlayState, Tile } from './state';

/** A unit's figure as the animations move it (the render's UnitView). */
export interface UnitSprite {
  tileX: number;
  tileY: number;
  readonly faction: number;
  setTile(x: number, y: number): void;
  /** Redraws its health pips with this many hit points (the card and the pips follow each hit). */
  setHp(hp: number): void;
  root: {
    visible: boolean;
    alpha: number;
    rotation: number;
    scale: { set(x: number, y: number): void };
    pivot: { y: number };
  };
}

/** A floating word or number over the map (damage, MISS, healing), moved and faded by the animation. */
export interface FloatText {
  place(dy: number, alpha: number): void;
  destroy(): void;
}

export type Particle = 'dust' | 'smoke' | 'steam' | 'spark' | 'flash';

/** What an event's animation may use: timing, unit figures, particles, the camera, the banner, and a redraw. */
export interface Stage {
  readonly state: PlayState;
  /** The map's width in tiles (tile index = y × width + x). */
  readonly width: number;
  tweens: {
    run(seconds: number, step: (t: number) => void): Promise<void>;
    wait(seconds: number): Promise<void>;
    readonly speed: number;
  };
  unit(id: string): UnitSprite | undefined;
  emit(kind: Particle, sx: number, sy: number, n: number): void;
  /** A line drawn over the map (a shot's tracer), redrawn each frame until destroyed. */
  tracer(): { draw(x0: number, y0: number, x1: number, y1: number, energy: boolean): void; destroy(): void };
  /** A floating text at a screen point (world layer), in a colour. */
  float(sx: number, sy: number, text: string, colour: number): FloatText;
  /** Glides the camera to a tile. */
  centre(x: number, y: number): void;
  /** Glides the camera to show both tiles (zooming out if it must); false when both are in view already. */
  frame(a: Tile, b: Tile): boolean;
  /** Brings the camera back to the squad (the selected pilot) at the player's own zoom. */
  home(): void;
  /** A copy of the wall on a tile that falls over; take it before the terrain is redrawn without the wall. */
  fallingWall(x: number, y: number): { step(t: number): void; destroy(): void };
  banner(text: string, phase: string, ms: number): void;
  /** A line of the story as a caption: the speaker's unit id ('' for narration) and the words. */
  say(speaker: string, text: string): void;
  /** Draws these layers now (the animation changed what they show). */
  redraw(...layers: Layer[]): void;
}

const PHASE_BANNER = { player: 'Squad', enemy: 'LGF activity', environment: 'Bombardment' } as const;

/**
 * The event → animation table: what the player sees of each event, in order (the world already
 * holds the result; `redraw` brings the views up to date once all are shown). Exhaustive: an event
 * added to the engine or to the fog-of-war views fails to compile until it has a row here.
 */
export async function animate(e: ShownEvent, stage: Stage): Promise<void> {
  const { tweens: tw, state } = stage;
  switch (e.type) {
    case 'phase_started': {
      state.anim = { phase: e.phase, turn: e.turn };
      stage.redraw('bar');
      // the enemy and the bombardment took the camera away: back to the squad for its turn
      if (e.phase === 'player') stage.home();
      const label = e.phase === 'player' ? `Turn ${e.turn}: Squad` : PHASE_BANNER[e.phase];
      stage.banner(label, e.phase, 900 / tw.speed);
      await tw.wait(e.phase === 'player' ? 0.3 : 0.55);
      return;
    }
    case 'moved': {
      // the squad's own moves (enemy moves arrive as moved_in_sight, through the fog of war)
      const v = stage.unit(e.unit);
      if (!v || !e.path.length) return;
      v.root.visible = true;
      await walk(stage, v, e.path);
      return;
    }
    case 'moved_in_sight': {
      // an enemy appears where it enters the squad's sight and vanishes where it leaves it
      const v = stage.unit(e.unit);
      if (!v || !e.segments.length) return;
      const last = e.segments[e.segments.length - 1]!;
      const end = last[last.length - 1]!;
      stage.centre(end.x, end.y);
      for (const seg of e.segments) {
        v.setTile(seg[0]!.x, seg[0]!.y);
        v.root.visible = true;
        await walk(stage, v, seg.slice(1));
        if (seg !== last || e.end === null) v.root.visible = false;
      }
      return;
    }
    case 'shot_from_dark':
    case 'reaction_from_dark': {
      // no shooter, no direction: only the impact on the target
      const t = unitTile(stage, e.target) ?? (e.type === 'shot_from_dark' ? e.to : e.at);
      const p = tileToScreen(t.x, t.y);
      stage.centre(t.x, t.y);
      await tw.wait(0.15);
      if (e.type === 'shot_from_dark' && e.hit) stage.emit('spark', p.sx, p.sy - 28, 8);
      else stage.emit('flash', p.sx + 18, p.sy - 40, 1);
      await tw.wait(0.2);
      return;
    }
    case 'shot':
    case 'reaction_fire': {
      const shooter = unitTile(stage, e.unit) ?? (e.type === 'shot' ? e.from : undefined);
      const target = unitTile(stage, e.target) ?? (e.type === 'shot' ? e.to : e.at);
      if (!shooter) return;
      // shooter and target on screen together before the shot flies
      if (stage.frame(shooter, target)) await tw.wait(0.3);
      const miss = e.type === 'shot' && !e.hit;
      const impact = await tracer(stage, shooter, target, stage.unit(e.unit)?.faction === Faction.lgf, miss);
      if (e.type === 'shot' && !miss) stage.emit('spark', impact.x, impact.y, 8);
      return;
    }
    case 'hit':
    case 'unit_damaged': {
      const id = e.type === 'hit' ? e.target : e.unit;
      const t = unitTile(stage, id);
      showHp(stage, id, e.hp);
      if (!t) return;
      const p = tileToScreen(t.x, t.y);
      const crit = e.type === 'hit' && e.crit;
      stage.emit('spark', p.sx, p.sy - 26, crit ? 16 : 6);
      const amount = e.type === 'hit' ? e.damage : e.amount;
      floatUp(stage, p.sx, p.sy - 48, crit ? `CRIT −${amount}` : `−${amount}`, crit ? 0xffd84a : 0xff7a5a);
      const v = stage.unit(id);
      if (v) await tw.run(0.25, (k) => (v.root.alpha = 0.4 + 0.6 * Math.abs(Math.cos(k * Math.PI * 3))));
      return;
    }
    case 'crit':
      return;
    case 'miss': {
      const t = unitTile(stage, e.target);
      if (t) {
        const p = tileToScreen(t.x, t.y);
        floatUp(stage, p.sx + 14, p.sy - 48, 'MISS', 0xc8d0dc);
      }
      await tw.wait(0.1);
      return;
    }
    case 'healed': {
      showHp(stage, e.target, e.hp);
      const t = unitTile(stage, e.target);
      if (t) {
        const p = tileToScreen(t.x, t.y);
        floatUp(stage, p.sx, p.sy - 48, `+${e.amount}`, 0x7ee08a);
      }
      await tw.wait(0.3);
      return;
    }
    case 'unit_died': {
      // the figure falls over on its side, lies still a moment, then fades
      const v = stage.unit(e.unit);
      if (!v) return;
      const p = tileToScreen(v.tileX, v.tileY);
      stage.emit('smoke', p.sx, p.sy - 10, 4);
      const side = v.faction === Faction.squad ? -1 : 1;
      await tw.run(0.35, (t) => {
        v.root.rotation = side * (Math.PI / 2) * 0.85 * t * t;
        v.root.scale.set(1, 1 - 0.15 * t);
      });
      stage.emit('dust', p.sx + side * 18, p.sy - 4, 3);
      await tw.wait(0.25);
      await tw.run(0.4, (t) => (v.root.alpha = 1 - t));
      v.root.visible = false;
      return;
    }
    case 'strike_warned': {
      state.strikes.push({ x: e.x, y: e.y, tiles: e.tiles });
      stage.redraw('overlays', 'tip', 'labels');
      stage.centre(e.x, e.y);
      await tw.wait(0.5);
      return;
    }
    case 'strike_landed': {
      state.strikes = state.strikes.filter((s) => s.x !== e.x || s.y !== e.y);
      // the crater and the scorch stay on the ground for the rest of the game
      state.marks.push({ x: e.x, y: e.y, radius: e.radius });
      stage.redraw('overlays', 'tip', 'labels', 'terrain', 'fog');
      const p = tileToScreen(e.x, e.y);
      stage.centre(e.x, e.y);
      await tw.wait(0.25);
      stage.emit('flash', p.sx, p.sy - 10, 3);
      stage.emit('spark', p.sx, p.sy - 10, 24);
      stage.emit('smoke', p.sx, p.sy - 10, 10);
      dustField(stage, e.tiles, 0);
      await shake(stage, 0.4, 10);
      return;
    }
    case 'wall_collapsed': {
      // one wall at a time, in event order: it tips over and sinks into its rubble, the dust following it down
      const p = tileToScreen(e.x, e.y);
      const fall = stage.fallingWall(e.x, e.y);
      state.standing.delete(e.y * stage.width + e.x);
      stage.redraw('terrain', 'fog');
      stage.emit('dust', p.sx, p.sy - 34, 3);
      let puffs = 0;
      await tw.run(0.6, (t) => {
        fall.step(t);
        for (; puffs < Math.floor(t * 4); puffs++)
          stage.emit('dust', p.sx + (puffs % 2 ? 10 : -10), p.sy - 30 + puffs * 7, 2);
      });
      fall.destroy();
      stage.emit('dust', p.sx, p.sy - 10, 8);
      await shake(stage, 0.25, 5);
      return;
    }
    case 'debris': {
      const p = tileToScreen(e.x, e.y);
      stage.emit('dust', p.sx, p.sy - 16, 3);
      await tw.wait(0.15);
      return;
    }
    case 'dust_raised': {
      dustField(stage, e.tiles, 8);
      await tw.wait(0.2);
      return;
    }
    case 'breach_opened':
    case 'breach_venting': {
      state.breaches.set(e.y * stage.width + e.x, e.sealsIn);
      const p = tileToScreen(e.x, e.y);
      stage.centre(e.x, e.y);
      stage.emit('steam', p.sx, p.sy - 20, 12);
      if (e.type === 'breach_opened') {
        stage.emit('flash', p.sx, p.sy - 20, 2);
        stage.redraw('terrain', 'fog');
      }
      await tw.wait(0.6);
      return;
    }
    case 'breach_sealed': {
      state.breaches.delete(e.y * stage.width + e.x);
      const p = tileToScreen(e.x, e.y);
      stage.emit('steam', p.sx, p.sy - 20, 16);
      stage.redraw('terrain', 'fog');
      await tw.wait(0.6);
      return;
    }
    case 'climbed':
    case 'unit_hauled':
    case 'unit_crushed': {
      const v = stage.unit(e.unit);
      const to = e.to;
      if (!v || !to) return;
      const a = { x: v.tileX, y: v.tileY };
      await tw.run(0.5, (t) => {
        v.setTile(a.x + (to.x - a.x) * t, a.y + (to.y - a.y) * t);
        v.root.pivot.y = Math.sin(t * Math.PI) * 18;
      });
      v.root.pivot.y = 0;
      return;
    }
    case 'game_over':
      // the turn the game ended on, as the log and the end screen say it (a turn limit ends it after the turn ends)
      state.anim = { turn: e.turn, phase: state.anim.phase };
      stage.redraw('bar');
      await tw.wait(0.4);
      return;
    // shown by the log line and the views' redraw at the end, nothing to animate
    case 'turn_ended':
    case 'overwatch_set':
    case 'hunkered':
    case 'reloaded':
    case 'spotted':
    case 'bleeding_started':
    case 'wall_damaged':
    case 'boosted':
    case 'pulled':
    case 'cell_opened':
      return;
    case 'story_line':
      // the line as a caption, held long enough to read (skippable like every animation)
      stage.say(e.speaker, e.text);
      await stage.tweens.wait(Math.min(2.2, 0.8 + e.text.length / 70));
      return;
    case 'captive_freed': {
      const at = tileToScreen(e.x, e.y);
      floatUp(stage, at.sx, at.sy - 40, 'FREE', 0xbfe8c8);
      stage.emit('flash', at.sx, at.sy - 20, 1);
      await stage.tweens.wait(0.6);
      return;
    }
    // the story's other events: their log lines say them
    case 'trigger_fired':
    case 'collapse_warned':
    case 'unit_arrived':
    case 'objective_changed':
    case 'unit_extracted':
      return;
    default:
      return unhandled(e);
  }
}

/**
 * Dust over an area: a puff on every other tile (a checkerboard, the first tile's colour), each as dense as two.
 * Neighbouring puffs overlapped three or four deep as they grew, and each cost software WebGL its whole area in every
 * frame; the field looks the same.
 */
function dustField(stage: Stage, tiles: readonly Tile[], lift: number): void {
  const parity = tiles.length ? (tiles[0]!.x + tiles[0]!.y) & 1 : 0;
  for (const t of tiles) {
    if (((t.x + t.y) & 1) !== parity) continue;
    const q = tileToScreen(t.x, t.y);
    stage.emit('dust', q.sx, q.sy - lift, 2);
  }
}

/** The hit points the card and the pips show from now on (the world already holds the final ones). */
function showHp(stage: Stage, id: string, hp: number): void {
  stage.state.shownHp?.set(id, hp);
  stage.unit(id)?.setHp(hp);
  stage.redraw('cards');
}

/** A number or word that rises and fades over the unit, without holding up the next event. */
function floatUp(stage: Stage, sx: number, sy: number, text: string, colour: number): void {
  const f = stage.float(sx, sy, text, colour);
  void stage.tweens.run(0.9, (t) => f.place(-34 * t, t < 0.6 ? 1 : 1 - (t - 0.6) / 0.4)).then(() => f.destroy());
}

function unitTile(stage: Stage, id: string | null): Tile | undefined {
  const v = id === null ? undefined : stage.unit(id);
  return v ? { x: v.tileX, y: v.tileY } : undefined;
}

async function walk(stage: Stage, v: UnitSprite, steps: readonly Tile[]): Promise<void> {
  let from = { x: v.tileX, y: v.tileY };
  for (const step of steps) {
    const a = from;
    await stage.tweens.run(0.13, (t) => v.setTile(a.x + (step.x - a.x) * t, a.y + (step.y - a.y) * t));
    from = step;
  }
}

/** A tracer from the shooter's muzzle to the target (beside it on a miss); returns where it ended (screen). */
async function tracer(
  stage: Stage,
  from: Tile,
  to: Tile,
  energy: boolean,
  miss: boolean,
): Promise<{ x: number; y: number }> {
  const a = tileToScreen(from.x, from.y);
  const b = tileToScreen(to.x, to.y);
  const bx = b.sx + (miss ? 18 : 0);
  const by = b.sy - 28 + (miss ? -14 : 0);
  const ay = a.sy - 30;
  stage.emit('flash', a.sx, ay, 1);
  const line = stage.tracer();
  await stage.tweens.run(0.22, (t) => {
    const t0 = Math.max(0, t - 0.35);
    line.draw(a.sx + (bx - a.sx) * t0, ay + (by - ay) * t0, a.sx + (bx - a.sx) * t, ay + (by - ay) * t, energy);
  });
  line.destroy();
  return { x: bx, y: by };
}

/** Shakes the camera for a blast, then puts it back where it was. */
async function shake(stage: Stage, seconds: number, px: number): Promise<void> {
  const cam = stage.state.cam;
  const base = { x: cam.x, y: cam.y };
  await stage.tweens.run(seconds, (t) => {
    const k = (1 - t) * px;
    cam.x = base.x + Math.sin(t * 60) * k;
    cam.y = base.y + Math.cos(t * 47) * k * 0.6;
  });
  cam.x = base.x;
  cam.y = base.y;
}
