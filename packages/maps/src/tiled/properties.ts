import type { TiledProperty } from './tiledSchema';

/** Tiled custom properties as a lookup (the first property of a name wins). */
export interface Props {
  has(name: string): boolean;
  str(name: string): string | undefined;
  /** A number property (int or float in Tiled, or a string holding an integer). */
  num(name: string): number | undefined;
  bool(name: string): boolean | undefined;
  names(): string[];
}

export function propsOf(list: readonly TiledProperty[] | undefined): Props {
  const byName = new Map<string, TiledProperty>();
  for (const p of list ?? []) if (!byName.has(p.name)) byName.set(p.name, p);
  return {
    has: (n) => byName.has(n),
    str: (n) => {
      const v = byName.get(n)?.value;
      return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
    },
    num: (n) => {
      const v = byName.get(n)?.value;
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && /^-?[0-9]{1,9}$/.test(v.trim())) return Number(v.trim());
      return undefined;
    },
    bool: (n) => {
      const v = byName.get(n)?.value;
      return typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined;
    },
    names: () => [...byName.keys()],
  };
}
