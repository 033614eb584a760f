import type { MapIssue, Point } from '@denizens/maps';
import type { EditorMap } from './editorMap';

/**
 * The tile an issue is about: the validator's own tile when it gives one, else the tile of the unit, strike,
 * breach, light or objective its JSON path points into (e.g. `$.enemies[2].id`), else null.
 */
export function issueTile(m: EditorMap, issue: Pick<MapIssue, 'path' | 'tile'>): Point | null {
  if (issue.tile) return issue.tile;
  const r = /^\$\.(squad|enemies|strikes|breaches|lights|breachable)\[(\d+)\]/.exec(issue.path);
  if (r) {
    const list = m[r[1] as 'squad' | 'enemies' | 'strikes' | 'breaches' | 'lights' | 'breachable'] ?? [];
    const item = list[Number(r[2])];
    return item ? { x: item.x, y: item.y } : null;
  }
  if (issue.path.startsWith('$.objective') && m.objective.kind === 'cell')
    return { x: m.objective.x, y: m.objective.y };
  if (issue.path.startsWith('$.objective') && m.objective.kind === 'reach') return m.objective.tiles[0] ?? null;
  return null;
}
