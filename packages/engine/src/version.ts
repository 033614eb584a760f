/** The engine's version, written into saves and replays. */
export const ENGINE_VERSION = '0.1.0';

/**
 * The rules version of replays. Bump it when a rule change is intended to change outcomes, and
 * regenerate the golden corpus (`pnpm golden`): old replays then get a clear "made with rules vN" message.
 */
export const REPLAY_VERSION = 10;
// 2 (2026-11-26): the state hash takes the tiles as one digest (remembered between turns that change no tile);
// the map hash feeds the map value by value instead of as one canonical JSON text; a long move may take
// another path of the same cost (findPath's jump point search).
// 3 (2026-12-01): overwatch no longer interrupts a move on a step another unit holds (the move passes
// through an ally's tile and is stopped at the first free step a watcher sees); it used to throw.
// 4 (2026-12-01): the story: every game has a Story entity (objective in force, difficulty, fired triggers) in
// the hash; map triggers run after every squad command; the ship holds Tara in its cell (opening it frees her
// and the objective becomes extraction); the squad AI opens cells and extracts; story collapses are danger tiles.
// 5 (2026-12-01): an extracted unit keeps its entity (all its components but Position, tagged Extracted) so
// what it carried out can go on to the next mission; replays may record a difficulty and a campaign link.
// 6 (2026-12-01): the replay format records the state hash after every command (`hashes`), so verification names
// the first diverging command, and may carry provenance (players, tool, time; not hashed). No rule changed.
// 7 (2026-12-01): the haul trait is a rule: a sealing breach hauls a pulled unit in only when its puller has
// the haul trait; a pull by anyone else still eases the climb, but the caught unit is crushed and pushed out.
// 8 (2026-12-01): peeking around cover: a unit beside a wall's end sees and shoots from the open tile beside
// it (its peek tile); shots, overwatch, awareness, the fog and the AI (its shots and exposure) use it.
// 9 (2026-12-01): the "enter" trigger condition is checked after every unit move (AI moves, climbs, hauls and
// pushes too), not only after the squad's command; the squad AI escorts the freed captive (she moves first,
// the others keep by her and leave after her), boosts allies at a breach, and weighs exposure ×3.
// 10 (2026-12-01): the story: extraction only by a squad member's own move onto an extraction tile (freeing
// the captive no longer takes out whoever stands on one); a line whose speaker fell or is absent is skipped.

/** The save format's version (localStorage autosaves and exported saves). */
export const SAVE_VERSION = 1;
