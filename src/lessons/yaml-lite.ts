/**
 * A fast reader for the plain YAML that lesson blocks are written in: block mappings and sequences,
 * plain, quoted and block scalars, one-line flow lists. The `yaml` package reads about 5 MB/s, too
 * slow to check a thousand lessons in well under a second; this reads many times faster.
 *
 * It gives the same value as `yaml` (YAML 1.2 core schema) or gives up: `undefined` means "ask
 * `yaml`", which then also reports any syntax error with its position. Anything unusual (anchors,
 * tags, flow mappings, tabs, multi-line quotes, duplicate keys) gives up rather than guess.
 */
type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

class GiveUp extends Error {}

interface Line {
  indent: number;
  /** The line without its indentation. */
  text: string;
  /** Only spaces. */
  blank: boolean;
  /** Blank, or only a comment: skipped between nodes. */
  empty: boolean;
}

export function readYamlLite(source: string): unknown {
  if (source.includes('\t')) return undefined;
  // A final newline ends the last line; it does not start another.
  const raw = source.endsWith('\n') ? source.slice(0, -1) : source;
  const reader = new Reader(raw.split('\n').map(toLine));
  try {
    return reader.document();
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

function toLine(raw: string): Line {
  let indent = 0;
  while (raw.charCodeAt(indent) === 32) indent += 1;
  const text = indent === 0 ? raw : raw.slice(indent);
  // Tabs were ruled out before, so after the indentation a blank line has nothing left.
  const blank = text.length === 0;
  return { indent, text, blank, empty: blank || text.charCodeAt(0) === 35 /* # */ };
}

const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
/** `key: rest` -> [key, rest]; undefined for a line that is not a simple key (letters, digits, _ and -). */
function readKey(text: string): [string, string] | undefined {
  const first = text.charCodeAt(0);
  if (!isKeyStart(first)) return undefined;
  let at = 1;
  for (let code = text.charCodeAt(at); isKeyStart(code) || (code >= 48 && code <= 57) || code === 45; code = text.charCodeAt(++at));
  if (text.charCodeAt(at) !== 58 /* : */) return undefined;
  const after = text.charCodeAt(at + 1);
  if (at + 1 < text.length && after !== 32) return undefined;
  return [text.slice(0, at), trimSpaces(text, at + 1)];
}

function isKey(text: string): boolean {
  return readKey(text) !== undefined;
}

function isKeyStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The text from `from`, without spaces at either end, sliced once. */
function trimSpaces(text: string, from: number): string {
  let start = from;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 32) start += 1;
  while (end > start && text.charCodeAt(end - 1) === 32) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

class Reader {
  private at = 0;
  constructor(private readonly lines: Line[]) {}

  document(): Value {
    const first = this.peek();
    if (!first) throw new GiveUp();
    const value = this.node(first.indent);
    if (this.peek()) throw new GiveUp();
    return value;
  }

  /** The next line that is neither blank nor a comment, without consuming it. */
  private peek(): Line | undefined {
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (!line.empty) {
        const first = line.text.charCodeAt(0);
        // Document markers and directives (`---`, `...`, `%YAML`) start with - . or %.
        if (line.indent === 0 && (first === 45 || first === 46 || first === 37) && /^(---|\.\.\.)(\s|$)|^%/.test(line.text)) throw new GiveUp();
        return line;
      }
      this.at += 1;
    }
    return undefined;
  }

  private node(indent: number): Value {
    const line = this.peek()!;
    if (isItem(line.text)) return this.sequence(indent);
    if (isKey(line.text)) return this.mapping(indent);
    throw new GiveUp();
  }

  private mapping(indent: number): Value {
    const map: Record<string, Value> = {};
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      const pair = line.indent === indent ? readKey(line.text) : undefined;
      if (!pair || Object.hasOwn(map, pair[0]) || pair[0] === '__proto__') throw new GiveUp();
      this.at += 1;
      const [key, rest] = pair;
      map[key] = rest === '' || rest.startsWith('#') ? this.nested(indent, true) : this.inline(rest, indent);
    }
    return map;
  }

  private sequence(indent: number): Value {
    const list: Value[] = [];
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      if (line.indent !== indent || !isItem(line.text)) break;
      const rest = line.text.slice(1).trimStart();
      if (rest === '' || rest.startsWith('#')) {
        this.at += 1;
        list.push(this.nested(indent, false));
      } else if (isItem(rest) || isKey(rest)) {
        // `- text: a` opens a mapping whose keys line up with `text`: read the rest of the line as its first line.
        const inner = indent + (line.text.length - rest.length);
        this.lines[this.at] = { indent: inner, text: rest, blank: false, empty: false };
        list.push(this.node(inner));
      } else {
        this.at += 1;
        list.push(this.inline(rest, indent));
      }
    }
    return list;
  }

  /** The value of `key:` or `-` with nothing after it: what follows, indented more (or a list at the key's own indent). */
  private nested(indent: number, allowSameIndentList: boolean): Value {
    const next = this.peek();
    if (next && (next.indent > indent || (allowSameIndentList && next.indent === indent && isItem(next.text)))) return this.node(next.indent);
    return null;
  }

  private inline(text: string, parent: number): Value {
    const first = text[0]!;
    if (first === '|' || first === '>') return this.blockScalar(text, parent);
    if (first === '"' || first === "'") return quoted(text);
    if (first === '[') return flowList(text);
    // `-1` and `--rm` are plain; `- x` is not.
    if (INDICATORS.includes(first) && !(first === '-' && text.length > 1 && text[1] !== ' ')) throw new GiveUp();
    return this.plain(text, parent);
  }

  private plain(text: string, parent: number): Value {
    const first = plainText(text);
    let value = first;
    let blanks = 0;
    // Continuation lines (indented past the key) fold into one line; a blank line stays a line break.
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.blank) {
        blanks += 1;
      } else if (line.indent > parent && !line.text.startsWith('#')) {
        if (INDICATORS.includes(line.text[0]!)) throw new GiveUp();
        value += (blanks > 0 ? '\n'.repeat(blanks) : ' ') + plainText(line.text);
        blanks = 0;
      } else break;
      this.at += 1;
    }
    return value === first ? resolvePlain(first) : value;
  }

  private blockScalar(header: string, parent: number): Value {
    const match = /^([|>])([-+]?)\s*(?:#.*)?$/.exec(header.trimEnd());
    if (!match) throw new GiveUp();
    const [, style, chomp] = match;
    const body: string[] = [];
    let indent = -1;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      const blank = line.blank;
      if (!blank && line.indent <= parent) break;
      if (!blank && indent < 0) indent = line.indent;
      if (!blank && line.indent < indent) throw new GiveUp();
      // A blank line's spaces beyond the content indent are content in YAML; too rare to be worth getting right.
      if (blank && (indent < 0 ? line.indent > 0 : line.indent > indent)) throw new GiveUp();
      body.push(blank ? '' : ' '.repeat(line.indent - indent) + line.text);
      this.at += 1;
    }
    let end = body.length;
    while (end > 0 && body[end - 1] === '') end -= 1;
    const content = body.slice(0, end);
    if (style === '>' && content.some((line) => line.startsWith(' '))) throw new GiveUp();
    const text = style === '|' ? content.join('\n') : fold(content);
    if (content.length === 0) return chomp === '+' ? '\n'.repeat(body.length) : '';
    if (chomp === '-') return text;
    if (chomp === '+') return text + '\n'.repeat(body.length - end + 1);
    return `${text}\n`;
  }
}

