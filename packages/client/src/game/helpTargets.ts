import {
  apply,
  type Command,
  deserializeGame,
  Faction,
  type GameWorld,
  serializeGame,
  unitsSorted,
} from '@denizens/engine';

/** Commands that pick an ally (or the unit itself) as their target. */
export type HelpCommand = 'first_aid' | 'boost' | 'pull';

function scratchCopy(world: GameWorld): GameWorld {
  const d = deserializeGame(serializeGame(world));
  if (!d.ok) throw new Error(`the engine could not copy the world: ${d.error.path}: ${d.error.message}`);
  return d.world;
}

/**
 * The squad members the engine would accept as the target of a help command now, in uid order. The
 * client does not know the rules (adjacency, wounds, who stands inside): it asks the engine by
 * applying each candidate command to a scratch copy of the world. A refused command changes nothing,
 * so one copy serves until a command is accepted. The real world is never touched.
 */
export function helpTargets(world: GameWorld, unit: string, type: HelpCommand): string[] {
  const ids = unitsSorted(world, Faction.squad).map((e) => world.c.Unit.id[e]!);
  const out: string[] = [];
  let copy: GameWorld | null = null;
  for (const target of ids) {
    copy ??= scratchCopy(world);
    const cmd = { type, unit, target } as Command;
    if (apply(copy, cmd).ok) {
      out.push(target);
      copy = null;
    }
  }
  return out;
}
