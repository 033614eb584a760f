import type { Point } from '@denizens/maps';
import { tileDistance, withinRadius } from '../vision/distance';
import { dustOnLine } from '../vision/lineOfSight';
import { PEEK_DX, PEEK_DY, peekMask } from '../vision/peek';
import { canSeeTileFrom } from '../vision/sight';
import { has } from '../world/units';
import type { GameWorld } from '../world/world';
import { COVER_DEFENSE, type CoverLevel, coverToward } from './cover';
import { peekFiringTile } from './firingTile';
import { type Arm, armOf, longestRange, rangeMod } from './weapons';

/** Flanked targets: extra crit chance. */
export const FLANK_CRIT_BONUS = 50;
/** Dust anywhere on the line of fire. */
export const DUST_PENALTY = 20;
/** Shooter standing higher than the target. */
export const HEIGHT_BONUS = 10;
/** Reaction shots (overwatch): hit chance ×7/10, rounded down; no crits. */
export const REACTION_NUM = 7;
export const REACTION_DEN = 10;

export type ModifierKey =
  | 'aim'
  | 'range'
  | 'cover'
  | 'hunkered'
  | 'defense'
  | 'dust'
  | 'height'
  | 'limit'
  | 'reaction'
  | 'weapon'
  | 'flanked'
  | 'peek';

/** One line of the "why": a label for people and a signed value in percentage points. */
export interface Modifier {
  key: ModifierKey;
  label: string;
  value: number;
}

export interface HitChance {
  /** Final chance to hit, 0-100: the sum of `breakdown`. 0 when the target cannot be shot. */
  percent: number;
  breakdown: Modifier[];
  /** Chance (0-100) that a hit is a critical (+50% damage): the sum of `critBreakdown`. */
  critPercent: number;
  critBreakdown: Modifier[];
  /** The target has no cover toward the shooter. */
  flanked: boolean;
  /** Cover the target has toward the shooter (0 none, 1 half, 2 full). */
  cover: CoverLevel;
  /** Distance in tiles (rounded straight line). */
  distance: number;
  /** Within the weapon's range. */
  inRange: boolean;
  /** The shooter sees the target's tile (line of sight, vision range, darkness). */
  canSee: boolean;
  /** The weapon used (id) and whether it is the sidearm. */
  weapon: string;
  sidearm: boolean;
  /**
   * The tile the shot is worked out from: the shooter's own, or the peek tile it leans out to when it
   * can take the shot only from there (`peek` true). Range, cover, dust and height count from here.
   */
  from: Point;
  peek: boolean;
}

export interface ShotOptions {
  /** Pretend the shooter stands here (AI and previews); default: where it stands. */
  from?: Point;
  /** Fire the sidearm instead of the primary weapon. */
  sidearm?: boolean;
  /** A reaction shot (overwatch): ×0.7 and no crits. */
  reaction?: boolean;
}

/** The numbers without the labels: what the AI evaluates thousands of times. */
export interface Odds {
  /** The tile the shot is worked out from (the shooter's own or a peek tile) and whether it is a peek tile. */
  fromX: number;
  fromY: number;
  peek: boolean;
  percent: number;
  critPercent: number;
  flanked: boolean;
  cover: CoverLevel;
  distance: number;
  inRange: boolean;
  canSee: boolean;
  aim: number;
  range: number;
  coverMod: number;
  hunkerMod: number;
  defense: number;
  dust: number;
  height: number;
  /** Sum before clamping to 0-100 and before the reaction factor. */
  raw: number;
  clamped: number;
  reactionMod: number;
  weaponCrit: number;
  flankCrit: number;
}

export function emptyOdds(): Odds {
  return {
    fromX: 0,
    fromY: 0,
    peek: false,
    percent: 0,
    critPercent: 0,
    flanked: false,
    cover: 0,
    distance: 0,
    inRange: false,
    canSee: false,
    aim: 0,
    range: 0,
    coverMod: 0,
    hunkerMod: 0,
    defense: 0,
    dust: 0,
    height: 0,
    raw: 0,
    clamped: 0,
    reactionMod: 0,
    weaponCrit: 0,
    flankCrit: 0,
  };
}

/** A shot to weigh: who fires from which tile (x, y) at whom, with which weapon, as a reaction (overwatch) shot or not. */
export interface ShotSpec {
  shooter: number;
  x: number;
  y: number;
  target: number;
  arm: Arm;
  reaction: boolean;
}

export interface OddsOptions {
  /**
   * Only a shot that can be taken matters: when the target is not seen or out of range, stop early
   * with percent and critPercent 0 and the other fields not filled in (the AI's searches).
   */
  shootableOnly?: boolean;
}

