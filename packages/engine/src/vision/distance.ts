/**
 * Distance in tiles, the one metric of vision and weapon range: the straight-line distance between
 * tile centres rounded to the nearest whole tile. Integer-exact: `tileDistance(dx, dy) <= r` exactly
 * when `dx² + dy² <= r² + r` (the rounding point (r + ½)² = r² + r + ¼ is never an integer).
 */
export function tileDistance(dx: number, dy: number): number {
  const d2 = dx * dx + dy * dy;
  let n = Math.floor(Math.sqrt(d2));
  while (n * n + n < d2) n++;
  while (n > 0 && (n - 1) * (n - 1) + (n - 1) >= d2) n--;
  return n;
}

/** Is (dx, dy) within `radius` tiles (same rule as tileDistance, without the square root)? */
export function withinRadius(dx: number, dy: number, radius: number): boolean {
  return dx * dx + dy * dy <= radius * radius + radius;
}

/** The bound on dx² + dy² of withinRadius(…, r): r² + r (-1, nothing, for a negative radius). */
export function radius2(r: number): number {
  return r < 0 ? -1 : r * r + r;
}
