/**
 * A slow, plain field-of-view oracle for tests and the benchmark's correctness check. It shares no
 * code with src/vision/fov.ts: it states the documented model directly, slope by slope.
 *
 * In each quadrant (N, E, S, W) a tile sits at column j of row k (|j| <= k). A slope s (column per
 * row) is blocked at row k' when s*k' lies strictly inside a run of opaque tiles of that row (from
 * the run's left edge to its right edge, so the edge between two touching opaque tiles blocks, and a
 * line grazing the outer edge of a run does not). Tiles off the map are opaque.
 * - a see-through tile is visible when the slope of its centre, j/k, is blocked by no row before it;
 * - an opaque tile is visible when some slope in [(j-1/2)/k, (j+1/2)/k] (within the quadrant, [-1, 1])
 *   is blocked by no row before it;
 * - both only within the radius (j*j + k*k <= r*r + r), and the viewer's own tile always.
 */
export interface OracleMap {
  readonly width: number;
  readonly height: number;
  /** Nonzero: blocks sight. */
  readonly blocks: ArrayLike<number>;
}

const QCX = [1, 0, 1, 0];
const QCY = [0, 1, 0, 1];
const QRX = [0, 1, 0, -1];
const QRY = [-1, 0, 1, 0];

export function oracleFov(m: OracleMap, ox: number, oy: number, radius: number): Uint8Array {
  const out = new Uint8Array(m.width * m.height);
  if (ox < 0 || oy < 0 || ox >= m.width || oy >= m.height) return out;
  out[oy * m.width + ox] = 1;
  const opaqueAt = (x: number, y: number) =>
    x < 0 || y < 0 || x >= m.width || y >= m.height || m.blocks[y * m.width + x] !== 0;
  for (let q = 0; q < 4; q++) {
    const tile = (j: number, k: number): [number, number] => [
      ox + j * QCX[q]! + k * QRX[q]!,
      oy + j * QCY[q]! + k * QRY[q]!,
    ];
    const opaque = (j: number, k: number) => opaqueAt(...tile(j, k));
    /** Is slope p/q (q > 0) blocked by any row before row k? */
    const blockedBefore = (p: number, den: number, k: number): boolean => {
      for (let r = 1; r < k; r++) {
        // Position on row r in half-tiles: x2 = 2*p*r/den. Tile c spans (2c-1, 2c+1) in half-tiles.
        const x2n = 2 * p * r; // x2 = x2n / den
        const c = Math.floor((x2n / den + 1) / 2);
        const onEdge = (2 * c - 1) * den === x2n;
        if (onEdge) {
          // On the edge between tiles c-1 and c: blocked only when both are opaque.
          if (opaque(c - 1, r) && opaque(c, r)) return true;
        } else if (opaque(c, r)) return true;
      }
      return false;
    };
    for (let k = 1; k <= radius; k++) {
      for (let j = -k; j <= k; j++) {
        if (j * j + k * k > radius * radius + radius) continue;
        const [x, y] = tile(j, k);
        if (x < 0 || y < 0 || x >= m.width || y >= m.height) continue;
        const i = y * m.width + x;
        if (out[i]) continue;
        if (!opaque(j, k)) {
          if (!blockedBefore(j, k, k)) out[i] = 1;
          continue;
        }
        // Candidate slopes p/den: the tile's two edges (clipped to the quadrant, [-1, 1]) and every edge
        // (2c-1)/(2r) of an earlier row that falls between them. The unblocked slopes form closed
        // intervals whose ends are such edges, so one of these is unblocked when any slope of the tile is.
        const candidates: [number, number][] = [
          [Math.max(2 * j - 1, -2 * k), 2 * k],
          [Math.min(2 * j + 1, 2 * k), 2 * k],
        ];
        for (let r = 1; r < k; r++) {
          for (let c = -r + 1; c <= r; c++) {
            const e = 2 * c - 1; // slope e/(2r), within [-1, 1]
            if (e * k >= (2 * j - 1) * r && e * k <= (2 * j + 1) * r) candidates.push([e, 2 * r]);
          }
        }
        if (candidates.some(([p, den]) => !blockedBefore(p, den, k))) out[i] = 1;
      }
    }
  }
  return out;
}
