import {
  type ApplyResult,
  breachNextTo,
  type Command,
  canSeeTileFrom,
  climbCost,
  coverAt,
  coverToward,
  Faction,
  type GameWorld,
  type HitChance,
  hashWorld,
  inBounds,
  moveRange,
  openBreaches,
  pathTo,
  pendingStrikes,
  planMove,
  type Replay,
  strikeTiles,
  T,
  targetsFor,
  unitAt,
  unitById,
  unitsSorted,
  visibleTo,
} from '@denizens/engine';
import { type Application, Container, Graphics } from 'pixi.js';
import { type Camera, clampZoom, screenToWorld, zoomAt } from '../camera/camera';
import { ACTIONS, type ActionDef, actionForKey } from '../game/actions';
import { buildReplay } from '../game/buildReplay';
import { type AnyEvent, describeEvent } from '../game/describeEvent';
import { exploredTiles } from '../game/exploredTiles';
import { fogEvents } from '../game/fogEvents';
import { helpTargets } from '../game/helpTargets';
import { writeAutosave } from '../game/saveGame';
import { type Session, sendCommand } from '../game/session';
import { squadSight } from '../game/squadSight';
import { canUndo, undoLastMove } from '../game/undoLastMove';
import { breakdownHtml } from '../hud/breakdownHtml';
import { escapeHtml, type HitBadge, Hud, type MapLabel } from '../hud/hud';
import { HALF_H, HALF_W } from '../iso/constants';
import { outlineRegion } from '../iso/outlineRegion';
import { screenToTile } from '../iso/screenToTile';
import { tileToScreen } from '../iso/tileToScreen';
import type { Platform } from '../platform/platform';
import { drawCanvas } from '../render/drawCanvas';
import { drawNightSky, drawShipBackdrop } from '../render/drawUnits';
import type { Textures } from '../render/makeTextures';
import { css, hitColour, PALETTE } from '../render/palette';
import { Scene } from '../render/scene';
import { Tweens } from '../render/tweens';
import type { UnitView } from '../render/unitView';

const SPEEDS = [0.5, 1, 2, 4];
const PAN_SPEED = 700;
const EDGE = 14;

export interface PlayOptions {
  /** Play back these commands instead of taking input (replay viewer). */
  replay?: Replay;
  /** The verifier's verdict on the replay, shown in the log. */
  verdict?: string;
  onExit(): void;
  onGameOver(session: Session): void;
}

type Target = { id: string; eid: number; chance: HitChance | null };
type StrikeMark = { x: number; y: number; tiles: { x: number; y: number }[] };

/** The game screen: the map, the HUD and the input, driving one session. */
export class PlayScreen {
  readonly scene: Scene;
  readonly hud: Hud;
  readonly tweens = new Tweens();
  private readonly worldLayer = new Container();
  private readonly stage: HTMLElement;
  private cam: Camera = { x: 0, y: 0, zoom: 1 };
  private selected: string | null = null;
  private mode: ActionDef = ACTIONS[0]!;
  private hover: { x: number; y: number } | null = null;
  private keyCursor: { x: number; y: number } | null = null;
  private pointer = { x: -1, y: -1, inside: false };
  private drag: { x: number; y: number; camX: number; camY: number; moved: boolean } | null = null;
  private keys = new Set<string>();
  private busy = false;
  private speedIndex = 1;
  private visible: Uint8Array;
  private seen: Uint8Array;
  private targets: Target[] = [];
  private targetIndex = 0;
  private breaches = new Map<number, number>();
  /** Strikes shown as landing at the end of this turn: the engine's pendingStrikes + strikeTiles, updated by events while animating. */
  private strikes: StrikeMark[] = [];
  private terrainSnapshot = '';
  private destroyed = false;
  private cleanups: (() => void)[] = [];

  constructor(
    private app: Application,
    tex: Textures,
    private platform: Platform,
    public session: Session,
    private opts: PlayOptions,
  ) {
    this.stage = document.getElementById('stage')!;
    this.scene = new Scene(tex, this.stage);
    app.stage.addChild(this.worldLayer);
    this.worldLayer.addChild(this.scene.root);
    const ui = document.getElementById('ui')!;
    this.hud = new Hud(ui, {
      selectUnit: (id) => this.select(id, true),
      action: (a) => this.chooseAction(a),
      endTurn: () => void this.endTurn(),
      undo: () => this.undo(),
      speed: (d) => this.changeSpeed(d),
      skip: () => (this.tweens.skip = true),
      textScale: (d) => this.scaleText(d),
      exportReplay: () => this.exportReplay(),
      quit: () => this.opts.onExit(),
    });
    const n = session.world.grid.width * session.world.grid.height;
    this.visible = new Uint8Array(n);
    // a continued game remembers the map it explored (re-simulated from the log); a new game or replay starts empty
    this.seen = session.commands.length
      ? exploredTiles(session.map, session.seed, session.commands)
      : new Uint8Array(n);
    this.rebuildAll();
    this.paintSky();
    const first = unitsSorted(session.world, Faction.squad)[0];
    if (first !== undefined) this.select(session.world.c.Unit.id[first]!, false);
    this.centreOnSelected(true);
    this.hud.log(`${session.map.name} — seed ${session.seed}`, 'phase');
    if (session.commands.length) this.hud.log(`Continued at turn ${session.world.header.turn}.`, 'phase');
    this.bindInput();
    const tick = () => this.frame(this.app.ticker.deltaMS / 1000);
    this.app.ticker.add(tick);
    this.cleanups.push(() => this.app.ticker.remove(tick));
    if (opts.replay) void this.playReplay(opts.replay);
  }

  /** The backdrop is a CSS background under both canvases (free to composite, unlike a screen-sized WebGL quad). */
  private paintSky(): void {
    const w = 1024;
    const h = 512;
    const canvas = drawCanvas(w, h, (c) =>
      this.scene.theme === 'ship' ? drawShipBackdrop(c, w, h) : drawNightSky(c, w, h),
    );
    canvas.className = 'sky';
    canvas.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;object-fit:cover;pointer-events:none';
    this.stage.querySelector('canvas.sky')?.remove();
    this.stage.prepend(canvas);
  }

  get isBusy(): boolean {
    return this.busy;
  }

  get selectedId(): string | null {
    return this.selected;
  }

  /** Tiles in sight now and tiles remembered from before (dimmed), as the fog of war shows them. */
  get fogCounts(): { visible: number; remembered: number } {
    let visible = 0;
    let remembered = 0;
    for (let i = 0; i < this.visible.length; i++) {
      if (this.visible[i]) visible++;
      else if (this.seen[i]) remembered++;
    }
    return { visible, remembered };
  }

