/**
 * Wraps terminal text to a width measured in columns, not characters: a Hangul syllable takes two
 * columns, an escape sequence none. marked-terminal's own reflow counts characters, which lets Korean
 * lines run past the edge. A wrapped line keeps the indentation (and list bullet) of its first line,
 * and styles that were open at a break are closed there and reopened after it.
 */
import { columnsOf } from './width.js';

// CSI sequences (colours) and OSC sequences (hyperlinks), which take no room on screen.
const ESCAPE = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
const HANGING = /^(\s*)((?:[*\-+•]|\d+\.)\s+)?/;

export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

export function stripAnsi(text: string): string {
  return text.replace(ESCAPE, '');
}

export function wrapLine(line: string, width: number): string {
  if (columnsOf(line) <= width) return line;
  const plain = stripAnsi(line);
  const hanging = HANGING.exec(plain)!;
  let indent = columnsOf(hanging[1]! + (hanging[2] ?? ''));
  // A bullet so deep that nothing would fit after it is not worth keeping the hang for.
  if (indent > width / 2) indent = 0;
  const lines: string[] = [];
  const styles = new StyleState();
  let current = '';
  let currentWidth = 0;
  let pendingSpace = '';
  // Escapes met after a space wait for the next word, so that a styled word does not style the space before it.
  let pendingEscapes = '';

  const breakLine = () => {
    lines.push(current + styles.close());
    // Whatever was pending is now open (or closed) in `styles`, and reopening says it again.
    current = ' '.repeat(indent) + styles.reopen();
    currentWidth = indent;
    pendingSpace = '';
    pendingEscapes = '';
  };

  for (const token of tokenize(line)) {
    if (token.kind === 'escape') {
      styles.apply(token.text);
      if (pendingSpace) pendingEscapes += token.text;
      else current += token.text;
    } else if (token.kind === 'space') {
      pendingSpace += token.text;
    } else {
      let word = token.text;
      let wordWidth = columnsOf(word);
      const spaceWidth = currentWidth > indent || lines.length === 0 ? pendingSpace.length : 0;
      if (currentWidth + spaceWidth + wordWidth <= width) {
        current += (spaceWidth > 0 ? pendingSpace : '') + pendingEscapes + word;
        currentWidth += spaceWidth + wordWidth;
        pendingSpace = '';
        pendingEscapes = '';
        continue;
      }
      if (currentWidth > indent) breakLine();
      else {
        current += pendingEscapes;
        pendingSpace = '';
        pendingEscapes = '';
      }
      // A word wider than the line (a long path, Korean without spaces) is cut where it must be.
      while (currentWidth + wordWidth > width) {
        const [head, rest, used] = cut(word, width - currentWidth);
        if (head === '') break;
        current += head;
        breakLine();
        word = rest;
        // Measuring the whole rest after every cut made a 200 KB word quadratic: while it is many lines
        // long, subtract what was cut; near the end, measure (graphemes may not add up by code point).
        wordWidth = word.length > 4 * width ? wordWidth - used : columnsOf(word);
      }
      current += word;
      currentWidth += wordWidth;
    }
  }
  lines.push(current + pendingEscapes);
  return lines.map((text) => text.trimEnd()).join('\n');
}

type Token = { kind: 'escape' | 'space' | 'word'; text: string };

function* tokenize(line: string): Generator<Token> {
  let at = 0;
  for (const match of line.matchAll(ESCAPE)) {
    yield* words(line.slice(at, match.index));
    yield { kind: 'escape', text: match[0] };
    at = match.index + match[0].length;
  }
  yield* words(line.slice(at));
}

function* words(text: string): Generator<Token> {
  for (const match of text.matchAll(/( +)|([^ ]+)/g)) yield { kind: match[1] ? 'space' : 'word', text: match[0] };
}

/** The longest head of `word` that fits in `room` columns, by code point, the rest, and the head's width. */
function cut(word: string, room: number): [string, string, number] {
  let head = '';
  let used = 0;
  for (const char of word) {
    const w = columnsOf(char);
    if (used + w > room) break;
    head += char;
    used += w;
  }
  return [head, word.slice(head.length), used];
}

/** Which SGR styles are open, so that a break can close them and the next line reopen them. */
class StyleState {
  private open = new Map<string, string>();

  apply(sequence: string): void {
    const match = /^\u001b\[([0-9;]*)m$/.exec(sequence);
    if (!match) return;
    const params = match[1]!;
    if (params === '' || params === '0') {
      this.open.clear();
      return;
    }
    const code = Number(params.split(';')[0]);
    const closes = CLOSERS.get(code);
    if (closes !== undefined) this.open.set(String(closes) + ':' + params, sequence);
    else for (const key of [...this.open.keys()]) if (key.startsWith(`${code}:`)) this.open.delete(key);
  }

  close(): string {
    return this.open.size > 0 ? '\u001b[0m' : '';
  }

  reopen(): string {
    return [...this.open.values()].join('');
  }
}

/** Opening SGR code -> the code that closes it. */
const CLOSERS = new Map<number, number>([
  [1, 22], [2, 22], [3, 23], [4, 24], [7, 27], [8, 28], [9, 29],
  ...range(30, 39).map((code): [number, number] => [code, 39]),
  ...range(90, 98).map((code): [number, number] => [code, 39]),
  ...range(40, 49).map((code): [number, number] => [code, 49]),
  ...range(100, 108).map((code): [number, number] => [code, 49]),
]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index);
}
