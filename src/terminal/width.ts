/**
 * Display width: how many terminal columns text takes (a Hangul syllable two, an escape sequence
 * none), and padding by it. Every screen that lines text up measures it here, never by `.length`.
 */
import stringWidth from 'string-width';

// Characters that never join their neighbours into one grapheme: Latin, punctuation, Hangul syllables,
// kana, ideographs and fullwidth forms (combining marks, jamo and emoji are left to string-width).
const SIMPLE = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u205e\u2e80-\u3029\u3030-\u303e\u3041-\u3096\u309b-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]*$/;
const charColumns = new Map<number, number>();
// CSI sequences (colours) and OSC sequences (hyperlinks), as wrap.ts knows them.
const ESCAPE = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/**
 * Columns a piece of text takes. string-width segments graphemes, which is slow; text made only of
 * characters that stand alone is the sum of their widths, each asked of string-width once.
 */
export function columnsOf(text: string): number {
  // Escape sequences take no room: taken out here, by a linear pattern, rather than by string-width.
  if (text.includes('\u001b')) text = text.replace(ESCAPE, '');
  if (!SIMPLE.test(text)) {
    // string-width's time grows faster than the text: a long text is measured a word at a time.
    return text.length > 4096 ? text.split(' ').reduce((sum, word) => sum + stringWidth(word), text.split(' ').length - 1) : stringWidth(text);
  }
  let columns = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x7f) {
      columns += 1;
      continue;
    }
    let width = charColumns.get(code);
    if (width === undefined) {
      width = stringWidth(text[index]!);
      charColumns.set(code, width);
    }
    columns += width;
  }
  return columns;
}

/** `text` followed by spaces up to `width` columns (never cut). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columnsOf(text)));
}

/** Spaces up to `width` columns, then `text`: for numbers, which read best right-aligned. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - columnsOf(text))) + text;
}

/** Cut to `width` columns, ending in an ellipsis when something was cut. */
export function truncateColumns(text: string, width: number): string {
  if (columnsOf(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (columnsOf(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

/**
 * The columns text written to `stream` may take: the terminal's width, else COLUMNS (as `ls` and
 * `man` read it, so a pipe or a test can ask for a width), else 80.
 */
export function terminalColumns(stream?: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = process.env): number {
  if (stream?.isTTY && stream.columns) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv >= 20 ? fromEnv : 80;
}
