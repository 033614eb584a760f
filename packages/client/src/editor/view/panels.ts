import { BUILTIN_ENEMY_TYPES, DEFAULT_SQUAD, formatIssue, type MapIssue, slugOf, TERRAIN_NAMES } from '@denizens/maps';
import { el } from '../../hud/el';
import { drawTile } from '../drawTile';
import {
  breachAt,
  clearPatrol,
  removeLastWaypoint,
  SEALS_IN_LIMITS,
  setSealsIn,
  updateEnemy,
  updateStrike,
} from '../editEntities';
import { MAX_HEIGHT } from '../editHeights';
import { CODE_OF, type EditorMap } from '../editorMap';
import type { Intent } from '../intents';
import { issueTile } from '../issueTile';
import { mapSeed } from '../playtestSeed';
import type { EditorState } from '../state';
import { TOOLS, toolOf } from '../tools';
import type { EditorDom } from './layout';

type Send = (i: Intent) => void;

const KEYS_HINT =
  'Keys: B R F I V P E T O K L A S X tools · 1–0 terrain · H heights (then 0–9 the level) · Ctrl+Z undo · Ctrl+Y redo · Delete removes the selection · Esc deselects · + − zoom';

/** The side panels, drawn from the state (every control reports through `send`). */
export function renderPanels(d: EditorDom, s: EditorState, send: Send): void {
  renderTools(d, s, send);
  renderToolOptions(d, s, send);
  renderInspector(d, s, send);
  renderIssues(d, s, send);
  syncFields(d, s);
}

function renderTools(d: EditorDom, s: EditorState, send: Send): void {
  d.toolBox.replaceChildren(
    ...TOOLS.map((t) =>
      el(
        'button',
        {
          role: 'radio',
          'aria-checked': String(t.id === s.tool),
          class: t.id === s.tool ? 'active' : '',
          'data-tool': t.id,
          title: `${t.hint} (${t.key})`,
          onclick: () => send({ kind: 'tool', tool: t.id }),
        },
        t.label,
        el('kbd', {}, t.key),
      ),
    ),
  );
  const onTerrain = (name: string) => s.layer === 'terrain' && name === s.terrain;
  d.palette.replaceChildren(
    ...TERRAIN_NAMES.map((name, i) => {
      const sw = el('canvas', { width: 16, height: 16, 'aria-hidden': 'true' });
      const c = sw.getContext('2d');
      if (c) drawTile(c, name, 0, 0, 16);
      return el(
        'button',
        {
          role: 'radio',
          'aria-checked': String(onTerrain(name)),
          'aria-label': `${name} (code "${CODE_OF[name]}")`,
          class: onTerrain(name) ? 'active' : '',
          'data-terrain': name,
          onclick: () => send({ kind: 'terrain', terrain: name }),
        },
        sw,
        name,
        el('kbd', {}, String((i + 1) % 10)),
      );
    }),
  );
  d.heightPalette.replaceChildren(
    ...Array.from({ length: MAX_HEIGHT + 1 }, (_, n) => {
      const on = s.layer === 'height' && n === s.level;
      return el(
        'button',
        {
          role: 'radio',
          'aria-checked': String(on),
          'aria-label': `height ${n}`,
          class: on ? 'active' : '',
          'data-height': n,
          title: n ? `Paint height ${n} (+10 to hit from above)` : 'Paint height 0 (flat)',
          onclick: () => send({ kind: 'level', level: n }),
        },
        String(n),
      );
    }),
  );
}

/** A number input kept within [min, max]; `set` gets the clamped value when it changes. */
function numberField(label: string, value: number, min: number, max: number, set: (n: number) => void, id: string) {
  const inp = el('input', { type: 'number', min, max, value, id });
  inp.addEventListener('change', () => {
    const n = Math.round(Number(inp.value));
    set(Math.min(max, Math.max(min, Number.isFinite(n) ? n : min)));
  });
  return el('label', { for: id }, label, inp);
}

const enemyTypeEntries = (m: EditorMap) => [
  ...Object.entries(BUILTIN_ENEMY_TYPES).filter(([id]) => !Object.hasOwn(m.enemyTypes, id)),
  ...Object.entries(m.enemyTypes),
];

function typeSelect(m: EditorMap, id: string, current: string, onChange: (type: string) => void) {
  const sel = el('select', { id });
  for (const [tid, t] of enemyTypeEntries(m)) {
    const o = el('option', { value: tid, text: `${t.name} (${tid})` });
    if (tid === current) o.selected = true;
    sel.append(o);
  }
  sel.addEventListener('change', () => onChange(sel.value));
  return sel;
}

