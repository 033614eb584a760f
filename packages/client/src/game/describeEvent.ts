/**
 * An engine event, or one of the client's fog-of-war views of one (`moved_in_sight`,
 * `shot_from_dark`, `reaction_from_dark`: see fogEvents). Known ones are worded precisely, others
 * still get a readable line.
 */
export type AnyEvent = { type: string } & Record<string, unknown>;

const PHASE_WORDS: Record<string, string> = {
  player: 'Squad phase',
  enemy: 'LGF phase',
  environment: 'Environment phase',
};

/** The combat log line for an event, in words; null for events the log leaves out. */
export function describeEvent(e: AnyEvent, names: ReadonlyMap<string, string>): string | null {
  const who = (k: string) => {
    const id = e[k];
    return typeof id === 'string' ? (names.get(id) ?? id) : '?';
  };
  const at = (p: unknown) =>
    p && typeof p === 'object' && 'x' in p && 'y' in p ? `${(p as { x: number }).x},${(p as { y: number }).y}` : '';
  const n = (k: string) => (typeof e[k] === 'number' ? (e[k] as number) : 0);
  switch (e.type) {
    case 'phase_started':
      return `— Turn ${n('turn')}: ${PHASE_WORDS[String(e.phase)] ?? String(e.phase)} —`;
    case 'moved': {
      const path = Array.isArray(e.path) ? e.path : [];
      return `${who('unit')} ${e.dash ? 'dashes' : 'moves'} to ${at(path[path.length - 1])}.`;
    }
    case 'moved_in_sight': {
      const end = e.end as { x: number; y: number } | null;
      return end
        ? `${who('unit')} ${e.dash ? 'dashes' : 'moves'} to ${at(end)}.`
        : `${who('unit')} moves out of sight.`;
    }
    case 'shot_from_dark':
      return `${e.reaction ? 'Reaction fire' : 'A shot'} from the dark at ${who('target')}!`;
    case 'reaction_from_dark':
      return `Something in the dark reacts to ${who('target')} moving at ${at(e.at)}!`;
    case 'turn_ended':
      return null;
    case 'game_over':
      return e.outcome === 'victory'
        ? `Victory on turn ${n('turn')}.`
        : `Defeat on turn ${n('turn')} (${String(e.reason).replace(/_/g, ' ')}).`;
    case 'shot':
      return `${who('unit')} ${e.reaction ? 'snaps a reaction shot' : 'fires'} at ${who('target')} (${n('percent')}% to hit, rolled ${n('roll')}).`;
    case 'hit':
      return `${e.crit ? 'Critical hit' : 'Hit'}${e.flanked ? ' (flanked)' : ''}: ${who('target')} takes ${n('damage')} damage (${n('hp')} HP left).`;
    case 'crit':
      return null;
    case 'miss':
      return `Missed ${who('target')}.`;
    case 'reaction_fire':
      return `${who('unit')} reacts to ${who('target')} moving at ${at(e.at)}!`;
    case 'unit_damaged':
      return `${who('unit')} takes ${n('amount')} damage from ${String(e.cause ?? 'harm').replace(/_/g, ' ')} (${n('hp')} HP left).`;
    case 'unit_died':
      return `${who('unit')} is down.`;
    case 'bleeding_started':
      return `${who('unit')} is bleeding (${n('perTurn')} HP a turn until first aid).`;
    case 'overwatch_set':
      return `${who('unit')} is on overwatch.`;
    case 'reloaded':
      return `${who('unit')} reloads (${n('ammo')} rounds).`;
    case 'hunkered':
      return `${who('unit')} hunkers down.`;
    case 'healed':
      return `${who('unit')} patches up ${who('target')} (+${n('amount')} HP${e.bleedingStopped ? ', bleeding stopped' : ''}).`;
    case 'spotted':
      return e.target ? `${who('unit')} spotted ${who('target')}.` : `${who('unit')} is alerted.`;
    case 'strike_warned':
      return `Bombardment warning: a shell will land at ${at(e)} (radius ${n('radius')}) at the end of turn ${n('turn')}.`;
    case 'strike_landed':
      return `A shell lands at ${at(e)}!`;
    case 'wall_damaged':
      return null;
    case 'wall_collapsed':
      return `A wall collapses at ${at(e)}.`;
    case 'debris':
      return e.unit ? `Debris crashes onto ${who('unit')} (${n('damage')} damage).` : null;
    case 'dust_raised':
      return `Dust hangs in the air for ${n('turns')} turns.`;
    case 'breach_opened':
      return `The hull is torn open at ${at(e)}: it seals in ${n('sealsIn')} turns.`;
    case 'breach_venting':
      return `Steam vents from the breach at ${at(e)}: it seals in ${n('sealsIn')} turn${n('sealsIn') === 1 ? '' : 's'}.`;
    case 'breach_sealed':
      return `The breach at ${at(e)} has sealed.`;
    case 'unit_hauled':
      return `${who('by')} hauls ${who('unit')} through the sealing breach${Array.isArray(e.lost) && e.lost.length ? ` (lost: ${(e.lost as string[]).join(', ')})` : ''}.`;
    case 'unit_crushed':
      return `The sealing hull crushes ${who('unit')} (${n('damage')} damage).`;
    case 'boosted':
      return `${who('unit')} boosts ${who('target')} up.`;
    case 'pulled':
      return `${who('unit')} reaches down for ${who('target')}.`;
    case 'climbed':
      return `${who('unit')} climbs to ${at(e.to)}.`;
    case 'cell_opened':
      return `${who('unit')} opens the cell!`;
    default:
      return `${e.type.replace(/_/g, ' ')}${typeof e.unit === 'string' ? `: ${who('unit')}` : ''}.`;
  }
}