  get world(): GameWorld {
    return this.session.world;
  }

  // ---------------------------------------------------------------- state → view

  private rebuildAll(): void {
    const prevTheme = this.scene.theme;
    this.scene.buildTerrain(this.world);
    if (prevTheme !== this.scene.theme) this.paintSky();
    this.terrainSnapshot = this.terrainKey();
    this.refresh();
  }

  private terrainKey(): string {
    const g = this.world.grid;
    let s = '';
    for (let i = 0; i < g.terrain.length; i++)
      s += String.fromCharCode(65 + g.terrain[i]!, 65 + Math.min(20, Math.max(0, g.wallHp[i]!)));
    return s;
  }

  /** Brings every view up to date with the world (after animations, undo, load). */
  private refresh(): void {
    const w = this.world;
    if (this.terrainKey() !== this.terrainSnapshot) {
      this.scene.buildTerrain(w);
      this.terrainSnapshot = this.terrainKey();
    }
    this.visible = this.computeVisible();
    for (let i = 0; i < this.visible.length; i++) if (this.visible[i]) this.seen[i] = 1;
    const fog = new Uint8Array(this.visible.length);
    for (let i = 0; i < fog.length; i++) fog[i] = this.visible[i] ? 2 : this.seen[i] ? 1 : 0;
    this.scene.setFog(fog);
    this.scene.syncUnits(w, this.visible);
    this.breaches = new Map(openBreaches(w).map((b) => [b.y * w.grid.width + b.x, b.sealsIn]));
    this.strikes = pendingStrikes(w).map((s) => ({ x: s.x, y: s.y, tiles: strikeTiles(w, s) }));
    this.scene.setVents(
      [...this.breaches.keys()].map((i) => ({ x: i % w.grid.width, y: Math.floor(i / w.grid.width) })),
    );
    this.scene.setDust(w.grid.dust, this.visible);
    if (this.selected && unitById(w, this.selected) === undefined) this.selected = null;
    if (!this.selected) {
      const first =
        unitsSorted(w, Faction.squad).find((e) => w.c.Actions.ap[e]! > 0) ?? unitsSorted(w, Faction.squad)[0];
      if (first !== undefined) this.selected = w.c.Unit.id[first]!;
    }
    for (const [id, v] of this.scene.units) v.setSelected(id === this.selected);
    this.hud.renderCards(w, this.selected);
    this.updateHud();
    this.updateOverlays();
  }

  private computeVisible(): Uint8Array {
    return visibleTo(this.world, Faction.squad).tiles;
  }

  private updateHud(): void {
    const h = this.world.header;
    this.hud.setTop(
      this.session.map.name,
      this.busy && this.animTurn ? this.animTurn : h.turn,
      this.busy ? this.animPhase : h.phase,
      this.busy,
    );
    this.hud.setSpeed(`${SPEEDS[this.speedIndex]}×`);
    const eid = this.selectedEid();
    const mine = !this.busy && !this.opts.replay && h.outcome === 'ongoing' && h.phase === 'player';
    const ap = eid !== undefined ? this.world.c.Actions.ap[eid]! : 0;
    this.hud.setActions({
      enabled: () => mine && ap > 0,
      active: this.mode.id,
      canUndo: mine && canUndo(this.session),
      canEnd: mine,
    });
  }

  private animPhase = 'player';
  private animTurn = 0;

  private selectedEid(): number | undefined {
    return this.selected ? unitById(this.world, this.selected) : undefined;
  }

  // ---------------------------------------------------------------- overlays

  private updateOverlays(): void {
    const s = this.scene;
    const range = s.rangeG.clear();
    const path = s.pathG.clear();
    const cursor = s.cursorG.clear();
    const marks = s.markG.clear();
    const w = this.world;
    const g = w.grid;
    const eid = this.selectedEid();
    const tile = this.keyCursor ?? this.hover;
    const cut: { x: number; y: number }[] = [];
    this.drawStrikeWarnings(marks);
    const idle = !this.busy && !this.opts.replay && w.header.phase === 'player' && w.header.outcome === 'ongoing';
    if (eid !== undefined) {
      const ux = w.c.Position.x[eid]!;
      const uy = w.c.Position.y[eid]!;
      cut.push({ x: ux, y: uy });
      if (idle && this.mode.mode === 'move' && w.c.Actions.ap[eid]! > 0) {
        const { budget, reach } = moveRange(w, eid);
        const free = (x: number, y: number) => inBounds(g, x, y) && unitAt(w, x, y) === undefined;
        const cost = (x: number, y: number) => (inBounds(g, x, y) ? reach.cost[y * g.width + x]! : -1);
        const inMove = (x: number, y: number) => cost(x, y) > 0 && cost(x, y) <= budget && free(x, y);
        const inDash = (x: number, y: number) => cost(x, y) > 0 && free(x, y);
        for (const [region, colour] of [
          [inDash, PALETTE.dash],
          [inMove, PALETTE.move],
        ] as const) {
          for (const s of outlineRegion(region, g.width, g.height)) range.moveTo(s[0]!, s[1]!).lineTo(s[2]!, s[3]!);
          range.stroke({ width: 2.5, color: colour, alpha: 0.9 });
        }
        if (tile && inBounds(g, tile.x, tile.y)) {
          const steps = pathTo(reach, tile.x, tile.y);
          if (steps?.length) {
            const cost = reach.cost[tile.y * g.width + tile.x]!;
            const colour = cost <= budget ? PALETTE.move : PALETTE.dash;
            const pts = [{ x: ux, y: uy }, ...steps].map((p) => tileToScreen(p.x, p.y));
            path.moveTo(pts[0]!.sx, pts[0]!.sy);
            for (const p of pts.slice(1)) path.lineTo(p.sx, p.sy);
            path.stroke({ width: 4, color: 0x000000, alpha: 0.5 });
            path.moveTo(pts[0]!.sx, pts[0]!.sy);
            for (const p of pts.slice(1)) path.lineTo(p.sx, p.sy);
            path.stroke({ width: 2, color: colour, alpha: 0.95 });
            const end = pts[pts.length - 1]!;
            path.circle(end.sx, end.sy, 4).fill({ color: colour });
            this.drawShields(path, tile.x, tile.y);
          }
        }
      }
    }
    if (tile && inBounds(g, tile.x, tile.y)) {
      const p = tileToScreen(tile.x, tile.y);
      cursor.poly(diamond(p.sx, p.sy, 1)).stroke({ width: 2, color: 0xffffff, alpha: 0.85 });
      cut.push(tile);
    }
    s.cutAway(cut);
    for (const [id, v] of s.units)
      v.setTargeted(this.mode.mode !== 'move' && this.targets[this.targetIndex]?.id === id);
    this.updateTip();
    this.updateBadges();
  }

