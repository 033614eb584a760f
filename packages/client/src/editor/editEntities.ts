import { BreachSchema, DEFAULT_SQUAD, type EnemySpawn, type Objective, type Point, type Strike } from '@denizens/maps';
import { lightAt, toggleLight } from './editLights';
import { type EditorMap, inBounds } from './editorMap';

export type UnitRef = { side: 'squad' | 'enemy'; index: number; id: string };

const same = (a: Point, b: Point) => a.x === b.x && a.y === b.y;

/** The unit standing on a tile, squad first. */
export function unitAt(m: EditorMap, p: Point): UnitRef | null {
  const s = m.squad.findIndex((u) => same(u, p));
  if (s >= 0) return { side: 'squad', index: s, id: m.squad[s]!.id };
  const e = m.enemies.findIndex((u) => same(u, p));
  if (e >= 0) return { side: 'enemy', index: e, id: m.enemies[e]!.id };
  return null;
}

const occupiedByOther = (m: EditorMap, p: Point, id: string) => {
  const u = unitAt(m, p);
  return u !== null && u.id !== id;
};

/**
 * Puts a pilot of the default squad on a tile: moves them when already placed, adds them (with their default
 * stats) otherwise. Refused (same map) outside the map or on another unit.
 */
export function placePilot(m: EditorMap, pilotId: string, p: Point): EditorMap {
  if (!inBounds(m, p.x, p.y) || occupiedByOther(m, p, pilotId)) return m;
  const i = m.squad.findIndex((u) => u.id === pilotId);
  if (i >= 0) return moveUnit(m, pilotId, p);
  const pilot = DEFAULT_SQUAD.find((u) => u.id === pilotId);
  if (!pilot || m.enemies.some((e) => e.id === pilotId)) return m;
  const unit = { ...structuredClone(pilot), x: p.x, y: p.y };
  // keep the default roster's order (the game's unit order) whatever order they are placed in
  const rank = (id: string) => {
    const r = DEFAULT_SQUAD.findIndex((u) => u.id === id);
    return r < 0 ? DEFAULT_SQUAD.length : r;
  };
  const squad = [...m.squad];
  let at = squad.length;
  while (at > 0 && rank(squad[at - 1]!.id) > rank(pilotId)) at--;
  squad.splice(at, 0, unit);
  return { ...m, squad };
}

/** The first pilot of the default squad not on the map yet, or null when all seven are placed. */
export function nextUnplacedPilot(m: EditorMap): string | null {
  return DEFAULT_SQUAD.find((p) => !m.squad.some((u) => u.id === p.id))?.id ?? null;
}

/** `<type>-<n>` with the smallest n not used by any unit. */
export function nextEnemyId(m: EditorMap, type: string): string {
  const used = new Set([...m.squad.map((u) => u.id), ...m.enemies.map((u) => u.id)]);
  for (let n = 1; ; n++) if (!used.has(`${type}-${n}`)) return `${type}-${n}`;
}

export function addEnemy(m: EditorMap, type: string, p: Point): EditorMap {
  if (!inBounds(m, p.x, p.y) || unitAt(m, p)) return m;
  const e: EnemySpawn = { id: nextEnemyId(m, type), type, x: p.x, y: p.y, patrol: [] };
  return { ...m, enemies: [...m.enemies, e] };
}

export function moveUnit(m: EditorMap, id: string, p: Point): EditorMap {
  if (!inBounds(m, p.x, p.y) || occupiedByOther(m, p, id)) return m;
  const s = m.squad.findIndex((u) => u.id === id);
  if (s >= 0) {
    if (same(m.squad[s]!, p)) return m;
    return { ...m, squad: m.squad.map((u, i) => (i === s ? { ...u, x: p.x, y: p.y } : u)) };
  }
  const e = m.enemies.findIndex((u) => u.id === id);
  if (e < 0 || same(m.enemies[e]!, p)) return m;
  return { ...m, enemies: m.enemies.map((u, i) => (i === e ? { ...u, x: p.x, y: p.y } : u)) };
}

export function removeUnit(m: EditorMap, id: string): EditorMap {
  const squad = m.squad.filter((u) => u.id !== id);
  const enemies = m.enemies.filter((u) => u.id !== id);
  if (squad.length === m.squad.length && enemies.length === m.enemies.length) return m;
  return { ...m, squad, enemies };
}

