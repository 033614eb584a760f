import { CAMPAIGN_MISSIONS, type CampaignState } from '@denizens/engine';
import type { MapData } from '@denizens/maps';
import type { MissionReport } from '../../game/campaignRun';
import { el } from '../../hud/el';
import { backdropFor } from './backdrop';
import { mountCampaignScreen } from './campaignScreen';
import { pilotName, weaponName } from './squadTable';
import { epilogue, MISSION_WORDS } from './story';

export interface DebriefHandlers {
  /** The next briefing, or the campaign's end. */
  next(): void;
  /** The mission's replay (absent when the game itself is no longer there, e.g. after a reload). */
  watchReplay?: () => void;
  exportReplay?: () => void;
  saves(): void;
  title(): void;
}

/** "thompson, pack" → "Thompson submachine gun and pack". */
function gearWords(map: MapData, items: readonly string[]): string {
  const names = items.map((i) => (i === 'pack' ? 'pack' : weaponName(map, i) || i));
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The report lines of one mission, laid out like a mission report. */
export function reportList(r: MissionReport, map: MapData): HTMLElement {
  const row = (k: string, v: string | HTMLElement, id: string) => [
    el('dt', { text: k }),
    el('dd', { 'data-stat': id }, v),
  ];
  const lost = Object.entries(r.lost).map(([id, items]) => `${pilotName(map, id)}: ${gearWords(map, items)}`);
  return el(
    'dl',
    { class: 'report' },
    ...row(
      'Outcome',
      `${r.outcome === 'victory' ? 'Accomplished' : 'Failed'} (${r.reason.replace(/_/g, ' ')})`,
      'outcome',
    ),
    ...row('Turns', String(r.turns), 'turns'),
    ...row('Shots', r.shots ? `${r.shots} fired, ${r.hits} hit (${r.hitRate}%)` : 'none fired', 'shots'),
    ...row('Damage taken', `${r.damageTaken} HP`, 'damage'),
    ...row('Fallen', r.fallen.length ? r.fallen.map((id) => pilotName(map, id)).join(', ') : 'no one', 'fallen'),
    ...row('Lost', lost.length ? lost.join('; ') : 'nothing', 'lost'),
  );
}

/**
 * After a mission: its report (outcome, turns, shots and hit rate, damage taken, who fell, what was lost) and
 * where the campaign goes now. After the last mission it is the final debrief: every mission's report and the
 * campaign's last words.
 */
export function showDebrief(
  ui: HTMLElement,
  state: CampaignState,
  reports: readonly MissionReport[],
  mapOf: (id: string) => MapData | null,
  h: DebriefHandlers,
): () => void {
  const r = reports[reports.length - 1]!;
  const map = mapOf(r.map);
  const final = state.status !== 'playing';
  const won = r.outcome === 'victory';
  const nextMap = !final ? mapOf(CAMPAIGN_MISSIONS[state.mission]!) : null;
  const nextLabel =
    state.status === 'playing'
      ? `Next: mission ${state.mission + 1}${nextMap ? `, ${MISSION_WORDS[nextMap.id]?.heading ?? nextMap.name}` : ''}`
      : state.status === 'won'
        ? 'Campaign summary'
        : 'Continue';
  return mountCampaignScreen(
    ui,
    {
      id: 'debrief',
      kind: `debrief ${won ? 'won' : 'lost'}`,
      label: final ? 'Final debrief' : 'Debrief',
      backdrop: backdropFor(r.map),
      focus: 'debrief-next',
    },
    el('p', {
      class: 'kicker',
      text: `Mission ${reports.length} of ${CAMPAIGN_MISSIONS.length} · ${final ? 'final debrief' : 'debrief'}`,
    }),
    el('h1', { text: won ? 'MISSION ACCOMPLISHED' : 'MISSION FAILED' }),
    el('h2', { text: `${MISSION_WORDS[r.map]?.heading ?? r.title} — ${r.difficulty}` }),
    map ? reportList(r, map) : null,
    won && state.squad && map
      ? el('p', {
          class: 'difficulty',
          id: 'debrief-carried',
          text: `Carried on: ${state.squad.map((p) => `${pilotName(map, p.id)} (${p.hp}/${p.maxHp} HP${p.bleeding ? ', bleeding' : ''})`).join(', ')}.`,
        })
      : null,
    state.status === 'won' ? el('p', { class: 'epilogue', text: epilogue(state) }) : null,
    el(
      'div',
      { class: 'menu' },
      el('button', { id: 'debrief-next', class: 'primary', onclick: () => h.next() }, nextLabel),
      h.watchReplay ? el('button', { id: 'debrief-watch', onclick: () => h.watchReplay!() }, 'Watch replay') : null,
      h.exportReplay ? el('button', { id: 'debrief-export', onclick: () => h.exportReplay!() }, 'Export replay') : null,
      !final ? el('button', { id: 'debrief-saves', onclick: () => h.saves() }, 'Save slots…') : null,
      el('button', { id: 'debrief-title', onclick: () => h.title() }, 'Title screen'),
    ),
  ).close;
}

/**
 * The campaign's end: won (every mission's report and the last words) or over (the squad cannot go on: who
 * fell, how far it got).
 */
export function showCampaignEnd(
  ui: HTMLElement,
  state: CampaignState,
  reports: readonly MissionReport[],
  mapOf: (id: string) => MapData | null,
  h: { newCampaign(): void; title(): void },
): () => void {
  const won = state.status === 'won';
  const roster = mapOf(CAMPAIGN_MISSIONS[0]);
  return mountCampaignScreen(
    ui,
    {
      id: 'campaign-end',
      kind: `end ${won ? 'won' : 'lost'}`,
      label: won ? 'Campaign won' : 'Campaign over',
      backdrop: 'ruins',
      focus: 'new-campaign',
    },
    el('p', { class: 'kicker', text: `Campaign · ${state.difficulty} · seed ${state.seed}` }),
    el('h1', { text: won ? 'THE CAMPAIGN IS WON' : 'THE CAMPAIGN IS OVER' }),
    el('h2', {
      text: won
        ? `Tara is out. ${state.fallen.length ? `${state.fallen.length} fell on the way.` : 'Everyone came home.'}`
        : `It ended in mission ${state.missions.length}: the squad cannot go on.`,
    }),
    el('p', { class: 'epilogue', text: epilogue(state) }),
    ...reports.flatMap((r, i) => {
      const m = mapOf(r.map);
      return [
        el('p', { class: 'kicker', text: `Mission ${i + 1}: ${MISSION_WORDS[r.map]?.heading ?? r.title}` }),
        m ? reportList(r, m) : null,
      ];
    }),
    state.fallen.length && roster
      ? el('p', {
          class: 'difficulty',
          id: 'campaign-fallen',
          text: `Fallen: ${state.fallen.map((id) => pilotName(roster, id)).join(', ')}.`,
        })
      : null,
    el(
      'div',
      { class: 'menu' },
      el('button', { id: 'new-campaign', class: 'primary', onclick: () => h.newCampaign() }, 'New campaign'),
      el('button', { id: 'campaign-end-title', onclick: () => h.title() }, 'Title screen'),
    ),
  ).close;
}
