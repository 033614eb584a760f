/**
 * Writes a map as diff-friendly JSON: one field per line at the top, one terrain row per line, one entity
 * (squad member, enemy, strike …) per line, short objects inline. Same input, same bytes.
 */
export function stringifyMap(map: unknown): string {
  return `${format(map, '', 0)}\n`;
}

const LINE = 120;
const ENTITY_LINE = 240;

function compact(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(compact).join(', ')}]`;
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${compact(x)}`).join(', ')} }`;
}

function format(v: unknown, indent: string, keyLength: number): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const oneLine = compact(v);
    const listy = v.every((x) => typeof x === 'string' || (x !== null && typeof x === 'object'));
    if (!listy && indent.length + keyLength + oneLine.length <= LINE) return oneLine;
    const items = v.map((x) => {
      const c = compact(x);
      return inner + (inner.length + c.length <= ENTITY_LINE ? c : format(x, inner, 0));
    });
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  const oneLine = compact(v);
  if (indent.length > 0 && indent.length + keyLength + oneLine.length <= LINE) return oneLine;
  const lines = entries.map(([k, x]) => {
    const key = `${JSON.stringify(k)}: `;
    return `${inner}${key}${format(x, inner, key.length)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
