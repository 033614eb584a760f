import { apply, Faction, hashWorld, unitById, unitsSorted } from '@denizens/engine';
import { validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../game/actions';
import { rebuildLog } from '../../game/combatLog';
import { loadBuiltinMap } from '../../game/loadMap';
import { SAVE_KEY } from '../../game/saveGame';
import { createSession, sendCommand } from '../../game/session';
import { unitNames } from '../../game/unitNames';
import { clientToTile } from './cameraRig';
import { headlessPlay } from './testKit';

function session(map = 'training', seed = '3') {
  const m = loadBuiltinMap(map);
  if (!m.ok) throw new Error(m.error);
  return createSession(m.map, seed);
}

const action = (id: string) => ({ type: 'action' as const, action: ACTIONS.find((a) => a.id === id)! });

describe('the play screen controller (no browser)', () => {
  it('draws every layer once at the start, in the fixed order', () => {
    const p = headlessPlay(session());
    expect(p.drawn).toEqual([
      'terrain',
      'fog',
      'ground',
      'units',
      'cards',
      'bar',
      'overlays',
      'tip',
      'labels',
      'badges',
      'prompt',
      'help',
    ]);
    expect(p.screen.selectedId).toBe(
      unitsSorted(p.screen.world, Faction.squad).map((e) => p.screen.world.c.Unit.id[e])[0],
    );
  });

  it("tells the story's turn-1 lines as the mission opens, and not again when the engine says them with the first command", async () => {
    const s = session('ruins', '1');
    const p = headlessPlay(s);
    const night = s.map.triggers.find((t) => t.id === 'night')!;
    const words = night.do.map((e) => (e.kind === 'say' ? e.text : ''));
    expect(p.told.map((l) => l.replace(/^[^:]*: /, ''))).toEqual(words);
    expect(p.told[0]).toBe(`: ${words[0]}`);
    expect(p.told[1]).toBe(`Willow: ${words[1]}`);
    for (const w of words) expect(p.logLines.filter((l) => l.includes(w))).toHaveLength(1);
    // the first command: the engine fires the trigger now (its events and the hash are its own), the lines are not repeated
    p.dispatch({ type: 'end_turn' });
    if (p.prompt.text) p.prompt.yes();
    await p.settle();
    expect(s.commands.length).toBe(1);
    const engineSaid = rebuildLog(s.map, s.seed, s.commands, new Map(s.names)).lines.map((l) => l.text);
    for (const w of words) expect(engineSaid.filter((l) => l.includes(w))).toHaveLength(1);
    for (const w of words) expect(p.logLines.filter((l) => l.includes(w))).toHaveLength(1);
  });

  it('redraws only what a hover changes: overlays, tooltip and labels, never the terrain', () => {
    const p = headlessPlay(session());
    p.drawn.length = 0;
    const at = p.screen.tileToClient(3, 3);
    p.dispatch({ type: 'point', x: at.x, y: at.y, overMap: true });
    expect(p.drawn).toEqual(['overlays', 'tip', 'labels', 'badges']);
    expect(p.screen.state.hover).toEqual({ x: 3, y: 3 });
    p.drawn.length = 0;
    p.dispatch({ type: 'point', x: at.x + 1, y: at.y, overMap: true }); // same tile: only the tooltip follows
    expect(p.drawn).toEqual(['tip']);
  });

  it('moves the selected pilot where the map is clicked: one command, saved, animated, then everything redrawn', async () => {
    const s = session();
    const p = headlessPlay(s);
    const id = p.screen.selectedId!;
    const eid = unitById(s.world, id)!;
    const to = { x: s.world.c.Position.x[eid]! + 2, y: s.world.c.Position.y[eid]! };
    const at = p.screen.tileToClient(to.x, to.y);
    p.drawn.length = 0;
    p.dispatch({ type: 'click', x: at.x, y: at.y });
    expect(p.screen.isBusy).toBe(true);
    expect(s.commands).toEqual([{ type: 'move', unit: id, to }]);
    expect(p.platform.load(SAVE_KEY)).toContain(hashWorld(s.world));
    await p.settle();
    expect([p.units.get(id)!.tileX, p.units.get(id)!.tileY]).toEqual([to.x, to.y]);
    expect(p.logLines.at(-1)).toMatch(/moves to/);
    expect(p.drawn.slice(-11)).toEqual([
      'fog',
      'ground',
      'units',
      'cards',
      'bar',
      'overlays',
      'tip',
      'labels',
      'badges',
      'prompt',
      'help',
    ]);
  });

  it('ignores commands while animating, and takes them again after', async () => {
    const s = session();
    const p = headlessPlay(s);
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'end_turn' }); // yes, end it with actions left
    expect(s.commands).toHaveLength(1);
    p.dispatch({ type: 'end_turn' });
    p.dispatch(action('overwatch'));
    expect(s.commands).toHaveLength(1);
    // picking a pilot meanwhile moves only the selection ring: the figures stay where the animation has them
    p.drawn.length = 0;
    p.dispatch({ type: 'cycle', dir: 1 });
    p.dispatch({ type: 'select', id: s.world.c.Unit.id[unitsSorted(s.world, Faction.squad)[1]!]! });
    expect(p.drawn).toContain('selection');
    expect(p.drawn).not.toContain('units');
    await p.settle();
    expect(s.world.header.turn).toBe(2);
    p.dispatch(action('overwatch'));
    expect(p.toasts).toEqual([]);
    expect(s.commands.at(-1)).toMatchObject({ type: 'overwatch' });
  });

  it('aims Shoot at the enemies the engine offers and fires at the current one on confirm', async () => {
    // the ship, seed 7: Willow sees an LGF trooper from the start (as the browser test finds)
    const s = session('ship', '7');
    const p = headlessPlay(s);
    p.dispatch({ type: 'select', id: 'willow' });
    p.dispatch(action('shoot'));
    expect(p.screen.state.mode.id).toBe('shoot');
    const target = p.screen.state.targets[0];
    expect(target?.chance?.percent).toBeGreaterThan(0);
    p.dispatch({ type: 'confirm' });
    expect(s.commands).toEqual([{ type: 'shoot', unit: 'willow', target: target!.id }]);
    await p.settle();
    expect(p.screen.state.mode.id).toBe('move');
    expect(p.logLines.join('\n')).toMatch(/Willow fires at/);
  });

  it('says why a refused command was refused, and sends nothing', () => {
    const s = session();
    const p = headlessPlay(s);
    const hash = hashWorld(s.world);
    p.dispatch(action('reload')); // a full magazine
    expect(s.commands).toHaveLength(0);
    expect(p.toasts).toHaveLength(1);
    expect(hashWorld(s.world)).toBe(hash);
  });

  it('cycles pilots with Tab and cancels aiming with Escape', () => {
    const s = session();
    const p = headlessPlay(s);
    const first = p.screen.selectedId;
    p.dispatch({ type: 'cycle', dir: 1 });
    expect(p.screen.selectedId).not.toBe(first);
    p.dispatch({ type: 'cycle', dir: -1 });
    expect(p.screen.selectedId).toBe(first);
    p.dispatch(action('first_aid'));
    p.dispatch({ type: 'cancel' });
    expect(p.screen.state.mode.id).toBe('move');
    expect(p.screen.state.targets).toEqual([]);
  });

  it('asks before ending a turn with actions left; Escape or another choice keeps playing', async () => {
    const s = session();
    const p = headlessPlay(s);
    p.dispatch({ type: 'end_turn' });
    expect(s.commands).toHaveLength(0);
    expect(p.prompt.text).toMatch(/can still act\. End the turn\?/);
    p.dispatch({ type: 'cancel' });
    expect(p.prompt.text).toBeNull();
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'cycle', dir: 1 }); // picking a pilot is an answer too: keep playing
    expect(p.prompt.text).toBeNull();
    p.dispatch({ type: 'end_turn' });
    p.prompt.yes();
    expect(s.commands).toEqual([{ type: 'end_turn' }]);
    await p.settle();
  });

  it('ends the turn at once when nobody can act, and selects the next pilot who can after one runs out', async () => {
    const s = session();
    const p = headlessPlay(s);
    const squad = unitsSorted(s.world, Faction.squad).map((e) => s.world.c.Unit.id[e]!);
    const first = p.screen.selectedId!;
    p.dispatch(action('overwatch')); // overwatch spends every action point
    await p.settle();
    expect(p.screen.selectedId).toBe(squad[(squad.indexOf(first) + 1) % squad.length]);
    for (let i = 0; i < squad.length && p.screen.selectedId !== first; i++) {
      p.dispatch(action('overwatch'));
      await p.settle();
    }
    p.dispatch({ type: 'end_turn' });
    expect(p.prompt.text).toBeNull();
    expect(s.commands.at(-1)).toEqual({ type: 'end_turn' });
    await p.settle();
  });
});

