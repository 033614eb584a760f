import { ACTIONS, type ActionDef } from '../game/actions';
import { el, escapeHtml } from './el';
import { keepInView, placeTip } from './placeTip';
import type { CardData } from './squadCards';
import { HUD_CSS } from './styles';

export interface HudHandlers {
  selectUnit(id: string): void;
  action(a: ActionDef): void;
  endTurn(): void;
  /** Asks to end a mission whose objective can no longer be reached. */
  endMission(): void;
  undo(): void;
  speed(delta: number): void;
  skip(): void;
  textScale(delta: number): void;
  exportReplay(): void;
  quit(): void;
}

export interface MapLabel {
  x: number;
  y: number;
  text: string;
  cls: string;
}

export interface HitBadge {
  id: string;
  /** What the badge says: a hit chance ("64%") for a shot, the action's name for help given to an ally. */
  text: string;
  /** Its meaning in words, for screen readers ("Shoot LGF trooper: 64% to hit"). */
  label: string;
  colour: string;
  x: number;
  y: number;
}

/** The in-game overlay: turn bar, unit cards, combat log, action bar, tooltips, banners. */
export class Hud {
  readonly root = el('div', { class: 'hud' });
  private top = el('div', { class: 'topbar panel', role: 'status' });
  private cardsBox = el('div', { class: 'cards' });
  private cards = el('div', { class: 'cardlist', role: 'list', 'aria-label': 'Squad' });
  private logBox = el('div', { class: 'log panel' });
  private logLines = el('div', { class: 'lines', role: 'log', 'aria-live': 'polite', 'aria-label': 'Combat log' });
  private bar = el('div', { class: 'actionbar panel', role: 'toolbar', 'aria-label': 'Actions' });
  private tip = el('div', { class: 'tip panel' });
  private bannerEl = el('div', { class: 'banner' });
  private toastEl = el('div', { class: 'toast panel', role: 'alert' });
  private captionEl = el('div', { class: 'caption panel', id: 'caption', 'aria-live': 'polite' });
  private captionTimer = 0;
  private promptEl = el('div', { class: 'prompt panel', role: 'alertdialog', 'aria-label': 'Confirm' });
  private helpEl = el('div', { class: 'help panel', role: 'dialog', 'aria-label': 'Keys' });
  private badges = el('div', { class: 'hitbadges' });
  private labels = el('div', { class: 'hitbadges', 'aria-live': 'polite' });
  private actionButtons = new Map<string, HTMLButtonElement>();
  private undoBtn: HTMLButtonElement;
  private endBtn: HTMLButtonElement;
  private speedLabel = el('span', { text: '1×' });
  private toastTimer = 0;
  private bannerTimer = 0;

  constructor(
    parent: HTMLElement,
    private h: HudHandlers,
  ) {
    if (!document.getElementById('hud-css')) document.head.append(el('style', { id: 'hud-css', text: HUD_CSS }));
    for (const a of ACTIONS) {
      const b = el(
        'button',
        { title: a.hint, 'aria-keyshortcuts': a.keys.join(' '), onclick: () => h.action(a) },
        a.label,
        el('kbd', { text: a.keys[0] }),
      );
      this.actionButtons.set(a.id, b);
      this.bar.append(b);
    }
    this.undoBtn = el(
      'button',
      {
        title: 'Undo the last move (no dice rolled since)',
        'aria-keyshortcuts': 'U Control+Z',
        onclick: () => h.undo(),
      },
      'Undo',
      el('kbd', { text: 'U' }),
    );
    this.endBtn = el(
      'button',
      { class: 'end', title: 'End the squad turn', 'aria-keyshortcuts': 'Space', onclick: () => h.endTurn() },
      'End turn',
      el('kbd', { text: 'Space' }),
    );
    this.bar.append(el('span', { class: 'sep' }), this.undoBtn, this.endBtn);
    this.tip.style.display = 'none';
    const squadFold = collapser(this.cardsBox, 'Squad');
    const logFold = collapser(this.logBox, 'Log');
    this.folds = [squadFold.set, logFold.set];
    this.cardsBox.append(squadFold.button, this.cards);
    this.logBox.append(logFold.button, this.logLines);
    // map labels under the panels (a breach timer never hides a log line); hit badges above them, so a target
    // under the log or the cards can still be clicked
    this.root.append(
      this.labels,
      this.top,
      this.cardsBox,
      this.logBox,
      this.bar,
      this.badges,
      this.bannerEl,
      this.captionEl,
      this.toastEl,
      // the tooltip over a story caption or a toast (both pass the pointer through, and stay a moment)
      this.tip,
      this.promptEl,
      this.helpEl,
    );
    this.promptEl.style.display = 'none';
    this.helpEl.style.display = 'none';
    parent.append(this.root);
    // the side panels sit between the top bar and the action bar, however tall text size and width make them
    this.resize = new ResizeObserver(() => this.layout());
    this.resize.observe(this.top);
    this.resize.observe(this.bar);
  }

