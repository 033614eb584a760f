import { briefing, type CampaignState, finishMission, missionMap, missionSeed, startCampaign } from '@denizens/engine';
import type { DifficultyName, MapData } from '@denizens/maps';
import { type CampaignRun, missionReport, missionStart } from '../../game/campaignRun';
import { loadBuiltinMap } from '../../game/loadMap';
import { writeCampaignSave } from '../../game/saveGame';
import { createSession, type Session } from '../../game/session';
import type { Platform } from '../../platform/platform';
import { showBriefing } from './briefingScreen';
import { showCampaignEnd, showDebrief } from './debriefScreen';
import { showNewCampaign } from './newCampaignScreen';

/** What the campaign needs from the page around it (main.ts). */
export interface CampaignHost {
  ui: HTMLElement;
  platform: Platform;
  /** Clears whatever is on screen, then names the new screen and keeps its closer. */
  show(screen: string, close: () => void): void;
  /** Plays a mission (the page autosaves it and calls `missionOver` when it ends). */
  play(session: Session): void;
  title(error?: string): void;
  /** The save slots, returning to `back` when closed. */
  saves(back: () => void): void;
  watchReplay(session: Session): void;
  exportReplay(session: Session): void;
  /** The campaign on screen now (for the test handle). */
  current(run: CampaignRun | null): void;
}

/**
 * The campaign in the browser, over the engine's campaign API: new campaign (difficulty) → briefing → the
 * mission → debrief → the next briefing with the squad the engine carried over → … → final debrief or the
 * campaign's end. The campaign is the autosave between missions (written before each screen that follows a
 * change), and travels inside the in-mission autosave during one.
 */
export function campaignFlow(host: CampaignHost) {
  const mapOf = (id: string): MapData | null => {
    const m = loadBuiltinMap(id);
    return m.ok ? m.map : null;
  };

  /** Title → Campaign: the difficulty and seed first. */
  function choose(seed: string): void {
    host.show('campaign-new', showNewCampaign(host.ui, seed, { begin, back: () => host.title() }));
  }

  /** A new campaign: saved at once (Continue finds its first briefing), then the first briefing. */
  function begin(difficulty: DifficultyName, seed: string): void {
    const run: CampaignRun = { state: startCampaign(difficulty, seed), reports: [] };
    writeCampaignSave(host.platform, run);
    resume(run);
  }

  /** Where a campaign between missions goes on: the next briefing, or its end. */
  function resume(run: CampaignRun): void {
    host.current(run);
    if (run.state.status === 'playing') showMissionBriefing(run);
    else showEnd(run);
  }

  function showMissionBriefing(run: CampaignRun): void {
    const m = loadBuiltinMap(missionMap(run.state));
    if (!m.ok) {
      host.title(`The campaign's next mission cannot be loaded: ${m.error}`);
      return;
    }
    const b = briefing(run.state, m.map);
    host.show(
      'briefing',
      showBriefing(host.ui, b, m.map, {
        begin: () => beginMission(run, m.map),
        saves: () => host.saves(() => resume(run)),
        title: () => host.title(),
      }),
    );
  }

  function beginMission(run: CampaignRun, map: MapData): void {
    host.play(createSession(map, missionSeed(run.state), map.id, missionStart(run.state), run));
  }

  /** A mission has ended: the engine carries the squad over, the campaign is saved, the debrief shows it. */
  function missionOver(session: Session): void {
    const run = session.campaign!;
    const report = missionReport(session);
    const state: CampaignState = finishMission(run.state, session.world);
    const after: CampaignRun = { state, reports: [...run.reports, report] };
    writeCampaignSave(host.platform, after);
    host.current(after);
    host.show(
      'debrief',
      showDebrief(host.ui, state, after.reports, mapOf, {
        next: () => resume(after),
        watchReplay: () => host.watchReplay(session),
        exportReplay: () => host.exportReplay(session),
        saves: () => host.saves(() => missionOverAgain(after)),
        title: () => host.title(),
      }),
    );
  }

  /** The debrief again (back from the save slots), without the finished game behind it. */
  function missionOverAgain(run: CampaignRun): void {
    host.show(
      'debrief',
      showDebrief(host.ui, run.state, run.reports, mapOf, {
        next: () => resume(run),
        saves: () => host.saves(() => missionOverAgain(run)),
        title: () => host.title(),
      }),
    );
  }

  function showEnd(run: CampaignRun): void {
    host.show(
      'campaign-end',
      showCampaignEnd(host.ui, run.state, run.reports, mapOf, {
        newCampaign: () => choose(String(1 + Math.floor(Math.random() * 99999))),
        title: () => host.title(),
      }),
    );
  }

  return { choose, begin, resume, missionOver };
}
