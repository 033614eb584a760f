import { el } from '../../hud/el';
import { backdrop } from './backdrop';
import { campaignCss } from './campaignCss';

/** What sets one campaign screen apart: its id, its class beside `screen campaign`, its name for screen readers. */
export interface CampaignScreenSpec {
  id: string;
  kind: string;
  label: string;
  /** The backdrop drawn behind it (none: the plain screen, e.g. the save slots). */
  backdrop?: 'ruins' | 'ship';
  /** The button that gets the focus once it is shown (its id). */
  focus: string;
}

/**
 * A campaign screen: a dialog over its backdrop holding one box of `content` (the kicker, the heading, the
 * screen's own parts, the menu). Appended to `ui`, the `focus` button focused. Returns the screen and its removal.
 */
export function mountCampaignScreen(
  ui: HTMLElement,
  spec: CampaignScreenSpec,
  ...content: (Node | string | null)[]
): { screen: HTMLElement; close: () => void } {
  campaignCss();
  const screen = el(
    'div',
    { class: `screen campaign ${spec.kind}`, role: 'dialog', 'aria-label': spec.label, id: spec.id },
    el('div', { class: 'box panel' }, ...content),
  );
  if (spec.backdrop) screen.style.background = backdrop(spec.backdrop);
  ui.append(screen);
  screen.querySelector<HTMLButtonElement>(`#${spec.focus}`)?.focus();
  return { screen, close: () => screen.remove() };
}