  private drawStrikeWarnings(g: Graphics): void {
    const tiles = this.strikes.flatMap((s) => s.tiles);
    for (const t of tiles) {
      const p = tileToScreen(t.x, t.y);
      g.poly(diamond(p.sx, p.sy, 0.92))
        .fill({ color: PALETTE.danger, alpha: 0.22 })
        .stroke({ width: 2, color: PALETTE.danger, alpha: 0.9 });
      g.moveTo(p.sx - 8, p.sy)
        .lineTo(p.sx, p.sy - 4)
        .lineTo(p.sx + 8, p.sy)
        .lineTo(p.sx, p.sy + 4)
        .closePath()
        .stroke({ width: 1, color: 0xffd0a0, alpha: 0.7 });
    }
  }

  /** Shield icons on the edges of a destination tile: tall = full cover, short = half. */
  private drawShields(g: Graphics, x: number, y: number): void {
    const sides = coverAt(this.world, x, y);
    const p = tileToScreen(x, y);
    const edges = [
      ['n', HALF_W / 2, -HALF_H / 2],
      ['e', HALF_W / 2, HALF_H / 2],
      ['s', -HALF_W / 2, HALF_H / 2],
      ['w', -HALF_W / 2, -HALF_H / 2],
    ] as const;
    for (const [k, dx, dy] of edges) {
      const c = sides[k];
      if (!c) continue;
      const h = c === 2 ? 14 : 8;
      const cx = p.sx + dx;
      const cy = p.sy + dy;
      g.poly([cx - 5, cy - h, cx + 5, cy - h, cx + 5, cy - 3, cx, cy + 1, cx - 5, cy - 3])
        .fill({ color: c === 2 ? PALETTE.move : 0x9ad0ee, alpha: 0.95 })
        .stroke({ width: 1.5, color: 0x000000, alpha: 0.8 });
    }
  }

  private visibleEnemies(): number[] {
    const w = this.world;
    return unitsSorted(w, Faction.lgf).filter(
      (e) => this.visible[w.c.Position.y[e]! * w.grid.width + w.c.Position.x[e]!] === 1,
    );
  }

  private updateTip(): void {
    const w = this.world;
    const tile = this.keyCursor ?? this.hover;
    const eid = this.selectedEid();
    if (this.busy || !tile || !inBounds(w.grid, tile.x, tile.y) || this.drag?.moved) {
      this.hud.hideTip();
      return;
    }
    const anchor = this.keyCursor ? this.tileToClient(tile.x, tile.y) : this.pointer;
    const target =
      this.mode.mode !== 'move' ? this.targets.find((t) => t.id === this.unitIdAt(tile.x, tile.y)) : undefined;
    if (target?.chance) {
      this.hud.showTip(
        breakdownHtml(this.session.names.get(target.id) ?? target.id, target.chance),
        anchor.x,
        anchor.y,
      );
      return;
    }
    const here = unitAt(w, tile.x, tile.y);
    if (
      here !== undefined &&
      (w.c.Unit.faction[here] === Faction.squad || this.visible[tile.y * w.grid.width + tile.x])
    ) {
      const { Unit, Health, Weapon } = w.c;
      const wpn = w.scenario.weapons[Weapon.id[here]!];
      this.hud.showTip(
        `<div class="title">${escapeHtml(Unit.name[here]!)}</div><div>${Health.hp[here]}/${Health.max[here]} HP · ${escapeHtml(wpn?.name ?? Weapon.id[here]!)}</div>` +
          (Unit.faction[here] === Faction.lgf && eid !== undefined
            ? '<div>Press Shoot (2) to see the hit chance</div>'
            : ''),
        anchor.x,
        anchor.y,
      );
      return;
    }
    if (eid === undefined || this.mode.mode !== 'move' || w.header.phase !== 'player') {
      this.hud.hideTip();
      return;
    }
    if (w.grid.terrain[tile.y * w.grid.width + tile.x] === T.breach) {
      const ap = climbCost(w, eid);
      this.hud.showTip(
        `<div class="title">Breach</div><div>Climb in from a tile next to it: ${ap} AP now (2 alone, 1 boosted or pulled)</div>`,
        anchor.x,
        anchor.y,
      );
      return;
    }
    // the engine plans the move (path, cost, move or dash) or says why not
    const planned = planMove(w, eid, tile);
    if (!planned.ok) {
      this.hud.showTip(`<div>${escapeHtml(capitalise(planned.rejection.message))}</div>`, anchor.x, anchor.y);
      return;
    }
    const { cost, ap } = planned.plan;
    const dash = ap === 2;
    const sides = coverAt(w, tile.x, tile.y);
    const shield = (c: number) => (c === 2 ? '■' : c === 1 ? '▄' : '·');
    // enemies in sight that could see the tile and would find no cover toward them there
    const flankers = this.visibleEnemies().filter((e) => {
      const ex = w.c.Position.x[e]!;
      const ey = w.c.Position.y[e]!;
      return (
        canSeeTileFrom(w.grid, ex, ey, w.c.Stats.vision[e]!, tile.x, tile.y) &&
        coverToward(w.grid, tile.x, tile.y, ex, ey) === 0
      );
    });
    this.hud.showTip(
      `<div class="title ${dash ? 'dash' : 'move'}">${dash ? 'Dash' : 'Move'} · ${cost} MP · ${ap} AP</div>` +
        `<div class="shields" aria-label="cover">N${shield(sides.n)} E${shield(sides.e)} S${shield(sides.s)} W${shield(sides.w)} <small>(■ full ▄ half)</small></div>` +
        (flankers.length
          ? `<div class="warn">⚠ Flanked by ${flankers.map((e) => escapeHtml(w.c.Unit.name[e]!)).join(', ')}</div>`
          : ''),
      anchor.x,
      anchor.y,
    );
  }

