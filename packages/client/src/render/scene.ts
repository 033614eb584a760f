import type { Grid } from '@denizens/engine';
import { Faction, type GameWorld, T, TERRAIN_RULES, unitsSorted } from '@denizens/engine';
import { Container, Graphics, Sprite, type Texture } from 'pixi.js';
import { readFlags } from '../game/readStatus';
import { WALL_H } from '../iso/constants';
import { depthOf, Layer, type LayerId } from '../iso/depthOf';
import { occludes } from '../iso/occludes';
import { tileToScreen } from '../iso/tileToScreen';
import { conduitAxis } from './conduitAxis';
import { type FloorTile, type GroundGlow, GroundLayer, type StaticObject, type StrikeMark } from './groundLayer';
import type { Textures } from './makeTextures';
import { PALETTE } from './palette';
import { type Theme, terrainTheme, tileHash } from './terrainTheme';
import { UnitView } from './unitView';

const FOG_TINT = 0x6a6f80;
/** Seconds between two puffs of steam from an open breach. */
const VENT_EVERY = 0.5;
/** Never-seen tiles: the shape of the place is known (walls, hull, flames), darker than remembered ones. */
const UNSEEN_TINT = 0x3a3e4c;
const CUT_ALPHA = 0.28;
/** The particles' tight puff is drawn at this share of the scale the puff had (render/drawUnits.ts, drawTightPuff). */
const TIGHT_PUFF = 0.8;
/** A wall a telegraphed strike will hit (WebGL copies in front of units; the ground canvas tints its own). */
const DANGER_TINT = 0xffa070;

/** What the terrain shows beyond the world's tiles while events are animated. */
export interface TerrainShown {
  /** Walls the world has already collapsed whose fall is still to be animated (tile indices). */
  standing: ReadonlySet<number>;
  /** Strikes that have landed (craters and scorch stay). */
  marks: readonly StrikeMark[];
}
const NOTHING_SHOWN: TerrainShown = { standing: new Set(), marks: [] };

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return a.size === b.size && [...a].every((i) => b.has(i));
}

interface Particle {
  s: Sprite;
  vx: number;
  vy: number;
  life: number;
  age: number;
  grow: number;
  fade: number;
  /** Steam from an open breach: ambient motion, no reason on its own to draw at the display's rate. */
  ambient: boolean;
}

/** A rectangle in the scene's coordinates (what the camera shows). */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The isometric view of one game: floor chunks (cached as textures), the depth-sorted object layer
 * (walls, rubble, units), baked and additive glows, fog of war, overlays and particles. It only
 * reads the world.
 */
export class Scene {
  readonly root = new Container();
  readonly glow = new Container();
  readonly overlay = new Container();
  readonly objects = new Container();
  readonly fx = new Container();
  /** Outlines of units that walls hide, above everything on the map. */
  readonly ghosts = new Container();
  readonly rangeG = new Graphics();
  readonly pathG = new Graphics();
  readonly cursorG = new Graphics();
  readonly markG = new Graphics();
  readonly units = new Map<string, UnitView>();
  theme: Theme = 'ruins';
  /** Walls, hull, rubble heaps: painted into the ground canvas, copied into WebGL only in front of units. */
  private statics = new Map<number, StaticObject>();
  private occluders = new Map<number, Sprite>();
  private fogState: Uint8Array = new Uint8Array(0);
  private cut = new Set<number>();
  /** Walls in a telegraphed strike area: drawn in danger orange, never cut away. */
  private danger = new Set<number>();
  /** Glows, flames and additive objects by tile index, for fog of war. */
  private tileObjects = new Map<number, Sprite[]>();
  private currentTile = -1;
  private staticObjects: Sprite[] = [];
  private flames: { s: Sprite; phase: number; base: number }[] = [];
  private pulses: { s: Sprite; phase: number; base: number }[] = [];
  private particles: Particle[] = [];
  /** Glows that do not pulse: painted into the ground canvas (in their tile's fog tint, as the sprites showed). */
  private stillGlows: { sx: number; sy: number; alpha: number; scale: number; tile: number }[] = [];
  /** Tiles with lingering dust in sight, painted into the ground canvas; the key says when they change. */
  private dustTiles: { x: number; y: number }[] = [];
  private dustKey = '';
  private vents: { sx: number; sy: number }[] = [];
  private ventClock = 0;
  private time = 0;
  private width = 0;
  private height = 0;

