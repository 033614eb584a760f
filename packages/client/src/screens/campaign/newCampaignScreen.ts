import { DEFAULT_DIFFICULTY, DIFFICULTY_NAMES } from '@denizens/engine';
import type { DifficultyName } from '@denizens/maps';
import { el } from '../../hud/el';
import { difficultyWords } from './briefingScreen';
import { mountCampaignScreen } from './campaignScreen';

/** Title → Campaign: choose the difficulty (the engine's three levels, each said in words) and the seed. */
export function showNewCampaign(
  ui: HTMLElement,
  seed: string,
  h: { begin(difficulty: DifficultyName, seed: string): void; back(): void },
): () => void {
  const seedIn = el('input', { id: 'campaign-seed', value: seed, 'aria-label': 'Campaign seed', maxlength: 64 });
  const radios = DIFFICULTY_NAMES.map((d) =>
    el(
      'label',
      {},
      el('input', {
        type: 'radio',
        name: 'difficulty',
        value: d,
        id: `difficulty-${d}`,
        checked: d === DEFAULT_DIFFICULTY,
      }),
      el('b', { text: d[0]!.toUpperCase() + d.slice(1) }),
      el('span', { class: 'what', text: difficultyWords(d) }),
    ),
  );
  const chosen = (): DifficultyName =>
    (screen.querySelector<HTMLInputElement>('input[name=difficulty]:checked')?.value as DifficultyName) ??
    DEFAULT_DIFFICULTY;
  const { screen, close } = mountCampaignScreen(
    ui,
    { id: 'new-campaign-screen', kind: 'new', label: 'New campaign', backdrop: 'ruins', focus: 'begin-campaign' },
    el('p', { class: 'kicker', text: 'New campaign' }),
    el('h1', { text: 'TWO MISSIONS, ONE SQUAD' }),
    el('p', {
      class: 'difficulty',
      text: 'The ruins, then the ship. Whoever falls stays fallen; wounds and lost gear carry into the next mission.',
    }),
    el('fieldset', {}, el('legend', { text: 'Difficulty' }), ...radios),
    el('label', {}, 'Seed', seedIn),
    el(
      'div',
      { class: 'menu' },
      el(
        'button',
        { id: 'begin-campaign', class: 'primary', onclick: () => h.begin(chosen(), seedIn.value.trim() || '1') },
        'To the briefing',
      ),
      el('button', { id: 'new-campaign-back', onclick: () => h.back() }, 'Back'),
    ),
  );
  return close;
}
