import { createGame } from '@denizens/engine';
import { MapSchema } from '@denizens/maps';
import { Application, Container, Graphics } from 'pixi.js';
import { el } from '../../hud/el';
import { HALF_H, HALF_W } from '../../iso/constants';
import { tileToScreen } from '../../iso/tileToScreen';
import { makeTextures, type Textures } from '../../render/makeTextures';
import { Scene } from '../../render/scene';
import { buildMapJson, type EditorMap, terrainAt, UNKNOWN } from '../editorMap';

/** Wait after the last change before the preview is rebuilt (drags change the draft on every tile). */
const SETTLE_MS = 150;

export interface Preview {
  /** Shows a draft (rebuilt once the draft stops changing). */
  show(m: EditorMap): void;
  destroy(): void;
}

/**
 * The isometric preview: the draft as the game draws it, through the game's own renderer (`render/Scene`, the
 * same textures, walls, glows and unit figures) in a small PixiJS application of its own, everything in sight.
 * Read-only: it builds a throwaway engine world from the draft with `createGame` and never touches the editor's
 * state. Tiles with an unknown terrain code are drawn as void with a magenta marker; a draft the engine cannot
 * build a world from says why instead.
 */
export function createPreview(host: HTMLElement): Preview {
  const stage = el('div', { class: 'iso', 'data-preview': 'pending' });
  const note = el('p', { class: 'hint preview-note' });
  host.append(stage, note);
  let app: Application | null = null;
  let tex: Textures | null = null;
  let scene: Scene | null = null;
  let layer: Container | null = null;
  let pending: EditorMap | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gone = false;

  const ready = (async () => {
    const a = new Application();
    await a.init({
      width: Math.max(64, stage.clientWidth),
      height: Math.max(64, stage.clientHeight),
      backgroundAlpha: 0,
      antialias: false,
      preference: 'webgl',
      resolution: 1,
      autoStart: false,
    });
    if (gone) return void a.destroy(true);
    a.canvas.setAttribute('aria-hidden', 'true');
    stage.append(a.canvas);
    app = a;
    tex = makeTextures();
  })().catch((e: unknown) => {
    // no WebGL here (or the context was refused): the editor works on without a preview, and says so
    note.textContent = `No preview: the game's renderer could not start (${(e as Error).message ?? e}).`;
    stage.dataset.preview = 'failed';
  });

  const draw = async () => {
    await ready;
    const m = pending;
    if (!m || !app || !tex || gone) return;
    pending = null;
    const unknown: { x: number; y: number }[] = [];
    for (let y = 0; y < m.height; y++)
      for (let x = 0; x < m.width; x++) if (terrainAt(m, x, y) === UNKNOWN) unknown.push({ x, y });
    const json = buildMapJson(m) as { terrain: string[] };
    // the engine only knows legend codes: unknown tiles are drawn as void here, and marked
    json.terrain = json.terrain.map((row, y) =>
      unknown.some((t) => t.y === y)
        ? Array.from(row, (c, x) => (terrainAt(m, x, y) === UNKNOWN ? ' ' : c)).join('')
        : row,
    );
    const parsed = MapSchema.safeParse(json);
    let world: ReturnType<typeof createGame>;
    try {
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'the map does not parse');
      world = createGame(parsed.data, 1);
    } catch (e) {
      note.textContent = `No preview of this draft: ${(e as Error).message}`;
      stage.dataset.preview = 'failed';
      return;
    }
    scene?.ground.destroy();
    layer?.destroy({ children: true });
    const s = new Scene(tex, stage);
    const l = new Container();
    l.addChild(s.root);
    s.buildTerrain(world);
    s.syncUnits(world, null);
    s.update(0);
    const marks = new Graphics();
    for (const t of unknown) {
      const p = tileToScreen(t.x, t.y);
      marks
        .poly([p.sx, p.sy - HALF_H, p.sx + HALF_W, p.sy, p.sx, p.sy + HALF_H, p.sx - HALF_W, p.sy])
        .fill({ color: 0x5a1040, alpha: 0.85 })
        .stroke({ color: 0xff4fd8, width: 3 });
    }
    l.addChild(marks);
    app.stage.addChild(l);
    scene = s;
    layer = l;
    // fit the whole map (with room above the top row for walls) into the pane
    const w = Math.max(64, stage.clientWidth);
    const h = Math.max(64, stage.clientHeight);
    if (app.renderer.width !== w || app.renderer.height !== h) app.renderer.resize(w, h);
    const minX = -m.height * HALF_W;
    const maxX = m.width * HALF_W;
    const minY = -HALF_H - 56;
    const maxY = (m.width + m.height - 1) * HALF_H + 30;
    const zoom = Math.min(w / (maxX - minX), h / (maxY - minY));
    const ox = w / 2 - ((minX + maxX) / 2) * zoom;
    const oy = h / 2 - ((minY + maxY) / 2) * zoom;
    l.position.set(ox, oy);
    l.scale.set(zoom);
    s.ground.follow(ox, oy, zoom);
    app.render();
    note.textContent = unknown.length
      ? `${unknown.length} tile${unknown.length === 1 ? '' : 's'} with an unknown terrain code (magenta): the game cannot draw ${unknown.length === 1 ? 'it' : 'them'}.`
      : '';
    stage.dataset.preview = 'ready';
  };

  return {
    show(m) {
      pending = m;
      stage.dataset.preview = 'pending';
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          void draw().catch((e: unknown) => {
            note.textContent = `No preview of this draft: ${(e as Error).message ?? e}`;
            stage.dataset.preview = 'failed';
          }),
        SETTLE_MS,
      );
    },
    destroy() {
      gone = true;
      clearTimeout(timer);
      scene?.ground.destroy();
      app?.destroy(true, { children: true });
      stage.remove();
      note.remove();
    },
  };
}
