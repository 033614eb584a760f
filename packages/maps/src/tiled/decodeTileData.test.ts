import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  decodeTileData,
  FLIPPED_DIAGONALLY,
  FLIPPED_HORIZONTALLY,
  FLIPPED_VERTICALLY,
  tileIdOf,
} from './decodeTileData';

const le = (gids: number[]) => {
  const bytes = new Uint8Array(gids.length * 4);
  gids.forEach((g, i) => {
    for (let b = 0; b < 4; b++) bytes[i * 4 + b] = (g >>> (8 * b)) & 0xff;
  });
  return Buffer.from(bytes).toString('base64');
};

describe('tile layer data', () => {
  it('masks the flip flags off a gid', () => {
    expect(tileIdOf(7 | FLIPPED_HORIZONTALLY)).toBe(7);
    expect(tileIdOf(7 | FLIPPED_VERTICALLY | FLIPPED_DIAGONALLY)).toBe(7);
    expect(tileIdOf((7 | FLIPPED_HORIZONTALLY | FLIPPED_VERTICALLY | FLIPPED_DIAGONALLY) >>> 0)).toBe(7);
    expect(tileIdOf(0)).toBe(0);
  });

  it('reads a JSON array, a CSV string and uncompressed base64 the same', () => {
    const gids = [1, 2 | FLIPPED_HORIZONTALLY, 0, 3 | FLIPPED_DIAGONALLY];
    const unsigned = gids.map((g) => g >>> 0);
    expect(decodeTileData(unsigned, undefined, undefined, 4)).toEqual({ ok: true, gids: Uint32Array.from(unsigned) });
    expect(decodeTileData(unsigned.join(','), 'csv', '', 4)).toEqual({ ok: true, gids: Uint32Array.from(unsigned) });
    expect(decodeTileData(le(unsigned), 'base64', '', 4)).toEqual({ ok: true, gids: Uint32Array.from(unsigned) });
  });

  it('decodes base64 like Node does, with and without padding', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'abcd', 'hello world!']) {
      const b64 = Buffer.from(s).toString('base64');
      expect(Buffer.from(decodeBase64(b64)!).toString()).toBe(s);
      expect(Buffer.from(decodeBase64(b64.replace(/=+$/, ''))!).toString()).toBe(s);
    }
    expect(decodeBase64('ab$d')).toBeUndefined();
  });

  for (const c of ['gzip', 'zlib', 'zstd']) {
    it(`refuses ${c} compression with a way out`, () => {
      expect(decodeTileData('eJxjYGBgAAAABAAB', 'base64', c, 1)).toEqual({
        ok: false,
        message: `layer data is ${c}-compressed, which the importer does not read; in Tiled set Map > Map Properties > Tile Layer Format to "CSV" or "Base64 (uncompressed)" and save again`,
      });
    });
  }

  it('refuses data of the wrong length', () => {
    expect(decodeTileData([1, 2, 3], undefined, undefined, 4)).toEqual({
      ok: false,
      message: 'layer data holds 3 tiles but the layer has 4; save the map from Tiled again',
    });
    expect(decodeTileData(le([1, 2]), 'base64', undefined, 4)).toMatchObject({ ok: false });
  });
});
