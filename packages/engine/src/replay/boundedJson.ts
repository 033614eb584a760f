// JSON text of untrusted data, bounded in depth and length: safe to print whatever a file holds (a value nested
// 100,000 levels deep must not overflow the stack while a verdict is printed).

/** At most `maxChars` characters of `value`'s JSON text, nesting deeper than `maxDepth` shown as `…`; never recurses deeper than `maxDepth`. */
export function boundedJson(value: unknown, maxChars = 200, maxDepth = 6): string {
  const out: string[] = [];
  let length = 0;
  const push = (s: string): boolean => {
    out.push(s);
    length += s.length;
    return length <= maxChars;
  };
  const walk = (v: unknown, depth: number): boolean => {
    if (v === null || typeof v === 'boolean' || typeof v === 'number')
      return push(typeof v === 'number' && !Number.isFinite(v) ? 'null' : String(v));
    if (typeof v === 'string') return push(JSON.stringify(v.length > maxChars ? `${v.slice(0, maxChars)}…` : v));
    if (typeof v !== 'object') return push('null');
    if (depth >= maxDepth) return push(Array.isArray(v) ? '[…]' : '{…}');
    if (Array.isArray(v)) {
      if (!push('[')) return false;
      for (let i = 0; i < v.length; i++) {
        if (i > 0 && !push(',')) return false;
        if (!walk(v[i], depth + 1)) return false;
      }
      return push(']');
    }
    if (!push('{')) return false;
    let first = true;
    for (const k of Object.keys(v)) {
      if (!first && !push(',')) return false;
      first = false;
      if (!push(`${JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k)}:`)) return false;
      if (!walk((v as Record<string, unknown>)[k], depth + 1)) return false;
    }
    return push('}');
  };
  walk(value, 0);
  const text = out.join('');
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}