describe('the sidearm', () => {
  it('is an action of its own: the targets and odds are the sidearm’s, and the shot is sent with it', async () => {
    const s = session('ship', '7');
    const p = headlessPlay(s);
    p.dispatch({ type: 'select', id: 'willow' });
    p.dispatch(action('sidearm'));
    expect(p.screen.state.sidearm).toBe(true);
    const t = p.screen.state.targets[0]!;
    expect(t.chance).toMatchObject({ sidearm: true, weapon: 'webley' });
    p.dispatch({ type: 'confirm' });
    expect(s.commands).toEqual([{ type: 'shoot', unit: 'willow', target: t.id, sidearm: true }]);
    await p.settle();
    expect(s.world.c.Weapon.ammo[unitById(s.world, 'willow')!]).toBe(4); // the Thompson was not fired
  });

  it('is what Shoot fires when the primary is empty, and the player is told which', () => {
    const s = session('ship', '7');
    const p = headlessPlay(s);
    p.dispatch({ type: 'select', id: 'willow' });
    s.world.c.Weapon.ammo[unitById(s.world, 'willow')!] = 0; // as after four shots
    p.dispatch(action('shoot'));
    expect(p.screen.state.sidearm).toBe(true);
    expect(p.toasts.at(-1)).toMatch(/empty.*firing the Webley revolver/);
    expect(p.screen.state.targets.every((t) => t.chance?.sidearm)).toBe(true);
    p.dispatch({ type: 'confirm' });
    expect(s.commands.at(-1)).toMatchObject({ type: 'shoot', unit: 'willow', sidearm: true });
  });

  it('offers no shot the engine would refuse and no 0% shot', () => {
    const s = session('ship', '7');
    const p = headlessPlay(s);
    p.dispatch({ type: 'select', id: 'willow' });
    // every enemy as hard to hit as can be: the chances drop to 0% and nothing is offered
    for (const e of unitsSorted(s.world, Faction.lgf)) s.world.c.Stats.defense[e] = 500;
    p.dispatch(action('shoot'));
    expect(p.screen.state.targets).toEqual([]);
    expect(p.screen.state.mode.id).toBe('move');
    expect(p.toasts.at(-1)).toMatch(/No enemy that weapon can hit/);
  });
});

