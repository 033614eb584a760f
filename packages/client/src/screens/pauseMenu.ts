import { el } from '../hud/el';

/**
 * The pause menu over a game in progress (the top bar's "Menu"): resume, watch the replay of the game
 * so far (the game waits untouched and is there again afterwards), or leave it (to the title screen, or the editor
 * after a play-test; the game is saved). While it is open the game takes no keys: Escape resumes; Tab, Enter and Space work the
 * menu's buttons. Returns the function that closes it.
 */
export function showPause(
  ui: HTMLElement,
  h: { resume(): void; watchReplay(): void; leave(): void },
  where: { mapName: string; turn: number; commands: number },
): () => void {
  const screen = el(
    'div',
    { class: 'screen pause', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Paused', id: 'pause-menu' },
    el(
      'div',
      { class: 'box panel' },
      el('h1', { text: 'PAUSED' }),
      el('h2', {
        text: `${where.mapName} — turn ${where.turn}, ${where.commands} command${where.commands === 1 ? '' : 's'} so far`,
      }),
      el(
        'div',
        { class: 'menu' },
        el('button', { id: 'pause-resume', onclick: () => h.resume() }, 'Resume (Esc)'),
        el(
          'button',
          { id: 'pause-watch-replay', onclick: () => h.watchReplay(), title: 'The game so far, in the replay viewer' },
          'Watch replay',
        ),
        el('button', { id: 'pause-leave', onclick: () => h.leave() }, 'Leave the game (it is saved)'),
      ),
    ),
  );
  // the game behind hears no key: the menu's own keys only (the browser's Tab, Enter and Space on its buttons)
  const onKey = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      h.resume();
    }
  };
  window.addEventListener('keydown', onKey, { capture: true });
  ui.append(screen);
  screen.querySelector('button')?.focus();
  return () => {
    window.removeEventListener('keydown', onKey, { capture: true });
    screen.remove();
  };
}
