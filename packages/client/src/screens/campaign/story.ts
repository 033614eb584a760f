import type { CampaignState } from '@denizens/engine';

/**
 * The campaign's words, written for the briefing and debrief screens (the maps' own descriptions are for
 * authors; an authored mission without words here falls back to its map's description).
 */
export const MISSION_WORDS: Readonly<Record<string, { heading: string; situation: string[] }>> = {
  ruins: {
    heading: 'The ruins, at night',
    situation: [
      'Your fighters are wreckage somewhere behind you. Seven of you are left on foot, in a city that stopped being a city hours ago.',
      'Our own missiles are hammering the squat black ship the LGF set down at the edge of the ruins, and everything standing near it. Tara is somewhere inside.',
      'Sooner or later the strikes will tear the hull open. The hole will be six feet up and it will not stay open long. Go wall to wall, keep your heads down, boost each other in, and leave nobody outside.',
    ],
  },
  ship: {
    heading: 'The ship',
    situation: [
      'The hull closed behind the last of you with a hiss of steam. Inside it is black, except for the conduits: veins of green light pulsing along the corridors, all running the same way, deeper in.',
      'That is where they are keeping her. Opening the cell is the easy half. Getting Tara out alive, back the way you came, is the job.',
    ],
  },
};

/** The last words of a campaign. */
export function epilogue(state: CampaignState): string {
  if (state.status === 'won')
    return 'The air outside tastes of smoke and cordite, and it is the best thing any of you has breathed in days. Tara leans on Willow and complains about the service. Nobody tells her to be quiet.';
  return 'Nobody is left standing to carry the others home. The missiles go on falling on the ship until dawn.';
}
