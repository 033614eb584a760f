import { type Briefing, CAMPAIGN_MISSIONS, DIFFICULTIES } from '@denizens/engine';
import type { DifficultyName, MapData } from '@denizens/maps';
import { el } from '../../hud/el';
import { backdropFor } from './backdrop';
import { mountCampaignScreen } from './campaignScreen';
import { squadTable } from './squadTable';
import { MISSION_WORDS } from './story';

/** What each difficulty changes, in words (from the engine's data). */
export function difficultyWords(name: DifficultyName): string {
  const d = DIFFICULTIES[name];
  const sign = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
  const reinf = ['the fewest LGF reinforcements', 'more reinforcements', 'every reinforcement'][d.level];
  return `LGF aim ${sign(d.enemyAim)}, LGF HP ${sign(d.enemyHp)}, strikes announced ${d.strikeWarning} turn${d.strikeWarning > 1 ? 's' : ''} ahead, ${reinf}`;
}

/**
 * Before a mission: which mission, the situation in the game's words, the objective, the difficulty and the
 * squad as it stands (HP, wounds, gear; the fallen named). Begin starts it; the game can be saved to a slot here.
 */
export function showBriefing(
  ui: HTMLElement,
  b: Briefing,
  map: MapData,
  h: { begin(): void; saves(): void; title(): void },
): () => void {
  const words = MISSION_WORDS[map.id];
  return mountCampaignScreen(
    ui,
    { id: 'briefing', kind: 'briefing', label: 'Briefing', backdrop: backdropFor(map.id), focus: 'begin-mission' },
    el('p', { class: 'kicker', text: `Mission ${b.mission} of ${CAMPAIGN_MISSIONS.length} · briefing` }),
    el('h1', { text: words?.heading ?? b.title }),
    el('h2', { text: b.title }),
    el('div', { class: 'situation' }, ...(words ? words.situation : [b.situation]).map((t) => el('p', { text: t }))),
    el('div', { class: 'objective', id: 'briefing-objective' }, el('b', { text: 'Objective: ' }), b.objective),
    el(
      'p',
      { class: 'difficulty', id: 'briefing-difficulty' },
      el('b', { text: `Difficulty: ${b.difficulty}` }),
      ` — ${difficultyWords(b.difficulty)}`,
    ),
    squadTable(map, b.squad, b.fallen),
    el(
      'div',
      { class: 'menu' },
      el('button', { id: 'begin-mission', class: 'primary', onclick: () => h.begin() }, 'Begin mission'),
      el('button', { id: 'briefing-saves', onclick: () => h.saves() }, 'Save slots…'),
      el('button', { id: 'briefing-title', onclick: () => h.title() }, 'Title screen'),
    ),
  ).close;
}