  private updateBadges(): void {
    this.updateMapLabels();
    if (this.mode.mode === 'move' || this.busy) {
      this.hud.setBadges([], () => {});
      return;
    }
    const list: HitBadge[] = this.targets.map((t) => {
      const p = this.tileToClient(this.world.c.Position.x[t.eid]!, this.world.c.Position.y[t.eid]!);
      const pct = t.chance?.percent ?? 0;
      return {
        id: t.id,
        percent: pct,
        colour: this.mode.mode === 'enemy' ? css(hitColour(pct)) : css(PALETTE.squad),
        x: p.x,
        y: p.y - 64 * this.cam.zoom,
      };
    });
    this.hud.setBadges(list, (id) => void this.commit(id));
  }

  /** Screen labels pinned to tiles: breach seal countdowns and strike warnings. */
  private updateMapLabels(): void {
    const g = this.world.grid;
    const labels: MapLabel[] = [];
    // one label per opening: touching breach tiles with the same countdown share it (at the middle tile)
    const groups: { tiles: { x: number; y: number }[]; left: number }[] = [];
    for (const [i, left] of [...this.breaches].sort((a, b) => a[0] - b[0])) {
      if (!this.seen[i]) continue;
      const x = i % g.width;
      const y = (i - x) / g.width;
      const near = groups.find(
        (gr) => gr.left === left && gr.tiles.some((t) => Math.max(Math.abs(t.x - x), Math.abs(t.y - y)) === 1),
      );
      if (near) near.tiles.push({ x, y });
      else groups.push({ tiles: [{ x, y }], left });
    }
    for (const gr of groups) {
      const mid = gr.tiles[Math.floor(gr.tiles.length / 2)]!;
      const p = this.tileToClient(mid.x, mid.y);
      labels.push({
        x: p.x,
        y: p.y - 56 * this.cam.zoom,
        text: gr.left > 1 ? `♨ seals in ${gr.left} turns` : '♨ seals at end of turn',
        cls: 'breach',
      });
    }
    for (const s of this.strikes) {
      const p = this.tileToClient(s.x, s.y);
      labels.push({ x: p.x, y: p.y - 20 * this.cam.zoom, text: '⚠ shell lands end of turn', cls: 'strike' });
    }
    this.hud.setMapLabels(labels);
  }

  private unitIdAt(x: number, y: number): string | undefined {
    const e = unitAt(this.world, x, y);
    return e === undefined ? undefined : this.world.c.Unit.id[e];
  }

  // ---------------------------------------------------------------- choosing and sending commands

  select(id: string, centre: boolean): void {
    const eid = unitById(this.world, id);
    if (eid === undefined || this.world.c.Unit.faction[eid] !== Faction.squad) return;
    this.selected = id;
    this.mode = ACTIONS[0]!;
    this.targets = [];
    for (const [uid, v] of this.scene.units) v.setSelected(uid === id);
    this.hud.renderCards(this.world, id);
    if (centre) this.centreOnSelected(false);
    this.updateHud();
    this.updateOverlays();
  }

  private cycleUnit(dir: number): void {
    const squad = unitsSorted(this.world, Faction.squad);
    if (!squad.length) return;
    const ids = squad.map((e) => this.world.c.Unit.id[e]!);
    const ready = squad.filter((e) => this.world.c.Actions.ap[e]! > 0).map((e) => this.world.c.Unit.id[e]!);
    const pool = ready.length ? ready : ids;
    const i = this.selected ? pool.indexOf(this.selected) : -1;
    this.select(pool[(i + dir + pool.length) % pool.length]!, true);
  }

  chooseAction(a: ActionDef): void {
    const eid = this.selectedEid();
    if (this.busy || eid === undefined || this.opts.replay) return;
    if (a.mode === 'move') {
      this.mode = a;
      this.targets = [];
    } else if (a.id === 'climb') {
      const b = breachNextTo(this.world, this.world.c.Position.x[eid]!, this.world.c.Position.y[eid]!);
      if (b) void this.moveTo(b.x, b.y);
      else this.hud.toast('Stand next to a breach to climb in; from the breach, a normal move goes in or out.');
      return;
    } else if (a.mode === 'self') {
      void this.commitCommand(a.command(this.selected!));
      return;
    } else {
      this.mode = a;
      this.targets = this.targetsFor(a, eid);
      this.targetIndex = 0;
      if (!this.targets.length) {
        this.hud.toast(a.mode === 'enemy' ? 'No enemy in sight and range.' : `No ally can be helped that way now.`);
        this.mode = ACTIONS[0]!;
      } else if (a.mode === 'enemy') {
        const t = this.targets[0]!;
        this.centreOnTile(this.world.c.Position.x[t.eid]!, this.world.c.Position.y[t.eid]!);
      }
    }
    this.updateHud();
    this.updateOverlays();
  }

  private targetsFor(a: ActionDef, eid: number): Target[] {
    const w = this.world;
    if (a.mode === 'enemy') {
      return targetsFor(w, eid).map((o) => ({ id: o.target, eid: unitById(w, o.target)!, chance: o.chance }));
    }
    if (a.id !== 'first_aid' && a.id !== 'boost' && a.id !== 'pull') return [];
    return helpTargets(w, w.c.Unit.id[eid]!, a.id).map((id) => ({ id, eid: unitById(w, id)!, chance: null }));
  }

  /** Confirms the current choice: the target unit id (targeting modes) or the tile (move). */
  private async commit(targetId?: string): Promise<void> {
    const a = this.mode;
    if (a.mode === 'move' || !this.selected) return;
    const t = targetId ?? this.targets[this.targetIndex]?.id;
    if (!t) return;
    await this.commitCommand(a.command(this.selected, t));
  }

  private async moveTo(x: number, y: number): Promise<void> {
    if (!this.selected) return;
    const w = this.world;
    // a breach is climbed into, not walked into; from its lip a normal move goes in or out
    if (w.grid.terrain[y * w.grid.width + x] === T.breach) {
      await this.commitCommand({
        type: 'climb',
        unit: this.selected,
        to: { x, y },
      });
      return;
    }
    await this.commitCommand({ type: 'move', unit: this.selected, to: { x, y } });
  }

  /**
   * Sends a command to the engine and returns its result with the events the player may see: the
   * squad's sight is taken before the command and the events pass through the fog of war.
   */
  private send(cmd: Command): { r: ApplyResult; shown: AnyEvent[] } {
    const start = squadSight(this.world, () => this.world);
    const r = sendCommand(this.session, cmd);
    return { r, shown: r.ok ? fogEvents(r.events as unknown as AnyEvent[], start) : [] };
  }

  private async commitCommand(cmd: Command): Promise<ApplyResult | null> {
    if (this.busy || this.opts.replay) return null;
    const { r, shown } = this.send(cmd);
    if (!r.ok) {
      this.hud.toast(capitalise(r.rejection.message));
      this.updateHud();
      return r;
    }
    writeAutosave(this.platform, this.session);
    this.mode = ACTIONS[0]!;
    this.targets = [];
    this.keyCursor = null;
    await this.play(shown);
    return r;
  }

