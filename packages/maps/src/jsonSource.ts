/**
 * Where things are in JSON text: line and column of a JSON path (through a source-mapping parse with Momoa), of a
 * syntax error (with a sentence a person can act on), and the source line with a caret under the spot.
 */
import { type AnyNode, type MemberNode, parse as parseAst } from '@humanwhocodes/momoa';

/** A place in a text file: line and column, both counted from 1 (columns in UTF-16 units, as editors do). */
export interface SourcePos {
  line: number;
  column: number;
}

/** Line and column of a character offset. */
export function positionAt(text: string, offset: number): SourcePos {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/** Widest excerpt shown; longer lines are cut around the column. */
const EXCERPT_WIDTH = 100;

/** The source line at `pos` (cut around the column when long) and a caret under the column, for terminals. */
export function excerptAt(text: string, pos: SourcePos): string {
  const lines = text.split('\n');
  const raw = (lines[pos.line - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
  let from = 0;
  if (raw.length > EXCERPT_WIDTH)
    from = Math.max(0, Math.min(pos.column - 1 - EXCERPT_WIDTH / 2, raw.length - EXCERPT_WIDTH));
  const shown = raw.slice(from, from + EXCERPT_WIDTH);
  const pre = from > 0 ? '…' : '';
  const post = from + EXCERPT_WIDTH < raw.length ? '…' : '';
  const caret = ' '.repeat(pre.length + Math.max(0, pos.column - 1 - from));
  return `  ${pre}${shown}${post}\n  ${caret}^`;
}

/** A JSON syntax error: where, and what is wrong in words. */
export interface SyntaxProblem {
  pos: SourcePos | undefined;
  message: string;
}

const VALUE_END = /["\d}\]el]/; // the last character of a string, number, object, array, true/false/null

function previousNonSpace(text: string, offset: number): { ch: string; at: number } | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (!/\s/.test(ch)) return { ch, at: i };
  }
  return undefined;
}

/** Says, in words, why `offset` is where the JSON breaks; returns the offset to point at (it may move back). */
function explain(text: string, offset: number): { message: string; offset: number } {
  const ch = text[offset];
  if (ch === undefined || offset >= text.trimEnd().length)
    return {
      message: 'the file ends before the JSON is complete (a bracket, brace or string is not closed)',
      offset: text.trimEnd().length,
    };
  const prev = previousNonSpace(text, offset);
  if ((ch === '}' || ch === ']') && prev?.ch === ',')
    return { message: `a comma before the closing "${ch}" (JSON allows none); remove the comma`, offset: prev.at };
  if (ch === "'") return { message: 'JSON needs double quotes (") around strings and keys, not single quotes', offset };
  if (ch.charCodeAt(0) < 0x20)
    return {
      message: 'a line break or control character inside a string; write it as \\n (or remove it) and close the string',
      offset,
    };
  if (prev && VALUE_END.test(prev.ch) && /["\d[{tfn-]/.test(ch))
    return { message: 'a comma is missing before this value; add "," after the previous one', offset };
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(offset, offset + 40))?.[0];
  if (word && !['true', 'false', 'null'].includes(word))
    return {
      message: `unexpected word ${JSON.stringify(word)}; write true, false, null, a number or a "quoted string"`,
      offset,
    };
  if (ch === '/') return { message: 'JSON has no comments; remove the comment', offset };
  return { message: `unexpected ${JSON.stringify(ch)}; check the brackets, commas and quotes around it`, offset };
}

/**
 * Locates the first syntax error of text that `JSON.parse` refused, with a sentence saying what to fix. `parseError`
 * is what `JSON.parse` threw (its position is used when the source-mapping parser finds nothing wrong).
 */
export function describeSyntaxError(text: string, parseError: unknown): SyntaxProblem {
  let offset: number | undefined;
  try {
    parseAst(text);
  } catch (e) {
    const err = e as { message?: string; offset?: number };
    if (typeof err.message === 'string' && /end of input/i.test(err.message)) offset = text.length;
    else if (typeof err.offset === 'number') offset = err.offset;
  }
  if (offset === undefined) {
    const m = String((parseError as Error)?.message ?? '');
    const byPos = /position (\d+)/.exec(m);
    const byLine = /line (\d+) column (\d+)/.exec(m);
    if (byPos) offset = Number(byPos[1]);
    else if (byLine) {
      const lines = text.split('\n');
      let o = 0;
      for (let i = 0; i < Number(byLine[1]) - 1 && i < lines.length; i++) o += lines[i]!.length + 1;
      offset = o + Number(byLine[2]) - 1;
    }
  }
  if (offset === undefined) return { pos: undefined, message: 'not valid JSON; fix the syntax' };
  const why = explain(text, offset);
  return { pos: positionAt(text, why.offset), message: `not valid JSON: ${why.message}` };
}

/** Finds the place of JSON paths (as `jsonPath` writes them) in the text they were parsed from. */
export interface PathLocator {
  /**
   * Where the path is: a member's key, an element's value; for a path that does not exist (a missing field), its
   * nearest existing ancestor. With `tile`, a terrain or heights row points at the tile's character.
   */
  locate(path: string, tile?: { x: number; y: number }): SourcePos | undefined;
}

/** The keys and indices of a path written by `jsonPath` (`$.squad[2]["a b"]` → squad, 2, "a b"); undefined if malformed. */
export function pathSegments(path: string): (string | number)[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const out: (string | number)[] = [];
  let i = 1;
  while (i < path.length) {
    const rest = path.slice(i);
    const ident = /^\.([A-Za-z_$][A-Za-z0-9_$]*)/.exec(rest);
    const index = /^\[(\d+)\]/.exec(rest);
    const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
    if (ident) {
      out.push(ident[1]!);
      i += ident[0].length;
    } else if (index) {
      out.push(Number(index[1]));
      i += index[0].length;
    } else if (quoted) {
      out.push(JSON.parse(quoted[1]!) as string);
      i += quoted[0].length;
    } else return undefined;
  }
  return out;
}

/** Builds a locator for text that parses as JSON; undefined when it does not. */
export function pathLocator(text: string): PathLocator | undefined {
  let doc: ReturnType<typeof parseAst>;
  try {
    doc = parseAst(text);
  } catch {
    return undefined;
  }
  return {
    locate(path, tile) {
      const segs = pathSegments(path);
      if (!segs) return undefined;
      let node: AnyNode = doc.body;
      let offset = node.loc.start.offset;
      let depth = 0;
      for (const seg of segs) {
        let next: { node: AnyNode; at: number } | undefined;
        if (node.type === 'Object' && typeof seg === 'string') {
          const m: MemberNode | undefined = node.members.find(
            (x) => (x.name.type === 'String' ? x.name.value : x.name.name) === seg,
          );
          if (m) next = { node: m.value, at: m.name.loc.start.offset };
        } else if (node.type === 'Array' && typeof seg === 'number') {
          const el = node.elements[seg];
          if (el) next = { node: el.value, at: el.value.loc.start.offset };
        }
        if (!next) break; // a missing field: its nearest existing ancestor
        node = next.node;
        offset = next.at;
        depth++;
      }
      const rowPath = depth === segs.length && segs.length === 2 && (segs[0] === 'terrain' || segs[0] === 'heights');
      if (tile && rowPath && node.type === 'String') {
        const raw = text.slice(node.loc.start.offset, node.loc.end.offset);
        if (!raw.includes('\\')) return positionAt(text, node.loc.start.offset + 1 + tile.x);
      }
      return positionAt(text, offset);
    },
  };
}