  private resize: ResizeObserver;
  private folds: ((folded: boolean) => void)[] = [];
  /** Whether the window was last measured as cramped for the text size (null: not measured yet). */
  private cramped: boolean | null = null;

  private layout(): void {
    // a window small for the text size (800×600 at large text) leaves the map a sliver between the side panels:
    // they start folded there (each unfolds with its button) and unfold again when the window or text allows
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const cramped = window.innerWidth / rem < CRAMPED_REM.width || window.innerHeight / rem < CRAMPED_REM.height;
    if (cramped !== this.cramped) {
      this.cramped = cramped;
      this.root.classList.toggle('cramped', cramped);
      for (const set of this.folds) set(cramped);
    }
    const top = this.top.getBoundingClientRect();
    const bar = this.bar.getBoundingClientRect();
    this.root.style.setProperty('--top-h', `${Math.ceil(top.bottom)}px`);
    this.root.style.setProperty('--bar-h', `${Math.ceil(window.innerHeight - bar.top)}px`);
  }

  /** The top bar: map, turn, phase, speed, the objective line, and (`lost`) why the objective is out of reach. */
  setTop(
    mapName: string,
    turn: number,
    phase: string,
    busy: boolean,
    objective = '',
    lost: string | null = null,
  ): void {
    const h = this.h;
    const parts: (Node | null)[] = [
      objective ? el('span', { class: 'objective', text: `◎ ${objective}` }) : null,
      lost
        ? el(
            'span',
            { class: 'lost', role: 'alert' },
            `⚠ ${lost}: the objective cannot be reached. `,
            el('button', { class: 'end-mission', onclick: () => h.endMission() }, 'End mission…'),
          )
        : null,
      el('span', { text: mapName }),
      el('span', { text: `Turn ${turn}` }),
      el('span', {
        class: `phase ${phase}`,
        text: phase === 'player' ? 'Squad' : phase === 'enemy' ? 'LGF' : 'Environment',
      }),
      el(
        'span',
        {},
        'Speed ',
        el('button', { 'aria-label': 'Slower', onclick: () => h.speed(-1) }, '−'),
        ' ',
        this.speedLabel,
        ' ',
        el('button', { 'aria-label': 'Faster', onclick: () => h.speed(1) }, '+'),
      ),
      busy
        ? el('button', { onclick: () => h.skip(), title: 'Skip the animations (X)' }, 'Skip', el('kbd', { text: 'X' }))
        : null,
      el('button', { 'aria-label': 'Smaller text', onclick: () => h.textScale(-1) }, 'A−'),
      el('button', { 'aria-label': 'Larger text', onclick: () => h.textScale(1) }, 'A+'),
      el('button', { onclick: () => h.exportReplay(), title: 'Download the replay of this game' }, 'Replay ↓'),
      el('button', { onclick: () => h.quit(), title: 'Pause: resume, watch the replay so far, or leave' }, 'Menu'),
    ];
    this.top.replaceChildren(...parts.filter((p): p is Node => p !== null));
  }

  setSpeed(label: string): void {
    this.speedLabel.textContent = label;
  }

  /**
   * The squad's cards (squadCards.ts): a fallen pilot's is struck through and greyed, an extracted one's says
   * "out"; neither can be selected.
   */
  renderCards(list: readonly CardData[], selected: string | null): void {
    this.cards.replaceChildren(...list.map((c) => (c.fallen || c.out ? goneCard(c) : this.card(c, selected))));
  }

  private card(c: CardData, selected: string | null): HTMLElement {
    const { id, hp, max, ap, flags } = c;
    const hpBar = el('span', { class: 'hp', 'aria-label': `${hp} of ${max} HP` });
    for (let i = 0; i < max; i++) hpBar.append(el('i', { class: i < hp ? '' : 'lost' }));
    const wounds = hp < max ? `wounded −${max - hp}` : '';
    return el(
      'div',
      {
        class: `card panel${id === selected ? ' selected' : ''}${ap === 0 ? ' spent' : ''}`,
        role: 'listitem',
        'aria-current': id === selected ? 'true' : false,
        tabindex: 0,
        'aria-label': `${c.name}, ${hp} of ${max} HP, ${ap} action points`,
        'data-unit': id,
        onclick: () => this.h.selectUnit(id),
        onkeydown: (e: Event) => {
          if ((e as KeyboardEvent).key === 'Enter') this.h.selectUnit(id);
        },
      },
      el(
        'div',
        { class: 'row', style: 'font-size:0.9rem;color:var(--text)' },
        el('span', { class: 'name', text: c.name }),
        hpBar,
        el('span', {
          class: 'ap',
          html: `<b>${'●'.repeat(ap)}</b>${'○'.repeat(Math.max(0, c.apMax - ap))}`,
        }),
      ),
      el(
        'div',
        { class: 'row' },
        el('span', { text: `${hp}/${max} HP` }),
        el('span', { text: c.weapon }),
        c.sidearm ? el('span', { text: `+${c.sidearm}` }) : null,
        c.medkits ? el('span', { text: `✚${c.medkits}`, title: 'medkits' }) : null,
        wounds ? el('span', { text: wounds }) : null,
        flags.overwatch ? el('span', { class: 'tag ow', text: 'OVERWATCH' }) : null,
        flags.hunkered ? el('span', { class: 'tag hk', text: 'HUNKERED' }) : null,
        flags.bleeding ? el('span', { class: 'tag bl', text: `BLEEDING −${flags.bleeding}/turn` }) : null,
      ),
    );
  }