  async endTurn(): Promise<void> {
    if (
      this.busy ||
      this.opts.replay ||
      this.world.header.phase !== 'player' ||
      this.world.header.outcome !== 'ongoing'
    )
      return;
    const { r, shown } = this.send({ type: 'end_turn' });
    if (!r.ok) {
      this.hud.toast(capitalise(r.rejection.message));
      return;
    }
    writeAutosave(this.platform, this.session);
    this.mode = ACTIONS[0]!;
    this.targets = [];
    await this.play(shown);
    const first = unitsSorted(this.world, Faction.squad)[0];
    if (first !== undefined && !this.selected) this.select(this.world.c.Unit.id[first]!, true);
  }

  private undo(): void {
    if (this.busy || !undoLastMove(this.session)) return;
    // what the undone move showed is forgotten too, as a continue would (and a move is no free look around)
    this.seen = exploredTiles(this.session.map, this.session.seed, this.session.commands);
    writeAutosave(this.platform, this.session);
    this.hud.log('Move undone.', 'phase');
    this.refresh();
    this.centreOnSelected(false);
  }

  // ---------------------------------------------------------------- animating events

  /** Animates events in order (the world already holds the result), then syncs every view. */
  async play(events: AnyEvent[]): Promise<void> {
    this.busy = true;
    this.tweens.skip = false;
    this.hud.hideTip();
    this.scene.rangeG.clear();
    this.scene.pathG.clear();
    this.updateHud();
    for (const e of events) {
      if (this.destroyed) return;
      const line = describeEvent(e, this.session.names);
      if (line)
        this.hud.log(
          line,
          e.type === 'phase_started' ? 'phase' : e.type === 'unit_died' || e.type === 'hit' ? 'bad' : '',
        );
      await this.animate(e);
    }
    this.tweens.skip = false;
    this.busy = false;
    this.animPhase = this.world.header.phase;
    this.refresh();
    if (this.world.header.outcome !== 'ongoing' && !this.opts.replay) {
      await this.tweens.wait(0.6);
      this.opts.onGameOver(this.session);
    }
  }

