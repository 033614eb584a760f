import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeReplayFragment, readReplayFragment, shareLink } from './shareLink';

const GOLDEN = join(__dirname, '..', '..', '..', '..', 'engine', 'test', 'golden', 'training-seed1.replay.json');

describe('share links', () => {
  it('carry a replay byte for byte through deflate and base64url, in the fragment', async () => {
    const text = readFileSync(GOLDEN, 'utf8');
    const frag = await encodeReplayFragment(text);
    expect(frag).toMatch(/^replay=[A-Za-z0-9_-]+$/);
    expect(frag.length).toBeLessThan(text.length);
    expect(await readReplayFragment(`#${frag}`)).toEqual({ ok: true, text });
  });
  it('are refused past the size limit, saying so', async () => {
    const text = readFileSync(GOLDEN, 'utf8');
    const ok = await shareLink('http://x/?a#old', text);
    expect(ok.ok && ok.url.startsWith('http://x/?a#replay=')).toBe(true);
    const r = await shareLink('http://x/', text, 100);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/links are kept under 100/) });
  });
  it('report a damaged link, and ignore other fragments', async () => {
    expect(await readReplayFragment('#replay=AAAA')).toMatchObject({ ok: false });
    expect(await readReplayFragment('#other')).toBeNull();
  });
});