  log(line: string, cls = ''): void {
    this.logLines.append(el('p', { class: cls, text: line }));
    while (this.logLines.childElementCount > 200) this.logLines.firstElementChild?.remove();
    this.logLines.scrollTop = this.logLines.scrollHeight;
  }

  clearLog(): void {
    this.logLines.replaceChildren();
  }

  setActions(state: {
    enabled: (id: string) => boolean;
    active: string | null;
    canUndo: boolean;
    canEnd: boolean;
  }): void {
    for (const [id, b] of this.actionButtons) {
      b.disabled = !state.enabled(id);
      b.classList.toggle('active', state.active === id);
      b.setAttribute('aria-pressed', String(state.active === id));
    }
    this.undoBtn.disabled = !state.canUndo;
    this.endBtn.disabled = !state.canEnd;
  }

  showTip(html: string, x: number, y: number): void {
    this.tip.innerHTML = html;
    this.tip.style.display = 'block';
    const r = this.tip.getBoundingClientRect();
    const shown = (e: HTMLElement) => (e.style.display === 'none' ? [] : [e.getBoundingClientRect()]);
    const at = placeTip(
      r,
      { x, y },
      { width: window.innerWidth, height: window.innerHeight },
      // the sound setting sits above every screen, beside the action bar
      [this.bar, this.top, this.promptEl, ...document.querySelectorAll<HTMLElement>('.sound-control')].flatMap(shown),
      [this.cardsBox, this.logBox].flatMap(shown),
    );
    this.tip.style.left = `${at.left}px`;
    this.tip.style.top = `${at.top}px`;
  }

  hideTip(): void {
    this.tip.style.display = 'none';
  }

  banner(text: string, phase: string, ms = 1100): void {
    this.bannerEl.textContent = text;
    this.bannerEl.className = `banner show ${phase}`;
    window.clearTimeout(this.bannerTimer);
    this.bannerTimer = window.setTimeout(() => this.bannerEl.classList.remove('show'), ms);
  }

  /** A line of the story as a caption over the lower map: the speaker's name (none: narration) and the words. */
  say(speaker: string, text: string, ms = 4500): void {
    window.clearTimeout(this.tellTimer);
    this.caption(speaker, text, ms);
  }

  /** Lines of the story as captions one after another, each held long enough to read (a `say` cuts in). */
  tell(lines: readonly { speaker: string; text: string }[]): void {
    let i = 0;
    const next = () => {
      const l = lines[i++];
      if (!l) return;
      const ms = Math.min(7000, 2500 + l.text.length * 45);
      this.caption(l.speaker, l.text, ms);
      this.tellTimer = window.setTimeout(next, ms);
    };
    window.clearTimeout(this.tellTimer);
    next();
  }

  private tellTimer = 0;

  private caption(speaker: string, text: string, ms: number): void {
    this.captionEl.replaceChildren(
      ...(speaker ? [el('b', { class: 'who', text: speaker })] : []),
      el('span', { class: speaker ? 'line' : 'line narration', text: speaker ? `“${text}”` : text }),
    );
    this.captionEl.classList.add('show');
    window.clearTimeout(this.captionTimer);
    this.captionTimer = window.setTimeout(() => this.captionEl.classList.remove('show'), ms);
  }

