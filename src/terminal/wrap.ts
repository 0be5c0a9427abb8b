/**
 * Wraps terminal text to a width measured in columns, not characters: a Hangul syllable takes two
 * columns, an escape sequence none. wrap-ansi does the breaking: it breaks only at spaces, so inline
 * code and the punctuation or particle written right after it (`libpq`., `docker`를) stay on one line
 * even when colour escapes stand between them, and it closes styles at a break and reopens them after.
 * What it does not do is a hanging indent: a wrapped line here keeps the indentation (and list
 * bullet) of its first line.
 */
import wrapAnsi from 'wrap-ansi';
import { columnsOf } from './width.js';

// CSI sequences (colours) and OSC sequences (hyperlinks), which take no room on screen.
const ESCAPE = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
// Leading escapes and spaces, then a list bullet: what the lines after the first hang under.
const HANGING = /^((?:\u001b\[[0-9;]*m| )*)((?:[*\-+•]|\d+\.) +)?/;

/** `hang`: the columns the lines after the first of each wrapped line are indented by, when more than its own indentation. */
export function wrapText(text: string, width: number, hang = 0): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width, hang))
    .join('\n');
}

export function stripAnsi(text: string): string {
  return text.replace(ESCAPE, '');
}

export function wrapLine(line: string, width: number, hang = 0): string {
  if (columnsOf(line) <= width) return line;
  const lead = HANGING.exec(line)!;
  const escapes = lead[1]!.replace(/ /g, '');
  let prefix = ' '.repeat(lead[1]!.length - escapes.length) + (lead[2] ?? '');
  let body = escapes + line.slice(lead[0].length);
  // A label such as `  hint: ` that the text hangs under: its columns become the prefix.
  if (hang > columnsOf(prefix) && hang <= width / 2) {
    const [head, rest] = splitAtColumn(line, hang);
    if (!head.includes('\u001b')) [prefix, body] = [head, rest];
  }
  // A bullet so deep that little would fit after it is not worth keeping: the text takes the whole width.
  if (columnsOf(prefix) > width / 2) {
    body = escapes + (lead[2] ?? '') + line.slice(lead[0].length);
    prefix = '';
  }
  const indent = ' '.repeat(columnsOf(prefix));
  const lines = wrapAnsi(body, Math.max(width - indent.length, 1), { hard: true, trim: true }).split('\n');
  return lines.map((text, index) => (index === 0 ? prefix : indent) + text).join('\n');
}

/** Cut to `width` columns, escapes kept and closed, ending in `mark` when something was cut. */
export function clipLine(line: string, width: number, mark = '…'): string {
  if (columnsOf(line) <= width) return line;
  const room = Math.max(width - columnsOf(mark), 0);
  const head = wrapAnsi(line, room, { hard: true, trim: false, wordWrap: false }).split('\n')[0]!;
  return `${head}${/\u001b\[/.test(head) ? '\u001b[0m' : ''}${mark}`;
}

/** The first `columns` columns of `line` (whole characters) and the rest. */
function splitAtColumn(line: string, columns: number): [string, string] {
  let head = '';
  for (const char of line) {
    if (columnsOf(head + char) > columns) break;
    head += char;
  }
  return [head, line.slice(head.length)];
}