  readonly ground: GroundLayer;

  constructor(
    readonly tex: Textures,
    groundParent: HTMLElement,
  ) {
    this.ground = new GroundLayer(groundParent);
    this.objects.sortableChildren = true;
    this.glow.blendMode = 'add';
    this.glow.label = 'glow';
    this.overlay.label = 'overlay';
    this.fx.sortableChildren = false;
    this.overlay.addChild(this.rangeG, this.markG, this.pathG, this.cursorG);
    this.root.addChild(this.glow, this.overlay, this.objects, this.fx, this.ghosts);
  }

  /**
   * Builds the terrain from the world's tiles (again after terrain changes, e.g. a wall collapsing), as
   * the animation shows it: walls in `shown.standing` still stand (their collapse is not animated yet)
   * and the strikes in `shown.marks` have left their craters and scorch.
   */
  buildTerrain(world: GameWorld, shown: TerrainShown = NOTHING_SHOWN): void {
    const g = world.grid;
    this.theme = terrainTheme(world);
    this.width = g.width;
    this.height = g.height;
    for (const s of this.glow.removeChildren()) s.destroy();
    for (const s of this.staticObjects) s.destroy();
    this.staticObjects = [];
    this.statics.clear();
    for (const o of this.occluders.values()) o.destroy();
    this.occluders.clear();
    this.cut.clear();
    this.tileObjects.clear();
    for (const f of this.flames) f.s.destroy();
    this.flames = [];
    this.pulses = [];
    this.stillGlows = [];
    const tx = this.tex;
    const floorTiles: FloorTile[] = [];
    for (let y = 0; y < g.height; y++) {
      for (let x = 0; x < g.width; x++) {
        const i = y * g.width + x;
        const t = shown.standing.has(i) ? T.wall : g.terrain[i]!;
        const texture = this.floorTexture(world, t, x, y, tileHash(x, y));
        if (texture) floorTiles.push({ x, y, texture });
      }
    }
    const ship = this.theme === 'ship';
    this.ground.paint(
      g.width,
      g.height,
      floorTiles,
      ship ? { left: 0x0f1513, right: 0x18201d } : { left: 0x1c1714, right: 0x2a221d },
      shown.marks,
    );
    for (let y = 0; y < g.height; y++) {
      for (let x = 0; x < g.width; x++) {
        const i = y * g.width + x;
        const standing = shown.standing.has(i);
        const t = standing ? T.wall : g.terrain[i]!;
        const h = tileHash(x, y);
        const p = tileToScreen(x, y);
        this.currentTile = i;
        if (t === T.wall) {
          const maxHp = TERRAIN_RULES[t]!.hp || 1;
          const hp = standing ? 1 : g.wallHp[i]!;
          const dmg = hp >= maxHp ? 0 : hp * 2 > maxHp ? 1 : 2;
          // inside the ship a wall is a metal bulkhead, in the city a broken brick wall
          const b = this.theme === 'ship' ? tx.hull[h % tx.hull.length]! : tx.walls[h % tx.walls.length]![dmg]!;
          this.addStatic(b.texture, b.anchorY, x, y, Layer.wall, true);
        } else if (t === T.hull && !solidHull(g, x, y)) {
          const b = tx.hull[h % tx.hull.length]!;
          this.addStatic(b.texture, b.anchorY, x, y, Layer.wall, true);
        } else if (t === T.breach) {
          this.addStatic(tx.breach.texture, tx.breach.anchorY, x, y, Layer.wall, false);
          this.addGlow(p.sx, p.sy, 0xff7a2a, 0.55, 0.5);
        } else if (t === T.rubble) {
          const b = tx.rubblePile[h % tx.rubblePile.length]!;
          this.addStatic(b.texture, b.anchorY, x, y, Layer.debris, false);
        } else if (t === T.cell) {
          const pod = this.addObject(tx.pod, 58 / 64, x, y, Layer.wall);
          pod.blendMode = 'add';
          this.addGlow(p.sx, p.sy - 16, 0x6dffc8, 0.8, 0.9);
        } else if (t === T.conduit) {
          this.addGlow(p.sx, p.sy, PALETTE.conduit, 0.55, 0.55, true);
        } else if (t === T.crater && h % 3 !== 0) {
          this.addFire(p.sx + ((h >> 4) % 12) - 6, p.sy + ((h >> 8) % 6) - 3, 0.8 + (h % 5) / 10);
        }
        if (g.lit[i] && t !== T.conduit && this.theme === 'ship' && (x + y) % 2 === 0) {
          this.addGlow(p.sx, p.sy, PALETTE.conduit, 0.12, 0.9);
        }
      }
    }
    // street fires in the ruins: a few burning spots in the rubble
    for (let y = 0; y < g.height; y++) {
      for (let x = 0; x < g.width; x++) {
        const t = g.terrain[y * g.width + x]!;
        if (t === T.rubble && this.theme === 'ruins' && tileHash(x, y) % 5 === 0) {
          this.currentTile = y * g.width + x;
          const p = tileToScreen(x, y);
          this.addFire(p.sx - 4, p.sy - 6, 0.7);
        }
      }
    }
    this.currentTile = -1;
    if (this.fogState.length !== g.width * g.height) this.fogState = new Uint8Array(g.width * g.height).fill(2);
    this.compose();
  }

