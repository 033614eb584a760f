import { el } from '../hud/el';
import { HUD_CSS } from '../hud/styles';
import { browserPlatform } from '../platform/browserPlatform';
import type { Platform } from '../platform/platform';
import { createController, type EditorController } from './controller';
import { EDITOR_CSS } from './editorCss';
import type { Intent } from './intents';
import { startingWork } from './loadEditorMap';
import { type EditorState, initialState } from './state';
import { paintGrid, scrollToTile, sizeGrid, statusText } from './view/grid';
import { bindInput } from './view/input';
import { buildLayout } from './view/layout';
import { renderPanels } from './view/panels';
import { createPreview } from './view/preview';

export interface EditorHooks {
  /** Starts a game on the map with the given seed; returns why it cannot, or null. */
  playTest(map: unknown, seed: string): string | null;
  close(): void;
  /** Storage and downloads (default: the browser's). */
  platform?: Platform;
}

/**
 * The map editor (its own lazily loaded chunk). One way round: the view (`view/input.ts`) turns DOM events into
 * intents; the controller runs them through `reduce` (the tools in `tools/`, one module each) into a new state
 * (`state.ts`, the only state there is); then the view draws that state: panels, the top-down grid, the status
 * line and the isometric preview (the game's own renderer).
 */
export function openEditor(ui: HTMLElement, h: EditorHooks): () => void {
  if (!document.getElementById('hud-css')) document.head.append(el('style', { id: 'hud-css', text: HUD_CSS }));
  if (!document.getElementById('editor-css')) document.head.append(el('style', { id: 'editor-css', text: EDITOR_CSS }));
  const platform = h.platform ?? browserPlatform();
  const send = (i: Intent) => ctl.dispatch(i);
  const dom = buildLayout(send);
  ui.append(dom.screen);
  const preview = createPreview(dom.preview);

  let frame = 0;
  const paintSoon = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      paintGrid(dom, ctl.state);
    });
  };
  /** Redraws what the change touched: the grid and status always, panels and preview when more than the pointer moved. */
  const redraw = (s: EditorState, prev: EditorState | null) => {
    dom.status.textContent = statusText(s);
    const m = s.draft;
    if (!prev || m.width !== prev.draft.width || m.height !== prev.draft.height || s.zoom !== prev.zoom)
      sizeGrid(dom, s);
    paintSoon();
    const pointerOnly =
      prev !== null &&
      s.hist === prev.hist &&
      s.tool === prev.tool &&
      s.issues === prev.issues &&
      s.warnings === prev.warnings &&
      s.selUnit === prev.selUnit &&
      s.selStrike === prev.selStrike &&
      s.selBreach === prev.selBreach &&
      s.terrain === prev.terrain &&
      s.layer === prev.layer &&
      s.level === prev.level &&
      s.pilot === prev.pilot &&
      s.highlight === prev.highlight &&
      s.refused === prev.refused &&
      s.seed === prev.seed &&
      s.enemyType === prev.enemyType &&
      s.strikeOpts === prev.strikeOpts;
    if (!pointerOnly) renderPanels(dom, s, send);
    if (s.previewBig !== prev?.previewBig) {
      dom.screen.classList.toggle('preview-big', s.previewBig);
      const btn = dom.screen.querySelector('#ed-preview-size');
      if (btn) btn.textContent = s.previewBig ? 'Narrower' : 'Wider';
    }
    if (s.draft !== prev?.draft || s.previewBig !== prev?.previewBig) preview.show(s.draft);
    if (s.highlight && s.highlight !== prev?.highlight) scrollToTile(dom, s.highlight);
  };
  const work = startingWork(platform);
  const ctl: EditorController = createController(
    { ...initialState(work.map), seed: work.seed, refused: work.note },
    { platform, keepWork: work.keep, playTest: h.playTest, close: h.close },
    redraw,
  );
  const unbind = bindInput(dom, () => ctl.state, send);
  const onResize = () => paintSoon();
  window.addEventListener('resize', onResize);
  redraw(ctl.state, null);
  dom.canvas.focus();
  return () => {
    unbind();
    window.removeEventListener('resize', onResize);
    if (frame) cancelAnimationFrame(frame);
    preview.destroy();
    dom.screen.remove();
  };
}
