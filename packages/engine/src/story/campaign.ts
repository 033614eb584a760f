import type { DifficultyName, MapData, Objective } from '@denizens/maps';
import type { GameEvent } from '../events/types';
import { hashWorld } from '../hash/hashWorld';
import type { CampaignLink } from '../replay/format';
import { createGame } from '../setup/createGame';
import type { GameWorld } from '../world/world';
import { type PilotState, squadAfter } from './carryOver';
import { difficultyName } from './state';

/**
 * The campaign as plain, serialisable state (no world inside): the missions in order, the difficulty,
 * the squad carried from one mission to the next, who has fallen, and what each finished mission left.
 * Pure functions over it: startCampaign → (missionMap, startMission … play … finishMission)* → won/lost.
 */
export const CAMPAIGN_MISSIONS = ['ruins', 'ship'] as const;

export interface MissionRecord {
  map: string;
  outcome: 'victory' | 'defeat';
  reason: string;
  /** The turn the mission ended on. */
  turn: number;
  /** The final state hash (what the next mission's replay names as `previous`). */
  hash: string;
  /** Squad members who fell in this mission, by id. */
  fallen: string[];
}

export interface CampaignState {
  format: 'denizens-campaign';
  seed: string | number;
  difficulty: DifficultyName;
  /** Index into CAMPAIGN_MISSIONS of the mission to play next (or the last one played when over). */
  mission: number;
  /** The squad as it stands before the next mission; null before the first (the map's roster). */
  squad: PilotState[] | null;
  /** Everyone who has fallen so far, in order. */
  fallen: string[];
  status: 'playing' | 'won' | 'lost';
  missions: MissionRecord[];
}

export function startCampaign(difficulty: DifficultyName, seed: string | number): CampaignState {
  return {
    format: 'denizens-campaign',
    seed,
    difficulty,
    mission: 0,
    squad: null,
    fallen: [],
    status: 'playing',
    missions: [],
  };
}

/** The map id of the mission to play next. */
export function missionMap(state: CampaignState): string {
  return CAMPAIGN_MISSIONS[Math.min(state.mission, CAMPAIGN_MISSIONS.length - 1)]!;
}

/** The seed of the next mission: the campaign's seed with the mission number ("42/m2"). */
export function missionSeed(state: CampaignState): string {
  return `${state.seed}/m${state.mission + 1}`;
}

/** The campaign link written into the next mission's replay (the squad it starts from, the mission before). */
export function missionLink(state: CampaignState): CampaignLink {
  const prev = state.missions[state.missions.length - 1];
  return {
    seed: state.seed,
    mission: state.mission + 1,
    ...(prev ? { previous: { map: prev.map, hash: prev.hash } } : {}),
    ...(state.squad ? { squad: state.squad } : {}),
  };
}

/** A fresh world for the next mission on its (validated) map: difficulty and carried squad applied. */
export function startMission(state: CampaignState, map: MapData): GameWorld {
  return createGame(map, missionSeed(state), {
    difficulty: state.difficulty,
    ...(state.squad ? { squad: state.squad } : {}),
  });
}

/**
 * The campaign after a finished mission: a victory carries the survivors (HP, wounds, gear) into the next
 * mission or wins the campaign after the last; a defeat ends it. Who started the mission and is not among
 * the survivors has fallen.
 */
export function finishMission(state: CampaignState, world: GameWorld): CampaignState {
  const outcome = world.header.outcome;
  if (outcome === 'ongoing') return state;
  const starters = state.squad ? state.squad.map((p) => p.id) : world.scenario.map.squad.map((u) => u.id);
  const survivors = squadAfter(world);
  const alive = new Set(survivors.map((p) => p.id));
  const fallen =
    outcome === 'victory' ? starters.filter((id) => !alive.has(id)) : starters.filter((id) => !alive.has(id));
  const record: MissionRecord = {
    map: world.scenario.map.id,
    outcome,
    reason: world.header.reason,
    turn: world.header.turn,
    hash: hashWorld(world),
    fallen,
  };
  const missions = [...state.missions, record];
  const allFallen = [...state.fallen, ...fallen];
  if (outcome === 'defeat') return { ...state, missions, fallen: allFallen, status: 'lost' };
  const last = state.mission + 1 >= CAMPAIGN_MISSIONS.length;
  // Only the roster carries on (a freed captive's story ends with the campaign).
  const squad = survivors.filter((p) => starters.includes(p.id));
  if (squad.length === 0) return { ...state, missions, fallen: allFallen, status: 'lost' };
  return {
    ...state,
    missions,
    fallen: allFallen,
    squad,
    mission: last ? state.mission : state.mission + 1,
    status: last ? 'won' : 'playing',
  };
}

