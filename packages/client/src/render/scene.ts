import type { Grid } from '@denizens/engine';
import { Faction, type GameWorld, T, TERRAIN_RULES, unitsSorted } from '@denizens/engine';
import { Container, Graphics, Matrix, Sprite, Texture } from 'pixi.js';
import { HALF_H, HALF_W, WALL_H } from '../iso/constants';
import { depthOf, Layer } from '../iso/depthOf';
import { occludes } from '../iso/occludes';
import { tileToScreen } from '../iso/tileToScreen';
import { conduitAxis } from './conduitAxis';
import type { Textures } from './makeTextures';
import { PALETTE } from './palette';
import { type Theme, terrainTheme, tileHash } from './terrainTheme';
import { UnitView } from './unitView';

const CHUNK = 12;
/** Fog texture pixels per tile (the texture is smoothed, so edges fade over a quarter tile). */
const FOG_RES = 4;

interface Particle {
  s: Sprite;
  vx: number;
  vy: number;
  life: number;
  age: number;
  grow: number;
  fade: number;
}

/**
 * The isometric view of one game: floor chunks (cached as textures), the depth-sorted object layer
 * (walls, rubble, units), baked and additive glows, fog of war, overlays and particles. It only
 * reads the world.
 */
export class Scene {
  readonly root = new Container();
  readonly floor = new Container();
  readonly glow = new Container();
  readonly fog: Sprite;
  readonly overlay = new Container();
  readonly objects = new Container();
  readonly fx = new Container();
  readonly rangeG = new Graphics();
  readonly pathG = new Graphics();
  readonly cursorG = new Graphics();
  readonly markG = new Graphics();
  readonly units = new Map<string, UnitView>();
  theme: Theme = 'ruins';
  private walls = new Map<number, Sprite>();
  /** Static objects and glows by tile index, for fog of war. */
  private tileObjects = new Map<number, Sprite[]>();
  private currentTile = -1;
  private staticObjects: Sprite[] = [];
  private flames: { s: Sprite; phase: number; base: number }[] = [];
  private pulses: { s: Sprite; phase: number; base: number }[] = [];
  private particles: Particle[] = [];
  private fogCanvas: HTMLCanvasElement;
  private fogTexture: Texture;
  private time = 0;
  private width = 0;
  private height = 0;

  constructor(readonly tex: Textures) {
    this.fogCanvas = document.createElement('canvas');
    this.fogTexture = Texture.from(this.fogCanvas);
    this.fog = new Sprite(this.fogTexture);
    this.objects.sortableChildren = true;
    this.glow.blendMode = 'add';
    this.fx.sortableChildren = false;
    this.overlay.addChild(this.rangeG, this.markG, this.pathG, this.cursorG);
    this.root.addChild(this.floor, this.glow, this.fog, this.overlay, this.objects, this.fx);
  }

