// Reading a replay: size, JSON and structure, each problem reported with its JSON path.
import { jsonPath as jsonPathOf } from '@denizens/maps';
import { REPLAY_VERSION } from '../version';
import { boundedJson } from './boundedJson';
import { MAX_REPLAY_BYTES, REPLAY_FORMAT, type Replay, ReplaySchema } from './format';

/** Parses a replay's structure; the first problem is reported with its JSON path. */
export function parseReplay(
  json: unknown,
): { ok: true; replay: Replay } | { ok: false; path: string; message: string } {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return {
      ok: false,
      path: '$',
      message: `expected a replay object {format: "${REPLAY_FORMAT}", …}, got ${Array.isArray(json) ? 'an array' : json === null ? 'null' : typeof json}`,
    };
  }
  const o = json as Record<string, unknown>;
  if (o.format !== REPLAY_FORMAT) {
    return {
      ok: false,
      path: '$.format',
      message: `expected "${REPLAY_FORMAT}", got ${JSON.stringify(o.format) ?? 'nothing'}`,
    };
  }
  if (typeof o.version === 'number' && o.version !== REPLAY_VERSION) {
    return {
      ok: false,
      path: '$.version',
      message: `recorded with rules version ${o.version}; this engine verifies version ${REPLAY_VERSION} replays (use the engine that recorded it)`,
    };
  }
  const parsed = ReplaySchema.safeParse(json);
  if (!parsed.success) {
    const iss = parsed.error.issues[0]!;
    return { ok: false, path: jsonPathOf(iss.path), message: describeIssue(iss, json) };
  }
  return { ok: true, replay: parsed.data as Replay };
}

/** Turns a schema issue into "expected …, got …" words, saying "missing" for an absent field. */
function describeIssue(iss: { message: string; code: string; path: PropertyKey[] }, root: unknown): string {
  let v: unknown = root;
  for (const k of iss.path)
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  const msg = iss.message.replace(/^Invalid input: /, '');
  if (v === undefined) return `missing: this field is required${msg === 'Invalid input' ? '' : ` (${msg})`}`;
  if (msg === 'Invalid input') return `not an accepted value: got ${boundedJson(v, 60)}`;
  return msg;
}

/** A replay file's text as JSON: refused before parsing when larger than MAX_REPLAY_BYTES. */
export function parseReplayText(
  text: string,
): { ok: true; json: unknown } | { ok: false; path: string; message: string } {
  if (text.length > MAX_REPLAY_BYTES) {
    return {
      ok: false,
      path: '$',
      message: `file is ${(text.length / 1048576).toFixed(1)} MB; a replay may be at most ${MAX_REPLAY_BYTES / 1048576} MB`,
    };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, path: '$', message: `not valid JSON (${(e as Error).message})` };
  }
}
