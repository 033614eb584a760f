import type { Phase } from '@denizens/engine';
import { type ShownEvent, unhandled } from './shownEvents';

const PHASE_WORDS: Record<Phase, string> = {
  player: 'Squad phase',
  enemy: 'LGF phase',
  environment: 'Environment phase',
};

type Tile = { x: number; y: number };
const at = (p: Tile) => `${p.x},${p.y}`;
const words = (s: string) => s.replace(/_/g, ' ');

/**
 * The combat log line for an event (the engine's, or a fog-of-war view of one: see fogEvents), in
 * words; null for events the log leaves out. Exhaustive: a new or renamed event fails to compile here.
 */
export function describeEvent(e: ShownEvent, names: ReadonlyMap<string, string>): string | null {
  const who = (id: string | null) => (id === null ? '?' : (names.get(id) ?? id));
  switch (e.type) {
    case 'phase_started':
      return `— Turn ${e.turn}: ${PHASE_WORDS[e.phase]} —`;
    case 'moved': {
      const end = e.path[e.path.length - 1];
      return `${who(e.unit)} ${e.dash ? 'dashes' : 'moves'} to ${end ? at(end) : ''}.`;
    }
    case 'moved_in_sight':
      return e.end
        ? `${who(e.unit)} ${e.dash ? 'dashes' : 'moves'} to ${at(e.end)}.`
        : `${who(e.unit)} moves out of sight.`;
    case 'shot_from_dark':
      return `${e.reaction ? 'Reaction fire' : 'A shot'} from the dark at ${who(e.target)}!`;
    case 'reaction_from_dark':
      return `Something in the dark reacts to ${who(e.target)} moving at ${at(e.at)}!`;
    case 'turn_ended':
      return null;
    case 'game_over':
      return e.outcome === 'victory' ? `Victory on turn ${e.turn}.` : `Defeat on turn ${e.turn} (${words(e.reason)}).`;
    case 'shot':
      return `${who(e.unit)} ${e.reaction ? 'snaps a reaction shot' : 'fires'} at ${who(e.target)} (${e.percent}% to hit, rolled ${e.roll}).`;
    case 'hit':
      return `${e.crit ? 'Critical hit' : 'Hit'}${e.flanked ? ' (flanked)' : ''}: ${who(e.target)} takes ${e.damage} damage (${e.hp} HP left).`;
    case 'crit':
      return null;
    case 'miss':
      return `Missed ${who(e.target)}.`;
    case 'reaction_fire':
      return `${who(e.unit)} reacts to ${who(e.target)} moving at ${at(e.at)}!`;
    case 'unit_damaged':
      return `${who(e.unit)} takes ${e.amount} damage from ${words(e.cause)} (${e.hp} HP left).`;
    case 'unit_died':
      return `${who(e.unit)} is down.`;
    case 'bleeding_started':
      return `${who(e.unit)} is bleeding (${e.perTurn} HP a turn until first aid).`;
    case 'overwatch_set':
      return `${who(e.unit)} is on overwatch.`;
    case 'reloaded':
      return `${who(e.unit)} reloads (${e.ammo} rounds).`;
    case 'hunkered':
      return `${who(e.unit)} hunkers down.`;
    case 'healed': {
      const whom = e.unit === e.target ? 'their own wounds' : who(e.target);
      return `${who(e.unit)} patches up ${whom} (+${e.amount} HP${e.bleedingStopped ? ', bleeding stopped' : ''}).`;
    }
    case 'spotted':
      return e.target ? `${who(e.unit)} spotted ${who(e.target)}.` : `${who(e.unit)} is alerted.`;
    case 'strike_warned':
      return `Bombardment warning: a shell will land at ${at(e)} (radius ${e.radius}) at the end of turn ${e.turn}.`;
    case 'strike_landed':
      return `A shell lands at ${at(e)}!`;
    case 'wall_damaged':
      return null;
    case 'wall_collapsed':
      return `A wall collapses at ${at(e)}.`;
    case 'debris':
      return e.unit ? `Debris crashes onto ${who(e.unit)} (${e.damage} damage).` : null;
    case 'dust_raised':
      return `Dust hangs in the air for ${e.turns} turns.`;
    case 'breach_opened':
      return `The hull is torn open at ${at(e)}: it seals in ${e.sealsIn} turns.`;
    case 'breach_venting':
      return `Steam vents from the breach at ${at(e)}: it seals in ${e.sealsIn} turn${e.sealsIn === 1 ? '' : 's'}.`;
    case 'breach_sealed':
      return `The breach at ${at(e)} has sealed.`;
    case 'unit_hauled':
      return `${who(e.by)} hauls ${who(e.unit)} through the sealing breach${e.lost.length ? ` (lost: ${e.lost.join(', ')})` : ''}.`;
    case 'unit_crushed':
      return `The sealing hull crushes ${who(e.unit)} (${e.damage} damage).`;
    case 'boosted':
      return `${who(e.unit)} boosts ${who(e.target)} up.`;
    case 'pulled':
      return `${who(e.unit)} reaches down for ${who(e.target)}.`;
    case 'climbed':
      return `${who(e.unit)} climbs to ${at(e.to)}.`;
    case 'cell_opened':
      return `${who(e.unit)} opens the cell!`;
    case 'trigger_fired':
      return null;
    case 'story_line':
      return e.speaker ? `${who(e.speaker)}: “${e.text}”` : e.text;
    case 'collapse_warned':
      return `The wall at ${at(e)} is giving way: it comes down at the end of turn ${e.turn}.`;
    case 'unit_arrived':
      return `LGF reinforcements: ${who(e.unit)} arrives at ${at(e)}.`;
    case 'objective_changed':
      return e.objective.kind === 'extract'
        ? 'New objective: get everyone out.'
        : e.objective.kind === 'eliminate'
          ? 'New objective: eliminate the LGF.'
          : 'New objective.';
    case 'captive_freed':
      return `${who(e.unit)} is free${e.weapon ? `, with ${who(e.by)}'s ${e.weapon}` : ', unarmed'}.`;
    case 'unit_extracted':
      return `${who(e.unit)} is out.`;
    default:
      return unhandled(e);
  }
}

/** The log's style for an event's line. */
export function logClass(e: ShownEvent): '' | 'phase' | 'bad' {
  return e.type === 'phase_started' ? 'phase' : e.type === 'unit_died' || e.type === 'hit' ? 'bad' : '';
}