  private floorTexture(world: GameWorld, t: number, x: number, y: number, h: number): Texture | null {
    const tx = this.tex;
    switch (t) {
      case T.ground:
      case T.wall:
        return tx.ground[h % tx.ground.length]!;
      case T.rubble:
        return tx.rubble[h % tx.rubble.length]!;
      case T.crater:
        return tx.crater[h % tx.crater.length]!;
      case T.deck:
        return tx.deck[h % tx.deck.length]!;
      case T.hull:
        return solidHull(world.grid, x, y) ? tx.hullTop[h % tx.hullTop.length]! : tx.deck[h % tx.deck.length]!;
      case T.conduit:
        return tx.conduit[conduitAxis(world.grid, x, y)];
      case T.cell:
        return tx.cell;
      case T.breach:
        return tx.breachFloor;
      default:
        return null;
    }
  }

  private addObject(
    texture: Texture,
    anchorY: number,
    x: number,
    y: number,
    layer: (typeof Layer)[keyof typeof Layer],
  ): Sprite {
    const s = new Sprite(texture);
    s.anchor.set(0.5, anchorY);
    const p = tileToScreen(x, y);
    s.position.set(p.sx, p.sy);
    s.zIndex = depthOf(x, y, layer);
    s.label = 'object';
    this.objects.addChild(s);
    this.staticObjects.push(s);
    this.register(s);
    return s;
  }

  private addStatic(texture: Texture, anchorY: number, x: number, y: number, layer: LayerId, wall: boolean): void {
    const i = y * this.width + x;
    this.statics.set(i, { i, x, y, texture, anchorY, depth: depthOf(x, y, layer), wall });
  }

  /** Repaints the ground canvas: floor, fog, every static object in painter's order, still glows, lingering dust. */
  private compose(): void {
    const list = [...this.statics.values()].sort((a, b) => a.depth - b.depth);
    const glows: GroundGlow[] = this.stillGlows.map((g) => ({
      sx: g.sx,
      sy: g.sy,
      alpha: g.alpha,
      scale: g.scale,
      colour: tintFor(this.fogState[g.tile] ?? 2),
    }));
    this.ground.compose(this.fogState, list, this.cut, this.danger, {
      glows,
      glowImage: this.tex.glow.source.resource as HTMLCanvasElement,
      dust: this.dustTiles,
      puffImage: this.tex.puff.source.resource as HTMLCanvasElement,
    });
  }

