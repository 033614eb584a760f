// A command in a few words for verdicts: "move willow → 7,12", "shoot willow at drone-2", "end_turn".
import { boundedJson } from './boundedJson';

const word = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length <= 64 ? v : typeof v === 'number' ? String(v) : undefined;

/** The command in a few words; anything unexpected (a field of the wrong type, deep nesting) as bounded JSON. */
export function describeCommand(command: unknown): string {
  if (command === null || typeof command !== 'object' || Array.isArray(command)) return boundedJson(command, 80);
  const c = command as Record<string, unknown>;
  const type = word(c.type);
  if (type === undefined) return boundedJson(command, 80);
  const unit = word(c.unit);
  const to = c.to as { x?: unknown; y?: unknown } | undefined;
  const at =
    to !== null && typeof to === 'object' && typeof to.x === 'number' && typeof to.y === 'number'
      ? `${to.x},${to.y}`
      : undefined;
  const target = word(c.target);
  const known = new Set(['type', 'unit', 'to', 'target']);
  if (Object.keys(c).some((k) => !known.has(k) && k !== 'sidearm') || (c.to !== undefined && at === undefined))
    return boundedJson(command, 80);
  if (c.unit !== undefined && unit === undefined) return boundedJson(command, 80);
  if (c.target !== undefined && target === undefined) return boundedJson(command, 80);
  let s = type;
  if (unit !== undefined) s += ` ${unit}`;
  if (at !== undefined) s += ` → ${at}`;
  if (target !== undefined) s += ` ${type === 'shoot' ? 'at' : 'on'} ${target}`;
  if (c.sidearm === true) s += ' (sidearm)';
  return s;
}
