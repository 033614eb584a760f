import { Faction, type GameWorld } from '@denizens/engine';
import { Container, Graphics, Sprite } from 'pixi.js';
import type { UnitFlags } from '../game/readStatus';
import { HALF_H, HALF_W } from '../iso/constants';
import { depthOf, Layer } from '../iso/depthOf';
import { tileToScreen } from '../iso/tileToScreen';
import { UNIT_FOOT, UNIT_H } from './drawUnits';
import type { Textures } from './makeTextures';
import { PALETTE } from './palette';
import { pilotLookOf } from './pilotLook';

/**
 * One unit on the map: shadow, faction marker (squad: blue circle; LGF: orange diamond — shape and
 * colour both say the side; the captive: a pale green broken ring, nobody's to command or to shoot), the
 * figure, and pips for HP and action points. Tara is drawn as herself, bound in the cell and free after.
 */
/** The captive's marker colour: the objective's pale green (neither side's colour). */
const CAPTIVE = 0xbfe8c8;

export class UnitView {
  readonly root = new Container();
  readonly id: string;
  readonly faction: number;
  private body: Sprite;
  /** The figure's outline, drawn above every wall while a wall hides the unit (the scene shows it). */
  readonly ghost: Sprite;
  private ring = new Graphics();
  private status = new Graphics();
  private hover: boolean;
  private selected = false;
  private targeted = false;
  tileX = 0;
  tileY = 0;

  constructor(tex: Textures, world: GameWorld, eid: number) {
    const { Unit } = world.c;
    this.id = Unit.id[eid]!;
    this.faction = Unit.faction[eid]!;
    const kind = Unit.kind[eid]!;
    const squad = this.faction === Faction.squad;
    this.hover = !squad && kind === 'drone';
    // Tara is drawn as herself: bound in the cell, free after (not as an LGF figure, nor as any pilot)
    const tara = world.scenario.map.captive?.id === this.id;
    const texture = tara
      ? squad
        ? tex.freed
        : tex.captive
      : squad
        ? tex.pilot(pilotLookOf(world, eid))
        : kind === 'drone'
          ? tex.drone
          : kind === 'heavy'
            ? tex.heavy
            : tex.trooper;
    const shadow = new Graphics().ellipse(0, 0, 13, 6.5).fill({ color: 0x000000, alpha: 0.45 });
    this.body = new Sprite(texture);
    this.body.anchor.set(0.5, UNIT_FOOT / UNIT_H);
    this.body.position.set(0, 2);
    this.ghost = new Sprite(tex.ghost(texture));
    this.ghost.anchor.set(0.5, UNIT_FOOT / UNIT_H);
    this.ghost.tint = squad ? PALETTE.squad : PALETTE.lgf;
    this.ghost.visible = false;
    this.ghost.label = `ghost:${this.id}`;
    this.drawRing();
    this.root.addChild(shadow, this.ring, this.body, this.status);
    this.root.label = `unit:${this.id}`;
  }

  private drawRing(): void {
    const g = this.ring.clear();
    const squad = this.faction === Faction.squad;
    const colour = squad ? PALETTE.squad : this.faction === Faction.captive ? CAPTIVE : PALETTE.lgf;
    const w = this.selected ? 3 : 2;
    if (squad) g.ellipse(0, 0, 17, 8.5).stroke({ width: w, color: colour, alpha: 0.95 });
    else if (this.faction === Faction.captive) {
      // a broken ring: eight dashes round the ellipse
      for (let k = 0; k < 8; k++) {
        const a = (k * Math.PI) / 4;
        g.moveTo(17 * Math.cos(a), 8.5 * Math.sin(a));
        for (let t = 1; t <= 4; t++) g.lineTo(17 * Math.cos(a + t * 0.12), 8.5 * Math.sin(a + t * 0.12));
      }
      g.stroke({ width: 2, color: colour, alpha: 0.95 });
    } else g.poly([0, -10, 20, 0, 0, 10, -20, 0]).stroke({ width: w, color: colour, alpha: 0.95 });
    if (this.selected) {
      g.poly([0, -HALF_H + 1, HALF_W - 2, 0, 0, HALF_H - 1, -HALF_W + 2, 0]).fill({ color: colour, alpha: 0.18 });
    }
    if (this.targeted) {
      g.circle(0, -30, 16).stroke({ width: 2, color: 0xffffff, alpha: 0.9 });
      g.moveTo(-22, -30).lineTo(-10, -30).moveTo(10, -30).lineTo(22, -30).stroke({ width: 2, color: 0xffffff });
    }
  }

