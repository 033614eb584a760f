import type { ShownEvent } from '../game/shownEvents';

/**
 * The sounds the game makes: a small fixed vocabulary the synthesiser knows how to play (audio/synth.ts). A shot's
 * sound is its weapon's kind; everything else is named for what it is.
 */
export const SOUNDS = [
  'smg',
  'lmg',
  'pistol',
  'energy',
  'ricochet',
  'hit',
  'crit',
  'death',
  'whistle',
  'impact',
  'collapse',
  'crumble',
  'steam',
  'seal',
  'reload',
  'overwatch',
  'heal',
  'chime',
  'click',
] as const;
export type Sound = (typeof SOUNDS)[number];

/** A sound to play now or `delay` seconds into the event's animation (at speed 1). */
export interface Cue {
  sound: Sound;
  delay?: number;
}

/** The sound of a weapon kind (the catalogue's `kind`); an unknown kind sounds like a rifle burst. */
export function weaponSound(kind: string | undefined): Sound {
  return kind === 'lmg' || kind === 'pistol' || kind === 'energy' ? kind : 'smg';
}

/**
 * The event → sound table: what the player hears of each event the play screen animates. `weaponKind` names the
 * kind of a weapon id (smg, lmg, pistol, energy). Exhaustive: an event added to the engine or to the fog-of-war views
 * fails to compile until it has a row here (silence is a row too).
 */
export function eventCues(e: ShownEvent, weaponKind: (weapon: string) => string | undefined): Cue[] {
  switch (e.type) {
    case 'shot':
      // the shot's report, and a ricochet when it misses (the tracer reaches the target ~0.3 s later)
      return e.hit
        ? [{ sound: weaponSound(weaponKind(e.weapon)) }]
        : [{ sound: weaponSound(weaponKind(e.weapon)) }, { sound: 'ricochet', delay: 0.3 }];
    case 'shot_from_dark':
      // a shot by an enemy out of sight: its weapon is not shown, a rifle's report is heard
      return e.hit ? [{ sound: 'smg' }] : [{ sound: 'smg' }, { sound: 'ricochet', delay: 0.3 }];
    case 'reaction_fire':
    case 'reaction_from_dark':
      // overwatch triggers (its shot follows as a `shot` of its own): the watcher's alert
      return [{ sound: 'overwatch' }];
    case 'hit':
      return [{ sound: e.crit ? 'crit' : 'hit' }];
    case 'crit':
      return [];
    case 'miss':
      return [];
    case 'unit_damaged':
      return [{ sound: 'hit' }];
    case 'unit_died':
    case 'unit_crushed':
      return [{ sound: 'death' }];
    case 'strike_warned':
      return [{ sound: 'whistle' }];
    case 'strike_landed':
      return [{ sound: 'impact' }];
    case 'wall_collapsed':
      return [{ sound: 'collapse' }];
    case 'wall_damaged':
    case 'debris':
      return [{ sound: 'crumble' }];
    case 'breach_opened':
    case 'breach_venting':
      return [{ sound: 'steam' }];
    case 'breach_sealed':
      return [{ sound: 'seal' }];
    case 'reloaded':
      return [{ sound: 'reload' }];
    case 'overwatch_set':
      return [{ sound: 'overwatch' }];
    case 'healed':
      return [{ sound: 'heal' }];
    case 'cell_opened':
    case 'captive_freed':
    case 'unit_extracted':
      return [{ sound: 'chime' }];
    case 'phase_started':
    case 'moved':
    case 'moved_in_sight':
    case 'spotted':
    case 'turn_ended':
    case 'game_over':
    case 'bleeding_started':
    case 'dust_raised':
    case 'unit_hauled':
    case 'hunkered':
    case 'boosted':
    case 'pulled':
    case 'climbed':
    case 'trigger_fired':
    case 'story_line':
    case 'collapse_warned':
    case 'unit_arrived':
    case 'objective_changed':
      return [];
    default:
      return unhandledSound(e);
  }
}

function unhandledSound(e: never): never {
  throw new Error(`no sound row for event ${JSON.stringify(e)}`);
}
