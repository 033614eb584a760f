import { extractedIds, Faction, type GameWorld, unitById, unitsSorted } from '@denizens/engine';
import { readFlags, type UnitFlags } from '../game/readStatus';

/** What one pilot's card shows, read from the world (or remembered: see `squadCards`). */
export interface CardData {
  id: string;
  name: string;
  /** Fell in this mission: the card stays, struck through and greyed, and cannot be selected. */
  fallen: boolean;
  /** Left the map through an extraction tile: the card stays, marked out, and cannot be selected. */
  out: boolean;
  hp: number;
  max: number;
  ap: number;
  apMax: number;
  /** "Thompson 3/4" ("∞" for a gun without a magazine). */
  weapon: string;
  /** The sidearm's short name, if any. */
  sidearm: string | null;
  medkits: number;
  flags: UnitFlags;
}

/** A pilot of the mission's squad as it took the field (id and name). */
export interface RosterPilot {
  id: string;
  name: string;
}

/**
 * The squad's cards in the roster's order (the pilots who took the field), then any squad unit not on it (a
 * freed captive). A pilot no longer on the map is out (extracted: the engine's `extractedIds`) or fallen, unless
 * `hpNow` (hit points shown while a phase is animated) still has them standing: then the card as last drawn
 * (`last`), with those hit points, until the death or the way out is shown. `last` is updated with every live card.
 */
export function squadCards(
  world: GameWorld,
  roster: readonly RosterPilot[],
  hpNow: ReadonlyMap<string, number> | undefined,
  last: Map<string, CardData>,
): CardData[] {
  const live = new Map<string, CardData>();
  for (const eid of unitsSorted(world, Faction.squad)) {
    const card = readCard(world, eid, hpNow);
    live.set(card.id, card);
    last.set(card.id, card);
  }
  const cards: CardData[] = [];
  const out = new Set(extractedIds(world));
  for (const p of roster) {
    const card = live.get(p.id);
    if (card) {
      cards.push(card);
      live.delete(p.id);
      continue;
    }
    const shown = hpNow?.get(p.id) ?? 0;
    const before = last.get(p.id);
    if (shown > 0 && before) cards.push({ ...before, hp: shown });
    else if (unitById(world, p.id) === undefined) {
      const gone = out.has(p.id);
      cards.push({
        ...(before ?? { hp: 0, max: 0, ap: 0, apMax: 0, weapon: '', sidearm: null, medkits: 0 }),
        id: p.id,
        name: p.name,
        fallen: !gone,
        out: gone,
        hp: gone ? (before?.hp ?? 0) : 0,
        ap: 0,
        flags: { overwatch: false, hunkered: false, bleeding: 0 },
      });
    }
  }
  // squad units not on the roster (a freed captive), while on the map
  cards.push(...live.values());
  return cards;
}

function readCard(world: GameWorld, eid: number, hpNow: ReadonlyMap<string, number> | undefined): CardData {
  const { Unit, Health, Actions, Weapon, Pack, Sidearm } = world.c;
  const weapons = world.scenario.weapons;
  const id = Unit.id[eid]!;
  const w = weapons[Weapon.id[eid]!];
  const ammo = Weapon.ammo[eid]!;
  const side = Sidearm.id[eid] ? weapons[Sidearm.id[eid]!]?.name : undefined;
  return {
    id,
    name: Unit.name[eid]!,
    fallen: false,
    out: false,
    hp: hpNow?.get(id) ?? Health.hp[eid]!,
    max: Health.max[eid]!,
    ap: Actions.ap[eid]!,
    apMax: Actions.max[eid]!,
    weapon: `${shortName(w?.name ?? Weapon.id[eid]!)} ${ammo >= 0 ? `${ammo}/${w?.ammo ?? ammo}` : '∞'}`,
    sidearm: side ? shortName(side) : null,
    medkits: Pack.medkits[eid] ?? 0,
    flags: readFlags(world, eid),
  };
}

/** 'Thompson submachine gun' → 'Thompson'. */
function shortName(weapon: string): string {
  return weapon.split(' ')[0] ?? weapon;
}
