/** Any engine event: the known ones are worded precisely, future ones still get a readable line. */
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
    case 'turn_ended':
      return null;
    case 'game_over':
      return e.outcome === 'victory'
        ? `Victory on turn ${n('turn')}.`
        : `Defeat on turn ${n('turn')} (${String(e.reason).replace(/_/g, ' ')}).`;
    case 'shot':
      return `${who('unit')} fires at ${who('target')}${typeof e.chance === 'number' ? ` (${e.chance}%)` : ''}.`;
    case 'hit':
      return `Hit: ${who('target')} takes ${n('damage')} damage.`;
    case 'crit':
      return `Critical hit on ${who('target')}: ${n('damage')} damage!`;
    case 'miss':
      return `${who('unit')} misses ${who('target')}.`;
    case 'reaction_fire':
      return `${who('unit')} takes a reaction shot at ${who('target')}.`;
    case 'unit_died':
      return `${who('unit')} is down.`;
    case 'overwatch_set':
      return `${who('unit')} is on overwatch.`;
    case 'reloaded':
      return `${who('unit')} reloads.`;
    case 'hunkered':
      return `${who('unit')} hunkers down.`;
    case 'healed':
      return `${who('unit')} patches up ${who('target')} (+${n('amount')} HP).`;
    case 'spotted':
      return `${who('unit')} spotted ${who('target')}.`;
    case 'strike_warned':
      return `Bombardment warning: a strike will land at ${at(e)} next turn.`;
    case 'strike_landed':
      return `A shell lands at ${at(e)}!`;
    case 'wall_collapsed':
      return `A wall collapses at ${at(e)}.`;
    case 'debris':
      return `Debris falls at ${at(e)}${e.unit ? ` onto ${who('unit')}` : ''}.`;
    case 'breach_opened':
      return `The hull is torn open at ${at(e)}.`;
    case 'breach_sealing':
      return `Steam vents from the breach at ${at(e)}: it seals in ${n('turnsLeft')} turn${n('turnsLeft') === 1 ? '' : 's'}.`;
    case 'breach_sealed':
      return `The breach at ${at(e)} has sealed.`;
    case 'bled':
      return `${who('unit')} bleeds (${n('damage')}).`;
    default:
      return `${e.type.replace(/_/g, ' ')}${typeof e.unit === 'string' ? `: ${who('unit')}` : ''}.`;
  }
}