  /** Walls on these tiles are about to be hit (a telegraphed strike): highlighted, and never cut away. */
  setDanger(tiles: readonly { x: number; y: number }[]): void {
    const next = new Set<number>();
    for (const t of tiles) {
      const i = t.y * this.width + t.x;
      if (this.statics.get(i)?.wall) next.add(i);
    }
    if (sameSet(next, this.danger)) return;
    this.danger = next;
    for (const i of next) this.cut.delete(i);
    this.compose();
  }

  /**
   * A copy of the wall standing on a tile, to fall over while the terrain under it already shows the
   * rubble (`step(t)`, t from 0 to 1: it tips, sinks and fades). Call before the terrain is rebuilt.
   */
  fallingWall(x: number, y: number): { step(t: number): void; destroy(): void } {
    const o = this.statics.get(y * this.width + x);
    if (!o) return { step: () => {}, destroy: () => {} };
    const s = new Sprite(o.texture);
    s.anchor.set(0.5, o.anchorY);
    const p = tileToScreen(x, y);
    s.position.set(p.sx, p.sy);
    s.zIndex = o.depth;
    s.tint = tintFor(this.fogState[o.i] ?? 2);
    s.label = 'falling';
    this.objects.addChild(s);
    // walls standing in front of the falling one keep covering it (WebGL copies, as for units)
    const tile = { x, y };
    this.falling.push(tile);
    const side = tileHash(x, y) % 2 ? 1 : -1;
    return {
      step: (t) => {
        const k = t ** 1.6;
        s.rotation = side * 0.9 * k;
        s.scale.set(1 + 0.1 * k, 1 - 0.55 * k);
        s.position.set(p.sx + side * 8 * k, p.sy + 6 * k);
        s.alpha = t < 0.6 ? 1 : 1 - (t - 0.6) / 0.4;
      },
      destroy: () => {
        s.destroy();
        this.falling = this.falling.filter((f) => f !== tile);
      },
    };
  }

  /** Walls falling over right now (their tiles), covered by the walls in front of them. */
  private falling: { x: number; y: number }[] = [];

  /**
   * Keeps WebGL copies of the static objects standing in front of each visible unit (only those can
   * cover a unit), so the painter's order holds while nearly all walls stay in the cheap DOM layer.
   */
  private updateOccluders(): void {
    const want = new Set<number>();
    const w = this.width;
    for (const v of this.units.values()) {
      if (!v.root.visible) {
        v.showGhost(false);
        continue;
      }
      const tx = Math.ceil(v.tileX - 1e-6);
      const ty = Math.ceil(v.tileY - 1e-6);
      // a solid wall (not cut away) in front of the unit hides it: its outline shows over the wall
      let hidden = false;
      for (let dy = -1; dy <= 4; dy++) {
        for (let dx = -1; dx <= 4; dx++) {
          const x = tx + dx;
          const y = ty + dy;
          if (x < 0 || y < 0 || x >= w || y >= this.height) continue;
          const i = y * w + x;
          const o = this.statics.get(i);
          if (!o || !occludes(x, y, tx, ty)) continue;
          want.add(i);
          if (o.wall && !this.cut.has(i)) hidden = true;
        }
      }
      v.showGhost(hidden);
    }
    for (const f of this.falling) {
      for (let dy = 0; dy <= 4; dy++) {
        for (let dx = 0; dx <= 4; dx++) {
          const x = f.x + dx;
          const y = f.y + dy;
          if (x >= w || y >= this.height) continue;
          const i = y * w + x;
          if (this.statics.has(i) && occludes(x, y, f.x, f.y)) want.add(i);
        }
      }
    }
    for (const [i, s] of this.occluders) {
      if (!want.has(i)) {
        s.destroy();
        this.occluders.delete(i);
      }
    }
    for (const i of want) {
      let s = this.occluders.get(i);
      const o = this.statics.get(i)!;
      if (!s) {
        s = new Sprite(o.texture);
        s.anchor.set(0.5, o.anchorY);
        const p = tileToScreen(o.x, o.y);
        s.position.set(p.sx, p.sy);
        s.zIndex = o.depth;
        s.label = 'occluder';
        this.objects.addChild(s);
        this.occluders.set(i, s);
      }
      s.tint = this.danger.has(i) ? DANGER_TINT : tintFor(this.fogState[i] ?? 2);
      s.alpha = this.cut.has(i) ? CUT_ALPHA : 1;
    }
  }