  /** The event → animation table. Unknown events animate as nothing (their log line still appears). */
  private async animate(e: AnyEvent): Promise<void> {
    const tw = this.tweens;
    const pt = (p: unknown) => p as { x: number; y: number };
    switch (e.type) {
      case 'phase_started': {
        this.animPhase = String(e.phase);
        this.animTurn = Number(e.turn) || 0;
        this.updateHud();
        const label =
          e.phase === 'player' ? `Turn ${e.turn}: Squad` : e.phase === 'enemy' ? 'LGF activity' : 'Bombardment';
        this.hud.banner(label, String(e.phase), 900 / this.tweens.speed);
        await tw.wait(e.phase === 'player' ? 0.3 : 0.55);
        return;
      }
      case 'moved': {
        // the squad's own moves (enemy moves arrive as moved_in_sight, through the fog of war)
        const v = this.scene.units.get(String(e.unit));
        const path = (e.path as { x: number; y: number }[]) ?? [];
        if (!v || !path.length) return;
        v.root.visible = true;
        await this.walk(v, path);
        return;
      }
      case 'moved_in_sight': {
        // an enemy appears where it enters the squad's sight and vanishes where it leaves it
        const v = this.scene.units.get(String(e.unit));
        const segments = (e.segments as { x: number; y: number }[][]) ?? [];
        if (!v || !segments.length) return;
        const last = segments[segments.length - 1]!;
        const end = last[last.length - 1]!;
        this.centreOnTile(end.x, end.y);
        for (const seg of segments) {
          v.setTile(seg[0]!.x, seg[0]!.y);
          v.root.visible = true;
          await this.walk(v, seg.slice(1));
          if (seg !== last || e.end === null) v.root.visible = false;
        }
        return;
      }
      case 'shot_from_dark':
      case 'reaction_from_dark': {
        // no shooter, no direction: only the impact on the target
        const t = this.unitTile(String(e.target)) ?? pt(e.to ?? e.at);
        const p = tileToScreen(t.x, t.y);
        this.centreOnTile(t.x, t.y);
        await tw.wait(0.15);
        if (e.hit !== false && e.type === 'shot_from_dark') this.scene.emit('spark', p.sx, p.sy - 28, 8);
        else this.scene.emit('flash', p.sx + 18, p.sy - 40, 1);
        await tw.wait(0.2);
        return;
      }
      case 'shot':
      case 'reaction_fire': {
        const shooter = this.unitTile(String(e.unit)) ?? (e.from as { x: number; y: number } | undefined);
        const target = this.unitTile(String(e.target)) ?? (e.to as { x: number; y: number } | undefined) ?? pt(e.at);
        if (!shooter || !target) return;
        const a = tileToScreen(shooter.x, shooter.y);
        const b = tileToScreen(target.x, target.y);
        const energy = this.scene.units.get(String(e.unit))?.faction === Faction.lgf;
        const miss = e.hit === false;
        const bx = b.sx + (miss ? 18 : 0);
        const by = b.sy - 28 + (miss ? -14 : 0);
        this.scene.emit('flash', a.sx, a.sy - 30, 1);
        const g = new Graphics();
        this.scene.fx.addChild(g);
        await tw.run(0.22, (t) => {
          g.clear();
          const x1 = a.sx + (bx - a.sx) * t;
          const y1 = a.sy - 30 + (by - (a.sy - 30)) * t;
          const x0 = a.sx + (bx - a.sx) * Math.max(0, t - 0.35);
          const y0 = a.sy - 30 + (by - (a.sy - 30)) * Math.max(0, t - 0.35);
          g.moveTo(x0, y0)
            .lineTo(x1, y1)
            .stroke({ width: energy ? 3 : 2, color: energy ? PALETTE.conduit : 0xffe6a0, alpha: 0.95 });
        });
        g.destroy();
        if (!miss && e.type === 'shot') this.scene.emit('spark', bx, by, 8);
        return;
      }
      case 'hit':
      case 'crit':
      case 'unit_damaged': {
        const t = this.unitTile(String(e.target ?? e.unit));
        if (t) {
          const p = tileToScreen(t.x, t.y);
          this.scene.emit('spark', p.sx, p.sy - 26, e.type === 'crit' ? 16 : 6);
          const v = this.scene.units.get(String(e.target ?? e.unit));
          if (v) await tw.run(0.25, (k) => (v.root.alpha = 0.4 + 0.6 * Math.abs(Math.cos(k * Math.PI * 3))));
        }
        return;
      }
      case 'miss':
        await tw.wait(0.1);
        return;
      case 'unit_died': {
        const v = this.scene.units.get(String(e.unit));
        if (v) {
          const p = tileToScreen(v.tileX, v.tileY);
          this.scene.emit('smoke', p.sx, p.sy - 10, 4);
          await tw.run(0.5, (t) => {
            v.root.alpha = 1 - t;
            v.root.scale.set(1, 1 - t * 0.6);
          });
          v.root.visible = false;
        }
        return;
      }
      case 'strike_warned': {
        this.strikes.push({ x: Number(e.x), y: Number(e.y), tiles: (e.tiles as { x: number; y: number }[]) ?? [] });
        this.updateOverlays();
        this.centreOnTile(Number(e.x), Number(e.y));
        await tw.wait(0.5);
        return;
      }
      case 'strike_landed': {
        this.strikes = this.strikes.filter((s) => s.x !== e.x || s.y !== e.y);
        this.updateOverlays();
        const p = tileToScreen(Number(e.x), Number(e.y));
        this.centreOnTile(Number(e.x), Number(e.y));
        await tw.wait(0.25);
        this.scene.emit('flash', p.sx, p.sy - 10, 3);
        this.scene.emit('spark', p.sx, p.sy - 10, 24);
        this.scene.emit('smoke', p.sx, p.sy - 10, 10);
        for (const t of (e.tiles as { x: number; y: number }[]) ?? []) {
          const q = tileToScreen(t.x, t.y);
          this.scene.emit('dust', q.sx, q.sy, 1);
        }
        await this.shake(0.4, 10);
        return;
      }
      case 'wall_collapsed':
      case 'debris': {
        const p = tileToScreen(Number(e.x), Number(e.y));
        this.scene.emit('dust', p.sx, p.sy - 16, e.type === 'wall_collapsed' ? 8 : 3);
        if (e.type === 'wall_collapsed') {
          this.scene.buildTerrain(this.world);
          this.terrainSnapshot = this.terrainKey();
          this.scene.setFog(this.fogState());
          await this.shake(0.25, 5);
        } else await tw.wait(0.15);
        return;
      }
      case 'dust_raised': {
        for (const t of (e.tiles as { x: number; y: number }[]) ?? []) {
          const q = tileToScreen(t.x, t.y);
          this.scene.emit('dust', q.sx, q.sy - 8, 1);
        }
        await tw.wait(0.2);
        return;
      }
      case 'breach_opened':
      case 'breach_venting': {
        const x = Number(e.x);
        const y = Number(e.y);
        this.breaches.set(y * this.world.grid.width + x, Number(e.sealsIn));
        const p = tileToScreen(x, y);
        this.centreOnTile(x, y);
        this.scene.emit('steam', p.sx, p.sy - 20, 12);
        if (e.type === 'breach_opened') {
          this.scene.emit('flash', p.sx, p.sy - 20, 2);
          this.scene.buildTerrain(this.world);
          this.terrainSnapshot = this.terrainKey();
          this.scene.setFog(this.fogState());
        }
        await tw.wait(0.6);
        return;
      }
      case 'breach_sealed': {
        const x = Number(e.x);
        const y = Number(e.y);
        this.breaches.delete(y * this.world.grid.width + x);
        const p = tileToScreen(x, y);
        this.scene.emit('steam', p.sx, p.sy - 20, 16);
        this.scene.buildTerrain(this.world);
        this.terrainSnapshot = this.terrainKey();
        this.scene.setFog(this.fogState());
        await tw.wait(0.6);
        return;
      }
      case 'climbed':
      case 'unit_hauled':
      case 'unit_crushed': {
        const v = this.scene.units.get(String(e.unit));
        const to = (e.to ?? null) as { x: number; y: number } | null;
        if (v && to) {
          const a = { x: v.tileX, y: v.tileY };
          await tw.run(0.5, (t) => {
            v.setTile(a.x + (to.x - a.x) * t, a.y + (to.y - a.y) * t);
            v.root.pivot.y = Math.sin(t * Math.PI) * 18;
          });
          v.root.pivot.y = 0;
        }
        return;
      }
      case 'game_over':
        await tw.wait(0.4);
        return;
      default:
        return;
    }
  }

  private async walk(v: UnitView, steps: readonly { x: number; y: number }[]): Promise<void> {
    let from = { x: v.tileX, y: v.tileY };
    for (const step of steps) {
      const a = from;
      await this.tweens.run(0.13, (t) => v.setTile(a.x + (step.x - a.x) * t, a.y + (step.y - a.y) * t));
      from = step;
    }
  }

  private fogState(): Uint8Array {
    const fog = new Uint8Array(this.visible.length);
    for (let i = 0; i < fog.length; i++) fog[i] = this.visible[i] ? 2 : this.seen[i] ? 1 : 0;
    return fog;
  }

  private unitTile(id: string): { x: number; y: number } | undefined {
    const v = this.scene.units.get(id);
    return v ? { x: v.tileX, y: v.tileY } : undefined;
  }

  private async shake(seconds: number, px: number): Promise<void> {
    const base = { x: this.cam.x, y: this.cam.y };
    await this.tweens.run(seconds, (t) => {
      const k = (1 - t) * px;
      this.cam.x = base.x + Math.sin(t * 60) * k;
      this.cam.y = base.y + Math.cos(t * 47) * k * 0.6;
    });
    this.cam.x = base.x;
    this.cam.y = base.y;
  }

  private async playReplay(replay: Replay): Promise<void> {
    this.hud.log(`Replay: ${replay.commands.length} commands.`, 'phase');
    if (this.opts.verdict) this.hud.log(this.opts.verdict, this.opts.verdict.startsWith('Verified') ? 'phase' : 'bad');
    await this.tweens.wait(0.6);
    for (let i = 0; i < replay.commands.length; i++) {
      if (this.destroyed) return;
      const { r, shown } = this.send(replay.commands[i]!);
      if (!r.ok) {
        this.hud.log(`Command ${i} was refused: ${r.rejection.message}. The replay does not match this game.`, 'bad');
        return;
      }
      await this.play(shown);
      await this.tweens.wait(0.15);
    }
    const ok = hashWorld(this.world) === replay.result.hash;
    this.hud.log(
      ok
        ? `Replay verified: the final state hash matches (${replay.result.hash}).`
        : 'The final state differs from the replay file.',
      ok ? 'phase' : 'bad',
    );
  }