  setSelected(on: boolean): void {
    if (on === this.selected) return;
    this.selected = on;
    this.drawRing();
  }

  setTargeted(on: boolean): void {
    if (on === this.targeted) return;
    this.targeted = on;
    this.drawRing();
  }

  /** Places the unit on a tile (or between tiles while it walks: fractional coordinates). */
  setTile(x: number, y: number): void {
    this.tileX = x;
    this.tileY = y;
    const p = tileToScreen(x, y);
    this.root.position.set(p.sx, p.sy);
    this.root.zIndex = depthOf(x, y, Layer.unit);
  }

  private last: { max: number; ap: number; ammo: number; flags?: UnitFlags } = { max: 1, ap: 0, ammo: 0 };

  /** Redraws the health pips with another hit-point count (the rest as last set). */
  setHp(hp: number): void {
    const l = this.last;
    this.setStatus(hp, l.max, l.ap, l.ammo, l.flags);
  }

  setStatus(hp: number, max: number, ap: number, ammo: number, flags?: UnitFlags): void {
    this.last = { max, ap, ammo, flags };
    const g = this.status.clear();
    const pip = Math.max(3, Math.min(6, Math.floor(36 / Math.max(1, max))));
    const total = max * pip;
    const x0 = -total / 2;
    const y0 = -62;
    g.rect(x0 - 1, y0 - 1, total + 1, 6).fill({ color: 0x000000, alpha: 0.7 });
    for (let i = 0; i < max; i++) {
      g.rect(x0 + i * pip, y0, pip - 1, 4).fill({
        color:
          i < hp
            ? this.faction === Faction.squad
              ? PALETTE.squad
              : this.faction === Faction.captive
                ? CAPTIVE
                : PALETTE.lgf
            : 0x3a3a44,
      });
    }
    if (this.faction === Faction.squad) {
      for (let i = 0; i < 2; i++) g.circle(-4 + i * 8, y0 - 6, 2.5).fill({ color: i < ap ? 0xf0e442 : 0x3a3a44 });
    }
    // lasting states as shapes beside the bar: overwatch eye, hunker shield, bleeding drop
    let ix = x0 + total + 8;
    if (flags?.overwatch) {
      g.ellipse(ix, y0 + 1, 5, 3)
        .fill({ color: 0x000000, alpha: 0.8 })
        .stroke({ width: 1.5, color: 0xf0e442 });
      g.circle(ix, y0 + 1, 1.5).fill({ color: 0xf0e442 });
      ix += 12;
    }
    if (flags?.hunkered) {
      g.poly([ix - 4, y0 - 4, ix + 4, y0 - 4, ix + 4, y0 + 1, ix, y0 + 5, ix - 4, y0 + 1])
        .fill({ color: 0x56b4e9 })
        .stroke({ width: 1, color: 0x000000 });
      ix += 11;
    }
    if (flags?.bleeding) {
      g.poly([ix, y0 - 5, ix + 3.5, y0 + 1, ix, y0 + 4, ix - 3.5, y0 + 1])
        .fill({ color: 0xd55e00 })
        .stroke({ width: 1, color: 0x000000 });
    }
  }

  /** A hovering drone: it bobs (ambient motion). */
  get hovers(): boolean {
    return this.hover;
  }

  /** Shows the outline over the walls (`hidden`: a wall stands in front of the unit) where the figure is now. */
  showGhost(hidden: boolean): void {
    const g = this.ghost;
    g.visible = hidden && this.root.visible && this.root.alpha > 0.05;
    if (!g.visible) return;
    g.position.set(this.root.x + this.body.x, this.root.y + this.body.y - this.root.pivot.y);
    g.rotation = this.root.rotation;
    g.alpha = 0.85 * this.root.alpha;
  }

  update(t: number): void {
    if (this.hover) this.body.y = 2 + Math.sin(t * 3 + this.tileX) * 3;
  }
}