  private register(s: Sprite): void {
    if (this.currentTile < 0) return;
    const list = this.tileObjects.get(this.currentTile);
    if (list) list.push(s);
    else this.tileObjects.set(this.currentTile, [s]);
  }

  /**
   * A glow on the floor. One that pulses (a conduit) is an additive WebGL sprite; a still one is painted into the
   * ground canvas, in the colour the sprite showed: the fog tint of its tile (setFog tints every sprite registered
   * to a tile, which replaced the glow's own tint), so the picture is the same and SwiftShader draws less.
   */
  private addGlow(sx: number, sy: number, tint: number, alpha: number, scale: number, pulse = false): void {
    if (!pulse) {
      this.stillGlows.push({ sx, sy, alpha, scale, tile: this.currentTile });
      return;
    }
    const s = new Sprite(this.tex.glow);
    s.anchor.set(0.5);
    s.position.set(sx, sy);
    s.scale.set(scale, scale * 0.5);
    s.tint = tint;
    s.alpha = alpha;
    this.glow.addChild(s);
    this.register(s);
    this.pulses.push({ s, phase: (sx + sy) * 0.02, base: alpha });
  }

  private addFire(sx: number, sy: number, size: number): void {
    this.addGlow(sx, sy, PALETTE.fire, 0.5, 1.2 * size);
    for (let k = 0; k < 3; k++) {
      const f = new Sprite(this.tex.flame);
      f.anchor.set(0.5, 1);
      f.blendMode = 'add';
      f.position.set(sx + (k - 1) * 5 * size, sy + (k === 1 ? 1 : 0));
      f.scale.set(size * (k === 1 ? 1 : 0.7));
      f.zIndex = depthOf(0, 0, Layer.fx) + 1e9;
      f.label = 'flame';
      this.fx.addChild(f);
      this.register(f);
      this.flames.push({ s: f, phase: sx * 0.13 + k * 2.1, base: size * (k === 1 ? 1 : 0.7) });
    }
  }

  /** Creates, moves and removes unit views to match the world (enemies only where the squad sees). */
  syncUnits(world: GameWorld, visible: Uint8Array | null): void {
    const { Unit, Position, Health, Actions, Weapon } = world.c;
    const alive = new Set<string>();
    for (const eid of unitsSorted(world)) {
      const id = Unit.id[eid]!;
      alive.add(id);
      let v = this.units.get(id);
      // a unit that changed sides keeps its id (the captive freed into the squad): drawn anew
      if (v && v.faction !== Unit.faction[eid]) {
        v.root.destroy({ children: true });
        this.units.delete(id);
        v = undefined;
      }
      if (!v) {
        v = new UnitView(this.tex, world, eid);
        this.units.set(id, v);
        this.objects.addChild(v.root);
        this.ghosts.addChild(v.ghost);
      }
      const x = Position.x[eid]!;
      const y = Position.y[eid]!;
      v.setTile(x, y);
      v.setStatus(Health.hp[eid]!, Health.max[eid]!, Actions.ap[eid]!, Weapon.ammo[eid]!, readFlags(world, eid));
      const seen = Unit.faction[eid] === Faction.squad || !visible || visible[y * world.grid.width + x] === 1;
      v.root.visible = seen;
    }
    for (const [id, v] of this.units) {
      if (!alive.has(id)) {
        v.ghost.destroy();
        v.root.destroy({ children: true });
        this.units.delete(id);
      }
    }
  }

  /**
   * Fog of war: 0 never seen (drawn dark: the shape of the place is known, who stands there is not),
   * 1 remembered (dimmed), 2 visible. Walls and objects in fog are darkened too; glows (conduits,
   * fires, the breach) show through it, as light would.
   */
  setFog(state: Uint8Array): void {
    this.fogState = state;
    this.compose();
    for (const [i, list] of this.tileObjects) {
      const st = state[i] ?? 2;
      for (const s of list) {
        if (s.blendMode !== 'add') s.tint = tintFor(st);
      }
    }
  }

