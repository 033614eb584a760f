import type { GameWorld } from '@denizens/engine';
import type { Camera } from '../../camera/camera';
import type { Hud } from '../../hud/hud';
import type { Fill } from '../../render/fillMeter';
import type { TerrainShown } from '../../render/scene';
import type { FloatText, Particle, UnitSprite } from './animate';
import type { OverlayModel } from './overlays';
import type { Tile } from './state';

/**
 * The map as the controller sees it: layers it can bring up to date, the camera, and what the
 * animations move. The browser's is `PixiView` (PixiJS); tests use a recording fake.
 */
export interface PlayView {
  readonly screen: { readonly width: number; readonly height: number };
  /** The terrain as the animation shows it (`shown`: walls whose fall is still to come, strike marks). */
  drawTerrain(world: GameWorld, shown?: TerrainShown): void;
  /** A copy of the wall on a tile that falls over (`step(t)`, 0 to 1); taken before the terrain loses it. */
  fallingWall(x: number, y: number): { step(t: number): void; destroy(): void };
  /** How many strike marks (craters with scorch) the floor shows. */
  strikeMarks(): number;
  /** What the ground canvas paints that WebGL used to draw every frame: tiles of lingering dust, still glows. */
  groundLights(): { dust: number; glows: number };
  /** What the WebGL canvas covers now, the work of a frame in software rendering (render/fillMeter.ts). */
  fill(): Fill;
  /** Fog per tile: 2 in sight, 1 seen before (dimmed), 0 never seen. */
  drawFog(fog: Uint8Array): void;
  drawGround(vents: readonly Tile[], dust: ArrayLike<number>, visible: Uint8Array): void;
  /** Places every unit as the world has it (`visible`: the squad's sight), or only marks the selection (null). */
  drawUnits(world: GameWorld, visible: Uint8Array | null, selected: string | null): void;
  drawOverlays(model: OverlayModel): void;
  applyCamera(cam: Camera): void;
  /** Advances the particles and ambient effects; true while an event's effect (smoke, sparks) still moves. */
  update(dt: number): boolean;
  /**
   * Calls `fn(seconds)` before every frame drawn, until the returned function is called. Frames are drawn on demand
   * only (render/frameLoop.ts): `fn` returns true to want the next frame too.
   */
  onFrame(fn: (dt: number) => unknown): () => void;
  /**
   * Asks for one frame to be drawn. The view's own draw and effect methods ask already; call it after changing a
   * sprite directly (a `UnitSprite`'s position or alpha outside a tween).
   */
  requestRender(): void;
  /** Something animates: a frame every display frame until the returned release is called (tweens hold already). */
  hold(): () => void;
  /** The window has the keyboard focus (edge panning only then). */
  focused(): boolean;
  mapCentre(): { sx: number; sy: number };
  unit(id: string): UnitSprite | undefined;
  /** The unit's figure is on screen (not hidden by the fog of war). */
  unitShown(id: string): boolean;
  /** A wall hides the unit and its outline is drawn over the wall. */
  unitOutlined(id: string): boolean;
  emit(kind: Particle, sx: number, sy: number, n: number): void;
  tracer(): { draw(x0: number, y0: number, x1: number, y1: number, energy: boolean): void; destroy(): void };
  float(sx: number, sy: number, text: string, colour: number): FloatText;
  /** Changes the page's text size by a step; returns the new size in pixels. */
  scaleText(delta: number): number;
  destroy(): void;
}

/** The HUD as the controller uses it (the browser's `Hud`; tests record the calls). */
export type HudPort = Pick<
  Hud,
  | 'setTop'
  | 'setSpeed'
  | 'renderCards'
  | 'setActions'
  | 'showTip'
  | 'hideTip'
  | 'banner'
  | 'toast'
  | 'say'
  | 'tell'
  | 'setBadges'
  | 'setMapLabels'
  | 'setPrompt'
  | 'setHelp'
  | 'log'
  | 'destroy'
>;
