// The built-in maps, validated, for verification. From the sources, each is validated on first use. In the built
// CLI, the build has validated them already (scripts/build-cli.mjs replaces this module with the results), so a
// start validates no map it ships with: they are the bundle's own data, checked when it was made.
import { builtinMap, formatIssue, type MapData, validateMap } from '@denizens/maps';

const done = new Map<string, MapData | { error: string }>();

/** The built-in map `id` validated (or why it is not valid); undefined when no built-in map has that id. */
export function validatedBuiltin(id: string): MapData | { error: string } | undefined {
  const known = done.get(id);
  if (known) return known;
  const raw = builtinMap(id);
  if (!raw) return undefined;
  const r = validateMap(raw, id);
  const v = r.ok ? r.map : { error: r.issues.map(formatIssue).join('; ') };
  done.set(id, v);
  return v;
}