  /** Makes walls translucent where they would hide any of the given tiles (the selected unit, the cursor). */
  cutAway(tiles: readonly { x: number; y: number }[]): void {
    const next = new Set<number>();
    for (const o of this.statics.values()) {
      if (o.wall && !this.danger.has(o.i) && tiles.some((t) => occludes(o.x, o.y, t.x, t.y))) next.add(o.i);
    }
    if (sameSet(next, this.cut)) return;
    this.cut = next;
    this.compose();
  }

  /**
   * Lingering dust clouds on tiles with dust (from strikes) that the squad sees: soft puffs painted into the ground
   * canvas (they stood almost still as sprites, and cost SwiftShader their area in every frame).
   */
  setDust(dust: ArrayLike<number>, visible: Uint8Array): void {
    const tiles: { x: number; y: number }[] = [];
    let key = '';
    for (let i = 0; i < dust.length; i++) {
      if (!dust[i] || !visible[i]) continue;
      const x = i % this.width;
      tiles.push({ x, y: (i - x) / this.width });
      key += `${i},`;
    }
    if (key === this.dustKey) return;
    this.dustKey = key;
    this.dustTiles = tiles;
    this.compose();
  }

  /** How many tiles show lingering dust. */
  get dustShown(): number {
    return this.dustTiles.length;
  }

  /** How many still glows the ground canvas paints. */
  get stillGlowCount(): number {
    return this.stillGlows.length;
  }

  /** Open breaches vent steam while they heal. */
  setVents(tiles: readonly { x: number; y: number }[]): void {
    this.vents = tiles.map((t) => {
      const p = tileToScreen(t.x, t.y);
      return { sx: p.sx, sy: p.sy - 24 };
    });
  }

  /**
   * Ambient motion within `r` (flames, pulsing conduits, steam, hovering drones): the frame loop draws
   * it at a low rate for a while, never at the display's rate (see render/frameLoop.ts).
   */
  ambientIn(r: Rect): boolean {
    const inside = (x: number, y: number) => x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;
    for (const f of this.flames) if (inside(f.s.x, f.s.y)) return true;
    for (const p of this.pulses) if (inside(p.s.x, p.s.y)) return true;
    for (const v of this.vents) if (inside(v.sx, v.sy)) return true;
    for (const p of this.particles) if (inside(p.s.x, p.s.y)) return true;
    for (const v of this.units.values()) if (v.hovers && v.root.visible && inside(v.root.x, v.root.y)) return true;
    return false;
  }

  /**
   * Advances ambient animation and particles by `dt` seconds. True while an effect of an event (smoke, sparks, a
   * flash, dust of a collapse) is still moving: those want every frame until they are gone.
   */
  update(dt: number): boolean {
    this.time += dt;
    const t = this.time;
    for (const f of this.flames) {
      const k = Math.sin(t * 9 + f.phase) * 0.12 + Math.sin(t * 23 + f.phase * 3) * 0.06;
      f.s.scale.set(f.base * (1 - k * 0.5), f.base * (1 + k));
      f.s.alpha = 0.85 + k;
    }
    for (const p of this.pulses) p.s.alpha = p.base * (0.7 + 0.3 * Math.sin(t * 2.2 - p.phase));
    this.ventClock += dt;
    // a thin plume: every puff is area SwiftShader fills in every frame drawn (a breach's burst is emit('steam'))
    if (this.ventClock > VENT_EVERY && this.vents.length && this.particles.length < 240) {
      this.ventClock = 0;
      for (const v of this.vents) this.emit('vent', v.sx, v.sy, 1, true);
    }
    let lively = false;
    for (let i = this.particles.length - 1; i >= 0; i--) {
      const p = this.particles[i]!;
      p.age += dt;
      if (p.age >= p.life) {
        p.s.destroy();
        this.particles.splice(i, 1);
        continue;
      }
      p.s.x += p.vx * dt;
      p.s.y += p.vy * dt;
      p.s.scale.set(p.s.scale.x + p.grow * dt);
      p.s.alpha = p.fade * (1 - p.age / p.life);
      if (!p.ambient) lively = true;
    }
    for (const v of this.units.values()) v.update(t);
    this.updateOccluders();
    return lively;
  }

