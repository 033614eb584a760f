import { describeValue } from '../structural';
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

/**
 * Told when a property is there but of the wrong type (it is then read as absent): its index in the list, name,
 * what was expected and the sentence describing what was found.
 */
export type WrongPropertyType = (index: number, name: string, expected: string, got: string) => void;

/** Reads a Tiled property list; a property of the wrong type goes to `wrong` (never silently ignored). */
export function propsOf(list: readonly TiledProperty[] | undefined, wrong?: WrongPropertyType): Props {
  const byName = new Map<string, { p: TiledProperty; index: number }>();
  (list ?? []).forEach((p, index) => {
    if (!byName.has(p.name)) byName.set(p.name, { p, index });
  });
  const told = new Set<string>();
  const bad = (n: string, expected: string) => {
    const e = byName.get(n)!;
    if (!told.has(n)) wrong?.(e.index, n, expected, describeValue(e.p.value));
    told.add(n);
    return undefined;
  };
  return {
    has: (n) => byName.has(n),
    str: (n) => {
      if (!byName.has(n)) return undefined;
      const v = byName.get(n)!.p.value;
      return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : bad(n, 'a string');
    },
    num: (n) => {
      if (!byName.has(n)) return undefined;
      const v = byName.get(n)!.p.value;
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && /^-?[0-9]{1,9}$/.test(v.trim())) return Number(v.trim());
      return bad(n, 'a number (Tiled type int)');
    },
    bool: (n) => {
      if (!byName.has(n)) return undefined;
      const v = byName.get(n)!.p.value;
      return typeof v === 'boolean'
        ? v
        : v === 'true'
          ? true
          : v === 'false'
            ? false
            : bad(n, 'true or false (Tiled type bool)');
    },
    names: () => [...byName.keys()],
  };
}
