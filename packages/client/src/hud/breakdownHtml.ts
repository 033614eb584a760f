import type { HitChance } from '@denizens/engine';
import { css, hitColour } from '../render/palette';
import { escapeHtml } from './el';

const signed = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '±0');

/**
 * The targeting tooltip: every modifier the engine's `hitChance` returns, in its order, with its
 * value, then the total, which is the sum of the lines (the engine guarantees it equals the percent;
 * a mismatch is shown, never hidden). Then the crit chance and its lines.
 */
export function breakdownHtml(name: string, c: HitChance, weaponName = c.weapon): string {
  const rows = c.breakdown
    .map(
      (b) =>
        `<tr data-key="${escapeHtml(b.key)}"><td>${escapeHtml(b.label)}</td><td class="v">${signed(b.value)}</td></tr>`,
    )
    .join('');
  const sum = c.breakdown.reduce((t, b) => t + b.value, 0);
  const total =
    `<tr class="total"><td>to hit</td><td class="v">${sum}%</td></tr>` +
    (sum !== c.percent ? `<tr class="warn"><td>engine says</td><td class="v">${c.percent}%</td></tr>` : '');
  const crit = c.critBreakdown.map((b) => `${escapeHtml(b.label)} ${signed(b.value)}`).join(', ');
  return (
    `<div class="title">${escapeHtml(name)}: <span style="color:${css(hitColour(c.percent))}">${c.percent}% to hit</span></div>` +
    (c.sidearm ? `<div class="weapon">with the sidearm, the ${escapeHtml(weaponName)}</div>` : '') +
    `<table class="breakdown">${rows}${total}</table>` +
    `<div class="crit">Crit ${c.critPercent}%${crit ? ` <small>(${crit})</small>` : ''}</div>` +
    (c.flanked ? '<div class="warn">Flanked: no cover toward you</div>' : '')
  );
}
