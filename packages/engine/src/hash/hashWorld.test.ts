import { describe, expect, it } from 'vitest';
import { builtin, tinyMap } from '../../test/support';
import { chooseCommand } from '../ai/chooseCommand';
import { apply } from '../apply';
import { deserializeGame, serializeGame } from '../save/serialize';
import { createGame } from '../setup/createGame';
import { COMPONENT_NAMES, Faction, fieldsOf } from '../world/components';
import { componentBits, registeredCount } from '../world/ecs';
import { entitiesSorted } from '../world/units';
import type { GameWorld } from '../world/world';
import { Hasher } from './hasher';
import { hashWorld, tileDigest } from './hashWorld';

describe('hashWorld', () => {
  it('follows every change to the tiles: the remembered tile digest always equals a fresh one (strikes, dust, breaches)', () => {
    const seenEvents = new Set<string>();
    // On a small map: a strike too weak to bring its wall down, and one that does.
    const weak = tinyMap(['..E...', '.####.', '......', '..S...'], {
      strikes: [
        { turn: 1, x: 1, y: 1, radius: 0, damage: 2 },
        { turn: 1, x: 4, y: 1, radius: 0, damage: 9 },
      ],
    });
    for (const [map, seed, wait] of [
      [builtin('ruins'), 1, 0],
      [builtin('ship'), 1, 0],
      [builtin('ship'), 2, 0],
      [weak, 1, 4],
      // The ruins with a squad that waits: breaches open, vent and seal.
      [builtin('ruins'), 1, 8],
    ] as const) {
      const world = createGame(map, seed);
      for (let step = 0; step < (wait || 600) && world.header.outcome === 'ongoing'; step++) {
        // On the small map the squad only waits, for the strike to land.
        const r = apply(world, wait ? { type: 'end_turn' } : chooseCommand(world, Faction.squad));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        for (const e of r.events) seenEvents.add(e.type);
        const g = world.grid;
        const fresh = new Hasher()
          .bytes(g.terrain)
          .bytes(g.wallHp)
          .bytes(g.elevation)
          .bytes(g.dust)
          .bytes(g.lit)
          .digest();
        expect(tileDigest(g)).toBe(fresh);
      }
      // A loaded copy (a new grid, nothing remembered) hashes the same.
      const loaded = deserializeGame(JSON.parse(JSON.stringify(serializeGame(world))));
      expect(loaded.ok && hashWorld(loaded.world)).toBe(hashWorld(world));
    }
    // The games changed tiles in every way the rules can.
    for (const t of ['wall_damaged', 'wall_collapsed', 'dust_raised', 'breach_opened', 'breach_sealed'])
      expect(seenEvents, t).toContain(t);
  });

  it('gives a fixed digest for a fixed small world (the layout is part of the replay format)', () => {
    // Two units on a 4x3 map, seed 1, nothing played. A change to what the state hash feeds, in what
    // order or with which separators, changes this digest: it must come with a REPLAY_VERSION bump (and
    // so must new state, e.g. a new component: then record the new digest here with the bump).
    const world = createGame(tinyMap(['S...', '.##.', '...E']), 1);
    expect(hashWorld(world)).toMatchInlineSnapshot(`"7bf9a843e3e4e0a7"`);
  });

  it('equals the plain state hash (component plans read afresh every time) while components register during a game and after a load', () => {
    // The plain version: every registered component's bits and fields looked up on each call.
    const plain = (world: GameWorld): string => {
      const h = new Hasher();
      const { header, grid, rng } = world;
      h.str(world.scenario.mapHash).str(world.seed);
      h.int(header.turn)
        .int(['player', 'enemy', 'environment'].indexOf(header.phase))
        .int(['ongoing', 'victory', 'defeat'].indexOf(header.outcome))
        .str(header.reason)
        .int(header.nextUid);
      const s = rng.prng.state();
      h.int(s.c)
        .int(s.s0 * 0x1_0000_0000)
        .int(s.s1 * 0x1_0000_0000)
        .int(s.s2 * 0x1_0000_0000)
        .int(rng.draws);
      h.int(grid.width).int(grid.height).str(tileDigest(grid));
      const eids = entitiesSorted(world, ['Meta']);
      h.int(eids.length);
      for (const eid of eids) {
        for (let ci = 0; ci < COMPONENT_NAMES.length; ci++) {
          const name = COMPONENT_NAMES[ci]!;
          const store = world.c[name] as unknown as Record<string, unknown[]>;
          const bits = componentBits(world, store);
          if (!bits || ((bits.masks[eid] ?? 0) & bits.bit) !== bits.bit) continue;
          h.int(ci);
          for (const [field, kind] of fieldsOf(name)) {
            const v = store[field]![eid];
            if (kind === 'str') h.str(v as string);
            else h.int(v as number);
          }
        }
        h.int(-1);
      }
      return h.digest();
    };
    let grew = 0;
    for (const [map, seed] of [
      [builtin('ruins'), 1],
      [builtin('ship'), 2],
    ] as const) {
      const world = createGame(map, seed);
      const first = registeredCount(world);
      expect(hashWorld(world)).toBe(plain(world));
      for (let step = 0; step < 400 && world.header.outcome === 'ongoing'; step++) {
        const r = apply(world, chooseCommand(world, Faction.squad));
        expect(r.ok).toBe(true);
        expect(hashWorld(world)).toBe(plain(world));
        // A refused command (rolled back) leaves the hash as it was.
        const before = hashWorld(world);
        expect(apply(world, { type: 'move', unit: 'nobody', to: { x: 0, y: 0 } }).ok).toBe(false);
        expect(hashWorld(world)).toBe(before);
        expect(hashWorld(world)).toBe(plain(world));
      }
      grew += registeredCount(world) - first;
      const loaded = deserializeGame(JSON.parse(JSON.stringify(serializeGame(world))));
      expect(loaded.ok && hashWorld(loaded.world)).toBe(loaded.ok && plain(loaded.world));
    }
    // Components were registered mid-game: the remembered plans had to be made again.
    expect(grew).toBeGreaterThan(0);
  });
});
