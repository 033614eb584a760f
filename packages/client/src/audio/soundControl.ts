import type { SoundBoard } from './soundBoard';

const CSS = `
.sound-control { position: fixed; right: 0.5rem; bottom: 0.5rem; z-index: 5; display: flex; align-items: center; gap: 0.35rem; padding: 0.2rem 0.4rem; font: 0.8rem system-ui, 'Segoe UI', sans-serif; color: #e6ecf5; background: rgba(8,12,20,0.86); border: 1px solid rgba(140,170,220,0.25); border-radius: 6px; }
.sound-control button { font: inherit; color: inherit; background: #16202e; border: 1px solid #3a4a66; border-radius: 5px; padding: 0.1rem 0.4rem; cursor: pointer; min-width: 4.6rem; }
.sound-control button[aria-pressed="true"] { color: #ffb877; border-color: #d55e00; }
.sound-control button:focus-visible, .sound-control input:focus-visible { outline: 3px solid #f0e442; outline-offset: 1px; }
.sound-control input { width: 5.5rem; accent-color: #56b4e9; }
.help-open .sound-control { display: none; }
.sound-control kbd { font: 0.7rem ui-monospace, monospace; color: #9aa6b8; border: 1px solid #3a4a66; border-radius: 3px; padding: 0 0.2rem; }
`;

/** The bars along the bottom of a screen that the sound control stands above: the play screen's actions, the viewer's controls. */
const BOTTOM_BARS = '#ui .actionbar, #ui .v-bottom';

/**
 * The sound setting on every screen (bottom right; just above a screen's bottom bar (the play screen's actions, the
 * replay viewer's controls and key line), however many rows it wraps to): a mute button showing the volume (or "Muted") and a volume
 * slider; N toggles the mute from anywhere but a text field. Both are remembered (audio/settings.ts).
 */
export function mountSoundControl(board: SoundBoard, parent: HTMLElement = document.body): () => void {
  const style = document.createElement('style');
  style.textContent = CSS;
  const root = document.createElement('div');
  root.className = 'sound-control';
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', 'Sound');
  const mute = document.createElement('button');
  mute.type = 'button';
  mute.className = 'sound-mute';
  mute.title = 'Sound on / off (N)';
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.min = '0';
  slider.max = '100';
  slider.step = '5';
  slider.className = 'sound-volume';
  slider.setAttribute('aria-label', 'Volume');
  const key = document.createElement('kbd');
  key.textContent = 'N';
  root.append(mute, slider, key);
  parent.append(style, root);

  const show = () => {
    mute.textContent = board.muted ? 'Muted' : `Sound ${board.volume}%`;
    mute.setAttribute('aria-pressed', String(board.muted));
    slider.value = String(board.volume);
  };
  show();
  const off = board.onChange(show);
  mute.addEventListener('click', () => board.toggleMute());
  slider.addEventListener('input', () => board.setVolume(Number(slider.value)));
  // keys pressed on the slider stay with it (arrows change the volume, not the camera)
  slider.addEventListener('keydown', (e) => e.stopPropagation());

  // just above a screen's bottom bar when there is one (it wraps to more rows on small screens)
  let queued = 0;
  const place = () => {
    queued = 0;
    let top = Number.POSITIVE_INFINITY;
    for (const bar of document.querySelectorAll(BOTTOM_BARS)) {
      const t = bar.getBoundingClientRect().top;
      if (t > 0) top = Math.min(top, t);
    }
    root.style.bottom = Number.isFinite(top) ? `${Math.round(window.innerHeight - top + 6)}px` : '';
  };
  const soon = () => {
    if (!queued) queued = requestAnimationFrame(place);
  };
  const ui = document.getElementById('ui');
  const watch = new MutationObserver(soon);
  if (ui) watch.observe(ui, { childList: true, subtree: true });
  window.addEventListener('resize', soon);
  soon();

  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'n' && e.key !== 'N') return;
    if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    board.toggleMute();
  };
  window.addEventListener('keydown', onKey);
  return () => {
    off();
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('resize', soon);
    watch.disconnect();
    root.remove();
    style.remove();
  };
}

/** Unlocks sound on the first user gestures (browsers start an audio context only after one) and clicks on buttons. */
export function bindSoundGestures(board: SoundBoard): void {
  const unlock = () => board.unlock();
  window.addEventListener('pointerdown', unlock, { capture: true });
  window.addEventListener('keydown', unlock, { capture: true });
  document.addEventListener('click', (e) => {
    if ((e.target as HTMLElement | null)?.closest?.('button')) board.click();
  });
}
