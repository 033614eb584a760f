import { z } from 'zod';
import { BUILTIN_ENEMY_TYPES, BUILTIN_WEAPONS } from './catalog';
import { MAP_FORMAT_VERSION, MapSchema } from './format';
import { newMap } from './newMap';

/**
 * The schema's stable public id (`$id`), written as `$schema` into maps saved outside the repository (by
 * `maps new`, `import-tiled` and the editor's export), so a downloaded map names its format without a path that
 * only means something inside the repository. See docs/map-format.md, "The JSON Schema".
 */
export const MAP_SCHEMA_ID = 'https://denizens.dev/schema/map-1.json';

/** Where the published schema lives in the package (and what built-in maps' `$schema` points to). */
export const MAP_SCHEMA_FILE = 'schema/map.schema.json';

type Node = Record<string, unknown>;

/** Where ids of the catalogue are written, and what they name: editors complete these from an enum. */
const ID_FIELDS: readonly { path: RegExp; ids: readonly string[]; own: string }[] = [
  { path: /^\.squad\[\]\.(weapon|sidearm)$/, ids: Object.keys(BUILTIN_WEAPONS), own: '"weapons"' },
  { path: /^\.enemyTypes\{\}\.weapon$/, ids: Object.keys(BUILTIN_WEAPONS), own: '"weapons"' },
  { path: /^\.enemies\[\]\.type$/, ids: Object.keys(BUILTIN_ENEMY_TYPES), own: '"enemyTypes"' },
];

/** Examples shown by editors, by path. */
const EXAMPLES: Readonly<Record<string, unknown[]>> = {
  '.id': ['rescue-at-the-yard'],
  '.terrain': [['..##..', '..#C..', '......']],
  '.legend': [{ '.': 'ground', '#': 'wall', '~': 'void' }],
  '.heights': [['000100', '001110', '000000']],
  '.objective': [{ kind: 'cell', x: 3, y: 1 }, { kind: 'reach', tiles: [{ x: 9, y: 0 }] }, { kind: 'eliminate' }],
  '.strikes': [[{ turn: 2, x: 10, y: 4, radius: 1, damage: 8 }]],
  '.squad[].weapon': ['thompson'],
  '.enemies[].type': ['trooper'],
  '.enemies[].patrol': [
    [
      { x: 4, y: 1 },
      { x: 4, y: 6 },
    ],
  ],
};

/** Appends the range the schema enforces when the description does not state it already. */
function withRange(n: Node): void {
  const d = typeof n.description === 'string' ? n.description : undefined;
  if (d === undefined) return;
  const has = (v: unknown) => d.includes(String(v));
  let extra = '';
  if (typeof n.minimum === 'number' && typeof n.maximum === 'number' && !(has(n.minimum) && has(n.maximum)))
    extra = `${n.minimum}-${n.maximum}`;
  else if (typeof n.maxLength === 'number' && !has(n.maxLength)) extra = `up to ${n.maxLength} characters`;
  else if (typeof n.maxItems === 'number' && !has(n.maxItems)) extra = `at most ${n.maxItems}`;
  if (extra) n.description = `${d} (${extra})`;
}

/** Walks the generated schema: ranges into descriptions, enums for catalogue ids, examples. */
function explain(n: Node, path: string): Node {
  withRange(n);
  const idField = ID_FIELDS.find((f) => f.path.test(path));
  let out: Node = n;
  if (idField) {
    const { description, ...rest } = n;
    out = {
      description,
      anyOf: [
        { enum: [...idField.ids], description: 'a built-in id' },
        { ...rest, description: `an id defined in the map's own ${idField.own}` },
      ],
    };
  }
  const ex = EXAMPLES[path];
  if (ex) out.examples = ex;
  if (n.properties && typeof n.properties === 'object') {
    const props = n.properties as Record<string, Node>;
    for (const k of Object.keys(props)) props[k] = explain(props[k]!, `${path}.${k}`);
  }
  if (n.items && typeof n.items === 'object') n.items = explain(n.items as Node, `${path}[]`);
  if (n.additionalProperties && typeof n.additionalProperties === 'object')
    n.additionalProperties = explain(n.additionalProperties as Node, `${path}{}`);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(n[key]) && out === n) n[key] = (n[key] as Node[]).map((x) => explain(x, path));
  }
  return out;
}

/**
 * The JSON Schema of the map format, generated from the same zod schema the validator uses, then explained for
 * editors: every field's description states its unit and range, weapon and enemy-type ids complete from the
 * built-in ones (an id from the map's own catalogue is still allowed), examples, and a stable `$id`. It describes
 * the file as written (defaults not required). `scripts/gen-schema.ts` writes it; a test keeps the committed copy
 * fresh.
 */
export function buildMapJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(MapSchema, { io: 'input', target: 'draft-2020-12' }) as Node;
  const { $schema, ...rest } = explain(schema, '');
  const example = newMap({ width: 10, height: 4, id: 'example', name: 'Example', schema: MAP_SCHEMA_ID });
  return {
    $schema,
    $id: MAP_SCHEMA_ID,
    ...rest,
    title: `Denizens map, format version ${MAP_FORMAT_VERSION}`,
    examples: [example],
  };
}

/** The schema as the committed file's text. */
export function mapJsonSchemaText(): string {
  return `${JSON.stringify(buildMapJsonSchema(), null, 2)}\n`;
}
