import type { EnemyType, Weapon } from './format';

/**
 * The built-in weapons and enemy types. Scenario data, not rules: a map may replace any entry
 * by giving the same id in its own `weapons` / `enemyTypes`.
 */
export const BUILTIN_WEAPONS: Readonly<Record<string, Weapon>> = {
  thompson: {
    name: 'Thompson submachine gun',
    kind: 'smg',
    damage: { min: 3, max: 5 },
    ammo: 4,
    rangeMods: [
      { upTo: 2, mod: 20 },
      { upTo: 5, mod: 10 },
      { upTo: 8, mod: 0 },
      { upTo: 12, mod: -20 },
      { upTo: 16, mod: -40 },
    ],
    crit: 10,
    heavy: false,
  },
  bren: {
    name: 'Bren light machine gun',
    kind: 'lmg',
    damage: { min: 4, max: 6 },
    ammo: 3,
    rangeMods: [
      { upTo: 2, mod: -10 },
      { upTo: 6, mod: 0 },
      { upTo: 14, mod: 10 },
      { upTo: 20, mod: 0 },
    ],
    crit: 0,
    heavy: true,
  },
  webley: {
    name: 'Webley revolver',
    kind: 'pistol',
    damage: { min: 1, max: 3 },
    ammo: null,
    rangeMods: [
      { upTo: 3, mod: 10 },
      { upTo: 7, mod: 0 },
      { upTo: 12, mod: -25 },
    ],
    crit: 0,
    heavy: false,
  },
  'lgf-needler': {
    name: 'LGF needler',
    kind: 'energy',
    damage: { min: 1, max: 3 },
    ammo: null,
    rangeMods: [
      { upTo: 4, mod: 10 },
      { upTo: 8, mod: 0 },
      { upTo: 12, mod: -20 },
    ],
    crit: 0,
    heavy: false,
  },
  'lgf-carbine': {
    name: 'LGF plasma carbine',
    kind: 'energy',
    damage: { min: 3, max: 5 },
    ammo: 3,
    rangeMods: [
      { upTo: 3, mod: 10 },
      { upTo: 10, mod: 0 },
      { upTo: 16, mod: -20 },
    ],
    crit: 0,
    heavy: false,
  },
  'lgf-cannon': {
    name: 'LGF arc cannon',
    kind: 'energy',
    damage: { min: 5, max: 8 },
    ammo: 2,
    rangeMods: [
      { upTo: 3, mod: -10 },
      { upTo: 12, mod: 5 },
      { upTo: 18, mod: -10 },
    ],
    crit: 0,
    heavy: true,
  },
};

export const BUILTIN_ENEMY_TYPES: Readonly<Record<string, EnemyType>> = {
  drone: { name: 'LGF drone', hp: 3, aim: 55, mobility: 8, vision: 10, defense: 10, weapon: 'lgf-needler', tags: ['fast', 'flanker'] },
  trooper: { name: 'LGF trooper', hp: 6, aim: 65, mobility: 5, vision: 12, defense: 0, weapon: 'lgf-carbine', tags: [] },
  heavy: { name: 'LGF heavy', hp: 10, aim: 60, mobility: 4, vision: 12, defense: 0, weapon: 'lgf-cannon', tags: ['suppressor'] },
};
