import type { DifficultyName, MapData } from '@denizens/maps';
import type { Replay } from '../replay/format';
import { simulate } from '../replay/simulate';
import type { GameWorld } from '../world/world';
import { type CampaignState, finishMission, missionLink, missionMap, missionSeed, startCampaign } from './campaign';

/** Turns a headless mission may last when its map sets no turn limit. */
export const MAX_MISSION_TURNS = 60;

export interface PlayedMission {
  map: string;
  replay: Replay;
}

/**
 * Plays a whole campaign with the built-in AI: each mission from the squad the one before left, one
 * replay per mission (each naming the squad it started from), until the campaign is won or lost.
 * A mission still undecided after its turns ends the campaign as lost.
 */
export function playCampaign(
  difficulty: DifficultyName,
  seed: string | number,
  mapOf: (id: string) => MapData,
): { state: CampaignState; missions: PlayedMission[] } {
  let state = startCampaign(difficulty, seed);
  const missions: PlayedMission[] = [];
  while (state.status === 'playing') {
    const map = mapOf(missionMap(state));
    let end: GameWorld | undefined;
    const replay = simulate(map, missionSeed(state), map.turnLimit ?? MAX_MISSION_TURNS, {
      difficulty,
      campaign: missionLink(state),
      embedMap: false,
      onEnd: (w) => {
        end = w;
      },
    });
    missions.push({ map: map.id, replay });
    if (!end || end.header.outcome === 'ongoing') {
      state = { ...state, status: 'lost' };
      break;
    }
    state = finishMission(state, end);
  }
  return { state, missions };
}
