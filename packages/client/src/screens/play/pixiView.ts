import type { GameWorld } from '@denizens/engine';
import { type Application, Container, Graphics, Text } from 'pixi.js';
import type { Camera } from '../../camera/camera';
import { drawCanvas } from '../../render/drawCanvas';
import { drawNightSky, drawShipBackdrop } from '../../render/drawUnits';
import { type Fill, measureFill } from '../../render/fillMeter';
import { type FrameLoop, frameLoopOf } from '../../render/frameLoop';
import type { Textures } from '../../render/makeTextures';
import { paintOverlays } from '../../render/paintOverlays';
import { PALETTE } from '../../render/palette';
import { Scene, type TerrainShown } from '../../render/scene';
import type { OverlayModel } from './overlays';
import type { Tile } from './state';
import type { PlayView } from './view';

/**
 * The play screen's map in the browser: the PixiJS scene in a camera-driven layer over a CSS sky. It draws on demand
 * (render/frameLoop.ts): whatever changes the scene through it asks for a frame; nothing changed, nothing is drawn.
 */
export class PixiView implements PlayView {
  readonly scene: Scene;
  readonly loop: FrameLoop;
  private readonly worldLayer = new Container();
  private skyTheme: string | null = null;
  private camShown = '';

  constructor(
    private app: Application,
    tex: Textures,
    private stageEl: HTMLElement,
  ) {
    this.scene = new Scene(tex, stageEl);
    app.stage.addChild(this.worldLayer);
    this.worldLayer.addChild(this.scene.root);
    this.loop = frameLoopOf(app);
    this.loop.ambient = () => this.scene.ambientIn(this.visibleRect());
    this.loop.requestRender();
  }

  requestRender(): void {
    this.loop.requestRender();
  }

  hold(): () => void {
    return this.loop.hold();
  }

  /** What the camera shows, in the scene's coordinates (with a margin for tall sprites). */
  private visibleRect() {
    const { width: sw, height: sh } = this.app.screen;
    const k = this.worldLayer.scale.x || 1;
    const { x, y } = this.worldLayer.position;
    return { x0: -x / k - 32, y0: -y / k - 32, x1: (sw - x) / k + 32, y1: (sh - y) / k + 96 };
  }

  get screen(): { width: number; height: number } {
    return this.app.screen;
  }

  drawTerrain(world: GameWorld, shown?: TerrainShown): void {
    this.loop.requestRender();
    this.scene.buildTerrain(world, shown);
    if (this.scene.theme !== this.skyTheme) this.paintSky();
  }

  /** The backdrop is a CSS background under both canvases (free to composite, unlike a screen-sized WebGL quad). */
  private paintSky(): void {
    const w = 1024;
    const h = 512;
    this.skyTheme = this.scene.theme;
    const canvas = drawCanvas(w, h, (c) =>
      this.scene.theme === 'ship' ? drawShipBackdrop(c, w, h) : drawNightSky(c, w, h),
    );
    canvas.className = 'sky';
    canvas.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;object-fit:cover;pointer-events:none';
    this.stageEl.querySelector('canvas.sky')?.remove();
    this.stageEl.prepend(canvas);
  }

  drawFog(fog: Uint8Array): void {
    this.loop.requestRender();
    this.scene.setFog(fog);
  }

  drawGround(vents: readonly Tile[], dust: ArrayLike<number>, visible: Uint8Array): void {
    this.loop.requestRender();
    this.scene.setVents(vents);
    this.scene.setDust(dust, visible);
  }

  drawUnits(world: GameWorld, visible: Uint8Array | null, selected: string | null): void {
    this.loop.requestRender();
    if (visible) this.scene.syncUnits(world, visible);
    for (const [id, v] of this.scene.units) v.setSelected(id === selected);
  }

  drawOverlays(model: OverlayModel): void {
    this.loop.requestRender();
    paintOverlays(this.scene, model);
  }

  applyCamera(cam: Camera): void {
    const { width: sw, height: sh } = this.app.screen;
    const px = Math.round(sw / 2 - cam.x * cam.zoom);
    const py = Math.round(sh / 2 - cam.y * cam.zoom);
    const key = `${px},${py},${cam.zoom},${sw},${sh}`;
    if (key === this.camShown) return;
    this.camShown = key;
    this.worldLayer.scale.set(cam.zoom);
    this.worldLayer.position.set(px, py);
    this.scene.ground.follow(px, py, cam.zoom);
    this.loop.requestRender();
  }

  update(dt: number): boolean {
    return this.scene.update(dt);
  }

  onFrame(fn: (dt: number) => unknown): () => void {
    return this.loop.onFrame(fn);
  }

  focused(): boolean {
    return document.hasFocus();
  }

  mapCentre(): { sx: number; sy: number } {
    return this.scene.mapCentre();
  }

  unit(id: string) {
    return this.scene.units.get(id);
  }

  unitShown(id: string): boolean {
    return this.scene.units.get(id)?.root.visible ?? false;
  }

  fallingWall(x: number, y: number): { step(t: number): void; destroy(): void } {
    this.loop.requestRender();
    return this.scene.fallingWall(x, y);
  }

  strikeMarks(): number {
    return this.scene.ground.marks;
  }

  fill(): Fill {
    return measureFill(this.app.stage, this.app.screen.width, this.app.screen.height);
  }

  groundLights(): { dust: number; glows: number } {
    return { dust: this.scene.dustShown, glows: this.scene.stillGlowCount };
  }

  unitOutlined(id: string): boolean {
    return this.scene.units.get(id)?.ghost.visible ?? false;
  }

  emit(kind: 'dust' | 'smoke' | 'steam' | 'spark' | 'flash', sx: number, sy: number, n: number): void {
    this.loop.requestRender();
    this.scene.emit(kind, sx, sy, n);
  }

  tracer() {
    const g = new Graphics();
    g.label = 'tracer';
    this.scene.fx.addChild(g);
    return {
      draw: (x0: number, y0: number, x1: number, y1: number, energy: boolean) => {
        this.loop.requestRender();
        g.clear()
          .moveTo(x0, y0)
          .lineTo(x1, y1)
          .stroke({ width: energy ? 3 : 2, color: energy ? PALETTE.conduit : 0xffe6a0, alpha: 0.95 });
      },
      destroy: () => {
        g.destroy();
        this.loop.requestRender();
      },
    };
  }

  float(sx: number, sy: number, text: string, colour: number) {
    const t = new Text({
      text,
      style: {
        fontFamily: 'system-ui, sans-serif',
        fontSize: 18,
        fontWeight: '800',
        fill: colour,
        stroke: { color: 0x000000, width: 4 },
      },
    });
    t.anchor.set(0.5, 1);
    t.label = 'float';
    t.position.set(sx, sy);
    this.scene.fx.addChild(t);
    return {
      place: (dy: number, alpha: number) => {
        this.loop.requestRender();
        t.position.set(sx, sy + dy);
        t.alpha = alpha;
      },
      destroy: () => {
        t.destroy();
        this.loop.requestRender();
      },
    };
  }

  scaleText(delta: number): number {
    const cur = Number.parseFloat(document.documentElement.style.fontSize || '16') || 16;
    const next = Math.min(26, Math.max(12, cur + delta * 2));
    document.documentElement.style.fontSize = `${next}px`;
    return next;
  }

  destroy(): void {
    this.loop.ambient = () => false;
    this.loop.requestRender();
    this.app.stage.removeChild(this.worldLayer);
    this.worldLayer.destroy({ children: true });
    this.scene.ground.destroy();
    this.stageEl.querySelector('canvas.sky')?.remove();
  }
}