describe('hits with weight', () => {
  it('changes the cards at each hit of the enemy phase, not only after it', async () => {
    // a game where an enemy phase wounds a pilot (found by playing it on the engine alone)
    let found: { map: string; seed: string; turns: number; unit: string; hp: number; before: number } | null = null;
    for (let seed = 1; seed <= 20 && !found; seed++) {
      for (const map of ['ruins', 'ship']) {
        const probe = session(map, String(seed));
        for (let turns = 1; turns <= 4 && !found; turns++) {
          const { Unit, Health } = probe.world.c;
          const before = new Map(unitsSorted(probe.world).map((e) => [Unit.id[e]!, Health.hp[e]!]));
          const r = apply(probe.world, { type: 'end_turn' });
          if (!r.ok) break;
          const hit = r.events.find((e) => e.type === 'hit' && s(probe, e.target));
          if (hit?.type === 'hit')
            found = { map, seed: String(seed), turns, unit: hit.target, hp: hit.hp, before: before.get(hit.target)! };
        }
        if (found) break;
      }
    }
    expect(found).not.toBeNull();
    const { map, seed, turns, unit, hp, before } = found!;
    const g = session(map, seed);
    const p = headlessPlay(g);
    for (let t = 1; t < turns; t++) {
      p.dispatch({ type: 'end_turn' });
      p.dispatch({ type: 'end_turn' });
      await p.settle();
    }
    p.cardHp.length = 0;
    p.cardBusy.length = 0;
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'end_turn' });
    expect(p.screen.state.shownHp?.get(unit)).toBe(before); // the phase starts from the hit points before it
    await p.settle();
    const seen = p.cardHp.map((m) => m.get(unit));
    // the first card drawn in the phase shows the hit as it lands, while the phase is still playing
    expect(seen[0]).toBe(hp);
    expect(p.cardBusy[0]).toBe(true);
    expect(p.pips.get(unit)).toBeDefined();
    expect(p.floats.length).toBeGreaterThan(0);
  });
});