function renderToolOptions(d: EditorDom, s: EditorState, send: Send): void {
  const parts: (Node | string)[] = [];
  const m = s.draft;
  if (s.tool === 'pilot') {
    parts.push(
      el('h3', {}, 'Pilots'),
      el(
        'div',
        { class: 'pilots', role: 'radiogroup', 'aria-label': 'Pilot to place' },
        ...DEFAULT_SQUAD.map((p) => {
          const placed = m.squad.find((u) => u.id === p.id);
          return el(
            'button',
            {
              role: 'radio',
              'aria-checked': String(p.id === s.pilot),
              class: p.id === s.pilot ? 'active' : '',
              'data-pilot': p.id,
              onclick: () => send({ kind: 'pilot', id: p.id }),
            },
            `${p.name} `,
            el('span', { class: 'placed' }, placed ? `✓ ${placed.x},${placed.y}` : 'not placed'),
          );
        }),
      ),
    );
  } else if (s.tool === 'enemy') {
    const sel = typeSelect(m, 'ed-enemy-type', s.enemyType, (type) => send({ kind: 'enemyType', type }));
    parts.push(el('h3', {}, 'Enemy'), el('label', { for: 'ed-enemy-type' }, 'Type', sel));
  } else if (s.tool === 'strike') {
    const o = s.strikeOpts;
    const opt = (k: 'turn' | 'radius' | 'damage') => (n: number) => send({ kind: 'strikeOpts', opts: { [k]: n } });
    parts.push(
      el('h3', {}, 'New strikes'),
      numberField('Turn', o.turn, 1, 999, opt('turn'), 'ed-strike-turn'),
      numberField('Radius', o.radius, 0, 6, opt('radius'), 'ed-strike-radius'),
      numberField('Damage', o.damage, 0, 50, opt('damage'), 'ed-strike-damage'),
    );
  }
  parts.push(el('p', { class: 'hint' }, toolOf(s.tool).hint), el('p', { class: 'hint' }, KEYS_HINT));
  d.toolOptions.replaceChildren(...parts);
}

function renderInspector(d: EditorDom, s: EditorState, send: Send): void {
  const m = s.draft;
  const squad = m.squad.find((u) => u.id === s.selUnit);
  const enemy = m.enemies.find((u) => u.id === s.selUnit);
  const strike = m.strikes[s.selStrike];
  const breach = s.selBreach ? m.breaches[breachAt(m, s.selBreach)] : undefined;
  const edit = (f: (m: EditorMap) => EditorMap) => send({ kind: 'edit', edit: f });
  const removeBtn = (label: string) =>
    el('button', { id: 'ed-remove', onclick: () => send({ kind: 'remove' }) }, label);
  if (squad) {
    d.inspector.replaceChildren(
      el(
        'p',
        { class: 'hint' },
        `${squad.name} (${squad.role || 'pilot'}) at ${squad.x},${squad.y}: hp ${squad.hp}, aim ${squad.aim}, mobility ${squad.mobility}, ${squad.weapon}`,
      ),
      removeBtn('Remove pilot'),
    );
  } else if (enemy) {
    const idInput = el('input', { id: 'ed-enemy-id', value: enemy.id, maxlength: 64, spellcheck: false });
    idInput.addEventListener('change', () => {
      const id = slugOf(idInput.value);
      if (!id || id === enemy.id) return void (idInput.value = enemy.id);
      send({ kind: 'edit', edit: (x) => updateEnemy(x, enemy.id, { id }), select: id });
    });
    const typeSel = typeSelect(m, 'ed-enemy-retype', enemy.type, (type) =>
      edit((x) => updateEnemy(x, enemy.id, { type })),
    );
    d.inspector.replaceChildren(
      el('label', { for: 'ed-enemy-id' }, 'Id', idInput),
      el('label', { for: 'ed-enemy-retype' }, 'Type', typeSel),
      el(
        'p',
        { class: 'hint' },
        `At ${enemy.x},${enemy.y}. Patrol: ${enemy.patrol.length ? enemy.patrol.map((p) => `${p.x},${p.y}`).join(' → ') : 'none (use the Patrol tool, T)'}`,
      ),
      el(
        'div',
        { class: 'row' },
        el('button', { onclick: () => send({ kind: 'tool', tool: 'patrol' }) }, 'Draw patrol'),
        el(
          'button',
          { disabled: !enemy.patrol.length, onclick: () => edit((x) => removeLastWaypoint(x, enemy.id)) },
          'Undo waypoint',
        ),
        el(
          'button',
          { disabled: !enemy.patrol.length, onclick: () => edit((x) => clearPatrol(x, enemy.id)) },
          'Clear patrol',
        ),
        removeBtn('Remove enemy'),
      ),
    );
  } else if (strike) {
    const i = s.selStrike;
    const set = (k: 'turn' | 'radius' | 'damage') => (n: number) => edit((x) => updateStrike(x, i, { [k]: n }));
    d.inspector.replaceChildren(
      el('p', { class: 'hint' }, `Strike at ${strike.x},${strike.y}`),
      numberField('Turn', strike.turn, 1, 999, set('turn'), 'ed-sel-turn'),
      numberField('Radius', strike.radius, 0, 6, set('radius'), 'ed-sel-radius'),
      numberField('Damage', strike.damage, 0, 50, set('damage'), 'ed-sel-damage'),
      removeBtn('Remove strike'),
    );
  } else if (breach) {
    const { min, max } = SEALS_IN_LIMITS;
    const inp = el('input', {
      type: 'number',
      id: 'ed-seals-in',
      min,
      max,
      value: breach.sealsIn ?? '',
      placeholder: String(m.sealTurns),
    });
    // empty: the breach follows the map's sealTurns
    inp.addEventListener('change', () => {
      const v = inp.value.trim();
      edit((x) => setSealsIn(x, breach, v === '' ? undefined : Number(v)));
    });
    d.inspector.replaceChildren(
      el('p', { class: 'hint' }, `Breach at ${breach.x},${breach.y}, open at the start`),
      el('label', { for: 'ed-seals-in' }, `Seals in (turns, ${min}–${max})`, inp),
      el(
        'p',
        { class: 'hint' },
        breach.sealsIn === undefined
          ? `Empty: it seals after the map's ${m.sealTurns} turns (Map panel).`
          : "Clear the field to use the map's setting.",
      ),
      removeBtn('Remove breach'),
    );
  } else d.inspector.replaceChildren(el('p', { class: 'hint' }, 'Nothing selected (Select tool: V).'));
}