/** Changes an enemy's id or type (ids are checked by the validator, so a clash shows up as an issue). */
export function updateEnemy(m: EditorMap, id: string, patch: Partial<Pick<EnemySpawn, 'id' | 'type'>>): EditorMap {
  const e = m.enemies.findIndex((u) => u.id === id);
  if (e < 0) return m;
  return { ...m, enemies: m.enemies.map((u, i) => (i === e ? { ...u, ...patch } : u)) };
}

function patchPatrol(m: EditorMap, id: string, f: (route: readonly Point[]) => Point[]): EditorMap {
  const e = m.enemies.findIndex((u) => u.id === id);
  if (e < 0) return m;
  return { ...m, enemies: m.enemies.map((u, i) => (i === e ? { ...u, patrol: f(u.patrol) } : u)) };
}

/** Appends a waypoint to an enemy's patrol route (at most 64; a waypoint equal to the last one is ignored). */
export function addWaypoint(m: EditorMap, id: string, p: Point): EditorMap {
  const enemy = m.enemies.find((u) => u.id === id);
  if (!enemy || !inBounds(m, p.x, p.y) || enemy.patrol.length >= 64) return m;
  const last = enemy.patrol[enemy.patrol.length - 1];
  if (last && same(last, p)) return m;
  return patchPatrol(m, id, (r) => [...r, { x: p.x, y: p.y }]);
}

export function removeLastWaypoint(m: EditorMap, id: string): EditorMap {
  const enemy = m.enemies.find((u) => u.id === id);
  if (!enemy?.patrol.length) return m;
  return patchPatrol(m, id, (r) => r.slice(0, -1));
}

export function clearPatrol(m: EditorMap, id: string): EditorMap {
  const enemy = m.enemies.find((u) => u.id === id);
  if (!enemy?.patrol.length) return m;
  return patchPatrol(m, id, () => []);
}

/** Switches the objective kind, keeping a sensible tile (the old cell or reach tile, else the map centre). */
export function setObjectiveKind(m: EditorMap, kind: Objective['kind']): EditorMap {
  if (m.objective.kind === kind) return m;
  const o = m.objective;
  const p: Point =
    o.kind === 'cell'
      ? { x: o.x, y: o.y }
      : o.kind === 'reach' && o.tiles[0]
        ? o.tiles[0]
        : { x: Math.floor(m.width / 2), y: Math.floor(m.height / 2) };
  const objective: Objective =
    kind === 'cell'
      ? { kind, x: p.x, y: p.y }
      : kind === 'reach'
        ? { kind, tiles: [{ x: p.x, y: p.y }] }
        : { kind: 'eliminate' };
  return { ...m, objective };
}

/** Clicking with the objective tool: moves the cell, or toggles a reach tile (the last one cannot be removed). */
export function applyObjectiveAt(m: EditorMap, p: Point): EditorMap {
  if (!inBounds(m, p.x, p.y)) return m;
  const o = m.objective;
  if (o.kind === 'cell') return same(o, p) ? m : { ...m, objective: { kind: 'cell', x: p.x, y: p.y } };
  if (o.kind === 'reach') {
    const has = o.tiles.some((t) => same(t, p));
    if (has && o.tiles.length === 1) return m;
    const tiles = has ? o.tiles.filter((t) => !same(t, p)) : [...o.tiles, { x: p.x, y: p.y }];
    return { ...m, objective: { kind: 'reach', tiles } };
  }
  return m;
}

/** Adds or removes a pre-placed breach on a tile. */
export function toggleBreach(m: EditorMap, p: Point): EditorMap {
  if (!inBounds(m, p.x, p.y)) return m;
  const has = m.breaches.some((b) => same(b, p));
  return {
    ...m,
    breaches: has ? m.breaches.filter((b) => !same(b, p)) : [...m.breaches, { x: p.x, y: p.y }],
  };
}

const sealsInSchema = BreachSchema.shape.sealsIn.unwrap();
/** The turns a pre-placed breach may be given before it seals: the map schema's own limits (1-99). */
export const SEALS_IN_LIMITS = { min: sealsInSchema.minValue ?? 1, max: sealsInSchema.maxValue ?? 99 } as const;

/** Index of the pre-placed breach on a tile, or -1. */
export const breachAt = (m: EditorMap, p: Point): number => m.breaches.findIndex((b) => same(b, p));

/**
 * Sets the turns until the breach on a tile seals (rounded and clamped to the schema's limits); `undefined`
 * removes it, so the breach follows the map's `sealTurns`. The same map when there is no breach or no change.
 */
