// The engine's public API: a deterministic simulation with commands in and events out.

export { chooseCommand } from './ai/chooseCommand';
export { type ApplyResult, apply, applyAs, type EngineFault } from './apply';
export { COVER_DEFENSE, type CoverLevel, type CoverSides, coverAt, coverToward } from './combat/cover';
export { firingTile } from './combat/firingTile';
export {
  DUST_PENALTY,
  FLANK_CRIT_BONUS,
  HEIGHT_BONUS,
  type HitChance,
  hitChance,
  type Modifier,
  type ModifierKey,
  REACTION_DEN,
  REACTION_NUM,
  type ShotOptions,
} from './combat/hitChance';
export { planReaction } from './combat/reaction';
export { type TargetOption, targetsFor } from './combat/targets';
export { type Arm, armOf, rangeMod, readyArm } from './combat/weapons';
export { boost, breachNextTo, climb, climbCost, interact, pull } from './commands/breach';
export { FIRST_AID_HEAL, MEDIC_HEAL } from './commands/firstAid';
export { blockersFor, type MovePlan, moveBudget, planMove, reachThisTurn } from './commands/move';
export { planShot } from './commands/shoot';
export type { Command, CommandType, Rejection, RejectionCode } from './commands/types';
export { BREACH_ELEVATION, CRUSH_DAMAGE, isInside, isOutside, openBreaches } from './environment/breaches';
export { DEBRIS_DAMAGE, DUST_TURNS, pendingStrikes, SPLINTER_BLEED, strikeTiles } from './environment/strikes';
export type { DamageCause, EventType, GameEvent } from './events/types';
export { canonicalJson, Hasher, hashJson } from './hash/hasher';
export { hashWorld } from './hash/hashWorld';
export { findPath, type PathResult } from './path/findPath';
export { DIAGONAL_COST, STEP_COST } from './path/moveCost';
export { pathTo, type ReachMap, reachMap } from './path/reach';
export { type ObjectiveReach, objectiveReach } from './query/objectiveReach';
export { type ClimbHelp, climbHelp, goTo, type Preview, preview, type Threat } from './query/preview';
export { type CampaignLink, REPLAY_FORMAT, type Replay } from './replay/format';
export { type MapInfo, type MapResolver, type MapSource, type OpenedReplay, openReplay } from './replay/open';
export { parseReplay, parseReplayText } from './replay/parse';
export { createRecorder, type Recorder, recordApply, toReplay } from './replay/recorder';
export { simulate } from './replay/simulate';
export { applyStep, replaySteps, type Step } from './replay/step';
export { faultWords, type VerifyResult, verifyReplay, verifyReplayText } from './replay/verify';
// Combat, vision and the AI (rules and numbers in docs/rules.md, events in docs/events.md).
export { updateAwareness } from './rules/awareness';
export { damageUnit } from './rules/environmentDamage';
export { patrolTarget } from './rules/patrol';
export { deserializeGame, type LoadError, type SaveFile, serializeGame } from './save/serialize';
export { ACTION_POINTS, createGame, type GameOptions, seedText } from './setup/createGame';
// The story and the campaign: triggers' state, the captive, difficulty, carry-over, briefing and debrief data.
export {
  type Briefing,
  briefing,
  CAMPAIGN_MISSIONS,
  type CampaignState,
  type Debrief,
  debrief,
  finishMission,
  type MissionRecord,
  missionLink,
  missionMap,
  missionSeed,
  objectiveWords,
  startCampaign,
  startMission,
} from './story/campaign';
export { type CampaignLinkProblem, checkCampaignLinks } from './story/campaignVerify';
export { captiveExtracted, captiveHeld } from './story/captive';
export { type PilotState, squadAfter } from './story/carryOver';
export { pendingCollapses } from './story/collapse';
export { DEFAULT_DIFFICULTY, DIFFICULTIES, DIFFICULTY_NAMES, type Difficulty } from './story/difficulty';
export { type PlayedMission, playCampaign } from './story/playCampaign';
export { currentObjective, difficultyName, extractedIds, hasFired } from './story/state';
export { ENGINE_VERSION, REPLAY_VERSION, SAVE_VERSION } from './version';
export { tileDistance, withinRadius } from './vision/distance';
export { castFov, computeFov, fovOnGrid, type SightMap, TERRAIN_BLOCKS_SIGHT } from './vision/fov';
export { lineOfSight } from './vision/lineOfSight';
export { peekMask, peekTiles } from './vision/peek';
export {
  canSeeTileFrom,
  canSeeUnit,
  DARK_VISION,
  inDark,
  markUnitVision,
  seenEnemies,
  unitSeesTile,
  type Visibility,
  visibleTo,
} from './vision/sight';
export {
  COMPONENT_FIELDS,
  COMPONENT_NAMES,
  type ComponentName,
  FACTION_NAMES,
  Faction,
  type FactionId,
  type FactionName,
} from './world/components';
export { createGrid, type Grid, idx, inBounds, isWalkable, setDust, terrainAt } from './world/grid';
export { T, TERRAIN_RULES, type TerrainId, terrainName } from './world/terrain';
export { has, unitAt, unitById, unitsSorted, unitsView } from './world/units';
export type { GameWorld, Header, Outcome, Phase, Scenario } from './world/world';
