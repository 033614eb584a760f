import { rebuildWorld, type Session } from './session';

/** Undo is allowed for the last command when it was a move and no random number was drawn since (Into the Breach style). */
export function canUndo(session: Session): boolean {
  const m = session.undoMark;
  return (
    m !== null &&
    m.index === session.commands.length - 1 &&
    session.world.rng.draws === m.draws &&
    session.world.header.outcome === 'ongoing'
  );
}

/**
 * Takes back the last move: the engine has no undo, so the world is re-simulated from the seed
 * without that command (deterministic, so it is exactly the world before the move).
 */
export function undoLastMove(session: Session): boolean {
  if (!canUndo(session)) return false;
  const commands = session.commands.slice(0, -1);
  const r = rebuildWorld(session.map, session.seed, commands, session.start);
  if (!r.ok) return false;
  session.world = r.world;
  session.commands = commands;
  session.turns = r.turns;
  session.undoMark = null;
  return true;
}
