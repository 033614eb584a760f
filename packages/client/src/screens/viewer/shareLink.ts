/**
 * A replay in a link: its text compressed (deflate-raw) and written in base64url in the URL's fragment
 * (`#replay=…`), which browsers never send to a server. Links longer than `MAX_LINK_CHARS` are not made:
 * the file is offered instead (many chat tools and browsers cut longer URLs).
 */
export const MAX_LINK_CHARS = 8000;
export const LINK_KEY = 'replay';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = b.charCodeAt(i);
  return out;
}

/** The fragment for a replay's text (without the `#`). */
export async function encodeReplayFragment(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return `${LINK_KEY}=${toBase64Url(packed)}`;
}

/** A link to the page at `base` showing this replay, or why there is none (too long: offer the file). */
export async function shareLink(
  base: string,
  text: string,
  limit = MAX_LINK_CHARS,
): Promise<{ ok: true; url: string } | { ok: false; reason: string }> {
  const url = `${base.replace(/#.*$/, '')}#${await encodeReplayFragment(text)}`;
  if (url.length > limit)
    return {
      ok: false,
      reason: `This replay makes a link of ${url.length} characters; links are kept under ${limit}. Share the file instead.`,
    };
  return { ok: true, url };
}

/** The replay's text from a page's fragment (`#replay=…`), null when there is none, an error when it is damaged. */
export async function readReplayFragment(
  hash: string,
): Promise<{ ok: true; text: string } | { ok: false; error: string } | null> {
  const m = /^#?replay=([A-Za-z0-9_-]*)$/.exec(hash);
  if (!m) return null;
  try {
    const bytes = await pipe(fromBase64Url(m[1]!), new DecompressionStream('deflate-raw'));
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (e) {
    return { ok: false, error: `the replay link is damaged (${(e as Error).message})` };
  }
}
