import type { Briefing } from '@denizens/engine';
import { BUILTIN_WEAPONS, type MapData } from '@denizens/maps';
import { el } from '../../hud/el';

/** A weapon's name from the map's catalogue ('' → none). */
export function weaponName(map: MapData, id: string): string {
  if (!id) return '';
  return map.weapons[id]?.name ?? BUILTIN_WEAPONS[id]?.name ?? id;
}

/** A pilot's name on a map (the roster or the captive), else the id. */
export function pilotName(map: MapData, id: string): string {
  return map.squad.find((u) => u.id === id)?.name ?? (map.captive?.id === id ? map.captive.name : id);
}

/** The squad as it stands: name and role, HP as a bar and numbers, wounds, gear; the fallen struck through. */
export function squadTable(map: MapData, squad: Briefing['squad'], fallen: readonly string[]): HTMLElement {
  const rows = squad.map((p) =>
    el(
      'tr',
      { 'data-pilot': p.id },
      el('td', {}, el('b', { text: p.name }), ` · ${p.role}`),
      el(
        'td',
        { class: 'hp', 'aria-label': `${p.hp} of ${p.maxHp} HP` },
        el(
          'span',
          { class: 'hpbar' },
          ...Array.from({ length: p.maxHp }, (_, i) => el('i', { class: i < p.hp ? '' : 'lost' })),
        ),
        `${p.hp}/${p.maxHp}`,
      ),
      el(
        'td',
        { class: 'wounds' },
        p.bleeding > 0
          ? el('span', { class: 'wound', text: `bleeding ${p.bleeding} a turn` })
          : p.hp < p.maxHp
            ? 'hurt'
            : '—',
      ),
      el(
        'td',
        { class: 'gear' },
        [weaponName(map, p.weapon) || null, p.sidearm && p.sidearm !== p.weapon ? weaponName(map, p.sidearm) : null]
          .filter(Boolean)
          .join(' + ') || el('span', { class: 'lostgear', text: 'unarmed' }),
        p.pack ? ' · pack' : el('span', { class: 'lostgear', text: ' · no pack' }),
      ),
    ),
  );
  const dead = fallen.map((id) =>
    el(
      'tr',
      { class: 'fallen', 'data-pilot': id },
      el('td', {}, el('b', { text: pilotName(map, id) })),
      el('td', { text: 'fallen' }),
      el('td', {}),
      el('td', {}),
    ),
  );
  return el(
    'table',
    { class: 'squad', 'aria-label': 'The squad' },
    el(
      'tr',
      {},
      el('th', { text: 'Pilot' }),
      el('th', { text: 'HP' }),
      el('th', { text: 'Wounds' }),
      el('th', { text: 'Gear' }),
    ),
    ...rows,
    ...dead,
  );
}
