import type { Command } from '../commands/types';
import type { Replay } from '../replay/format';
import { type MapResolver, openReplay } from '../replay/open';
import { parseReplay } from '../replay/parse';
import { replaySteps } from '../replay/step';
import { type CampaignState, finishMission } from './campaign';

export interface CampaignLinkProblem {
  file: string;
  /** JSON path of the link field that does not hold. */
  path: string;
  message: string;
}

/**
 * Checks the links between a campaign's mission replays: a mission after the first must be given with the
 * replay of the mission before (same campaign seed), which must have been won, and its `campaign.previous`
 * and `campaign.squad` must be exactly what re-simulating that replay gives (final state hash, survivors
 * with their HP, wounds and gear). Files that are not campaign replays, or do not parse, are left to verify.
 */
export function checkCampaignLinks(
  files: { file: string; json: unknown }[],
  resolve: MapResolver,
): CampaignLinkProblem[] {
  const parsed: { file: string; replay: Replay; json: unknown }[] = [];
  for (const f of files) {
    const p = parseReplay(f.json);
    if (p.ok && p.replay.campaign) parsed.push({ file: f.file, replay: p.replay, json: f.json });
  }
  const problems: CampaignLinkProblem[] = [];
  for (const cur of parsed) {
    const link = cur.replay.campaign!;
    if (link.mission === 1) {
      if (link.previous || link.squad)
        problems.push({
          file: cur.file,
          path: '$.campaign',
          message: "mission 1 starts from the map's roster: it names no previous mission or squad",
        });
      continue;
    }
    const prev = parsed.find(
      (p) => p.replay.campaign!.mission === link.mission - 1 && p.replay.campaign!.seed === link.seed,
    );
    if (!prev) {
      problems.push({
        file: cur.file,
        path: '$.campaign',
        message: `mission ${link.mission}'s carry-over cannot be checked: give the replay of mission ${link.mission - 1} (campaign seed ${JSON.stringify(link.seed)}) too`,
      });
      continue;
    }
    const opened = openReplay(prev.json, resolve);
    if (!opened.ok) continue; // verify reports it
    const world = opened.world;
    for (const step of replaySteps(world, opened.replay.commands as Command[])) if (!step.result.ok) break;
    if ((cur.replay.difficulty ?? 'normal') !== (prev.replay.difficulty ?? 'normal')) {
      problems.push({
        file: cur.file,
        path: '$.difficulty',
        message: `difficulty ${cur.replay.difficulty ?? 'normal'} differs from mission ${link.mission - 1}'s (${prev.replay.difficulty ?? 'normal'})`,
      });
    }
    if (world.header.outcome !== 'victory') {
      problems.push({
        file: cur.file,
        path: '$.campaign.previous',
        message: `mission ${link.mission - 1} (${prev.file}) was not won (${world.header.outcome}): the campaign cannot go on from it`,
      });
      continue;
    }
    const before: CampaignState = {
      format: 'denizens-campaign',
      seed: link.seed,
      difficulty: prev.replay.difficulty ?? 'normal',
      mission: link.mission - 2,
      squad: prev.replay.campaign!.squad ?? null,
      fallen: [],
      status: 'playing',
      missions: [],
    };
    const after = finishMission(before, world);
    const rec = after.missions[after.missions.length - 1]!;
    if (!link.previous || link.previous.hash !== rec.hash || link.previous.map !== rec.map) {
      problems.push({
        file: cur.file,
        path: '$.campaign.previous',
        message: `names ${link.previous ? `${link.previous.map} ${link.previous.hash}` : 'nothing'} but mission ${link.mission - 1} (${prev.file}) ends on ${rec.map} ${rec.hash}`,
      });
    }
    const want = JSON.stringify(after.squad ?? []);
    const got = JSON.stringify(link.squad ?? []);
    if (want !== got) {
      const w = after.squad ?? [];
      const g = link.squad ?? [];
      const diff =
        w.length !== g.length
          ? `${g.length} pilots instead of ${w.length} (${w.map((p) => p.id).join(', ')})`
          : (() => {
              const i = w.findIndex((p, k) => JSON.stringify(p) !== JSON.stringify(g[k]));
              return `pilot ${i} is ${JSON.stringify(g[i])} but mission ${link.mission - 1} left ${JSON.stringify(w[i])}`;
            })();
      problems.push({
        file: cur.file,
        path: '$.campaign.squad',
        message: `carry-over does not match mission ${link.mission - 1}'s result: ${diff}`,
      });
    }
  }
  return problems;
}