export function setSealsIn(m: EditorMap, p: Point, turns: number | undefined): EditorMap {
  const i = breachAt(m, p);
  if (i < 0) return m;
  const b = m.breaches[i]!;
  const n =
    turns === undefined || !Number.isFinite(turns)
      ? undefined
      : Math.min(SEALS_IN_LIMITS.max, Math.max(SEALS_IN_LIMITS.min, Math.round(turns)));
  if (b.sealsIn === n) return m;
  const next = n === undefined ? { x: b.x, y: b.y } : { x: b.x, y: b.y, sealsIn: n };
  return { ...m, breaches: m.breaches.map((o, k) => (k === i ? next : o)) };
}

/** Adds a breachable rectangle spanned by two corners (clipped to the map). */
export function addBreachable(m: EditorMap, a: Point, b: Point): EditorMap {
  const x = Math.max(0, Math.min(a.x, b.x));
  const y = Math.max(0, Math.min(a.y, b.y));
  const x1 = Math.min(m.width - 1, Math.max(a.x, b.x));
  const y1 = Math.min(m.height - 1, Math.max(a.y, b.y));
  if (x1 < x || y1 < y) return m;
  return { ...m, breachable: [...(m.breachable ?? []), { x, y, w: x1 - x + 1, h: y1 - y + 1 }] };
}

const inRect = (r: { x: number; y: number; w: number; h: number }, p: Point) =>
  p.x >= r.x && p.y >= r.y && p.x < r.x + r.w && p.y < r.y + r.h;

/** Removes the last breachable rectangle covering a tile; with none left, "breachable" is dropped (all hull). */
export function removeBreachableAt(m: EditorMap, p: Point): EditorMap {
  const list = m.breachable ?? [];
  let i = -1;
  for (let k = list.length - 1; k >= 0 && i < 0; k--) if (inRect(list[k]!, p)) i = k;
  if (i < 0) return m;
  const rest = list.filter((_, k) => k !== i);
  const out: EditorMap = { ...m, breachable: rest };
  if (!rest.length) delete out.breachable;
  return out;
}

/** Index of the strike aimed at a tile (the last one when several are). */
export function strikeAt(m: EditorMap, p: Point): number {
  for (let i = m.strikes.length - 1; i >= 0; i--) if (same(m.strikes[i]!, p)) return i;
  return -1;
}

export function addStrike(m: EditorMap, s: Strike): EditorMap {
  if (!inBounds(m, s.x, s.y)) return m;
  return { ...m, strikes: [...m.strikes, { ...s }] };
}

export function updateStrike(m: EditorMap, index: number, patch: Partial<Strike>): EditorMap {
  if (!m.strikes[index]) return m;
  return { ...m, strikes: m.strikes.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

export function removeStrike(m: EditorMap, index: number): EditorMap {
  if (!m.strikes[index]) return m;
  return { ...m, strikes: m.strikes.filter((_, i) => i !== index) };
}

/**
 * The eraser: removes the topmost thing on a tile: a unit, else a strike aimed there, a breach, a light, a reach
 * tile, a patrol waypoint, a breachable rectangle. Terrain and heights stay.
 */
export function eraseAt(m: EditorMap, p: Point): EditorMap {
  const u = unitAt(m, p);
  if (u) return removeUnit(m, u.id);
  const s = strikeAt(m, p);
  if (s >= 0) return removeStrike(m, s);
  if (m.breaches.some((b) => same(b, p))) return toggleBreach(m, p);
  if (lightAt(m, p)) return toggleLight(m, p);
  if (m.objective.kind === 'reach' && m.objective.tiles.some((t) => same(t, p))) {
    const next = applyObjectiveAt(m, p);
    if (next !== m) return next;
  }
  const e = m.enemies.findIndex((en) => en.patrol.some((w) => same(w, p)));
  if (e >= 0) {
    const id = m.enemies[e]!.id;
    return patchPatrol(m, id, (r) => r.filter((w) => !same(w, p)));
  }
  return removeBreachableAt(m, p);
}

export type MetaPatch = Partial<
  Pick<EditorMap, 'id' | 'name' | 'description' | 'author' | 'next' | 'sealTurns' | 'turnLimit'>
>;

/** Sets metadata fields; `undefined` removes an optional one. */
export function setMeta(m: EditorMap, patch: MetaPatch): EditorMap {
  const out: EditorMap = { ...m, ...patch };
  for (const k of ['author', 'next', 'turnLimit'] as const) if (k in patch && patch[k] === undefined) delete out[k];
  return out;
}
