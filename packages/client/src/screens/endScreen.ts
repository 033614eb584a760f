import { el } from '../hud/el';

/** Victory or defeat: the turn count, why, and the replay export. */
export function showEnd(
  ui: HTMLElement,
  r: { outcome: string; reason: string; turn: number; hash: string; mapName: string },
  h: { exportReplay(): void; newGame(): void; title(): void },
): () => void {
  const victory = r.outcome === 'victory';
  const reason = r.reason.replace(/_/g, ' ');
  const screen = el(
    'div',
    {
      class: `screen ${victory ? 'victory' : 'defeat'}`,
      role: 'dialog',
      'aria-label': victory ? 'Victory' : 'Defeat',
      id: 'end-screen',
    },
    el(
      'div',
      { class: 'box panel' },
      el('h1', { text: victory ? 'VICTORY' : 'DEFEAT' }),
      el('h2', { text: `${r.mapName} — ${victory ? 'won' : 'lost'} on turn ${r.turn} (${reason})` }),
      el('p', { style: 'color:var(--muted);font-family:ui-monospace,monospace', text: `final state ${r.hash}` }),
      el(
        'div',
        { class: 'menu' },
        el('button', { id: 'export-replay', onclick: () => h.exportReplay() }, 'Export replay'),
        el('button', { onclick: () => h.newGame() }, 'Play again'),
        el('button', { onclick: () => h.title() }, 'Title screen'),
      ),
    ),
  );
  ui.append(screen);
  screen.querySelector('button')?.focus();
  return () => screen.remove();
}
