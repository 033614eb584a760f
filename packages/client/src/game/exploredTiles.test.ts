import { chooseCommand, createGame, Faction, hashWorld, visibleTo } from '@denizens/engine';
import { DEFAULT_MAP_ID } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { memoryPlatform } from '../platform/platform';
import { exploredTiles } from './exploredTiles';
import { checkMap, loadBuiltinMap } from './loadMap';
import { restoreSave, SAVE_KEY, writeAutosave } from './saveGame';
import { createSession, type Session, sendCommand } from './session';

function mapOf(id: string) {
  const m = loadBuiltinMap(id);
  if (!m.ok) throw new Error(m.error);
  return m.map;
}

const count = (a: Uint8Array) => a.reduce((n, v) => n + (v ? 1 : 0), 0);

/** Plays `turns` turns with the engine's AI for the squad, remembering the view the way the play screen does. */
function playRemembering(session: Session, turns: number): Uint8Array {
  const seen = new Uint8Array(session.world.grid.width * session.world.grid.height);
  const remember = () => {
    const view = visibleTo(session.world, Faction.squad).tiles;
    for (let i = 0; i < seen.length; i++) if (view[i]) seen[i] = 1;
  };
  remember(); // the screen opens
  const endTurn = session.world.header.turn + turns;
  for (let guard = 0; guard < 500 && session.world.header.turn < endTurn; guard++) {
    if (session.world.header.outcome !== 'ongoing') break;
    // a refused command changes nothing and is not recorded: the screen refreshes nothing either
    expect(sendCommand(session, { type: 'move', unit: 'nobody', to: { x: 0, y: 0 } }).ok).toBe(false);
    if (sendCommand(session, chooseCommand(session.world, Faction.squad)).ok) remember();
  }
  return seen;
}

/** Only ends turns (the squad stands still), remembering the view after each as the play screen does. */
function playEndingTurns(session: Session, turns: number): Uint8Array {
  const seen = visibleTo(session.world, Faction.squad).tiles;
  for (let t = 0; t < turns; t++) {
    expect(sendCommand(session, { type: 'end_turn' }).ok).toBe(true);
    const view = visibleTo(session.world, Faction.squad).tiles;
    for (let i = 0; i < seen.length; i++) if (view[i]) seen[i] = 1;
  }
  return seen;
}

describe('exploredTiles', () => {
  it('is the union of the views the play screen remembered, also after a save and a continue', () => {
    let terrainChanged = 0;
    for (const [id, seed] of [
      [DEFAULT_MAP_ID, 'explore'],
      ['ship', '7'],
    ] as const) {
      const session = createSession(mapOf(id), seed);
      const terrain = session.world.grid.terrain.slice();
      const live = playRemembering(session, 5);
      expect(session.commands.length).toBeGreaterThan(5);
      if (session.world.grid.terrain.some((t, i) => t !== terrain[i])) terrainChanged++;
      const hash = hashWorld(session.world);

      const again = exploredTiles(session.map, session.seed, session.commands);
      expect(again).toEqual(live);
      // the played world is not touched, and the map explored is more than what is in sight now
      expect(hashWorld(session.world)).toBe(hash);
      expect(count(live)).toBeGreaterThan(count(visibleTo(session.world, Faction.squad).tiles));

      const platform = memoryPlatform();
      writeAutosave(platform, session);
      const r = restoreSave(platform.load(SAVE_KEY)!);
      if (!r.ok) throw new Error(r.error);
      expect(exploredTiles(r.session.map, r.session.seed, r.session.commands)).toEqual(live);
    }
    // views are re-marked when tiles change (exploredTiles keys them on the tiles' version): that happened here
    expect(terrainChanged).toBeGreaterThan(0);
  });

  it('marks again what a pilot who has not moved sees once a wall in the way collapses', () => {
    const m = checkMap(
      {
        format: 'denizens-map',
        version: 1,
        id: 'collapse',
        name: 'Collapse',
        width: 20,
        height: 5,
        terrain: [
          '....#...............',
          '....#...............',
          '....#...............',
          '....#...............',
          '....................',
        ],
        squad: [
          {
            id: 'willow',
            name: 'Willow',
            role: 'Captain',
            hp: 7,
            aim: 70,
            mobility: 5,
            weapon: 'thompson',
            x: 1,
            y: 1,
          },
        ],
        enemies: [{ id: 'drone-1', type: 'drone', x: 19, y: 4 }],
        objective: { kind: 'eliminate' },
        strikes: [{ turn: 2, x: 4, y: 1, radius: 1, damage: 8 }],
      },
      'collapse.json',
    );
    if (!m.ok) throw new Error(m.error);
    const session = createSession(m.map, '1');
    const before = count(visibleTo(session.world, Faction.squad).tiles);
    const live = playEndingTurns(session, 3);
    expect(session.world.header.outcome).toBe('ongoing');
    expect(count(live)).toBeGreaterThan(before); // the strike at the end of turn 2 opened the wall
    expect(exploredTiles(m.map, '1', session.commands)).toEqual(live);
  });

  it('is the starting view with no commands, and stops at a command the game refuses', () => {
    const map = mapOf(DEFAULT_MAP_ID);
    const start = visibleTo(createGame(map, 's'), Faction.squad).tiles;
    expect(count(start)).toBeGreaterThan(0);
    expect(exploredTiles(map, 's', [])).toEqual(start);
    const session = createSession(map, 's');
    playRemembering(session, 1);
    const log = [{ type: 'move', unit: 'nobody', to: { x: 0, y: 0 } } as const, ...session.commands];
    expect(exploredTiles(map, 's', log)).toEqual(start);
  });
});