  // ---------------------------------------------------------------- camera

  private centreOnSelected(instant: boolean): void {
    const eid = this.selectedEid();
    if (eid === undefined) {
      const c = this.scene.mapCentre();
      this.cam.x = c.sx;
      this.cam.y = c.sy;
      return;
    }
    this.centreOnTile(this.world.c.Position.x[eid]!, this.world.c.Position.y[eid]!, instant);
  }

  private camTarget: { x: number; y: number } | null = null;
  private lastCam = '';

  centreOnTile(x: number, y: number, instant = false): void {
    const p = tileToScreen(x, y);
    if (instant || this.tweens.skip) {
      this.cam.x = p.sx;
      this.cam.y = p.sy;
      this.camTarget = null;
    } else this.camTarget = { x: p.sx, y: p.sy };
  }

  /** The client (CSS pixel) position of a tile centre. */
  tileToClient(x: number, y: number): { x: number; y: number } {
    const p = tileToScreen(x, y);
    const sw = this.app.screen.width;
    const sh = this.app.screen.height;
    return { x: (p.sx - this.cam.x) * this.cam.zoom + sw / 2, y: (p.sy - this.cam.y) * this.cam.zoom + sh / 2 };
  }

  private frame(dt: number): void {
    const sw = this.app.screen.width;
    const sh = this.app.screen.height;
    let vx = 0;
    let vy = 0;
    if (this.keys.has('ArrowLeft')) vx -= 1;
    if (this.keys.has('ArrowRight')) vx += 1;
    if (this.keys.has('ArrowUp')) vy -= 1;
    if (this.keys.has('ArrowDown')) vy += 1;
    if (this.pointer.inside && !this.drag && document.hasFocus()) {
      if (this.pointer.x < EDGE) vx -= 1;
      if (this.pointer.x > sw - EDGE) vx += 1;
      if (this.pointer.y < EDGE) vy -= 1;
      if (this.pointer.y > sh - EDGE) vy += 1;
    }
    if (vx || vy) {
      this.cam.x += (vx * PAN_SPEED * dt) / this.cam.zoom;
      this.cam.y += (vy * PAN_SPEED * dt) / this.cam.zoom;
      this.camTarget = null;
      this.updateBadges();
    } else if (this.camTarget) {
      const k = Math.min(1, dt * 8 * Math.max(1, this.tweens.speed));
      this.cam.x += (this.camTarget.x - this.cam.x) * k;
      this.cam.y += (this.camTarget.y - this.cam.y) * k;
      if (Math.abs(this.camTarget.x - this.cam.x) + Math.abs(this.camTarget.y - this.cam.y) < 0.5)
        this.camTarget = null;
      this.updateBadges();
    }
    this.clampCamera();
    // labels and badges follow the camera however it moved (instant centring, shake, zoom)
    const camKey = `${this.cam.x},${this.cam.y},${this.cam.zoom},${this.app.screen.width},${this.app.screen.height}`;
    if (camKey !== this.lastCam) {
      this.lastCam = camKey;
      this.updateBadges();
    }
    this.worldLayer.scale.set(this.cam.zoom);
    this.worldLayer.position.set(
      Math.round(sw / 2 - this.cam.x * this.cam.zoom),
      Math.round(sh / 2 - this.cam.y * this.cam.zoom),
    );
    this.scene.ground.follow(this.worldLayer.position.x, this.worldLayer.position.y, this.cam.zoom);
    this.tweens.update(dt);
    this.scene.update(dt);
  }

  private clampCamera(): void {
    const g = this.world.grid;
    const minX = -g.height * HALF_W;
    const maxX = g.width * HALF_W;
    this.cam.x = Math.min(maxX, Math.max(minX, this.cam.x));
    this.cam.y = Math.min((g.width + g.height) * HALF_H, Math.max(-HALF_H * 4, this.cam.y));
  }

  private changeSpeed(d: number): void {
    this.speedIndex = Math.min(SPEEDS.length - 1, Math.max(0, this.speedIndex + d));
    this.tweens.speed = SPEEDS[this.speedIndex]!;
    this.platform.save('denizens.speed', String(this.speedIndex));
    this.updateHud();
  }

  private scaleText(d: number): void {
    const cur = Number.parseFloat(document.documentElement.style.fontSize || '16') || 16;
    const next = Math.min(26, Math.max(12, cur + d * 2));
    document.documentElement.style.fontSize = `${next}px`;
    this.platform.save('denizens.textSize', String(next));
  }

  private exportReplay(): void {
    const r = buildReplay(this.session);
    this.platform.download(
      `denizens-${this.session.map.id}-${this.session.seed}-t${r.result.turn}.replay.json`,
      `${JSON.stringify(r, null, 1)}\n`,
    );
  }

  // ---------------------------------------------------------------- input