const NO_OPTIONS: OddsOptions = {};

/**
 * The odds of the shot, written into `out` (no allocation).
 * The shot is worked out from the shooter's tile (x, y) when it sees the target from there within its
 * weapon's range, else from the peek tile firingTile picks (leaning out around cover), else it cannot
 * be taken (percent 0).
 * hit% = aim + range − cover (×2 hunkered) − defence − dust + height, clamped to 0-100, then ×0.7 for a
 * reaction shot. crit% = weapon crit + 50 if flanked, clamped to 0-100; 0 on a reaction shot.
 */
export function computeOdds(world: GameWorld, shot: ShotSpec, out: Odds, opts: OddsOptions = NO_OPTIONS): Odds {
  const { Position, Stats } = world.c;
  const { shooter, target } = shot;
  const canSee = canSeeTileFrom(
    world.grid,
    shot.x,
    shot.y,
    Stats.vision[shooter]!,
    Position.x[target]!,
    Position.y[target]!,
  );
  return oddsAround(world, shot, canSee, out, opts);
}

/**
 * computeOdds when whether the shooter sees the target from its own tile (x, y) is already known
 * (`canSee`, as canSeeTileFrom would say): for the AI, which works sight out for many tiles at once.
 * Peek tiles are looked at here when the own tile cannot take the shot.
 */
export function oddsSeeing(
  world: GameWorld,
  shot: ShotSpec,
  canSee: boolean,
  out: Odds,
  opts: OddsOptions = NO_OPTIONS,
): Odds {
  return oddsAround(world, shot, canSee, out, opts);
}

function oddsAround(world: GameWorld, shot: ShotSpec, canSee: boolean, out: Odds, opts: OddsOptions): Odds {
  const { Position, Stats } = world.c;
  const g = world.grid;
  const { x: sx, y: sy, shooter, target } = shot;
  const tx = Position.x[target]!;
  const ty = Position.y[target]!;
  const reach = longestRange(shot.arm.weapon);
  if (canSee && withinRadius(tx - sx, ty - sy, reach)) return oddsFrom(world, shot, sx, sy, true, false, out, opts);
  const mask = peekMask(g, sx, sy);
  if (mask === 0) return oddsFrom(world, shot, sx, sy, canSee, false, out, opts);
  const vision = Stats.vision[shooter]!;
  const peek = peekFiringTile(g, sx, sy, vision, reach, tx, ty);
  if (peek >= 0) {
    const px = peek % g.width;
    return oddsFrom(world, shot, px, (peek - px) / g.width, true, true, out, opts);
  }
  if (!canSee) {
    // Seen only from a peek tile, but out of range from every one that sees it: reported from the first.
    for (let k = 0; k < 4; k++) {
      if ((mask & (1 << k)) === 0) continue;
      const px = sx + PEEK_DX[k]!;
      const py = sy + PEEK_DY[k]!;
      if (canSeeTileFrom(g, px, py, vision, tx, ty)) return oddsFrom(world, shot, px, py, true, true, out, opts);
    }
  }
  return oddsFrom(world, shot, sx, sy, canSee, false, out, opts);
}

/** The odds of the shot worked out from tile (sx, sy), which sees the target or not (`canSee`). */
function oddsFrom(
  world: GameWorld,
  shot: ShotSpec,
  sx: number,
  sy: number,
  canSee: boolean,
  peek: boolean,
  out: Odds,
  opts: OddsOptions,
): Odds {
  const { shooter, target, arm, reaction } = shot;
  const shootableOnly = opts.shootableOnly === true;
  const { Position, Stats } = world.c;
  const g = world.grid;
  const tx = Position.x[target]!;
  const ty = Position.y[target]!;
  out.fromX = sx;
  out.fromY = sy;
  out.peek = peek;
  out.distance = tileDistance(tx - sx, ty - sy);
  out.canSee = canSee;
  const rm = rangeMod(arm.weapon, out.distance);
  out.inRange = rm !== null;
  if (shootableOnly && !(out.canSee && out.inRange)) {
    // The AI only wants the odds of a shot it can take: percent and crit are 0, the rest is left unset.
    out.percent = 0;
    out.critPercent = 0;
    return out;
  }
  out.cover = coverToward(g, tx, ty, sx, sy);
  out.flanked = out.cover === 0;
  out.aim = Stats.aim[shooter]!;
  out.range = rm ?? 0;
  out.coverMod = -COVER_DEFENSE[out.cover]!;
  out.hunkerMod = out.cover > 0 && has(world, target, 'Hunkered') ? out.coverMod : 0;
  out.defense = -(Stats.defense[target] ?? 0);
  out.dust = g.dusty > 0 && dustOnLine(g, sx, sy, tx, ty) ? -DUST_PENALTY : 0;
  out.height = g.elevation[sy * g.width + sx]! > g.elevation[ty * g.width + tx]! ? HEIGHT_BONUS : 0;
  out.raw = out.aim + out.range + out.coverMod + out.hunkerMod + out.defense + out.dust + out.height;
  out.clamped = out.raw < 0 ? 0 : Math.min(out.raw, 100);
  out.reactionMod = reaction ? Math.floor((out.clamped * REACTION_NUM) / REACTION_DEN) - out.clamped : 0;
  out.weaponCrit = arm.weapon.crit;
  out.flankCrit = out.flanked ? FLANK_CRIT_BONUS : 0;
  const crit = out.weaponCrit + out.flankCrit;
  const shootable = out.canSee && out.inRange;
  out.percent = shootable ? out.clamped + out.reactionMod : 0;
  out.critPercent = shootable && !reaction ? Math.min(crit, 100) : 0;
  return out;
}

