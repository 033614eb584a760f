import type { Effect, Trigger } from '@denizens/maps';
import { openBreach } from '../environment/breaches';
import type { GameEvent } from '../events/types';
import { damageUnit } from '../rules/environmentDamage';
import { spawnUnit, tunedStats } from '../setup/createGame';
import { Faction } from '../world/components';
import { idx, inBounds, isWalkable } from '../world/grid';
import { T } from '../world/terrain';
import { add, has, unitAt, unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { warnCollapse } from './collapse';
import { DIFFICULTIES } from './difficulty';
import { difficultyOf, extractedIds, objectiveIndexOf, setObjective } from './state';

/** The nearest free tile a unit can stand on, ring by ring around (x, y), each ring in row order; null if none within 8. */
function freeTileNear(world: GameWorld, x: number, y: number): { x: number; y: number } | null {
  const g = world.grid;
  for (let r = 0; r <= 8; r++) {
    for (let ty = y - r; ty <= y + r; ty++) {
      for (let tx = x - r; tx <= x + r; tx++) {
        if (Math.max(Math.abs(tx - x), Math.abs(ty - y)) !== r || !inBounds(g, tx, ty)) continue;
        if (isWalkable(g, tx, ty) && unitAt(world, tx, ty) === undefined) return { x: tx, y: ty };
      }
    }
  }
  return null;
}

/** Is `id` a unit alive in this game: on the map, or out through an extraction tile? */
function canSpeak(world: GameWorld, id: string): boolean {
  if (unitById(world, id) !== undefined) return true;
  return extractedIds(world).includes(id);
}

/** Runs one effect of trigger number `ti` (its effect number `ei`); returns what happened. */
export function runEffect(world: GameWorld, trigger: Trigger, ti: number, ei: number, e: Effect): GameEvent[] {
  switch (e.kind) {
    case 'say':
      // A line is said only by someone alive in this game: narration (speaker '') always; a named speaker
      // only while their unit exists (on the map, or out through an extraction tile). A pilot who fell,
      // or who is not in the carried squad, says nothing: the line is skipped (no fallback speaker).
      if (e.speaker !== '' && !canSpeak(world, e.speaker)) return [];
      return [{ type: 'story_line', trigger: trigger.id, speaker: e.speaker, text: e.text }];
    case 'collapse':
      return warnCollapse(world, e.x, e.y, e.turns);
    case 'wound': {
      const eid = unitById(world, e.unit);
      if (eid === undefined) return [];
      // A splinter never kills: it leaves at least 1 HP.
      const amount = Math.min(e.damage, world.c.Health.hp[eid]! - 1);
      const events: GameEvent[] = amount > 0 ? damageUnit(world, eid, amount, 'splinter') : [];
      if (e.bleed > 0 && !has(world, eid, 'Bleeding')) {
        add(world, eid, 'Bleeding');
        world.c.Bleeding.perTurn[eid] = e.bleed;
        events.push({ type: 'bleeding_started', unit: e.unit, perTurn: e.bleed });
      }
      return events;
    }
    case 'reinforce': {
      const level = difficultyOf(world).level;
      const tune = difficultyOf(world);
      const events: GameEvent[] = [];
      for (const r of e.enemies) {
        if (DIFFICULTIES[r.minDifficulty].level > level || unitById(world, r.id) !== undefined) continue;
        const type = world.scenario.enemyTypes[r.type];
        const at = freeTileNear(world, r.x, r.y);
        if (!type || !at) continue;
        const eid = spawnUnit(world, {
          id: r.id,
          name: type.name,
          kind: r.type,
          faction: Faction.lgf,
          stats: tunedStats(type, tune),
          weapon: type.weapon,
          x: at.x,
          y: at.y,
        });
        add(world, eid, 'Ai');
        // They come because of the squad: aware at once, no patrol.
        world.c.Ai.aware[eid] = 1;
        world.c.Ai.route[eid] = -1;
        world.c.Ai.waypoint[eid] = 0;
        world.c.Actions.ap[eid] = 0;
        events.push({ type: 'unit_arrived', unit: r.id, kind: r.type, x: at.x, y: at.y });
      }
      return events;
    }
    case 'breach': {
      const g = world.grid;
      if (!inBounds(g, e.x, e.y) || g.terrain[idx(g, e.x, e.y)] !== T.hull) return [];
      return openBreach(world, e.x, e.y, e.sealsIn ?? world.scenario.map.sealTurns);
    }
    case 'objective': {
      setObjective(world, objectiveIndexOf(world.scenario.map, ti, ei));
      return [{ type: 'objective_changed', objective: e.objective }];
    }
  }
}