/** What a briefing screen shows before a mission. */
export interface Briefing {
  mission: number;
  title: string;
  situation: string;
  objective: string;
  difficulty: DifficultyName;
  /** The squad as it stands (the map's roster before the first mission, with its numbers). */
  squad: {
    id: string;
    name: string;
    role: string;
    hp: number;
    maxHp: number;
    weapon: string;
    sidearm: string;
    pack: boolean;
    bleeding: number;
  }[];
  fallen: string[];
}

export function objectiveWords(o: Objective, map: MapData): string {
  switch (o.kind) {
    // the words say the rule as outcome.ts has it: extraction is won once no pilot is left on the map and at least
    // one got out (and the captive, when there is one): the fallen do not stop a win
    case 'cell':
      return map.captive
        ? `Open the cell and free ${map.captive.name}, then get ${map.captive.name} and every pilot still standing out.`
        : 'Reach the cell and open it.';
    case 'reach':
      return 'Get a pilot to the marked ground.';
    case 'eliminate':
      return 'Eliminate the LGF.';
    case 'extract':
      return map.captive
        ? `Get ${map.captive.name} and every pilot still standing out through the marked ground.`
        : 'Get every pilot still standing through to the marked ground (the fallen do not count against you).';
  }
}

export function briefing(state: CampaignState, map: MapData): Briefing {
  const roster = new Map(map.squad.map((u) => [u.id, u]));
  const squad = (
    state.squad ??
    map.squad.map((u) => ({
      id: u.id,
      hp: u.hp,
      maxHp: u.hp,
      bleeding: 0,
      weapon: u.weapon,
      sidearm: u.sidearm ?? '',
      pack: true,
      medkits: u.pack.medkits,
    }))
  )
    .filter((p) => roster.has(p.id))
    .map((p) => {
      const u = roster.get(p.id)!;
      return {
        id: p.id,
        name: u.name,
        role: u.role,
        hp: p.hp,
        maxHp: p.maxHp,
        weapon: p.weapon,
        sidearm: p.sidearm,
        pack: p.pack,
        bleeding: p.bleeding,
      };
    });
  return {
    mission: state.mission + 1,
    title: map.name,
    situation: map.description,
    objective: objectiveWords(map.objective, map),
    difficulty: state.difficulty,
    squad,
    fallen: [...state.fallen],
  };
}

/** What a debrief screen shows after a mission, from its world and its events. */
export interface Debrief {
  outcome: 'victory' | 'defeat' | 'ongoing';
  reason: string;
  turns: number;
  shots: number;
  hits: number;
  /** Whole percent, 0 when no shot was fired. */
  hitRate: number;
  damageTaken: number;
  fallen: string[];
  /** Gear lost in the mission, per pilot id (e.g. ["pack", "thompson"] for a pilot hauled through a breach). */
  lost: Record<string, string[]>;
  difficulty: DifficultyName;
}

export function debrief(world: GameWorld, events: readonly GameEvent[]): Debrief {
  const squad = new Set(world.scenario.map.squad.map((u) => u.id));
  if (world.scenario.map.captive) squad.add(world.scenario.map.captive.id);
  let shots = 0;
  let hits = 0;
  let damageTaken = 0;
  const fallen: string[] = [];
  const lost: Record<string, string[]> = {};
  for (const e of events) {
    if (e.type === 'shot' && squad.has(e.unit)) {
      shots++;
      if (e.hit) hits++;
    } else if (e.type === 'unit_damaged' && squad.has(e.unit)) damageTaken += e.amount;
    else if (e.type === 'hit' && squad.has(e.target)) damageTaken += e.damage;
    else if (e.type === 'unit_died' && squad.has(e.unit)) fallen.push(e.unit);
    else if (e.type === 'unit_hauled' && e.lost.length) lost[e.unit] = [...(lost[e.unit] ?? []), ...e.lost];
  }
  return {
    outcome: world.header.outcome,
    reason: world.header.reason,
    turns: world.header.turn,
    shots,
    hits,
    hitRate: shots ? Math.floor((hits * 100) / shots) : 0,
    damageTaken,
    fallen,
    lost,
    difficulty: difficultyName(world),
  };
}
