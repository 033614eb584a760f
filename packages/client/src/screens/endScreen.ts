import { el } from '../hud/el';

/** Victory or defeat: the turn (as the log says it), why, a few stats, and the replay export. */
export function showEnd(
  ui: HTMLElement,
  r: {
    outcome: string;
    reason: string;
    turn: number;
    hash: string;
    mapName: string;
    stats: { kills: number; losses: number; shots: number; hits: number };
    /** The squad's size and how many of it left the map through an extraction tile. */
    squad?: { size: number; out: number };
  },
  h: { exportReplay(): void; watchReplay(): void; newGame(): void; title(): void },
): () => void {
  const victory = r.outcome === 'victory';
  const reason = endReason(r.reason, r.squad, r.stats.losses);
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
      el(
        'dl',
        { class: 'stats', title: `final state hash ${r.hash}` },
        ...stat('Enemies down', String(r.stats.kills)),
        ...(r.squad?.out ? stat('Squad out', `${r.squad.out} of ${r.squad.size}`) : []),
        ...stat('Squad lost', r.squad ? `${r.stats.losses} of ${r.squad.size}` : String(r.stats.losses)),
        ...stat(
          'Accuracy',
          r.stats.shots
            ? `${Math.round((100 * r.stats.hits) / r.stats.shots)}% (${r.stats.hits} of ${r.stats.shots} shots)`
            : 'no shots',
        ),
      ),
      el(
        'div',
        { class: 'menu' },
        el('button', { id: 'watch-replay', onclick: () => h.watchReplay() }, 'Watch replay'),
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

function stat(name: string, value: string): HTMLElement[] {
  return [el('dt', { text: name }), el('dd', { text: value })];
}

/**
 * Why the game ended, in words: an extraction says how many got out and how many fell (a win with pilots lost is
 * still a win: the words do not hide the cost); other reasons as the engine names them.
 */
export function endReason(reason: string, squad: { size: number; out: number } | undefined, losses: number): string {
  if (reason === 'extracted' && squad) {
    const out = `${squad.out} of ${squad.size} ${squad.size === 1 ? 'pilot' : 'pilots'} got out`;
    return losses ? `${out}, ${losses} lost` : `${out}, none lost`;
  }
  return reason.replace(/_/g, ' ');
}
