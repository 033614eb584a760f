/**
 * Issues in the order of the file: each JSON path gets its place in a pre-order walk of the parsed document (which
 * keeps the file's key order), a path that does not exist (a missing field) takes its nearest existing ancestor's,
 * and issues on one row of tiles go left to right.
 */
import { jsonPath } from './jsonPath';
import type { MapIssue } from './mapCheck';

/** The pre-order position of every path in a parsed JSON value (iterative: deep input cannot overflow the stack). */
export function documentOrder(value: unknown, maxDepth = 64): Map<string, number> {
  const order = new Map<string, number>();
  const stack: { v: unknown; path: PropertyKey[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    order.set(jsonPath(path), order.size);
    if (v === null || typeof v !== 'object' || path.length >= maxDepth) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--)
        stack.push({ v: (v as Record<string, unknown>)[keys[i]!], path: [...path, keys[i]!] });
    }
  }
  return order;
}

function placeOf(order: ReadonlyMap<string, number>, path: string): number {
  let p = path;
  for (;;) {
    const n = order.get(p);
    if (n !== undefined) return n;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return 0;
    p = p.slice(0, cut);
  }
}

/** Sorts issues by their place in the document (stable: issues at one place keep their order). */
export function sortByPlace(issues: readonly MapIssue[], value: unknown): MapIssue[] {
  if (issues.length < 2) return [...issues];
  const order = documentOrder(value);
  return issues
    .map((issue, k) => ({ issue, k, place: placeOf(order, issue.path) }))
    .sort(
      (a, b) =>
        a.place - b.place ||
        (a.issue.path === b.issue.path && a.issue.tile && b.issue.tile ? a.issue.tile.x - b.issue.tile.x : 0) ||
        a.k - b.k,
    )
    .map((e) => e.issue);
}