  toast(text: string): void {
    this.toastEl.textContent = text;
    this.toastEl.style.display = 'block';
    window.clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => (this.toastEl.style.display = 'none'), 3000);
  }

  /** The key help: every key and what it does (null: closed). */
  setHelp(keys: readonly (readonly [string, string])[] | null): void {
    this.helpEl.style.display = keys ? 'block' : 'none';
    // the sound setting (above every screen) steps aside while the help covers the screen
    document.body.classList.toggle('help-open', keys !== null);
    if (!keys) return;
    this.helpEl.replaceChildren(
      el('h2', { text: 'Keys' }),
      el('table', {}, ...keys.map(([k, what]) => el('tr', {}, el('td', { text: k }), el('td', { text: what })))),
      el('p', { class: 'muted', text: 'Esc or ? closes this.' }),
    );
  }

  /** A question with two answers over the map (null: none). */
  setPrompt(
    p: { text: string; yes: string; yesKey: string; no: string; noKey: string } | null,
    onYes: () => void,
    onNo: () => void,
  ): void {
    if (!p) {
      this.promptEl.style.display = 'none';
      this.promptEl.replaceChildren();
      return;
    }
    this.promptEl.replaceChildren(
      el('p', { text: p.text }),
      el(
        'div',
        { class: 'row' },
        el('button', { class: 'end', 'data-answer': 'yes', onclick: onYes }, p.yes, el('kbd', { text: p.yesKey })),
        el('button', { 'data-answer': 'no', onclick: onNo }, p.no, el('kbd', { text: p.noKey })),
      ),
    );
    this.promptEl.style.display = 'block';
  }

  setBadges(list: readonly HitBadge[], onPick: (id: string) => void): void {
    this.badges.replaceChildren(
      ...list.map((b) =>
        el('button', {
          class: 'hitbadge',
          style: `left:${b.x}px;top:${b.y}px;border-color:${b.colour};color:${b.colour}`,
          'aria-label': b.label,
          'data-target': b.id,
          text: b.text,
          onclick: () => onPick(b.id),
        }),
      ),
    );
  }

  setMapLabels(list: readonly MapLabel[]): void {
    const key = list.map((l) => `${Math.round(l.x)},${Math.round(l.y)},${l.text}`).join('|');
    if (key === this.labels.dataset.key) return;
    this.labels.dataset.key = key;
    const shown = list.map((l) =>
      el('div', { class: `maplabel ${l.cls}`, style: `left:${l.x}px;top:${l.y}px`, text: l.text }),
    );
    this.labels.replaceChildren(...shown);
    // a label whose tile is at or past the window's edge is kept inside it, an arrow pointing the way to its tile
    const view = {
      left: 0,
      right: window.innerWidth,
      top: this.top.getBoundingClientRect().bottom,
      // above the action bar, and above the sound setting that stands on it at the right
      bottom: Math.min(
        this.bar.getBoundingClientRect().top,
        ...[...document.querySelectorAll('.sound-control')].map((e) => e.getBoundingClientRect().top),
      ),
    };
    shown.forEach((e, i) => {
      const r = e.getBoundingClientRect();
      const at = keepInView(r, view);
      if (at.dx === 0 && at.dy === 0) return;
      const l = list[i]!;
      e.style.left = `${l.x + at.dx}px`;
      e.style.top = `${l.y + at.dy}px`;
      e.classList.add('edge');
      if (at.arrow) e.textContent = `${at.arrow} ${l.text}`;
    });
  }

  destroy(): void {
    window.clearTimeout(this.tellTimer);
    window.clearTimeout(this.captionTimer);
    document.body.classList.remove('help-open');
    this.resize.disconnect();
    this.root.remove();
  }
}

export { escapeHtml };

/** Below this many rem of window width or height the side panels start folded (800×600 from about 18 px text). */
const CRAMPED_REM = { width: 44, height: 28 };

/** A panel's header button that folds the panel to its header (and back), and a way to fold or unfold it. */
function collapser(panel: HTMLElement, title: string): { button: HTMLButtonElement; set: (folded: boolean) => void } {
  const set = (folded: boolean) => {
    panel.classList.toggle('folded', folded);
    button.setAttribute('aria-expanded', String(!folded));
    button.textContent = `${title} ${folded ? '▸' : '▾'}`;
  };
  const button: HTMLButtonElement = el('button', {
    class: 'fold',
    'aria-expanded': 'true',
    title: `Fold the ${title.toLowerCase()} away (and back)`,
    onclick: () => set(!panel.classList.contains('folded')),
    text: `${title} ▾`,
  });
  return { button, set };
}

/**
 * A pilot no longer on the map, not a button (cannot be selected): fallen (the name struck through and greyed) or
 * out through an extraction tile (the HP they left with).
 */
function goneCard(c: CardData): HTMLElement {
  return el(
    'div',
    {
      class: `card panel ${c.fallen ? 'fallen' : 'out'}`,
      role: 'listitem',
      'aria-disabled': 'true',
      'aria-label': c.fallen ? `${c.name}, fallen` : `${c.name}, out (extracted with ${c.hp} HP)`,
      'data-unit': c.id,
    },
    el(
      'div',
      { class: 'row' },
      c.fallen ? el('s', { class: 'name', text: c.name }) : el('span', { class: 'name', text: c.name }),
      el('span', { class: 'fell', text: c.fallen ? 'fallen' : `out ✓ ${c.hp}/${c.max} HP` }),
    ),
  );
}