function isItem(text: string): boolean {
  return text === '-' || text.startsWith('- ') || text.trimEnd() === '-';
}

/** One line of a plain scalar without its comment; gives up where `yaml` would read more structure. */
function plainText(text: string): string {
  const hash = text.indexOf(' #');
  const value = (hash >= 0 ? text.slice(0, hash) : text).trim();
  if (value.includes(': ') || value.endsWith(':') || value === '') throw new GiveUp();
  return value;
}

function fold(lines: string[]): string {
  let text = '';
  let blanks = 0;
  for (const line of lines) {
    if (line === '') {
      blanks += 1;
      continue;
    }
    text += text === '' ? '\n'.repeat(blanks) : blanks > 0 ? '\n'.repeat(blanks) : ' ';
    text += line;
    blanks = 0;
  }
  return text;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', '"': '"', '/': '/', r: '\r', '0': '\0', ' ': ' ' };

function quoted(text: string): string {
  const quote = text[0]!;
  let value = '';
  let from = 1;
  // Copy whole runs between the special characters rather than one character at a time.
  for (;;) {
    const end = quote === "'" ? text.indexOf("'", from) : nextOf(text, from);
    if (end < 0) throw new GiveUp();
    value += text.slice(from, end);
    if (quote === "'") {
      if (text[end + 1] !== "'") return closeQuote(text, end, value);
      value += "'";
      from = end + 2;
    } else if (text[end] === '"') return closeQuote(text, end, value);
    else {
      const escaped = ESCAPES[text[end + 1] ?? ''];
      if (escaped === undefined) throw new GiveUp();
      value += escaped;
      from = end + 2;
    }
  }
}

function nextOf(text: string, from: number): number {
  const quote = text.indexOf('"', from);
  const backslash = text.indexOf('\\', from);
  return backslash >= 0 && (quote < 0 || backslash < quote) ? backslash : quote;
}

/** After the closing quote only a comment may follow. */
function closeQuote(text: string, end: number, value: string): string {
  if (end + 1 < text.length && !/^(\s*|\s+#.*)$/.test(text.slice(end + 1))) throw new GiveUp();
  return value;
}

function flowList(text: string): Value[] {
  const match = /^\[([^[\]{}"'#&*!]*)\]\s*(?:#.*)?$/.exec(text.trimEnd());
  if (!match) throw new GiveUp();
  const inner = match[1]!.trim();
  if (inner === '') return [];
  return inner.split(',').map((part, index, all) => {
    const value = part.trim();
    // `[1, 2,]` is allowed; `[1, , 2]` is not.
    if (value === '') {
      if (index === all.length - 1 && all.length > 1) return undefined;
      throw new GiveUp();
    }
    if (value.includes(':')) throw new GiveUp();
    return resolvePlain(value);
  }).filter((value): value is Value => value !== undefined);
}

/** YAML 1.2 core schema for plain scalars; the rarer spellings give up. */
function resolvePlain(text: string): Value {
  // Most values are prose: a letter other than those starting true, false and null means a string.
  const first = text.charCodeAt(0);
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (letter && (text.length > 5 || !'tTfFnN'.includes(text[0]!))) return text;
  if (/^(~|null|Null|NULL)$/.test(text)) return null;
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$|^0[ox]/.test(text)) throw new GiveUp();
  return text;
}