  /** Builds the terrain from the world's tiles (again after terrain changes, e.g. a wall collapsing). */
  buildTerrain(world: GameWorld): void {
    const g = world.grid;
    this.theme = terrainTheme(world);
    this.width = g.width;
    this.height = g.height;
    for (const c of this.floor.removeChildren()) c.destroy({ children: true });
    for (const s of this.glow.removeChildren()) s.destroy();
    for (const s of this.staticObjects) s.destroy();
    this.staticObjects = [];
    this.walls.clear();
    this.tileObjects.clear();
    for (const f of this.flames) f.s.destroy();
    this.flames = [];
    this.pulses = [];
    const tx = this.tex;
    for (let cy = 0; cy < g.height; cy += CHUNK) {
      for (let cx = 0; cx < g.width; cx += CHUNK) {
        const chunk = new Container();
        for (let y = cy; y < Math.min(g.height, cy + CHUNK); y++) {
          for (let x = cx; x < Math.min(g.width, cx + CHUNK); x++) {
            const t = g.terrain[y * g.width + x]!;
            const h = tileHash(x, y);
            const floorTex = this.floorTexture(world, t, x, y, h);
            if (!floorTex) continue;
            const s = new Sprite(floorTex);
            s.anchor.set(0.5);
            const p = tileToScreen(x, y);
            s.position.set(p.sx, p.sy);
            chunk.addChild(s);
          }
        }
        if (chunk.children.length) {
          this.floor.addChild(chunk);
          chunk.cacheAsTexture(true);
        } else chunk.destroy();
      }
    }
    for (let y = 0; y < g.height; y++) {
      for (let x = 0; x < g.width; x++) {
        const i = y * g.width + x;
        const t = g.terrain[i]!;
        const h = tileHash(x, y);
        const p = tileToScreen(x, y);
        this.currentTile = i;
        if (t === T.wall) {
          const maxHp = TERRAIN_RULES[t]!.hp || 1;
          const hp = g.wallHp[i]!;
          const dmg = hp >= maxHp ? 0 : hp * 2 > maxHp ? 1 : 2;
          const b = tx.walls[h % tx.walls.length]![dmg]!;
          this.walls.set(i, this.addObject(b.texture, b.anchorY, x, y, Layer.wall));
        } else if (t === T.hull && !solidHull(g, x, y)) {
          const b = tx.hull[h % tx.hull.length]!;
          this.walls.set(i, this.addObject(b.texture, b.anchorY, x, y, Layer.wall));
        } else if (t === T.breach) {
          this.addObject(tx.breach.texture, tx.breach.anchorY, x, y, Layer.wall);
          this.addGlow(p.sx, p.sy, 0xff7a2a, 0.55, 0.5);
        } else if (t === T.rubble) {
          const b = tx.rubblePile[h % tx.rubblePile.length]!;
          this.addObject(b.texture, b.anchorY, x, y, Layer.debris);
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
    this.floor.addChildAt(this.drawSkirt(world), 0);
    this.fogCanvas.width = g.width * FOG_RES;
    this.fogCanvas.height = g.height * FOG_RES;
    this.fogTexture.source.resize(g.width * FOG_RES, g.height * FOG_RES);
    this.fog.setFromMatrix(
      new Matrix(HALF_W / FOG_RES, HALF_H / FOG_RES, -HALF_W / FOG_RES, HALF_H / FOG_RES, 0, -HALF_H),
    );
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
    this.objects.addChild(s);
    this.staticObjects.push(s);
    this.register(s);
    return s;
  }

  private register(s: Sprite): void {
    if (this.currentTile < 0) return;
    const list = this.tileObjects.get(this.currentTile);
    if (list) list.push(s);
    else this.tileObjects.set(this.currentTile, [s]);
  }

  /** The earth (or hull) cut face along the map's two front edges, so the map reads as a solid block. */
  private drawSkirt(world: GameWorld): Graphics {
    const g = world.grid;
    const depth = 26;
    const sk = new Graphics();
    const ship = this.theme === 'ship';
    const face = (x0: number, y0: number, x1: number, y1: number, colour: number) => {
      sk.poly([x0, y0, x1, y1, x1, y1 + depth, x0, y0 + depth]).fill({ color: colour });
      for (let k = 1; k < 3; k++) {
        sk.moveTo(x0, y0 + (depth * k) / 3)
          .lineTo(x1, y1 + (depth * k) / 3)
          .stroke({ width: 1, color: 0x000000, alpha: 0.35 });
      }
    };
    for (let y = 0; y < g.height; y++) {
      const x = g.width - 1;
      if (g.terrain[y * g.width + x] === T.void) continue;
      const p = tileToScreen(x, y);
      face(p.sx + HALF_W, p.sy, p.sx, p.sy + HALF_H, ship ? 0x18201d : 0x2a221d);
    }
    for (let x = 0; x < g.width; x++) {
      const y = g.height - 1;
      if (g.terrain[y * g.width + x] === T.void) continue;
      const p = tileToScreen(x, y);
      face(p.sx, p.sy + HALF_H, p.sx - HALF_W, p.sy, ship ? 0x0f1513 : 0x1c1714);
    }
    return sk;
  }

  private addGlow(sx: number, sy: number, tint: number, alpha: number, scale: number, pulse = false): Sprite {
    const s = new Sprite(this.tex.glow);
    s.anchor.set(0.5);
    s.position.set(sx, sy);
    s.scale.set(scale, scale * 0.5);
    s.tint = tint;
    s.alpha = alpha;
    this.glow.addChild(s);
    this.register(s);
    if (pulse) this.pulses.push({ s, phase: (sx + sy) * 0.02, base: alpha });
    return s;
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
      if (!v) {
        v = new UnitView(this.tex, world, eid);
        this.units.set(id, v);
        this.objects.addChild(v.root);
      }
      const x = Position.x[eid]!;
      const y = Position.y[eid]!;
      v.setTile(x, y);
      v.setStatus(Health.hp[eid]!, Health.max[eid]!, Actions.ap[eid]!, Weapon.ammo[eid]!);
      const seen = Unit.faction[eid] === Faction.squad || !visible || visible[y * world.grid.width + x] === 1;
      v.root.visible = seen;
    }
    for (const [id, v] of this.units) {
      if (!alive.has(id)) {
        v.root.destroy({ children: true });
        this.units.delete(id);
      }
    }
  }

  /** Fog of war: 0 never seen (black), 1 remembered (dimmed), 2 visible. Walls in fog are darkened too. */
  setFog(state: Uint8Array): void {
    const ctx = this.fogCanvas.getContext('2d')!;
    const w = this.width;
    const img = ctx.createImageData(w * FOG_RES, this.height * FOG_RES);
    const d = img.data;
    for (let y = 0; y < this.height * FOG_RES; y++) {
      for (let x = 0; x < w * FOG_RES; x++) {
        const s = state[Math.floor(y / FOG_RES) * w + Math.floor(x / FOG_RES)]!;
        const o = (y * w * FOG_RES + x) * 4;
        d[o] = 2;
        d[o + 1] = 3;
        d[o + 2] = 8;
        d[o + 3] = s === 2 ? 0 : s === 1 ? 140 : 250;
      }
    }
    ctx.putImageData(img, 0, 0);
    this.fogTexture.source.update();
    for (const [i, list] of this.tileObjects) {
      const st = state[i] ?? 2;
      for (const s of list) {
        s.visible = st !== 0;
        if (s.blendMode !== 'add') s.tint = st === 2 ? 0xffffff : 0x6a6f80;
      }
    }
  }

  /** Makes walls translucent where they would hide any of the given tiles (the selected unit, the cursor). */
  cutAway(tiles: readonly { x: number; y: number }[]): void {
    const w = this.width;
    for (const [i, s] of this.walls) {
      const wx = i % w;
      const wy = (i - wx) / w;
      s.alpha = tiles.some((t) => occludes(wx, wy, t.x, t.y)) ? 0.28 : 1;
    }
  }

  /** Advances ambient animation and particles by `dt` seconds. */
  update(dt: number): void {
    this.time += dt;
    const t = this.time;
    for (const f of this.flames) {
      const k = Math.sin(t * 9 + f.phase) * 0.12 + Math.sin(t * 23 + f.phase * 3) * 0.06;
      f.s.scale.set(f.base * (1 - k * 0.5), f.base * (1 + k));
      f.s.alpha = 0.85 + k;
    }
    for (const p of this.pulses) p.s.alpha = p.base * (0.7 + 0.3 * Math.sin(t * 2.2 - p.phase));
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
    }
    for (const v of this.units.values()) v.update(t);
  }

  /** Particles: dust clouds, smoke, steam and sparks (pooled by lifetime; cheap sprites, no filters). */
  emit(kind: 'dust' | 'smoke' | 'steam' | 'spark' | 'flash', sx: number, sy: number, n: number): void {
    for (let k = 0; k < n; k++) {
      const s = new Sprite(kind === 'flash' || kind === 'spark' ? this.tex.glow : this.tex.puff);
      s.anchor.set(0.5);
      s.position.set(sx + (Math.random() - 0.5) * 20, sy + (Math.random() - 0.5) * 10);
      const cfg = {
        dust: { tint: PALETTE.dust, life: 2.2, scale: 1.2, grow: 1.2, fade: 0.55, vy: -8, add: false },
        smoke: { tint: 0x303036, life: 2.6, scale: 1, grow: 1.4, fade: 0.6, vy: -22, add: false },
        steam: { tint: PALETTE.steam, life: 1.8, scale: 0.6, grow: 1.6, fade: 0.5, vy: -30, add: false },
        spark: { tint: PALETTE.fire, life: 0.5, scale: 0.08, grow: 0, fade: 1, vy: -60, add: true },
        flash: { tint: 0xffe2a0, life: 0.25, scale: 0.9, grow: 2, fade: 1, vy: 0, add: true },
      }[kind];
      s.tint = cfg.tint;
      s.scale.set(cfg.scale * (0.7 + Math.random() * 0.6));
      if (cfg.add) s.blendMode = 'add';
      this.fx.addChild(s);
      this.particles.push({
        s,
        vx: (Math.random() - 0.5) * (kind === 'spark' ? 120 : 16),
        vy: cfg.vy * (0.6 + Math.random() * 0.8),
        life: cfg.life * (0.7 + Math.random() * 0.6),
        age: 0,
        grow: cfg.grow,
        fade: cfg.fade,
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
