/**
 * Wraps terminal text to a width measured in columns, not characters: a Hangul syllable takes two
 * columns, an escape sequence none. A line breaks only at a space: inline code and the punctuation or
 * particle written right after it (`libpq`., `docker`를) stay together even when colour escapes stand
 * between them. A wrapped line keeps the indentation (and list bullet) of its first line, or hangs
 * under a label (`  hint: `); styles open at a break are closed there and reopened after it.
 *
 * Not wrap-ansi, which breaks the same way: it measures every word and row with string-width, whose
 * time grows faster than the text, so a long paragraph took seconds. Everything here is linear.
 */
import { StyleState } from './styles.js';
import { columnsOf } from './width.js';

// CSI sequences (colours) and OSC sequences (hyperlinks), which take no room on screen.
const ESCAPE = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
// Leading escapes and spaces, then a list bullet: what the lines after the first hang under.
const HANGING = /^((?:\u001b\[[0-9;]*m| )*)((?:[*\-+•]|\d+\.) +)?/;
// An escape sequence, whole.
const AN_ESCAPE = /^(?:\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\))$/;
// An escape sequence, a run of spaces, or a run of anything else.
const TOKEN = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)| +|(?:(?!\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\))[^ ])+/g;

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
    const [head, rest] = cutColumns(line, hang);
    if (!head.includes('\u001b')) [prefix, body] = [head, rest];
  }
  // A bullet so deep that little would fit after it is not worth keeping: the text takes the whole width.
  if (columnsOf(prefix) > width / 2) {
    body = escapes + (lead[2] ?? '') + line.slice(lead[0].length);
    prefix = '';
  }
  const indent = ' '.repeat(columnsOf(prefix));
  const lines = breakAtSpaces(body, Math.max(width - indent.length, 1));
  return lines.map((text, index) => (index === 0 ? prefix : indent) + text).join('\n');
}

/** Cut to `width` columns, escapes kept and closed, ending in `mark` when something was cut. */
export function clipLine(line: string, width: number, mark = '…'): string {
  if (columnsOf(line) <= width) return line;
  const [head] = cutColumns(line, Math.max(width - columnsOf(mark), 0));
  return `${head}${/\u001b\[/.test(head) ? '\u001b[0m' : ''}${mark}`;
}

/** A word: the text between two spaces, escapes included, and its width. */
interface Unit {
  parts: string[];
  width: number;
}

/** Greedy filling, a unit at a time; a unit wider than the line is cut where it must be. */
function breakAtSpaces(text: string, room: number): string[] {
  const lines: string[] = [];
  const styles = new StyleState();
  let current = '';
  let used = 0;
  const breakLine = () => {
    lines.push(current.trimEnd() + styles.close());
    current = styles.reopen();
    used = 0;
  };
  const put = (part: string, width: number) => {
    if (AN_ESCAPE.test(part)) styles.apply(part);
    current += part;
    used += width;
  };
  for (const { space, unit } of unitsOf(text)) {
    // Escapes with no word after them (a reset at the end) take no room and make no break.
    if (unit.width === 0) {
      for (const part of unit.parts) put(part, 0);
      continue;
    }
    const gap = used > 0 ? space : 0;
    if (used + gap + unit.width > room && used > 0) breakLine();
    else if (gap > 0) put(' '.repeat(gap), gap);
    if (unit.width <= room - used) {
      for (const part of unit.parts) put(part, AN_ESCAPE.test(part) ? 0 : columnsOf(part));
      continue;
    }
    // Wider than the line (a long path, Korean without spaces): cut, measuring the rest only by subtraction.
    for (const part of unit.parts) {
      if (AN_ESCAPE.test(part)) {
        put(part, 0);
        continue;
      }
      let rest = part;
      let left = columnsOf(rest);
      while (used + left > room) {
        const [head, tail, width] = cutColumns(rest, room - used);
        // Not even one character fits after what is there: a new line; on an empty one, the character anyway.
        if (head === '' && used > 0) breakLine();
        else {
          const [first, after, taken] = head === '' ? cutColumns(rest, columnsOf(String.fromCodePoint(rest.codePointAt(0)!))) : [head, tail, width];
          put(first, taken);
          breakLine();
          rest = after;
          left -= taken;
        }
      }
      put(rest, left);
    }
  }
  lines.push(current.trimEnd());
  return lines;
}

/**
 * The words of `text` with the spaces before each (escapes between words join the word after them). A
 * number and the unit after it ("100 MB", "5 s", "20 %") are one word: a line never breaks between them.
 */
function* unitsOf(text: string): Generator<{ space: number; unit: Unit }> {
  let space = 0;
  let unit: Unit = { parts: [], width: 0 };
  let started = false;
  let lastText = '';
  const tokens = [...text.matchAll(TOKEN)].map(([token]) => token);
  for (const [index, token] of tokens.entries()) {
    if (token.startsWith(' ')) {
      if (started && token === ' ' && /\d$/.test(lastText) && UNIT_AFTER_NUMBER.test(tokens[index + 1] ?? '')) {
        unit.parts.push(token);
        unit.width += 1;
        continue;
      }
      if (started) {
        yield { space, unit };
        unit = { parts: [], width: 0 };
        started = false;
        space = 0;
      }
      space += token.length;
      continue;
    }
    unit.parts.push(token);
    if (!AN_ESCAPE.test(token)) {
      unit.width += columnsOf(token);
      started = true;
      lastText = token;
    }
  }
  if (unit.parts.length > 0) yield { space, unit };
}

/** A unit of size, time or share, as a whole word (a full stop or comma may follow it). */
const UNIT_AFTER_NUMBER = /^(?:[kKMGT]i?B|B|bytes?|ms|s|min|%)[.,;:)]*$/;

// An escape sequence (kept whole, no width) or one code point.
const PIECE = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[\s\S]/gu;

/** The longest head of `text` that fits in `room` columns, escape sequences whole, the rest, and the head's width. */
function cutColumns(text: string, room: number): [string, string, number] {
  let used = 0;
  let end = 0;
  for (const match of text.matchAll(PIECE)) {
    const piece = match[0];
    const width = piece.length > 2 && piece.startsWith('\u001b') ? 0 : columnsOf(piece);
    if (used + width > room) break;
    used += width;
    end = match.index + piece.length;
  }
  return [text.slice(0, end), text.slice(end), used];
}
