/**
 * Tile layer data to global tile ids. Tiled stores each cell as a 32-bit gid whose top bits are flags
 * (flipped horizontally, vertically, diagonally, and rotated 120° on hex maps); the flags only change how a
 * tile is drawn, so they are masked off.
 */

export const FLIPPED_HORIZONTALLY = 0x80000000;
export const FLIPPED_VERTICALLY = 0x40000000;
export const FLIPPED_DIAGONALLY = 0x20000000;
export const ROTATED_HEXAGONAL_120 = 0x10000000;
const GID_MASK = 0x0fffffff;

/** A gid without its flip flags. */
export function tileIdOf(gid: number): number {
  return (gid & GID_MASK) >>> 0;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX: Int16Array = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

/** Decodes standard base64 (whitespace allowed, padding optional); undefined when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c]! : -1;
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export type DecodeResult = { ok: true; gids: Uint32Array } | { ok: false; message: string };

/**
 * The gids of a finite tile layer with `count` cells (flags kept; mask with `tileIdOf`). Accepts a JSON array
 * (Tiled's "CSV" layer format), a CSV string, or uncompressed base64 (little-endian uint32 per cell).
 */
export function decodeTileData(
  data: readonly number[] | string | undefined,
  encoding: string | undefined,
  compression: string | undefined,
  count: number,
): DecodeResult {
  if (compression) {
    return {
      ok: false,
      message: `layer data is ${compression}-compressed, which the importer does not read; in Tiled set Map > Map Properties > Tile Layer Format to "CSV" or "Base64 (uncompressed)" and save again`,
    };
  }
  if (data === undefined) return { ok: false, message: 'tile layer has no "data"; save the map from Tiled again' };
  let gids: Uint32Array;
  if (Array.isArray(data)) {
    gids = Uint32Array.from(data as readonly number[]);
  } else if (encoding === 'base64') {
    const bytes = decodeBase64(data as string);
    if (!bytes) return { ok: false, message: 'layer data is not valid base64; save the map from Tiled again' };
    if (bytes.length !== count * 4) {
      return {
        ok: false,
        message: `layer data holds ${Math.floor(bytes.length / 4)} tiles but the layer has ${count}; save the map from Tiled again`,
      };
    }
    gids = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      const b = i * 4;
      gids[i] = (bytes[b]! | (bytes[b + 1]! << 8) | (bytes[b + 2]! << 16) | (bytes[b + 3]! << 24)) >>> 0;
    }
  } else {
    const parts = (data as string).split(',').map((s) => s.trim());
    if (parts.some((s) => !/^[0-9]{1,10}$/.test(s))) {
      return {
        ok: false,
        message: 'layer data is neither a list of tile ids nor base64; save the map from Tiled again',
      };
    }
    gids = Uint32Array.from(parts.map(Number));
  }
  if (gids.length !== count) {
    return {
      ok: false,
      message: `layer data holds ${gids.length} tiles but the layer has ${count}; save the map from Tiled again`,
    };
  }
  return { ok: true, gids };
}
