/**
 * The daemon's JSON as a tree that keeps its text: object keys in the order sent, numbers as written
 * (no rounding of big integers) and strings with their original escapes (Go writes `<` as `\u003c`).
 * The docker CLI indents the daemon's own bytes (Go's json.Indent) rather than re-encoding them, so
 * keeping the text is what makes `docker inspect` output byte for byte the same. Pure.
 */

export type JsonNode =
  | { kind: 'object'; entries: JsonEntry[] }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'string'; value: string; raw: string }
  | { kind: 'number'; raw: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' };

export interface JsonEntry {
  key: string;
  /** The key as written, quotes and escapes included. */
  rawKey: string;
  value: JsonNode;
}

export class JsonTreeError extends Error {}

export function parseJsonTree(text: string): JsonNode {
  let at = 0;
  const fail = (what: string): never => {
    throw new JsonTreeError(`${what} at offset ${at}`);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\r\n'.includes(text[at]!)) at += 1;
  };
  const readString = (): { value: string; raw: string } => {
    const start = at;
    at += 1;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    if (at >= text.length) fail('unterminated string');
    at += 1;
    const raw = text.slice(start, at);
    return { value: JSON.parse(raw) as string, raw };
  };
  const readValue = (): JsonNode => {
    skipSpace();
    const char = text[at];
    if (char === '{') {
      at += 1;
      const entries: JsonEntry[] = [];
      skipSpace();
      if (text[at] === '}') {
        at += 1;
        return { kind: 'object', entries };
      }
      for (;;) {
        skipSpace();
        if (text[at] !== '"') fail('expected a key');
        const { value: key, raw: rawKey } = readString();
        skipSpace();
        if (text[at] !== ':') fail("expected ':'");
        at += 1;
        entries.push({ key, rawKey, value: readValue() });
        skipSpace();
        if (text[at] === ',') at += 1;
        else if (text[at] === '}') {
          at += 1;
          return { kind: 'object', entries };
        } else fail("expected ',' or '}'");
      }
    }
    if (char === '[') {
      at += 1;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[at] === ']') {
        at += 1;
        return { kind: 'array', items };
      }
      for (;;) {
        items.push(readValue());
        skipSpace();
        if (text[at] === ',') at += 1;
        else if (text[at] === ']') {
          at += 1;
          return { kind: 'array', items };
        } else fail("expected ',' or ']'");
      }
    }
    if (char === '"') return { kind: 'string', ...readString() };
    const word = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 64));
    if (!word) return fail('unexpected character');
    at += word[0].length;
    if (word[0] === 'null') return { kind: 'null' };
    if (word[0] === 'true' || word[0] === 'false') return { kind: 'bool', value: word[0] === 'true' };
    return { kind: 'number', raw: word[0] };
  };
  const node = readValue();
  skipSpace();
  if (at !== text.length) fail('trailing data');
  return node;
}

/** Compact JSON, as Go's json.Marshal writes it (the `json` template function). */
export function compactJson(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return `{${node.entries.map((entry) => `${entry.rawKey}:${compactJson(entry.value)}`).join(',')}}`;
    case 'array':
      return `[${node.items.map(compactJson).join(',')}]`;
    default:
      return scalarJson(node);
  }
}

/** Go's json.Indent(out, raw, prefix, indent): empty objects and arrays stay `{}` and `[]`. */
export function indentJson(node: JsonNode, indent = '    ', depth = 0): string {
  const inner = indent.repeat(depth + 1);
  const outer = indent.repeat(depth);
  if (node.kind === 'object' && node.entries.length > 0) {
    const lines = node.entries.map((entry) => `${inner}${entry.rawKey}: ${indentJson(entry.value, indent, depth + 1)}`);
    return `{\n${lines.join(',\n')}\n${outer}}`;
  }
  if (node.kind === 'array' && node.items.length > 0) {
    return `[\n${node.items.map((item) => inner + indentJson(item, indent, depth + 1)).join(',\n')}\n${outer}]`;
  }
  return compactJson(node);
}

function scalarJson(node: Exclude<JsonNode, { kind: 'object' | 'array' }>): string {
  switch (node.kind) {
    case 'string':
      return node.raw;
    case 'number':
      return node.raw;
    case 'bool':
      return String(node.value);
    case 'null':
      return 'null';
  }
}

/** The value under `key` of an object node, if there is one. */
export function entryOf(node: JsonNode, key: string): JsonNode | undefined {
  return node.kind === 'object' ? node.entries.find((entry) => entry.key === key)?.value : undefined;
}
