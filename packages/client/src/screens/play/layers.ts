import { Faction, type GameWorld, has, unitById, unitsSorted } from '@denizens/engine';
import { missionRoster, type Session } from '../../game/session';
import { canUndo } from '../../game/undoLastMove';
import { squadCards } from '../../hud/squadCards';
import { KEY_HELP } from './input';
import { hitBadges, mapLabels } from './labels';
import { endMissionOffer, listed, lostWords, objectiveLine } from './objective';
import { canAct, overlayModel } from './overlays';
import { fogOf, type Layer, type PlayState, SPEEDS } from './state';
import { tipHtml } from './tooltip';
import type { HudPort, PlayView } from './view';

/** What drawing a layer reads and draws into. */
export interface DrawContext {
  session: Session;
  state: PlayState;
  view: PlayView;
  hud: HudPort;
  toClient(x: number, y: number): { x: number; y: number };
  /** A hit badge was clicked. */
  pick(id: string): void;
  /** The end-turn question was answered. */
  answer(endTurn: boolean): void;
}

/** The tiles as the terrain layer draws them: terrain and wall health (a change means a rebuild). */
export function terrainKey(w: GameWorld): string {
  const g = w.grid;
  let s = '';
  for (let i = 0; i < g.terrain.length; i++)
    s += String.fromCharCode(65 + g.terrain[i]!, 65 + Math.min(20, Math.max(0, g.wallHp[i]!)));
  return s;
}

/** How each layer is drawn from the state and the world; `redraw` runs them in LAYERS order. */
export const DRAW: Record<Layer, (c: DrawContext) => void> = {
  terrain: ({ session, view, state }) => {
    view.drawTerrain(session.world, { standing: state.standing, marks: state.marks });
    state.terrainShown = terrainKey(session.world);
  },
  fog: ({ view, state }) => view.drawFog(fogOf(state)),
  ground: ({ session, view, state }) => {
    const g = session.world.grid;
    const vents = [...state.breaches.keys()].map((i) => ({ x: i % g.width, y: Math.floor(i / g.width) }));
    view.drawGround(vents, g.dust, state.visible);
  },
  // while animating, the figures are where the animation put them: only the selection ring changes
  units: ({ session, view, state }) => view.drawUnits(session.world, state.busy ? null : state.visible, state.selected),
  cards: ({ session, hud, state }) =>
    hud.renderCards(
      squadCards(session.world, missionRoster(session), state.shownHp ?? undefined, state.cardMemo),
      state.selected,
    ),
  bar: ({ session, hud, state }) => {
    const w = session.world;
    const h = w.header;
    // while animating, the turn the events have reached; once the game is over, the turn it ended on
    const turn = (state.busy || h.outcome !== 'ongoing') && state.anim.turn ? state.anim.turn : h.turn;
    hud.setTop(
      session.map.name,
      turn,
      state.busy ? state.anim.phase : h.phase,
      state.busy,
      objectiveLine(w, state.busy ? { turn, seals: [...state.breaches.values()] } : undefined),
      state.lost && h.outcome === 'ongoing' ? lostWords(w, state.lost) : null,
    );
    hud.setSpeed(`${SPEEDS[state.speedIndex]}×`);
    const mine = canAct(w, state);
    const eid = state.selected ? unitById(w, state.selected) : undefined;
    const ap = eid !== undefined ? w.c.Actions.ap[eid]! : 0;
    const sidearm = eid !== undefined && has(w, eid, 'Sidearm');
    hud.setActions({
      enabled: (id) => mine && ap > 0 && (id !== 'sidearm' || sidearm),
      active: state.mode.id,
      canUndo: mine && canUndo(session),
      canEnd: mine,
    });
  },
  overlays: ({ session, view, state }) => view.drawOverlays(overlayModel(session.world, state)),
  tip: ({ session, hud, state, toClient }) => {
    const tile = state.keyCursor ?? state.hover;
    const key = `${tile?.x},${tile?.y},${state.selected},${state.mode.id},${state.targetIndex},${state.busy},${state.dragging}`;
    if (state.tipMemo?.key !== key) state.tipMemo = { key, html: tipHtml(session.world, state, session.names) };
    const html = state.tipMemo.html;
    const anchor = state.keyCursor ? toClient(state.keyCursor.x, state.keyCursor.y) : state.pointer;
    if (html) hud.showTip(html, anchor.x, anchor.y);
    else hud.hideTip();
  },
  labels: ({ session, hud, state, toClient, pick }) => {
    hud.setMapLabels(mapLabels(session.world, state, toClient));
    hud.setBadges(hitBadges(session.world, state, toClient), pick);
  },
  prompt: ({ session, hud, state, answer }) => {
    const w = session.world;
    const ready = state.confirmEnd ? readyPilots(w) : [];
    const names = ready.length > 3 ? `${ready.slice(0, 2).join(', ')} and ${ready.length - 2} more` : listed(ready);
    const lost = state.offerEnd && state.lost ? endMissionOffer(w, state.lost) : null;
    hud.setPrompt(
      lost
        ? { text: lost.text, yes: lost.yes, yesKey: 'Enter', no: 'Keep playing', noKey: 'Esc' }
        : ready.length
          ? {
              text: `${names} can still act. End the turn?`,
              yes: 'End turn',
              yesKey: 'Space',
              no: 'Keep playing',
              noKey: 'Esc',
            }
          : null,
      () => answer(true),
      () => answer(false),
    );
  },
  help: (c) => drawHelp(c),
};

/** The help layer: the key list from input.ts, or nothing. */
function drawHelp({ hud, state }: DrawContext): void {
  hud.setHelp(state.help ? KEY_HELP : null);
}

/** The names of the squad members who still have action points, in uid order. */
export function readyPilots(w: GameWorld): string[] {
  return unitsSorted(w, Faction.squad)
    .filter((e) => w.c.Actions.ap[e]! > 0)
    .map((e) => w.c.Unit.name[e]!);
}