/** The unit is a squad member. */
function s(g: ReturnType<typeof session>, id: string): boolean {
  const e = unitById(g.world, id);
  return e !== undefined && g.world.c.Unit.faction[e] === Faction.squad;
}

describe('the log and the names', () => {
  it('is rebuilt from the command log after a reload exactly as it was written while playing', async () => {
    const s = session('ship', '7');
    const p = headlessPlay(s);
    p.dispatch({ type: 'select', id: 'willow' });
    p.dispatch(action('shoot'));
    p.dispatch({ type: 'confirm' });
    await p.settle();
    for (let t = 0; t < 2; t++) {
      p.dispatch({ type: 'end_turn' });
      p.dispatch({ type: 'end_turn' });
      await p.settle();
    }
    const written = p.logLines.slice(1); // after the "map — seed" line
    expect(written.length).toBeGreaterThan(5);
    const { lines, stats } = rebuildLog(s.map, s.seed, s.commands, unitNames(s.world));
    expect(lines.map((l) => l.text)).toEqual(written);
    expect(stats.shots).toBeGreaterThanOrEqual(1);
    // and a screen opened on the same session shows it again
    const again = headlessPlay(s);
    expect(again.logLines.slice(1, -1)).toEqual(written);
    expect(again.logLines.at(-1)).toMatch(/^Continued at turn 3/);
  });

  it('tells enemies of one type apart by number', () => {
    const s = session('ruins', '1');
    const enemies = s.world.scenario.map.enemies.map((e) => s.names.get(e.id)!);
    expect(new Set(enemies).size).toBe(enemies.length);
    expect(enemies.some((n) => / 2$/.test(n))).toBe(true);
  });

  it('opens and closes the key help', () => {
    const p = headlessPlay(session());
    p.dispatch({ type: 'help', open: true });
    expect(p.help.open).toBe(true);
    p.dispatch({ type: 'help', open: false });
    expect(p.help.open).toBe(false);
  });
});

/** A ship (hull H, deck _) the squad must get into through one breach that seals after the first turn. */
function sealedShip(turnLimit: number | null = 4) {
  const squad = [1, 3].map((x, i) => ({
    id: `p${i + 1}`,
    name: `Pilot ${i + 1}`,
    hp: 6,
    aim: 70,
    mobility: 5,
    weapon: 'thompson',
    x,
    y: 4,
  }));
  const r = validateMap(
    {
      format: 'denizens-map',
      version: 1,
      id: 'sealed',
      name: 'Sealed ship',
      width: 5,
      height: 5,
      terrain: ['.....', 'HHHHH', 'H___H', 'HHHHH', '.....'],
      squad,
      objective: { kind: 'reach', tiles: [{ x: 2, y: 2 }] },
      breaches: [{ x: 2, y: 3, sealsIn: 1 }],
      ...(turnLimit === null ? {} : { turnLimit }),
    },
    'sealed',
  );
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return createSession(r.map, '1');
}