const COVER_LABEL = ['', 'half cover', 'full cover'];

/**
 * The chance to hit and why, for the client and the rules (pure). Every modifier has a label and a
 * value; the values add up to `percent` (a "limit" line appears when the sum is clamped to 0-100).
 */
export function hitChance(world: GameWorld, shooter: number, target: number, opts: ShotOptions = {}): HitChance {
  const { Position } = world.c;
  const sidearm = opts.sidearm === true;
  const arm = armOf(world, shooter, sidearm);
  const sx = opts.from?.x ?? Position.x[shooter]!;
  const sy = opts.from?.y ?? Position.y[shooter]!;
  const base = { weapon: arm?.id ?? '', sidearm };
  if (!arm) {
    return {
      percent: 0,
      breakdown: [],
      critPercent: 0,
      critBreakdown: [],
      flanked: false,
      cover: 0,
      distance: 0,
      inRange: false,
      canSee: false,
      ...base,
      from: { x: sx, y: sy },
      peek: false,
    };
  }
  const o = computeOdds(world, { shooter, x: sx, y: sy, target, arm, reaction: opts.reaction === true }, emptyOdds());
  const result: HitChance = {
    percent: o.percent,
    breakdown: [],
    critPercent: o.critPercent,
    critBreakdown: [],
    flanked: o.flanked,
    cover: o.cover,
    distance: o.distance,
    inRange: o.inRange,
    canSee: o.canSee,
    ...base,
    from: { x: o.fromX, y: o.fromY },
    peek: o.peek,
  };
  if (!o.canSee || !o.inRange) return result;
  const b = result.breakdown;
  if (o.peek) b.push({ key: 'peek', label: `leaning out around cover to (${o.fromX}, ${o.fromY})`, value: 0 });
  b.push({ key: 'aim', label: 'aim', value: o.aim });
  if (o.range !== 0) b.push({ key: 'range', label: `range ${o.distance} (${arm.weapon.name})`, value: o.range });
  if (o.coverMod !== 0) b.push({ key: 'cover', label: COVER_LABEL[o.cover]!, value: o.coverMod });
  if (o.hunkerMod !== 0) b.push({ key: 'hunkered', label: 'hunkered down (cover doubled)', value: o.hunkerMod });
  if (o.defense !== 0) b.push({ key: 'defense', label: 'target defence', value: o.defense });
  if (o.dust !== 0) b.push({ key: 'dust', label: 'dust on the line of fire', value: o.dust });
  if (o.height !== 0) b.push({ key: 'height', label: 'height advantage', value: o.height });
  if (o.clamped !== o.raw)
    b.push({ key: 'limit', label: o.raw > 100 ? 'capped at 100' : 'floored at 0', value: o.clamped - o.raw });
  if (o.reactionMod !== 0) b.push({ key: 'reaction', label: 'reaction shot ×0.7', value: o.reactionMod });
  const c = result.critBreakdown;
  if (opts.reaction) {
    if (o.weaponCrit + o.flankCrit !== 0) c.push({ key: 'reaction', label: 'no crits on reaction shots', value: 0 });
  } else {
    if (o.weaponCrit !== 0) c.push({ key: 'weapon', label: `${arm.weapon.name} crit`, value: o.weaponCrit });
    if (o.flankCrit !== 0) c.push({ key: 'flanked', label: 'flanked', value: o.flankCrit });
    if (o.weaponCrit + o.flankCrit > 100)
      c.push({ key: 'limit', label: 'capped at 100', value: 100 - o.weaponCrit - o.flankCrit });
  }
  return result;
}