  private bindInput(): void {
    const canvas = this.app.canvas;
    const savedText = this.platform.load('denizens.speed');
    const savedSpeed = savedText === null ? Number.NaN : Number(savedText);
    if (Number.isInteger(savedSpeed) && SPEEDS[savedSpeed]) {
      this.speedIndex = savedSpeed;
      this.tweens.speed = SPEEDS[savedSpeed]!;
    }
    const on = <K extends keyof WindowEventMap>(
      target: Window | HTMLElement,
      type: K,
      fn: (e: WindowEventMap[K]) => void,
      opts?: AddEventListenerOptions,
    ) => {
      target.addEventListener(type, fn as EventListener, opts);
      this.cleanups.push(() => target.removeEventListener(type, fn as EventListener, opts));
    };
    on(canvas, 'pointerdown', (e) => {
      if (e.button === 2) return;
      this.drag = { x: e.clientX, y: e.clientY, camX: this.cam.x, camY: this.cam.y, moved: false };
    });
    on(window, 'pointermove', (e) => {
      this.pointer = { x: e.clientX, y: e.clientY, inside: true };
      if (this.drag) {
        const dx = e.clientX - this.drag.x;
        const dy = e.clientY - this.drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 6) this.drag.moved = true;
        if (this.drag.moved) {
          this.cam.x = this.drag.camX - dx / this.cam.zoom;
          this.cam.y = this.drag.camY - dy / this.cam.zoom;
          this.camTarget = null;
          this.updateBadges();
          return;
        }
      }
      if (e.target !== canvas) return;
      const t = this.pickTile(e.clientX, e.clientY);
      this.keyCursor = null;
      if (!this.hover || t.x !== this.hover.x || t.y !== this.hover.y) {
        this.hover = t;
        this.updateOverlays();
      } else this.updateTip();
    });
    on(window, 'pointerup', (e) => {
      const d = this.drag;
      this.drag = null;
      if (!d || d.moved || e.target !== canvas) return;
      void this.clickTile(this.pickTile(e.clientX, e.clientY));
    });
    on(document.documentElement, 'pointerleave', () => (this.pointer.inside = false));
    on(canvas, 'contextmenu', (e) => {
      e.preventDefault();
      this.cancel();
    });
    on(
      canvas,
      'wheel',
      (e) => {
        e.preventDefault();
        this.zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX, e.clientY);
      },
      { passive: false },
    );
    on(window, 'keydown', (e) => this.onKey(e));
    on(window, 'keyup', (e) => this.keys.delete(e.key));
    on(window, 'blur', () => this.keys.clear());
  }

  private zoom(f: number, px?: number, py?: number): void {
    const sw = this.app.screen.width;
    const sh = this.app.screen.height;
    this.cam = zoomAt(this.cam, sw, sh, px ?? sw / 2, py ?? sh / 2, f);
    this.cam.zoom = clampZoom(this.cam.zoom);
    this.updateBadges();
  }

  private pickTile(cx: number, cy: number): { x: number; y: number } {
    const p = screenToWorld(this.cam, this.app.screen.width, this.app.screen.height, cx, cy);
    return screenToTile(p.x, p.y);
  }

  private async clickTile(t: { x: number; y: number }): Promise<void> {
    const w = this.world;
    if (this.busy || this.opts.replay || !inBounds(w.grid, t.x, t.y)) return;
    const here = unitAt(w, t.x, t.y);
    if (this.mode.mode !== 'move') {
      const id = here !== undefined ? w.c.Unit.id[here] : undefined;
      if (id && this.targets.some((x) => x.id === id)) await this.commit(id);
      else this.cancel();
      return;
    }
    if (here !== undefined && w.c.Unit.faction[here] === Faction.squad) {
      this.select(w.c.Unit.id[here]!, false);
      return;
    }
    if (here !== undefined) {
      this.chooseAction(ACTIONS.find((a) => a.id === 'shoot')!);
      return;
    }
    await this.moveTo(t.x, t.y);
  }

  private cancel(): void {
    this.mode = ACTIONS[0]!;
    this.targets = [];
    this.keyCursor = null;
    this.updateHud();
    this.updateOverlays();
  }

  private onKey(e: KeyboardEvent): void {
    if (
      e.target instanceof HTMLInputElement ||
      e.target instanceof HTMLSelectElement ||
      e.target instanceof HTMLTextAreaElement
    )
      return;
    const k = e.key;
    if (k.startsWith('Arrow')) {
      this.keys.add(k);
      e.preventDefault();
      return;
    }
    if (k === 'x' || k === 'X') {
      if (this.busy) this.tweens.skip = true;
      return;
    }
    if (k === '+' || k === '=') {
      this.zoom(1.2);
      return;
    }
    if (k === '-' || k === '_') {
      this.zoom(1 / 1.2);
      return;
    }
    if (k === 'c' || k === 'C') {
      this.centreOnSelected(false);
      return;
    }
    if (k === ',' || k === '<') {
      this.changeSpeed(-1);
      return;
    }
    if (k === '.' || k === '>') {
      this.changeSpeed(1);
      return;
    }
    if (k === '[') {
      this.scaleText(-1);
      return;
    }
    if (k === ']') {
      this.scaleText(1);
      return;
    }
    if (this.busy || this.opts.replay) return;
    const targeting = this.mode.mode !== 'move';
    if (k === 'Tab') {
      e.preventDefault();
      if (targeting && this.targets.length) {
        this.targetIndex = (this.targetIndex + (e.shiftKey ? -1 : 1) + this.targets.length) % this.targets.length;
        const t = this.targets[this.targetIndex]!;
        this.keyCursor = { x: this.world.c.Position.x[t.eid]!, y: this.world.c.Position.y[t.eid]! };
        this.centreOnTile(this.keyCursor.x, this.keyCursor.y);
        this.updateOverlays();
      } else this.cycleUnit(e.shiftKey ? -1 : 1);
      return;
    }
    if (k === 'Escape') {
      this.cancel();
      return;
    }
    if ((k === 'Enter' || k === 'f' || k === 'F') && targeting) {
      e.preventDefault();
      void this.commit();
      return;
    }
    if ((k === 'f' || k === 'F') && this.keyCursor) {
      void this.clickTile(this.keyCursor);
      return;
    }
    if (k === ' ' || k === 'Enter') {
      e.preventDefault();
      if (document.activeElement instanceof HTMLButtonElement) return;
      void this.endTurn();
      return;
    }
    if (k === 'u' || k === 'U' || k === 'Backspace' || ((e.ctrlKey || e.metaKey) && (k === 'z' || k === 'Z'))) {
      e.preventDefault();
      this.undo();
      return;
    }
    if ('wasdWASD'.includes(k) && k.length === 1) {
      const eid = this.selectedEid();
      const base =
        this.keyCursor ??
        this.hover ??
        (eid !== undefined ? { x: this.world.c.Position.x[eid]!, y: this.world.c.Position.y[eid]! } : { x: 0, y: 0 });
      const d = { w: [0, -1], s: [0, 1], a: [-1, 0], d: [1, 0] }[k.toLowerCase() as 'w']!;
      const g = this.world.grid;
      this.keyCursor = {
        x: Math.min(g.width - 1, Math.max(0, base.x + d[0]!)),
        y: Math.min(g.height - 1, Math.max(0, base.y + d[1]!)),
      };
      this.centreOnTile(this.keyCursor.x, this.keyCursor.y);
      this.updateOverlays();
      return;
    }
    const a = actionForKey(k);
    if (a && !e.ctrlKey && !e.metaKey && !e.altKey) this.chooseAction(a);
  }

  destroy(): void {
    this.destroyed = true;
    for (const c of this.cleanups) c();
    this.hud.destroy();
    this.app.stage.removeChild(this.worldLayer);
    this.worldLayer.destroy({ children: true });
    this.scene.ground.destroy();
    this.stage.querySelector('canvas.sky')?.remove();
  }
}

function diamond(sx: number, sy: number, k: number): number[] {
  return [sx, sy - HALF_H * k, sx + HALF_W * k, sy, sx, sy + HALF_H * k, sx - HALF_W * k, sy];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