describe('a lost objective', () => {
  it('warns once the breach has sealed, offers to end the mission, and ending it runs out the turns', async () => {
    const s = sealedShip();
    let over = 0;
    const p = headlessPlay(s, { onGameOver: () => void over++ });
    expect(p.screen.state.lost).toBeNull();
    expect(p.top.lost).toBeNull();
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'answer', yes: true });
    await p.settle();
    expect(p.screen.state.lost).toEqual(['p1', 'p2']);
    expect(p.top.lost).toMatch(/No pilot can get to the marked ground/);
    expect(p.prompt.text).toMatch(/End the mission\? The 3 turns left pass at once and the game ends on turn 4\./);
    p.prompt.yes();
    await p.settle();
    expect(s.world.header.outcome).toBe('defeat');
    expect(s.world.header.reason).toBe('turn_limit');
    expect(s.commands).toEqual(Array(4).fill({ type: 'end_turn' }));
    expect(over).toBe(1);
    // the top bar says the turn the game ended on, as the log does (the engine's header has moved on to 5)
    expect(s.world.header.turn).toBe(5);
    expect(p.top.turn).toBe(4);
  });

  it('offers only once by itself; Esc keeps playing and the top bar button asks again', async () => {
    const s = sealedShip();
    const p = headlessPlay(s);
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'answer', yes: true });
    await p.settle();
    expect(p.prompt.text).toMatch(/End the mission/);
    p.dispatch({ type: 'cancel' });
    expect(p.prompt.text).toBeNull();
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'answer', yes: true });
    await p.settle();
    expect(p.prompt.text).toBeNull(); // not asked again by itself
    p.dispatch({ type: 'end_mission' });
    expect(p.prompt.text).toMatch(/End the mission/);
    p.dispatch({ type: 'answer', yes: false });
    expect(p.prompt.text).toBeNull();
    expect(s.world.header.outcome).toBe('ongoing');
  });

  it('leaves a map without a turn limit instead (the game stays saved)', async () => {
    const s = sealedShip(null);
    let left = 0;
    const p = headlessPlay(s, { onExit: () => void left++ });
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'answer', yes: true });
    await p.settle();
    expect(p.prompt.text).toMatch(/Leave the mission\? It stays saved\./);
    p.prompt.yes();
    expect(left).toBe(1);
    expect(s.commands).toHaveLength(1);
  });
});

describe('bombardment on screen', () => {
  /** Two walls in a strike that lands at the end of turn 1 and brings both down; the pilot far from it. */
  function struck() {
    const r = validateMap(
      {
        format: 'denizens-map',
        version: 1,
        id: 'struck',
        name: 'Struck',
        width: 7,
        height: 5,
        terrain: ['.......', '..#.#..', '.......', '.......', '.......'],
        squad: [{ id: 'p1', name: 'Pilot 1', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 0, y: 4 }],
        objective: { kind: 'reach', tiles: [{ x: 6, y: 4 }] },
        strikes: [{ turn: 1, x: 3, y: 1, radius: 1, damage: 6 }],
        turnLimit: 9,
      },
      'struck',
    );
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
    return createSession(r.map, '1');
  }

  it('keeps each collapsed wall standing until its fall, in event order, and the crater stays for good', async () => {
    const s = struck();
    const p = headlessPlay(s);
    p.terrain.length = 0;
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'answer', yes: true });
    await p.settle();
    const i = (x: number, y: number) => y * 7 + x;
    // the world lost both walls at once; the screen showed them falling one after the other
    expect(p.falls).toEqual(['2,1', '4,1']);
    expect(p.terrain.map((t) => t.standing)).toEqual([[i(2, 1), i(4, 1)], [i(4, 1)], []]);
    expect(p.terrain.at(-1)?.marks).toBe(1);
    // a later turn, and a reload (a new screen on the continued game), still show the crater
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'answer', yes: true });
    await p.settle();
    expect(p.screen.state.marks).toEqual([{ x: 3, y: 1, radius: 1 }]);
    expect(headlessPlay(s).screen.state.marks).toEqual([{ x: 3, y: 1, radius: 1 }]);
  });
});

