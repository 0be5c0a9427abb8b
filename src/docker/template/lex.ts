/**
 * Splits a Go template (`docker inspect -f`) into text and actions, and an action into words, as Go's
 * text/template lexer does: `{{- ` and ` -}}` trim the white space beside them, comments are
 * skipped, fields are `.Name` (a chain `.A.B` is consecutive fields), strings are "..." or `...`.
 * Words docktutor does not evaluate (`$x`, `|`, parentheses) are still recognised here so that the
 * parser can name the construct. Pure.
 */
import { TemplateError } from './errors.js';

export type TokenType = 'field' | 'dot' | 'ident' | 'string' | 'number' | 'other';

export interface Token {
  type: TokenType;
  /** As written. */
  text: string;
  /** Offset in the template, for Go's `:line:col` in messages. */
  pos: number;
  /** A string literal's value. */
  value?: string;
}

export type Item = { type: 'text'; text: string } | { type: 'action'; pos: number; source: string; tokens: Token[] };

const SPACE = /[ \t\r\n]/;
const IDENT = /[A-Za-z0-9_]/;

export function lexTemplate(source: string): Item[] {
  const items: Item[] = [];
  let at = 0;
  const lineAt = (pos: number) => source.slice(0, pos).split('\n').length;
  const fail = (pos: number, message: string): never => {
    throw new TemplateError('parse', `template: :${lineAt(pos)}: ${message}`);
  };
  while (at < source.length) {
    const open = source.indexOf('{{', at);
    let text = source.slice(at, open < 0 ? source.length : open);
    if (open < 0) {
      items.push({ type: 'text', text });
      break;
    }
    let inside = open + 2;
    if (source[inside] === '-' && SPACE.test(source[inside + 1] ?? '')) {
      text = text.replace(/[ \t\r\n]+$/, '');
      inside += 2;
    }
    if (text !== '') items.push({ type: 'text', text });
    const tokens: Token[] = [];
    let trimAfter = false;
    let end: number;
    const comment = source.startsWith('/*', inside);
    if (comment) {
      const close = source.indexOf('*/', inside + 2);
      if (close < 0) fail(open, 'unclosed comment');
      const tail = /^(?:[ \t\r\n]+-)?\}\}/.exec(source.slice(close + 2));
      if (!tail) fail(open, 'comment ends before closing delimiter');
      trimAfter = tail![0].length > 2;
      end = close + 2 + tail![0].length;
    } else {
      let pos = inside;
      while (SPACE.test(source[pos] ?? '')) pos += 1;
      for (;;) {
        if (pos >= source.length) fail(open, 'unclosed action');
        const char = source[pos]!;
        if (source.startsWith('}}', pos)) {
          end = pos + 2;
          break;
        }
        const trim = /^[ \t\r\n]+-\}\}/.exec(source.slice(pos));
        if (trim) {
          trimAfter = true;
          end = pos + trim[0].length;
          break;
        }
        if (SPACE.test(char)) {
          pos += 1;
          continue;
        }
        const token = readToken(source, pos, fail);
        tokens.push(token);
        pos += token.text.length;
      }
    }
    if (!comment) items.push({ type: 'action', pos: open, source: source.slice(open, end), tokens });
    at = end;
    if (trimAfter) while (at < source.length && SPACE.test(source[at]!)) at += 1;
  }
  return items;
}

function readToken(source: string, pos: number, fail: (pos: number, message: string) => never): Token {
  const rest = source.slice(pos);
  const char = rest[0]!;
  const token = (type: TokenType, text: string, value?: string): Token => (value === undefined ? { type, text, pos } : { type, text, pos, value });
  if (char === '.' && /^\.[A-Za-z_]/.test(rest)) return token('field', /^\.[A-Za-z0-9_]+/.exec(rest)![0]);
  const number = /^[+-]?(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)/.exec(rest);
  if (number && !IDENT.test(rest[number[0].length] ?? '')) return token('number', number[0]);
  if (char === '.') return token('dot', '.');
  if (/[A-Za-z_]/.test(char)) return token('ident', /^[A-Za-z0-9_]+/.exec(rest)![0]);
  if (char === '"') {
    const match = /^"(?:[^"\\\n]|\\.)*"/.exec(rest);
    if (!match) return fail(pos, 'unterminated quoted string');
    return token('string', match[0], unquote(match[0]));
  }
  if (char === '`') {
    const close = rest.indexOf('`', 1);
    if (close < 0) return fail(pos, 'unterminated raw quoted string');
    return token('string', rest.slice(0, close + 1), rest.slice(1, close));
  }
  if (char === '$') return token('other', /^\$[A-Za-z0-9_]*/.exec(rest)![0]);
  if (char === "'") return token('other', /^'(?:[^'\\]|\\.)*'?/.exec(rest)![0]);
  if (rest.startsWith(':=')) return token('other', ':=');
  if ('|(),='.includes(char)) return token('other', char);
  const code = char.codePointAt(0)!;
  return fail(pos, `bad character U+${code.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(code)}'`);
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };

/** Go's strconv.Unquote for a double-quoted literal: \n, \t, \xHH, \uHHHH, \UHHHHHHHH, octal \NNN. */
function unquote(literal: string): string {
  return literal.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_, escape: string) => {
    if (/^[xuU]/.test(escape)) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    if (/^[0-7]{3}$/.test(escape)) return String.fromCodePoint(parseInt(escape, 8));
    return ESCAPES[escape] ?? escape;
  });
}
