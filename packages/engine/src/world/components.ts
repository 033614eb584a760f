/**
 * Every component of the game, as plain data (structure of arrays indexed by entity id).
 *
 * One table says what each component holds; the stores, the state hash, saves and loads are all
 * derived from it, so a component added here is hashed and saved with no other change.
 * Field kinds: 'int' (a whole number), 'str' (a string). Components with no fields are tags.
 */
export const COMPONENT_FIELDS = {
  /** Every entity: a stable id that is never reused (entity ids are). */
  Meta: { uid: 'int' },
  /** A unit: its id from the map, display name, type (roster role or enemy type id) and side. */
  Unit: { id: 'str', name: 'str', kind: 'str', faction: 'int' },
  Position: { x: 'int', y: 'int' },
  Health: { hp: 'int', max: 'int' },
  Actions: { ap: 'int', max: 'int', /** 1 once the unit has dashed this turn */ dashed: 'int' },
  Stats: { aim: 'int', mobility: 'int', vision: 'int', defense: 'int' },
  /** The primary weapon; ammo -1 = never runs dry. */
  Weapon: { id: 'str', ammo: 'int' },
  Sidearm: { id: 'str' },
  Pack: { medkits: 'int' },
  /** Abilities as flags: boost (good at helping an ally climb), haul (can pull through a breach), medic. */
  Traits: { boost: 'int', haul: 'int', medic: 'int' },
  /** Driven by the AI: aware of the squad, its patrol route (index into world.scenario.patrols, -1 none) and next waypoint. */
  Ai: { aware: 'int', route: 'int', waypoint: 'int' },
  /** On overwatch: fires at the first enemy that moves in sight, until it fires or its side's next turn. */
  Overwatch: {},
  /** Hunkered down: cover counts double until its side's next turn. */
  Hunkered: {},
  /** Splinter wounds: HP lost in every environment phase until first aid. */
  Bleeding: { perTurn: 'int' },
  /** A breach torn in the hull: its tile and the environment phases left before the hull seals it. */
  Breach: { x: 'int', y: 'int', sealsIn: 'int' },
  /** Helped by an ally outside this turn: climbing costs less (free when the booster has the boost trait). */
  Boosted: { free: 'int' },
  /** Pulled by an ally inside this turn: climbing costs less, and a sealing breach hauls the unit in. */
  Pulled: { by: 'str' },
  /**
   * The story's state, on one entity made with the game: the objective in force (index into
   * world.scenario.objectives), the difficulty (index into DIFFICULTY_NAMES) and which triggers have
   * fired (one '0'/'1' per map trigger, in map order).
   */
  Story: { objective: 'int', difficulty: 'int', fired: 'str' },
  /** A telegraphed story event waiting for its environment phase: kind "collapse" (a wall at x, y) lands on `turn`. */
  Pending: { kind: 'str', x: 'int', y: 'int', turn: 'int' },
  /** A unit that left the map through an extraction tile: it keeps its components but has no Position. */
  Extracted: {},
} as const;

export type ComponentName = keyof typeof COMPONENT_FIELDS;
export type FieldKind = 'int' | 'str';
type Store<F> = { [K in keyof F]: F[K] extends 'str' ? string[] : number[] };
export type Components = { [C in ComponentName]: Store<(typeof COMPONENT_FIELDS)[C]> };

/** Component names in a fixed order: the order used by the hash and by saves. */
export const COMPONENT_NAMES = Object.keys(COMPONENT_FIELDS).sort() as ComponentName[];

/** Fresh stores for one world (bitECS 0.4 components are per-world objects). */
export function createComponents(): Components {
  const out: Record<string, Record<string, unknown[]>> = {};
  for (const name of COMPONENT_NAMES) {
    const store: Record<string, unknown[]> = {};
    for (const field of Object.keys(COMPONENT_FIELDS[name]).sort()) store[field] = [];
    out[name] = store;
  }
  return out as Components;
}

const FIELD_LISTS = Object.fromEntries(
  COMPONENT_NAMES.map((name) => [
    name,
    Object.entries(COMPONENT_FIELDS[name] as Record<string, FieldKind>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    ),
  ]),
) as unknown as Record<ComponentName, readonly [string, FieldKind][]>;

/** A component's fields with their kinds, sorted by name (the order of the hash and of saves). */
export function fieldsOf(name: ComponentName): readonly [string, FieldKind][] {
  return FIELD_LISTS[name];
}

/** The sides. A captive (held in the cell, commanded by nobody) is a side of her own until she is freed. */
export const Faction = { squad: 0, lgf: 1, captive: 2 } as const;
export type FactionId = (typeof Faction)[keyof typeof Faction];
export const FACTION_NAMES = ['squad', 'lgf', 'captive'] as const;
export type FactionName = (typeof FACTION_NAMES)[number];