describe('the fallen on the squad cards', () => {
  /** Two pilots where a shell lands at the end of turn 1: Faith (9 HP) lives through it, Willow (2 HP) does not. */
  function shelled() {
    const r = validateMap(
      {
        format: 'denizens-map',
        version: 1,
        id: 'shelled',
        name: 'Shelled',
        width: 7,
        height: 5,
        terrain: ['.......', '.......', '.......', '.......', '.......'],
        squad: [
          { id: 'faith', name: 'Faith', hp: 9, aim: 70, mobility: 5, weapon: 'thompson', x: 2, y: 1 },
          { id: 'willow', name: 'Willow', hp: 2, aim: 70, mobility: 5, weapon: 'thompson', x: 3, y: 1 },
          { id: 'buffy', name: 'Buffy', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 0, y: 4 },
        ],
        objective: { kind: 'reach', tiles: [{ x: 6, y: 4 }] },
        strikes: [{ turn: 1, x: 3, y: 1, radius: 1, damage: 6 }],
        turnLimit: 9,
      },
      'shelled',
    );
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
    return createSession(r.map, '1');
  }

  it('keeps a fallen pilot’s card in its place, marked fallen only once the death is shown, also after a reload', async () => {
    const s = shelled();
    const p = headlessPlay(s);
    p.cards.length = 0;
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'answer', yes: true });
    await p.settle();
    expect(unitById(s.world, 'willow')).toBeUndefined();
    const willow = p.cards.map((list) => list.find((c) => c.id === 'willow'));
    // every card list drawn had her: standing (2 HP) while Faith's hit was shown, fallen from the shell that killed her
    expect(willow.every((c) => c !== undefined)).toBe(true);
    expect(willow.map((c) => `${c!.hp}${c!.fallen ? ' fallen' : ''}`)).toEqual(
      expect.arrayContaining(['2', '0 fallen']),
    );
    expect(willow.findIndex((c) => c!.fallen)).toBeGreaterThan(0);
    const order = (list: readonly { id: string; fallen: boolean }[]) => list.map((c) => [c.id, c.fallen]);
    const last = p.cards.at(-1)!;
    expect(order(last)).toEqual([
      ['faith', false],
      ['willow', true],
      ['buffy', false],
    ]);
    expect(last[1]).toMatchObject({ name: 'Willow', hp: 0, ap: 0 });
    // a reload (a new screen on the continued game) shows her fallen too
    expect(order(headlessPlay(s).cards.at(-1)!)).toEqual(order(last));
  });
});

describe('the extracted on the squad cards', () => {
  it('marks a pilot who left through an extraction tile as out, not fallen, in its place', () => {
    const r = validateMap(
      {
        format: 'denizens-map',
        version: 1,
        id: 'exit',
        name: 'Exit',
        width: 6,
        height: 4,
        terrain: ['......', '......', '......', '......'],
        squad: [
          { id: 'faith', name: 'Faith', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 0, y: 0 },
          { id: 'willow', name: 'Willow', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 3, y: 2 },
        ],
        objective: { kind: 'extract', tiles: [{ x: 5, y: 2 }] },
        turnLimit: 9,
      },
      'exit',
    );
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
    const s = createSession(r.map, '1');
    const moved = sendCommand(s, { type: 'move', unit: 'willow', to: { x: 5, y: 2 } });
    expect(moved.ok && moved.events.some((e) => e.type === 'unit_extracted')).toBe(true);
    const last = headlessPlay(s).cards.at(-1)!;
    expect(last.map((c) => [c.id, c.fallen, c.out])).toEqual([
      ['faith', false, false],
      ['willow', false, true],
    ]);
  });
});

describe('the top bar while a phase plays', () => {
  it('counts the turns left from the turn the animation shows, not the next one the world is already in', async () => {
    const s = session('training', '1');
    const limit = s.map.turnLimit!;
    const p = headlessPlay(s);
    p.tops.length = 0;
    p.dispatch({ type: 'end_turn' });
    p.dispatch({ type: 'answer', yes: true });
    await p.settle();
    expect(s.world.header.turn).toBe(2);
    const during = p.tops.filter((t) => t.busy);
    expect(during.length).toBeGreaterThan(0);
    for (const t of during) {
      const left = limit - t.turn + 1;
      expect(t.objective, `turn ${t.turn}`).toContain(`${left} turns left (limit ${limit})`);
    }
    expect(during.map((t) => t.turn)).toContain(1);
    expect(p.tops.at(-1)).toMatchObject({ turn: 2, busy: false });
    expect(p.tops.at(-1)!.objective).toContain(`${limit - 1} turns left`);
  });
});

describe('the pointer over a moving map', () => {
  it('follows the tile under a still pointer when the camera pans: path and tooltip are about that tile', () => {
    const p = headlessPlay(session('training', '1'));
    const s = p.screen.state;
    p.dispatch({ type: 'point', x: 640, y: 360, overMap: true });
    p.frame(0.016);
    const before = s.hover!;
    p.dispatch({ type: 'pan_key', key: 'ArrowRight', down: true });
    for (let i = 0; i < 10; i++) p.frame(0.1);
    p.dispatch({ type: 'pan_key', key: 'ArrowRight', down: false });
    p.frame(0.016);
    const under = clientToTile(s, { width: 1280, height: 720 }, 640, 360);
    expect(under).not.toEqual(before);
    expect(s.hover).toEqual(under);
    expect(s.tipMemo?.key.startsWith(`${under.x},${under.y},`)).toBe(true);
  });
});
