/**
 * What `pnpm bench` runs: the groups, their variants (each measured in its own Node process), the ratios printed
 * against a peer measured in the same run, and the targets of issue 6. Pure data: the runner imports it without
 * loading any benchmarked code.
 */

export type GroupName = 'fov' | 'path' | 'rng' | 'replay' | 'ai' | 'scale' | 'client';

/** A figure of the run, as its JSON key: `<group>.<variant>.<figure>`. */
export type FigureRef = string;

export interface Ratio {
  /** JSON key of the ratio. */
  key: string;
  label: string;
  num: FigureRef;
  den: FigureRef;
}

export interface Target {
  /** A figure or ratio key. */
  key: string;
  min?: number;
  max?: number;
  /** A further goal beyond `min`. */
  stretch?: number;
}

export interface GroupPlan {
  name: GroupName;
  title: string;
  variants: string[];
  /** Variants run by `--quick` (default: all). */
  quickVariants?: string[];
  ratios: Ratio[];
  targets: Target[];
  /** Runs only when asked for by `--only` (it needs a browser and a client build). */
  onlyWhenAsked?: boolean;
}

export const PLAN: GroupPlan[] = [
  {
    name: 'fov',
    title: 'Field of view: radius 12 from 1,000 origins on a 128×128 map with 25% walls',
    variants: ['ours', 'rot-precise', 'rot-recursive'],
    ratios: [
      {
        key: 'fov.speedup.rot-precise',
        label: 'ours vs rot.js PreciseShadowcasting (× faster)',
        num: 'fov.rot-precise.ms',
        den: 'fov.ours.ms',
      },
      {
        key: 'fov.speedup.rot-recursive',
        label: 'ours vs rot.js RecursiveShadowcasting (× faster)',
        num: 'fov.rot-recursive.ms',
        den: 'fov.ours.ms',
      },
    ],
    targets: [{ key: 'fov.speedup.rot-precise', min: 2 }],
  },
  {
    name: 'path',
    title:
      'Path-finding: 1,000 fixed pairs on the same map, 8 neighbours, no corner cutting; and 300 pairs on a 64×64 battle map (rough ground, units in the way)',
    variants: ['ours', 'easystar', 'pathfinding', 'rot-astar', 'battle-ours', 'battle-easystar'],
    ratios: [
      {
        key: 'path.speedup.battle-easystar',
        label: 'battle map (rough ground, units in the way): ours vs easystarjs (× faster)',
        num: 'path.battle-easystar.ms',
        den: 'path.battle-ours.ms',
      },
      {
        key: 'path.speedup.easystar',
        label: 'ours vs easystarjs (× faster)',
        num: 'path.easystar.ms',
        den: 'path.ours.ms',
      },
      {
        key: 'path.speedup.pathfinding',
        label: 'ours vs PathFinding.js A* (× faster)',
        num: 'path.pathfinding.ms',
        den: 'path.ours.ms',
      },
      {
        key: 'path.speedup.rot-astar',
        label: 'ours vs rot.js AStar (× faster)',
        num: 'path.rot-astar.ms',
        den: 'path.ours.ms',
      },
    ],
    targets: [
      { key: 'path.speedup.easystar', min: 4 },
      { key: 'path.speedup.rot-astar', min: 15 },
    ],
  },
  {
    name: 'rng',
    title: "RNG: seedrandom's Alea (ours) vs seedrandom's default ARC4",
    variants: ['alea', 'arc4'],
    ratios: [
      {
        key: 'rng.speedup.arc4',
        label: 'Alea vs ARC4, numbers per second (× faster)',
        num: 'rng.alea.millionPerSec',
        den: 'rng.arc4.millionPerSec',
      },
      {
        key: 'rng.stateShrink.arc4',
        label: 'ARC4 saved state / Alea saved state (× smaller)',
        num: 'rng.arc4.stateBytes',
        den: 'rng.alea.stateBytes',
      },
    ],
    targets: [],
  },
  {
    name: 'replay',
    title: 'Replay verification: turns re-simulated per second (AI on both sides), share of a turn spent hashing',
    variants: ['default', 'stress'],
    ratios: [
      {
        key: 'replay.ratio.stress',
        label: 'stress map vs default map, turns per second',
        num: 'replay.stress.turnsPerSec',
        den: 'replay.default.turnsPerSec',
      },
    ],
    targets: [
      { key: 'replay.stress.turnsPerSec', min: 1000, stretch: 5000 },
      { key: 'replay.default.hashSharePct', max: 10 },
      { key: 'replay.stress.hashSharePct', max: 10 },
    ],
  },
  {
    name: 'ai',
    title: 'AI: one enemy phase on the default map with 12 LGF (peer: the map as shipped)',
    variants: ['default-12', 'default'],
    ratios: [
      {
        key: 'ai.ratio.default-12',
        label: '12 enemies vs the shipped enemies, enemy phase time',
        num: 'ai.default-12.enemyPhaseMs',
        den: 'ai.default.enemyPhaseMs',
      },
    ],
    targets: [{ key: 'ai.default-12.enemyPhaseMs', max: 20 }],
  },
  {
    name: 'scale',
    title: 'Scaling: one whole turn on generated battles, units in proportion to the area (×4 per step is linear)',
    variants: ['32', '64', '128', '256'],
    quickVariants: ['32', '64'],
    ratios: [
      {
        key: 'scale.growth.64',
        label: '64² vs 32² turn time (area ×4)',
        num: 'scale.64.turnMs',
        den: 'scale.32.turnMs',
      },
      {
        key: 'scale.growth.128',
        label: '128² vs 64² turn time (area ×4)',
        num: 'scale.128.turnMs',
        den: 'scale.64.turnMs',
      },
      {
        key: 'scale.growth.256',
        label: '256² vs 128² turn time (area ×4)',
        num: 'scale.256.turnMs',
        den: 'scale.128.turnMs',
      },
    ],
    targets: [],
  },
  {
    name: 'client',
    title: 'Client in headless Chromium at 1280×720 (software WebGL)',
    variants: ['browser'],
    onlyWhenAsked: true,
    ratios: [
      {
        key: 'client.ratio.default',
        label: 'default map panning fps / empty stage fps',
        num: 'client.browser.defaultPanFps',
        den: 'client.browser.emptyFps',
      },
      {
        key: 'client.ratio.stress',
        label: 'stress map panning fps / empty stage fps',
        num: 'client.browser.stressPanFps',
        den: 'client.browser.emptyFps',
      },
      {
        key: 'client.ratio.ruinsEnemy',
        label: 'ruins late enemy phase fps / empty stage fps',
        num: 'client.browser.ruinsEnemyFps',
        den: 'client.browser.emptyFps',
      },
      {
        key: 'client.ratio.shipEnemy',
        label: 'ship late enemy phase fps / empty stage fps',
        num: 'client.browser.shipEnemyFps',
        den: 'client.browser.emptyFps',
      },
    ],
    targets: [
      { key: 'client.browser.defaultPanFps', min: 30 },
      { key: 'client.browser.ruinsEnemyFps', min: 30 },
      { key: 'client.browser.shipEnemyFps', min: 30 },
      { key: 'client.browser.idleFramesPerSec', max: 0.5 },
      { key: 'client.browser.firstFrameMs', max: 2000 },
      { key: 'client.browser.jsGzipKB', max: 350 },
    ],
  },
];