/** One issue or warning: its JSON path and tile, the validator's words; clicking shows its tile. */
function issueItem(s: EditorState, i: MapIssue, send: Send): HTMLElement {
  const tile = issueTile(s.hist.present, i);
  const current = tile && s.highlight && tile.x === s.highlight.x && tile.y === s.highlight.y;
  return el(
    'li',
    {},
    el(
      'button',
      {
        class: current ? 'issue current' : 'issue',
        'data-path': i.path,
        title: tile ? `Show tile ${tile.x},${tile.y}` : formatIssue(i),
        onclick: () => send({ kind: 'highlight', at: tile }),
      },
      el('code', {}, `${i.path}${i.tile ? ` (tile ${i.tile.x},${i.tile.y})` : ''}`),
      i.message,
    ),
  );
}

function renderIssues(d: EditorDom, s: EditorState, send: Send): void {
  const { issues, warnings } = s;
  d.issueHead.textContent = issues.length ? `Issues (${issues.length})` : 'Issues';
  if (!issues.length) d.issueList.replaceChildren(el('li', { class: 'ok' }, '✓ No issues: the map is valid.'));
  else d.issueList.replaceChildren(...issues.map((i) => issueItem(s, i, send)));
  // warnings: likely mistakes (soft-locks …) shown apart; they never turn the play-test off
  d.warningHead.textContent = `Warnings (${warnings.length})`;
  d.warningHead.hidden = !warnings.length;
  d.warningList.replaceChildren(...warnings.map((i) => issueItem(s, i, send)));
  d.playBtn.disabled = issues.length > 0;
  d.why.textContent = issues.length
    ? `Play-test is off until the map is valid: fix the ${issues.length === 1 ? 'issue' : `${issues.length} issues`} below.`
    : '';
  d.undoBtn.disabled = !s.hist.past.length;
  d.redoBtn.disabled = !s.hist.future.length;
  d.refused.replaceChildren(...(s.refused ? [el('div', { class: 'refused' }, s.refused)] : []));
}

/** Puts the map's values into the form fields (never into the one being typed in). */
function syncFields(d: EditorDom, s: EditorState): void {
  const m = s.hist.present;
  const set = (inp: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, v: string) => {
    if (document.activeElement !== inp && inp.value !== v) inp.value = v;
  };
  const f = d.fields;
  set(f.id, m.id);
  set(f.name, m.name);
  set(f.author, m.author ?? '');
  set(f.description, m.description);
  set(f.width, String(m.width));
  set(f.height, String(m.height));
  set(f.sealTurns, String(m.sealTurns));
  set(f.turnLimit, m.turnLimit === undefined ? '' : String(m.turnLimit));
  set(f.objective, m.objective.kind);
  // the seed the play-test will use: the author's, else the map's own (shown, so a game can be played again)
  set(d.seedIn, s.seed ?? mapSeed(m));
}
