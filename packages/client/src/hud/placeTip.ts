/** A screen rectangle in CSS pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far from the pointer a tooltip sits, and how far from the window's edges. */
const GAP = 18;
const MARGIN = 8;

/**
 * Where a tooltip of `size` goes for the pointer at `at`: beside the pointer (below right, above right, below left,
 * above left, in that order of preference; else just above or below a panel it would cover), inside the window,
 * never over the pointer itself and never over a panel in `keepClear` (the action bar, the top bar, a question:
 * what the player needs to reach). When no place is clear, the one covering the least of them. `avoid` are panels better left uncovered (the log, the cards):
 * counted after `keepClear`.
 */
export function placeTip(
  size: { width: number; height: number },
  at: { x: number; y: number },
  view: { width: number; height: number },
  keepClear: readonly Rect[],
  avoid: readonly Rect[] = [],
): { left: number; top: number } {
  const { width: w, height: h } = size;
  const clampX = (x: number) => Math.max(MARGIN, Math.min(view.width - w - MARGIN, x));
  const clampY = (y: number) => Math.max(MARGIN, Math.min(view.height - h - MARGIN, y));
  const pointer: Rect = { left: at.x - 2, top: at.y - 2, right: at.x + 2, bottom: at.y + 2 };
  const xs = [at.x + GAP, at.x - GAP - w];
  const ys = [at.y + GAP, at.y - GAP - h];
  const candidates: { left: number; top: number }[] = [];
  for (const x of xs) for (const y of ys) candidates.push({ left: clampX(x), top: clampY(y) });
  // then clear of each panel: just above it or just below it (the pointer beside the action bar, say)
  for (const k of keepClear)
    for (const x of xs)
      for (const y of [k.top - h - 4, k.bottom + 4]) candidates.push({ left: clampX(x), top: clampY(y) });
  // above right comes second: a pointer low on the screen sees its tooltip above it before it moves sideways
  let best = candidates[0]!;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const r = { left: c.left, top: c.top, right: c.left + w, bottom: c.top + h };
    const cost =
      overlap(r, pointer) * 1e9 +
      keepClear.reduce((s, k) => s + overlap(r, k), 0) * 1e4 +
      avoid.reduce((s, k) => s + overlap(r, k), 0);
    if (cost < bestCost) {
      best = c;
      bestCost = cost;
    }
    if (cost === 0) break;
  }
  return best;
}

/** The area two rectangles share (0 when apart). */
export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * How far to move a map label (its box `r`) to have it wholly inside the view (the map between the top bar and the
 * action bar), `MARGIN` from the edges; and, when it
 * had to move further than its own size (its tile is off screen), an arrow pointing the way to it.
 */
export function keepInView(r: Rect, view: Rect): { dx: number; dy: number; arrow: string } {
  const w = r.right - r.left;
  const h = r.bottom - r.top;
  const [left, right] = [view.left + MARGIN, view.right - MARGIN];
  const [top, bottom] = [view.top + MARGIN, view.bottom - MARGIN];
  const dx = r.left < left ? left - r.left : r.right > right ? right - r.right : 0;
  const dy = r.top < top ? top - r.top : r.bottom > bottom ? bottom - r.bottom : 0;
  // the label's anchor (its tile) is at the middle of its bottom edge: off screen once moved past half its width
  const offX = Math.abs(dx) > w / 2 ? Math.sign(-dx) : 0;
  const offY = Math.abs(dy) > h ? Math.sign(-dy) : 0;
  return { dx, dy, arrow: ARROWS[`${offX},${offY}`] ?? '' };
}

const ARROWS: Record<string, string> = {
  '-1,0': '←',
  '1,0': '→',
  '0,-1': '↑',
  '0,1': '↓',
  '-1,-1': '↖',
  '1,-1': '↗',
  '-1,1': '↙',
  '1,1': '↘',
};