  /**
   * Particles: dust clouds, smoke, steam and sparks (pooled by lifetime; cheap sprites, no filters). A burst of `n`
   * puffs (dust, smoke, steam) at one point is drawn as half as many, each as dense as the puffs it stands for
   * together: they overlapped almost exactly, and each costs software WebGL its whole area in every frame drawn.
   */
  emit(
    kind: 'dust' | 'smoke' | 'steam' | 'vent' | 'spark' | 'flash',
    sx: number,
    sy: number,
    n: number,
    ambient = false,
  ): void {
    const puff = kind === 'dust' || kind === 'smoke' || kind === 'steam';
    const count = puff && n > 1 ? Math.ceil(n / 2) : n;
    for (let k = 0; k < count; k++) {
      const s = new Sprite(kind === 'vent' ? this.tex.tightPuff : puff ? this.tex.puff : this.tex.glow);
      s.anchor.set(0.5);
      s.label = kind;
      s.position.set(sx + (Math.random() - 0.5) * 20, sy + (Math.random() - 0.5) * 10);
      const cfg = {
        dust: { tint: PALETTE.dust, life: 2.2, scale: 1.2, grow: 1.2, fade: 0.55, vy: -8, add: false },
        smoke: { tint: 0x303036, life: 2.6, scale: 1, grow: 1.4, fade: 0.6, vy: -22, add: false },
        steam: { tint: PALETTE.steam, life: 1.8, scale: 0.6, grow: 1.6, fade: 0.5, vy: -30, add: false },
        vent: { tint: PALETTE.steam, life: 1.8, scale: 0.5, grow: 0.9, fade: 0.5, vy: -30, add: false },
        spark: { tint: PALETTE.fire, life: 0.5, scale: 0.08, grow: 0, fade: 1, vy: -60, add: true },
        flash: { tint: 0xffe2a0, life: 0.25, scale: 0.9, grow: 2, fade: 1, vy: 0, add: true },
      }[kind];
      s.tint = cfg.tint;
      // a breach's plume is drawn with the tight puff: the same cloud at 0.8 of the scale
      const size = kind === 'vent' ? TIGHT_PUFF : 1;
      s.scale.set(size * cfg.scale * (0.7 + Math.random() * 0.6));
      if (cfg.add) s.blendMode = 'add';
      this.fx.addChild(s);
      this.particles.push({
        s,
        vx: (Math.random() - 0.5) * (kind === 'spark' ? 120 : 16),
        vy: cfg.vy * (0.6 + Math.random() * 0.8),
        life: cfg.life * (0.7 + Math.random() * 0.6),
        age: 0,
        grow: size * cfg.grow,
        // as opaque as n / count puffs of this kind one over another
        fade: 1 - (1 - cfg.fade) ** (n / count),
        ambient,
      });
    }
  }

  get particleCount(): number {
    return this.particles.length;
  }

  /** Screen-space centre of the map, for the camera. */
  mapCentre(): { sx: number; sy: number } {
    return tileToScreen((this.width - 1) / 2, (this.height - 1) / 2);
  }

  static readonly WALL_TOP = WALL_H;
}

/** Hull with hull (or the map edge) on all eight sides: drawn as a flat top, not a block. */
function solidHull(g: Grid, x: number, y: number): boolean {
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx < 0 || ny < 0 || nx >= g.width || ny >= g.height) continue;
      const t = g.terrain[ny * g.width + nx];
      if (t !== T.hull && t !== T.void) return false;
    }
  }
  return true;
}

function tintFor(fog: number): number {
  return fog === 2 ? 0xffffff : fog === 1 ? FOG_TINT : UNSEEN_TINT;
}
